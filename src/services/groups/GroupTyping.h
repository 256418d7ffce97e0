#pragma once

#include "Enums.h"
#include "MucTypes.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Natter {

class GroupService;
class MucSync;

// Who is typing in each group, from the occupants' XEP-0085 chat states, and our own typing to
// private groups (never to channels, where hundreds would learn it). A "composing" nobody
// refreshes goes stale, as ChatStateService does it for a person.
class GroupTyping : public QObject
{
    Q_OBJECT

public:
    // A "composing" not refreshed for this long no longer counts: the occupant may have gone.
    static constexpr int ComposingStaleMs = 30000;

    GroupTyping(MucSync *muc, GroupService *groups, QObject *parent = nullptr);

    // Our own state in room (from ChatStateService): only typing, its pause and its end go to
    // a group; focus changes stay ours.
    void tell(const QString &room, ChatState state);
    // The nicknames typing in the group now, in the order they started.
    QStringList typing(const QString &room) const;
    Q_INVOKABLE QStringList typingIn(qint64 chatId) const;
    // For tests: how long a "composing" stays fresh.
    void setComposingStaleMs(int ms) { m_staleMs = ms; }

Q_SIGNALS:
    void typingChanged(qint64 chatId, const QStringList &nicks);

private:
    struct Typist
    {
        QString nick;
        qint64 since = 0;
    };

    void handleState(const QString &room, const Occupant &author, ChatState state);
    void setTyping(const QString &room, const QString &nick, bool composing);
    void expireStale();

    MucSync *m_muc;
    GroupService *m_groups;
    QHash<QString, QList<Typist>> m_typing; // by room
    QHash<QString, ChatState> m_told; // the last state we sent to each room
    QTimer m_staleTimer;
    int m_staleMs = ComposingStaleMs;
};

} // namespace Natter
