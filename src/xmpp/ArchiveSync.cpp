#include "ArchiveSync.h"

#include "ArchiveCollector.h"
#include "MessageSync.h"
#include "MucReferences.h"
#include "MucStanzas.h"
#include "MucSync.h"
#include "ReactionStanza.h"
#include "RetractCodec.h"
#include "Session.h"

#include <QDomElement>
#include <QPromise>
#include <QTimer>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppMamIq.h>
#include <QXmppResultSet.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Natter {

namespace {
constexpr int LateResultsMs = 10000;

// A groupchat message from a room's archive: the room's archive id and stamp are its word.
Message roomMessage(const QXmppMessage &stanza, const QString &room)
{
    Message message;
    message.peer = room;
    message.sender = QXmppUtils::jidToResource(stanza.from()).left(MucSync::MaxNickLength);
    message.direction = Direction::Incoming;
    readContent(stanza, room, message);
    message.mentions = Mentions::fromCodePoints(message.body, MucReferences::read(stanza));
    const QDateTime stamp = stanza.stamp();
    message.timestamp
        = (stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    message.deliveryState = DeliveryState::Delivered;
    return message;
}
// A retraction from an archive: our own (one-to-one) or a room's, where only the room itself
// (its bare JID) moderates.
std::optional<Retraction> archivedRetraction(const QXmppMessage &stanza,
    const RetractCodec::Retract &retract, const QString &own, const QString &room)
{
    if (room.isEmpty()) {
        if (retract.moderated || MucStanzas::isThroughRoom(stanza))
            return std::nullopt;
        return retraction(stanza, retract, own);
    }
    Retraction r;
    r.peer = room;
    r.id = retract.id;
    r.group = true;
    r.sender = QXmppUtils::jidToResource(stanza.from()).left(MucSync::MaxNickLength);
    if (retract.moderated != r.sender.isEmpty())
        return std::nullopt;
    r.moderated = retract.moderated;
    r.reason = retract.reason;
    return r;
}

// A reaction from a room's archive; the room's archive id and stamp are its word, as above.
Reaction roomReaction(
    const QXmppMessage &stanza, const ReactionStanza::Content &content, const QString &room)
{
    Reaction reaction;
    reaction.peer = room;
    reaction.group = true;
    reaction.ref = content.ref;
    reaction.name = QXmppUtils::jidToResource(stanza.from()).left(MucSync::MaxNickLength);
    const QString identity = ReactionStanza::roomIdentity(stanza);
    reaction.reactor = identity.isEmpty() ? reaction.name : identity;
    reaction.emojis = content.emojis;
    const QDateTime stamp = stanza.stamp();
    reaction.timestamp
        = (stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    return reaction;
}
} // namespace

ArchiveSync::ArchiveSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_collector(new ArchiveCollector)
{
    // Before every other handler, so no forged result reaches one.
    session->client()->insertExtension(0, m_collector);
}

QFuture<ArchivePage> ArchiveSync::fetchAfter(const QString &afterId, int max)
{
    // RSM: "before" with no value asks for the last (newest) page.
    return afterId.isEmpty() ? query({}, {}, QStringLiteral(""), max) : query({}, afterId, {}, max);
}

QFuture<ArchivePage> ArchiveSync::fetchSince(const QDateTime &start, int max)
{
    return query({}, {}, {}, max, start);
}

QFuture<ArchivePage> ArchiveSync::fetchBefore(const QString &peer, const QString &beforeId, int max)
{
    return query(peer, {}, beforeId.isEmpty() ? QStringLiteral("") : beforeId, max);
}

QFuture<ArchivePage> ArchiveSync::fetchRoomAfter(
    const QString &room, const QString &afterId, int max)
{
    const QString archive = room.toLower();
    return afterId.isEmpty() ? run({ archive, {}, {}, QStringLiteral(""), max, {} })
                             : run({ archive, {}, afterId, {}, max, {} });
}

QFuture<ArchivePage> ArchiveSync::fetchRoomBefore(
    const QString &room, const QString &beforeId, int max)
{
    return run(
        { room.toLower(), {}, {}, beforeId.isEmpty() ? QStringLiteral("") : beforeId, max, {} });
}

QFuture<ArchivePage> ArchiveSync::run(const Query &q)
{
    const QString &with = q.with;
    const QString &after = q.after;
    const QString &before = q.before;
    const int max = q.max;
    const QDateTime &start = q.start;
    auto promise = std::make_shared<QPromise<ArchivePage>>();
    promise->start();
    QFuture<ArchivePage> future = promise->future();

    QList<QXmppDataForm::Field> fields {
        { QXmppDataForm::Field::HiddenField, QStringLiteral("FORM_TYPE"),
            QStringLiteral("urn:xmpp:mam:2") },
    };
    if (!with.isEmpty())
        fields.append({ QXmppDataForm::Field::TextSingleField, QStringLiteral("with"), with });
    if (start.isValid()) {
        fields.append({ QXmppDataForm::Field::TextSingleField, QStringLiteral("start"),
            QXmppUtils::datetimeToString(start) });
    }
    QXmppResultSetQuery rsm;
    rsm.setMax(max);
    if (!after.isNull())
        rsm.setAfter(after);
    if (!before.isNull())
        rsm.setBefore(before);

    QXmppMamQueryIq iq;
    iq.setType(QXmppIq::Set);
    const QString queryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    iq.setQueryId(queryId);
    iq.setForm(QXmppDataForm(QXmppDataForm::Submit, fields));
    iq.setResultSetQuery(rsm);
    if (!q.archive.isEmpty())
        iq.setTo(q.archive);
    m_collector->expect(queryId, q.archive);

    const QString own = m_session->settings().jid.bare();
    const QString room = q.archive;
    m_session->client()
        ->sendIq(std::move(iq))
        .then(this, [this, promise, queryId, own, room](auto reply) {
            auto *element = std::get_if<QDomElement>(&reply);
            if (!element) {
                const QXmppError &error = std::get<QXmppError>(reply);
                const auto stanzaError = error.value<QXmppStanza::Error>();
                ArchivePage page;
                page.error = error.description;
                page.unknownId
                    = stanzaError && stanzaError->condition() == QXmppStanza::Error::ItemNotFound;
                m_collector->take(queryId);
                promise->addResult(page);
                promise->finish();
                return;
            }
            QXmppMamResultIq result;
            result.parse(*element);
            auto finish = [this, promise, queryId, own, room, result] {
                ArchivePage page;
                QList<Reaction> reactions;
                page.complete = result.complete();
                page.first = result.resultSetReply().first();
                page.last = result.resultSetReply().last();
                for (const auto &[archiveId, stanza] : m_collector->take(queryId)) {
                    if (archiveId == page.last && stanza.stamp().isValid())
                        page.lastStamp = stanza.stamp().toMSecsSinceEpoch();
                    if (const auto retract = RetractCodec::read(stanza)) {
                        if (auto r = archivedRetraction(stanza, *retract, own, room))
                            page.retractions.append(*r);
                        continue;
                    }
                    if (const auto content = ReactionStanza::read(stanza)) {
                        if (room.isEmpty() && MucStanzas::isThroughRoom(stanza))
                            continue;
                        reactions.append(room.isEmpty()
                                ? ReactionStanza::personal(stanza, *content, own.toLower())
                                : roomReaction(stanza, *content, room));
                        continue;
                    }
                    if (stanza.body().isEmpty() && stanza.sharedFiles().isEmpty())
                        continue;
                    // A private message through a room in our own archive is no person's:
                    // it must not make a chat with the room's address (see MessageSync).
                    if (room.isEmpty() && MucStanzas::isThroughRoom(stanza))
                        continue;
                    Message message = room.isEmpty() ? messageFromStanza(stanza, own)
                                                     : roomMessage(stanza, room);
                    if (message.body.isEmpty() && message.attachments.isEmpty())
                        continue;
                    message.stanzaId = archiveId; // the id in our own archive is authoritative
                    message.fromArchive = true;
                    if (stanza.isReceiptRequested() && message.direction == Direction::Incoming
                        && !message.messageId.isEmpty())
                        page.receiptRequests.insert(message.messageId, stanza.from());
                    page.messages.append(message);
                }
                if (!reactions.isEmpty())
                    Q_EMIT reactionsReceived(reactions);
                promise->addResult(page);
                promise->finish();
            };
            // Wait for the page's last message if it is still on its way, but not forever.
            auto once = std::make_shared<bool>(false);
            auto finishOnce = [finish, once] {
                if (!std::exchange(*once, true))
                    finish();
            };
            m_collector->whenReceived(queryId, result.resultSetReply().last(), finishOnce);
            if (!*once)
                QTimer::singleShot(LateResultsMs, this, finishOnce);
        });
    return future;
}

} // namespace Natter
