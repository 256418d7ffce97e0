#include "ReplyQuotes.h"

#include "AccountSession.h"
#include "ArchiveService.h"
#include "ConsistentColor.h"
#include "ContactService.h"
#include "HistoryService.h"
#include "Replies.h"

namespace Natter {

ReplyQuotes::ReplyQuotes(QObject *parent)
    : QObject(parent)
{ }

void ReplyQuotes::setSession(AccountSession *session)
{
    m_session = session;
    clear();
}

void ReplyQuotes::clear()
{
    ++m_generation;
    m_originals.clear();
    m_loading.clear();
}

ReplyQuotes::Quote ReplyQuotes::quote(const Message &reply) const
{
    Quote q;
    if (reply.replyToId == 0 && reply.replyRef.isEmpty())
        return q;
    if (reply.replyToId == 0) {
        q.state = State::NotFound;
        return q;
    }
    const auto it = m_originals.constFind(reply.replyToId);
    if (it == m_originals.cend()) {
        load(reply.replyToId);
        q.state = State::Loading;
        return q;
    }
    if (!it->has_value()) {
        q.state = State::Deleted;
        return q;
    }
    const Message &original = **it;
    q.state = State::Shown;
    q.author = authorOf(original);
    q.color = QColor::fromRgb(consistentColor(q.author));
    q.excerpt = Replies::excerpt(original);
    for (const Attachment &file : original.attachments) {
        if (file.mimeType.startsWith(QLatin1String("image/")) && !file.thumbnail.isEmpty()) {
            q.thumbnailUrl = QStringLiteral("image://thumbnail/%1").arg(file.id);
            break;
        }
    }
    return q;
}

QString ReplyQuotes::authorOf(const Message &original) const
{
    if (original.direction == Direction::Outgoing)
        return tr("You");
    if (m_group)
        return original.sender;
    if (m_session && m_session->contacts())
        return m_session->contacts()->view(original.sender).name;
    return original.sender.section(u'@', 0, 0);
}

void ReplyQuotes::load(qint64 originalId) const
{
    if (!m_session || m_loading.contains(originalId))
        return;
    m_loading.insert(originalId);
    // Asked from data(): the answer must come later, never inside the view's binding.
    auto *self = const_cast<ReplyQuotes *>(this);
    m_session->history()
        ->message(originalId)
        .then(self, [self, originalId, generation = m_generation](const Message &original) {
            if (generation != self->m_generation)
                return;
            self->m_loading.remove(originalId);
            if (original.id == 0)
                self->m_originals.insert(originalId, std::nullopt);
            else
                self->m_originals.insert(originalId, original);
            QMetaObject::invokeMethod(
                self, [self, originalId] { Q_EMIT self->changed(originalId); },
                Qt::QueuedConnection);
        });
}

void ReplyQuotes::originalChanged(const Message &message)
{
    if (m_originals.contains(message.id)) {
        m_originals.insert(message.id, message);
        Q_EMIT changed(message.id);
    }
}

void ReplyQuotes::originalRemoved(qint64 messageId)
{
    if (m_originals.contains(messageId)) {
        m_originals.insert(messageId, std::nullopt);
        Q_EMIT changed(messageId);
    }
}

void ReplyQuotes::find(const Message &reply)
{
    if (reply.replyToId != 0) {
        Q_EMIT found(reply.replyToId);
        return;
    }
    if (reply.replyRef.isEmpty() || !m_session) {
        Q_EMIT notFound();
        return;
    }
    searchArchive(reply.id, MaxArchivePages);
}

void ReplyQuotes::searchArchive(qint64 replyId, int pagesLeft)
{
    if (!m_session)
        return;
    // Each page lands in the store, which ties the reply to its original when it comes.
    m_session->history()->message(replyId).then(
        this, [this, replyId, pagesLeft, generation = m_generation](const Message &reply) {
            if (generation != m_generation || !m_session)
                return;
            if (reply.replyToId != 0) {
                Q_EMIT found(reply.replyToId);
                return;
            }
            if (pagesLeft <= 0 || reply.id == 0
                || m_session->state() != ConnectionState::Connected) {
                Q_EMIT notFound();
                return;
            }
            m_session->archive()
                ->fetchOlder(reply.chatId, reply.peer)
                .then(this, [this, replyId, pagesLeft, generation](int stored) {
                    if (generation != m_generation)
                        return;
                    if (stored == 0)
                        Q_EMIT notFound();
                    else
                        searchArchive(replyId, pagesLeft - 1);
                });
        });
}

} // namespace Natter
