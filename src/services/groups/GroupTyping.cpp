#include "GroupTyping.h"

#include "GroupService.h"
#include "MucSync.h"

#include <QDateTime>

#include <algorithm>

namespace Natter {

namespace {
// How often stale "composing" states are looked for.
constexpr int StaleCheckMs = 1000;
} // namespace

GroupTyping::GroupTyping(MucSync *muc, GroupService *groups, QObject *parent)
    : QObject(parent)
    , m_muc(muc)
    , m_groups(groups)
{
    m_staleTimer.setInterval(StaleCheckMs);
    connect(&m_staleTimer, &QTimer::timeout, this, &GroupTyping::expireStale);
    connect(muc, &MucSync::chatStateReceived, this, &GroupTyping::handleState);
    // A message from an occupant ends their typing, whatever they said about it.
    connect(muc, &MucSync::messageReceived, this, [this](const Message &m, const Occupant &a) {
        if (m.direction == Direction::Incoming)
            setTyping(m.peer, a.nick, false);
    });
    // Out of a room, nobody in it is seen typing.
    connect(muc, &MucSync::roomExited, this, [this](const QString &room) {
        const qint64 chatId = m_groups->groupFor(room).chatId;
        if (m_typing.remove(room) > 0 && chatId != 0)
            Q_EMIT typingChanged(chatId, {});
    });
    // Someone who left (or took another nickname) is typing no longer.
    connect(muc, &MucSync::occupantsChanged, this, [this](const QString &room) {
        const QList<Occupant> occupants = m_muc->occupants(room);
        for (const QString &nick : typing(room)) {
            if (std::none_of(occupants.cbegin(), occupants.cend(),
                    [&nick](const Occupant &o) { return o.nick == nick; }))
                setTyping(room, nick, false);
        }
    });
}

void GroupTyping::tell(const QString &room, ChatState state)
{
    if (m_groups->groupFor(room).kind != ChatKind::PrivateGroup)
        return;
    const ChatState last = m_told.value(room, ChatState::Active);
    // Active only ends typing; inactive and gone are not the group's business.
    const bool ends = state == ChatState::Active && last != ChatState::Active;
    if ((state != ChatState::Composing && state != ChatState::Paused && !ends) || state == last)
        return;
    if (m_muc->sendChatState(room, state))
        m_told.insert(room, state);
}

void GroupTyping::handleState(const QString &room, const Occupant &author, ChatState state)
{
    if (!m_groups->isGroup(room) || author.nick.isEmpty())
        return;
    setTyping(room, author.nick, state == ChatState::Composing);
}

void GroupTyping::setTyping(const QString &room, const QString &nick, bool composing)
{
    QList<Typist> &typists = m_typing[room];
    const auto it = std::find_if(
        typists.begin(), typists.end(), [&nick](const Typist &t) { return t.nick == nick; });
    const bool was = it != typists.end();
    if (composing && was) {
        it->since = QDateTime::currentMSecsSinceEpoch();
        return;
    }
    if (composing) {
        typists.append({ nick, QDateTime::currentMSecsSinceEpoch() });
        if (!m_staleTimer.isActive())
            m_staleTimer.start();
    } else if (was) {
        typists.erase(it);
    } else {
        return;
    }
    if (const qint64 chatId = m_groups->groupFor(room).chatId)
        Q_EMIT typingChanged(chatId, typing(room));
}

QStringList GroupTyping::typing(const QString &room) const
{
    QStringList nicks;
    for (const Typist &typist : m_typing.value(room))
        nicks.append(typist.nick);
    return nicks;
}

QStringList GroupTyping::typingIn(qint64 chatId) const
{
    return typing(m_groups->group(chatId).room);
}

void GroupTyping::expireStale()
{
    const qint64 limit = QDateTime::currentMSecsSinceEpoch() - m_staleMs;
    bool any = false;
    const QStringList rooms = m_typing.keys();
    for (const QString &room : rooms) {
        for (const Typist &typist : m_typing.value(room)) {
            if (typist.since < limit)
                setTyping(room, typist.nick, false);
        }
        any = any || !m_typing.value(room).isEmpty();
    }
    if (!any)
        m_staleTimer.stop();
}

} // namespace Natter
