#include "RoomRequest.h"

#include "Session.h"

#include <QCoreApplication>
#include <QPromise>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppError.h>
#include <QXmppIq.h>
#include <QXmppStanza.h>
#include <QXmppTask.h>

#include <memory>

namespace Natter {

namespace {
QString text(const char *source)
{
    return QCoreApplication::translate("RoomRequest", source);
}
} // namespace

QString refusalText(const QXmppError &error)
{
    const auto stanzaError = error.value<QXmppStanza::Error>();
    if (!stanzaError)
        return text("The group could not be reached. Check your connection and try again.");
    switch (stanzaError->condition()) {
    case QXmppStanza::Error::Forbidden:
        return text("Only the group's owner or admins can do that.");
    case QXmppStanza::Error::NotAllowed:
        return text("You are not allowed to do that in this group.");
    case QXmppStanza::Error::NotAcceptable:
    case QXmppStanza::Error::BadRequest:
        return text("The group did not accept that.");
    case QXmppStanza::Error::ItemNotFound:
        return text("This group does not exist any more.");
    case QXmppStanza::Error::ServiceUnavailable:
    case QXmppStanza::Error::FeatureNotImplemented:
        return text("The group's server does not offer that.");
    case QXmppStanza::Error::Conflict:
        return text("That clashes with how the group is set up.");
    case QXmppStanza::Error::RemoteServerTimeout:
    case QXmppStanza::Error::RemoteServerNotFound:
        return text("The group's server cannot be reached.");
    default:
        break;
    }
    return text("The group refused that.");
}

QFuture<RoomAnswer> askRoom(Session *session, QObject *context, QXmppIq &&iq)
{
    auto promise = std::make_shared<QPromise<RoomAnswer>>();
    promise->start();
    auto finish = [promise](const RoomAnswer &answer) {
        if (promise->future().isFinished())
            return;
        promise->addResult(answer);
        promise->finish();
    };
    if (session->state() != ConnectionState::Connected) {
        finish({ text("You are offline. Try again once Natter is connected."), {} });
        return promise->future();
    }
    session->client()->sendIq(std::move(iq)).then(context, [finish](auto result) {
        if (const auto *reply = std::get_if<QDomElement>(&result))
            finish({ {}, *reply });
        else
            finish({ refusalText(std::get<QXmppError>(result)), {} });
    });
    QTimer::singleShot(RoomAnswerTimeoutMs, context, [finish] {
        finish({ text("The group did not answer. Try again later."), {} });
    });
    return promise->future();
}

} // namespace Natter
