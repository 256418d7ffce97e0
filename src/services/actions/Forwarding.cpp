#include "Forwarding.h"

#include "ForwardedFile.h"
#include "HistoryService.h"
#include "MessagingService.h"
#include "ServiceLogging.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace Natter {

namespace {

// The files of one copy, per chat; empty lists when the message has none. An error instead when
// a local copy changed since it was sent or received.
struct PreparedFiles
{
    QString error;
    QList<QList<Attachment>> perChat;
};

// Off the GUI thread: reads every local file whole to check its hash.
PreparedFiles prepareFiles(
    const QList<Attachment> &files, qsizetype chats, const QString &outgoingDir)
{
    PreparedFiles prepared;
    QList<bool> local; // each file hashed once, however many chats it goes to
    for (const Attachment &a : files) {
        const ForwardedFile::Copy copy = ForwardedFile::check(a);
        if (copy == ForwardedFile::Copy::Changed) {
            prepared.error = Forwarding::tr(
                "This file changed on disk since it was received; it can't be forwarded.");
            return prepared;
        }
        local.append(copy == ForwardedFile::Copy::Unchanged);
    }
    for (qsizetype i = 0; i < chats; ++i) {
        QList<Attachment> copies;
        for (qsizetype f = 0; f < files.size(); ++f) {
            const Attachment &a = files.at(f);
            Attachment copy = a;
            copy.id = 0;
            copy.messageId = 0;
            copy.errorText.clear();
            // Each message owns its file: deleting one never takes the other's away.
            copy.localPath
                = local.at(f) ? ForwardedFile::share(a.localPath, outgoingDir) : QString();
            copy.transfer = copy.localPath.isEmpty() ? TransferState::Remote : TransferState::Ready;
            copies.append(copy);
        }
        prepared.perChat.append(copies);
    }
    return prepared;
}

} // namespace

Forwarding::Forwarding(HistoryService *history, MessagingService *messaging,
    const QString &mediaCache, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_messaging(messaging)
    , m_outgoingDir(mediaCache + QStringLiteral("/outgoing"))
{ }

bool Forwarding::canForward(const Message &message)
{
    if (message.id == 0 || message.kind != MessageKind::Chat || message.retracted)
        return false;
    if (message.body.trimmed().isEmpty() && message.attachments.isEmpty())
        return false;
    return std::all_of(message.attachments.begin(), message.attachments.end(),
        [](const Attachment &a) { return !a.url.isEmpty(); });
}

QFuture<QString> Forwarding::forward(qint64 messageId, const QStringList &peers)
{
    QStringList chosen;
    for (const QString &peer : peers) {
        if (!peer.isEmpty() && !chosen.contains(peer))
            chosen.append(peer);
    }
    if (chosen.isEmpty())
        return QtFuture::makeReadyFuture(tr("Choose a chat to forward the message to."));
    if (chosen.size() > MaxChats)
        return QtFuture::makeReadyFuture(
            tr("A message can be forwarded to at most %n chats at once.", nullptr, MaxChats));
    return m_history->messages()
        .message(messageId)
        .then(this,
            [this, chosen](const Message &original) {
                if (!canForward(original))
                    return QtFuture::makeReadyFuture(tr("This message can't be forwarded."));
                return forwardChecked(original, chosen);
            })
        .unwrap();
}

QFuture<QString> Forwarding::forward(const QList<qint64> &messageIds, const QStringList &peers)
{
    if (messageIds.isEmpty())
        return QtFuture::makeReadyFuture(tr("Choose a message to forward."));
    if (messageIds.size() > MaxMessages)
        return QtFuture::makeReadyFuture(
            tr("At most %n messages can be forwarded at once.", nullptr, MaxMessages));
    QFuture<QString> first = forward(messageIds.first(), peers);
    if (messageIds.size() == 1)
        return first;
    return first
        .then(this,
            [this, rest = messageIds.mid(1), peers](const QString &error) {
                return error.isEmpty() ? forward(rest, peers) : QtFuture::makeReadyFuture(error);
            })
        .unwrap();
}

QFuture<QString> Forwarding::forwardChecked(const Message &original, const QStringList &peers)
{
    return QtConcurrent::run(prepareFiles, original.attachments, peers.size(), m_outgoingDir)
        .then(this,
            [this, original, peers](const PreparedFiles &prepared) -> QFuture<QString> {
                if (!prepared.error.isEmpty())
                    return QtFuture::makeReadyFuture(prepared.error);
                Message mark;
                mark.forwarded = true;
                // The database thread stores them in the order asked, the order chosen.
                auto remaining = std::make_shared<int>(int(peers.size()));
                auto refused = std::make_shared<int>(0);
                auto promise = std::make_shared<QPromise<QString>>();
                promise->start();
                for (qsizetype i = 0; i < peers.size(); ++i) {
                    m_messaging
                        ->storeWithFiles(peers.at(i), original.body, prepared.perChat.at(i), mark)
                        .then(this,
                            [this, peers, remaining, refused, promise](
                                const QList<Message> &stored) {
                                if (stored.isEmpty())
                                    ++*refused;
                                if (--*remaining > 0)
                                    return;
                                qCInfo(lcServices) << "forwarded a message to"
                                                   << peers.size() - *refused << "chats";
                                if (*refused < peers.size())
                                    Q_EMIT forwarded(peers);
                                promise->addResult(*refused == 0
                                        ? QString()
                                        : tr("The message could not be forwarded to %n of the "
                                             "chats.",
                                            nullptr, *refused));
                                promise->finish();
                            });
                }
                return promise->future();
            })
        .unwrap();
}

} // namespace Natter
