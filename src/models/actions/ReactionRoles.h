#pragma once

#include "Message.h"
#include "Reaction.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariant>

namespace Natter {

class AccountSession;

// The reactions under each bubble of a conversation: asked of the Reactions service the first
// time a row shows (many rows in one question), kept, and asked again when they change.
class ReactionRoles : public QObject
{
    Q_OBJECT

public:
    // Names listed for one emoji; more become "and N more".
    static constexpr int MaxNames = 15;

    void setSession(AccountSession *session);
    // Another chat: nothing kept applies.
    void clear();
    // One chip per emoji: { emoji, count, ours, names (who, in words), accessibleName }.
    QVariantList chips(const Message &message) const;
    // The chip's words, e.g. "👍 2: Alice, Bob".
    static QString accessibleName(const QString &emoji, int count, const QStringList &names);

Q_SIGNALS:
    // A message's reactions are known or new: its row repaints.
    void messageChanged(qint64 messageId);

private:
    void fetch() const;
    QString nameOf(const QString &reactor, const QString &storedName) const;

    QPointer<AccountSession> m_session;
    QHash<qint64, QList<ReactionCount>> m_counts;
    mutable QSet<qint64> m_asked;
    mutable QList<qint64> m_queue;
    mutable bool m_fetchQueued = false;
    quint64 m_generation = 0;
};

} // namespace Natter
