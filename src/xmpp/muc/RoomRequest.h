#pragma once

#include <QDomElement>
#include <QFuture>
#include <QString>

class QObject;
class QXmppIq;
struct QXmppError;

namespace Natter {

class Session;

// A room's answer to one of our requests: its reply, or why not in words for the person.
struct RoomAnswer
{
    QString error; // empty when the room agreed
    QDomElement reply;
};

// A room that neither agrees nor refuses within this time is treated as not answering.
constexpr int RoomAnswerTimeoutMs = 20000;

// Sends iq to a room and ends with its answer; context ends the wait when it goes.
QFuture<RoomAnswer> askRoom(Session *session, QObject *context, QXmppIq &&iq);
// The room's refusal (XEP-0045 error conditions) as one sentence for the person.
QString refusalText(const QXmppError &error);

} // namespace Natter
