#include "MessageSync.h"

#include "CorrectionRule.h"
#include "FileShareCodec.h"
#include "ForwardCodec.h"
#include "MessageHandlerExtension.h"
#include "MessageTime.h"
#include "MucStanzas.h"
#include "ReactionStanza.h"
#include "ReplyCodec.h"
#include "RetractCodec.h"
#include "Session.h"
#include "XmppLogging.h"

#include <QDateTime>
#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppError.h>
#include <QXmppMessage.h>
#include <QXmppPingIq.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Natter {

namespace {
ChatState fromQxmpp(QXmppMessage::State state)
{
    switch (state) {
    case QXmppMessage::Active:
        return ChatState::Active;
    case QXmppMessage::Composing:
        return ChatState::Composing;
    case QXmppMessage::Paused:
        return ChatState::Paused;
    case QXmppMessage::Inactive:
        return ChatState::Inactive;
    case QXmppMessage::Gone:
        return ChatState::Gone;
    case QXmppMessage::None:
        break;
    }
    return ChatState::None;
}

QXmppMessage::State toQxmpp(ChatState state)
{
    switch (state) {
    case ChatState::Active:
        return QXmppMessage::Active;
    case ChatState::Composing:
        return QXmppMessage::Composing;
    case ChatState::Paused:
        return QXmppMessage::Paused;
    case ChatState::Inactive:
        return QXmppMessage::Inactive;
    case ChatState::Gone:
        return QXmppMessage::Gone;
    case ChatState::None:
        break;
    }
    return QXmppMessage::None;
}

QString errorText(const QXmppStanza::Error &error)
{
    if (!error.text().isEmpty())
        return error.text();
    switch (error.condition()) {
    case QXmppStanza::Error::ServiceUnavailable:
    case QXmppStanza::Error::RecipientUnavailable:
        return MessageSync::tr("The recipient cannot receive messages.");
    case QXmppStanza::Error::ItemNotFound:
        return MessageSync::tr("This address does not exist.");
    case QXmppStanza::Error::RemoteServerNotFound:
    case QXmppStanza::Error::RemoteServerTimeout:
        return MessageSync::tr("The recipient's server cannot be reached.");
    case QXmppStanza::Error::PolicyViolation:
    case QXmppStanza::Error::ResourceConstraint:
        return MessageSync::tr("The server refused the message.");
    default:
        return MessageSync::tr("The message could not be delivered.");
    }
}
} // namespace

MessageSync::MessageSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // Taken from the message pipeline, so each stanza is parsed into a QXmppMessage only once.
    m_handler = session->client()->addNewExtension<MessageHandlerExtension>(
        [this](const QXmppMessage &stanza) {
            handleStanza(stanza);
            return true;
        });
    // Messages can only have waited for us since then; see MessageTime.
    connect(session, &Session::disconnected, this,
        [this] { m_offlineSinceMs = QDateTime::currentMSecsSinceEpoch(); });
}

MessageSync::~MessageSync()
{
    if (m_handler)
        m_session->client()->removeExtension(m_handler);
}

bool MessageSync::send(const Message &message)
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    QXmppMessage stanza;
    stanza.setType(QXmppMessage::Chat);
    stanza.setTo(message.peer);
    stanza.setId(message.originId);
    stanza.setOriginId(message.originId);
    ReplyCodec::write(stanza, message);
    stanza.setReplaceId(message.correctsRef);
    FileShareCodec::write(stanza, message.attachments);
    ForwardCodec::write(stanza, message.forwarded);
    stanza.setReceiptRequested(true);
    stanza.setMarkable(true);
    stanza.setState(QXmppMessage::Active);
    const QString originId = message.originId;
    const quint64 attempt = ++m_lastAttempt;
    m_attempts.insert(originId, attempt);
    m_session->client()->send(std::move(stanza)).then(this, [=, this](QXmpp::SendResult result) {
        const auto *success = std::get_if<QXmpp::SendSuccess>(&result);
        if (success && !success->acknowledged)
            proveSoon(originId, attempt); // no stream management: only the bytes are written
        else
            settle(originId, attempt, success != nullptr);
    });
    return true;
}

void MessageSync::settle(const QString &originId, quint64 attempt, bool acknowledged)
{
    const auto it = m_attempts.constFind(originId);
    if (it == m_attempts.cend() || *it != attempt)
        return;
    m_attempts.erase(it);
    if (acknowledged)
        Q_EMIT messageAcknowledged(originId);
    else
        Q_EMIT messageUnconfirmed(originId);
}

void MessageSync::proveSoon(const QString &originId, quint64 attempt)
{
    m_unproven.append({ originId, attempt });
    if (std::exchange(m_proofQueued, true))
        return;
    // One round trip proves a whole burst: the server answers in order, after routing (and
    // archiving) every stanza that came before the query on this stream.
    QMetaObject::invokeMethod(this, &MessageSync::sendProof, Qt::QueuedConnection);
}

void MessageSync::sendProof()
{
    m_proofQueued = false;
    QXmppPingIq ping;
    ping.setTo(m_session->settings().jid.domain());
    m_session->client()
        ->sendIq(std::move(ping))
        .then(this, [this, batch = std::exchange(m_unproven, {})](auto result) {
            // Even an error reply is the server's: only a send error means no answer came.
            const auto *error = std::get_if<QXmppError>(&result);
            const bool answered = !error || !error->template holdsType<QXmpp::SendError>();
            for (const auto &[originId, attempt] : batch)
                settle(originId, attempt, answered);
        });
}

void MessageSync::sendReceipt(const QString &toFullJid, const QString &messageId)
{
    QXmppMessage stanza;
    stanza.setType(QXmppMessage::Chat);
    stanza.setTo(toFullJid);
    stanza.setReceiptId(messageId);
    m_session->client()->send(std::move(stanza));
}

void MessageSync::sendDisplayed(const QString &peer, const QString &messageId)
{
    QXmppMessage stanza;
    stanza.setType(QXmppMessage::Chat);
    stanza.setTo(peer);
    stanza.setMarker(QXmppMessage::Displayed);
    stanza.setMarkerId(messageId);
    m_session->client()->send(std::move(stanza));
}

void MessageSync::sendChatState(const QString &peer, ChatState state)
{
    if (m_session->state() != ConnectionState::Connected)
        return;
    QXmppMessage stanza;
    stanza.setType(QXmppMessage::Chat);
    stanza.setTo(peer);
    setChatState(stanza, state);
    m_session->client()->send(std::move(stanza));
}

void setChatState(QXmppMessage &stanza, ChatState state)
{
    stanza.setState(toQxmpp(state));
}

void readContent(const QXmppMessage &stanza, const QString &stampedBy, Message &message)
{
    message.body = stanza.body();
    ReplyCodec::read(stanza, message); // before anything reads the body: only the reply's text
    message.attachments = FileShareCodec::read(stanza);
    message.forwarded = ForwardCodec::read(stanza);
    // A file's link as body is for clients that show no files; ours shows the file instead.
    if (FileShareCodec::bodyIsOnlyUrls(message.body, message.attachments))
        message.body.clear();
    message.messageId = stanza.id();
    message.originId = stanza.originId();
    message.markable = stanza.isMarkable();
    // XEP-0308; an id longer than any real one names nothing (and is not kept whole).
    message.correctsRef = stanza.replaceId().left(CorrectionRule::MaxRefLength);
    for (const auto &id : stanza.stanzaIds()) {
        if (id.by.toLower() == stampedBy) {
            message.stanzaId = id.id;
            break;
        }
    }
}

ChatState chatState(const QXmppMessage &stanza)
{
    return fromQxmpp(stanza.state());
}

Message messageFromStanza(const QXmppMessage &stanza, const QString &ownBareJid)
{
    Message message;
    const QString fromBare = QXmppUtils::jidToBareJid(stanza.from());
    // Only a carbon of what another of our devices sent is ours; anything else from our own
    // address (another resource writing to this one) is what it is: an incoming message.
    const bool outgoing = fromBare == ownBareJid
        && (stanza.isCarbonForwarded() || QXmppUtils::jidToBareJid(stanza.to()) != ownBareJid);
    message.direction = outgoing ? Direction::Outgoing : Direction::Incoming;
    message.sender = fromBare;
    message.peer = outgoing ? QXmppUtils::jidToBareJid(stanza.to()) : fromBare;
    // Only a stanza-id stamped by our own server is trustworthy for dedupe.
    readContent(stanza, ownBareJid, message);
    const QDateTime stamp = stanza.stamp();
    message.timestamp
        = (stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    message.deliveryState = outgoing ? DeliveryState::Sent : DeliveryState::Delivered;
    return message;
}

Retraction retraction(
    const QXmppMessage &stanza, const RetractCodec::Retract &retract, const QString &ownBareJid)
{
    const Message about = messageFromStanza(stanza, ownBareJid);
    Retraction r;
    r.peer = about.peer;
    r.id = retract.id;
    r.direction = about.direction;
    r.sender = about.sender;
    return r;
}

void MessageSync::handleStanza(const QXmppMessage &stanza)
{
    const QString fromBare = QXmppUtils::jidToBareJid(stanza.from());
    if (stanza.type() == QXmppMessage::Error) {
        if (!stanza.id().isEmpty())
            Q_EMIT messageFailed(fromBare, stanza.id(), errorText(stanza.error()));
        return;
    }
    if (stanza.type() == QXmppMessage::GroupChat)
        return;
    // A private message through a room, or its carbon, is no person's: MucSync takes those of
    // the rooms we are in. One here is from a room we are not in (a stranger's, or a forgery),
    // or a copy for another of our devices; it must not become a chat with the room's address.
    if (MucStanzas::isThroughRoom(stanza)) {
        qCInfo(lcXmpp) << "dropped a private message through a room we are not in";
        return;
    }
    if (!stanza.receiptId().isEmpty())
        Q_EMIT receiptReceived(fromBare, stanza.receiptId());
    if (stanza.marker() == QXmppMessage::Displayed && !stanza.markedId().isEmpty())
        Q_EMIT displayedReceived(fromBare, stanza.markedId());
    if (stanza.state() != QXmppMessage::None && !stanza.isCarbonForwarded())
        Q_EMIT chatStateReceived(fromBare, fromQxmpp(stanza.state()));
    // A retraction is never a message of its own, whatever fallback body it carries.
    if (const auto retract = RetractCodec::read(stanza)) {
        if (!retract->moderated)
            Q_EMIT retractionReceived(
                retraction(stanza, *retract, m_session->settings().jid.bare()));
        return;
    }
    // A reaction is an action on a message, never a message of its own, even with a body.
    if (const auto reaction = ReactionStanza::read(stanza)) {
        Q_EMIT reactionReceived(ReactionStanza::personal(
            stanza, *reaction, m_session->settings().jid.bare().toLower()));
        return;
    }
    if (stanza.body().isEmpty() && stanza.sharedFiles().isEmpty())
        return;

    Message message = messageFromStanza(stanza, m_session->settings().jid.bare());
    if (message.body.isEmpty() && message.attachments.isEmpty())
        return;
    // The sender's <delay> is a claim, not a fact: it may not pin the chat or hide the message.
    const QDateTime claimed = stanza.stamp();
    message.timestamp = MessageTime::live(claimed.isValid() ? claimed.toMSecsSinceEpoch() : 0,
        QDateTime::currentMSecsSinceEpoch(), m_offlineSinceMs);
    qCDebug(lcXmpp) << "message from" << message.sender;
    Q_EMIT messageReceived(message, stanza.from(),
        stanza.isReceiptRequested() && message.direction == Direction::Incoming);
}

} // namespace Natter
