#pragma once

#include "DisplayedPoint.h"
#include "HeldActions.h"
#include "Message.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Natter {

class HistoryService;
class MdsSync;

// A chat read on one of the person's devices is read on all of them (XEP-0490): what is read
// here is published, coalesced while the person scrolls; what another device publishes marks the
// chat read here, live or, after a time away, once the archive has caught up.
class ReadSync : public QObject
{
    Q_OBJECT

public:
    // Reads while scrolling become one publish per chat.
    static constexpr int PublishDelayMs = 300;

    ReadSync(MdsSync *sync, HistoryService *history, QObject *parent = nullptr);

    void setAccount(qint64 accountId, const QString &ownBareJid);
    // Groups are named by the room's stanza-ids, everyone else's by our archive's.
    void setGroupFilter(std::function<bool(const QString &)> isGroup)
    {
        m_isGroup = std::move(isGroup);
    }

    // The person has seen message (an incoming one, already marked read here).
    void read(const Natter::Message &message);
    // Applies every chat's read point, as after a time away; call once the archive caught up.
    void catchUp();
    // Publishes what waits now instead of after PublishDelayMs.
    void flush();

Q_SIGNALS:
    // Another device read the chat with peer; its messages here are marked read up to the same
    // point. Its notifications can go.
    void readElsewhere(const QString &peer);
    // This device's read point for the chat with peer is on the server for the others.
    void published(const QString &peer);

private:
    struct Pending
    {
        DisplayedPoint point;
        qint64 timestamp = 0;
    };

    void apply(const DisplayedPoint &point);
    void markReadUpTo(qint64 chatId, const DisplayedPoint &point, bool mayHold);

    MdsSync *m_sync;
    HistoryService *m_history;
    std::function<bool(const QString &)> m_isGroup;
    qint64 m_accountId = 0;
    QString m_ownJid;
    QHash<QString, Pending> m_pending; // by chat
    QTimer m_publishTimer;
    HeldActions m_held;
};

} // namespace Natter
