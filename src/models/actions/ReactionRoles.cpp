#include "ReactionRoles.h"

#include "AccountSession.h"
#include "ContactService.h"
#include "Reactions.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace Natter {

void ReactionRoles::setSession(AccountSession *session)
{
    if (m_session && m_session->reactions())
        disconnect(m_session->reactions(), nullptr, this, nullptr);
    m_session = session;
    clear();
    if (!m_session || !m_session->reactions())
        return;
    connect(m_session->reactions(), &Reactions::reactionsChanged, this,
        [this](qint64, qint64 messageId) {
            if (!m_asked.contains(messageId))
                return;
            // The old chips stay until the new ones come: no flicker.
            m_queue.append(messageId);
            if (!std::exchange(m_fetchQueued, true))
                QMetaObject::invokeMethod(
                    this, [this] { fetch(); }, Qt::QueuedConnection);
        });
}

void ReactionRoles::clear()
{
    ++m_generation;
    m_counts.clear();
    m_asked.clear();
    m_queue.clear();
}

void ReactionRoles::fetch() const
{
    m_fetchQueued = false;
    if (!m_session || m_queue.isEmpty())
        return;
    auto *self = const_cast<ReactionRoles *>(this);
    m_session->reactions()
        ->counts(std::exchange(m_queue, {}))
        .then(self,
            [self, generation = m_generation](const QHash<qint64, QList<ReactionCount>> &counts) {
                if (generation != self->m_generation)
                    return;
                for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                    if (!self->m_asked.contains(it.key()))
                        continue;
                    const bool shown = !self->m_counts.value(it.key()).isEmpty();
                    self->m_counts.insert(it.key(), it.value());
                    if (shown || !it.value().isEmpty())
                        Q_EMIT self->messageChanged(it.key());
                }
            });
}

QString ReactionRoles::nameOf(const QString &reactor, const QString &storedName) const
{
    if (reactor.isEmpty())
        return QCoreApplication::translate("ReactionRoles", "You");
    if (!storedName.isEmpty())
        return storedName; // a nickname in a group
    if (m_session && m_session->contacts())
        return m_session->contacts()->view(reactor).name;
    return reactor;
}

QString ReactionRoles::accessibleName(const QString &emoji, int count, const QStringList &names)
{
    return QStringLiteral("%1 %2: %3").arg(emoji).arg(count).arg(names.join(u", "));
}

QVariantList ReactionRoles::chips(const Message &message) const
{
    if (message.id == 0 || message.kind != MessageKind::Chat)
        return {};
    const auto it = m_counts.constFind(message.id);
    if (it == m_counts.cend()) {
        if (!m_asked.contains(message.id)) {
            m_asked.insert(message.id);
            m_queue.append(message.id);
            if (!std::exchange(m_fetchQueued, true))
                QMetaObject::invokeMethod(
                    const_cast<ReactionRoles *>(this), [this] { fetch(); }, Qt::QueuedConnection);
        }
        return {};
    }
    QVariantList chips;
    for (const ReactionCount &count : *it) {
        QStringList names;
        for (qsizetype i = 0; i < count.reactors.size(); ++i)
            names.append(nameOf(count.reactors.at(i), count.names.value(i)));
        QStringList shown = names.mid(0, MaxNames);
        if (names.size() > MaxNames)
            shown.append(QCoreApplication::translate(
                "ReactionRoles", "and %n more", nullptr, int(names.size() - MaxNames)));
        chips.append(QVariantMap {
            { QStringLiteral("emoji"), count.emoji },
            { QStringLiteral("count"), int(count.reactors.size()) },
            { QStringLiteral("ours"), count.ours },
            { QStringLiteral("names"), shown.join(u", ") },
            { QStringLiteral("accessibleName"),
                accessibleName(count.emoji, int(names.size()), shown) },
        });
    }
    return chips;
}

} // namespace Natter
