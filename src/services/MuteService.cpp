#include "MuteService.h"

#include "Chat.h"
#include "ChatStore.h"

#include <QDateTime>

#include <limits>

namespace Natter {

namespace {
// QTimer counts in int milliseconds; a later end is looked at again after this long.
constexpr qint64 MaxTimerMs = std::numeric_limits<int>::max();
} // namespace

MuteService::MuteService(ChatStore &chats, QObject *parent)
    : QObject(parent)
    , m_chats(chats)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &MuteService::changed);
}

void MuteService::setAccountId(qint64 accountId)
{
    m_accountId = accountId;
    m_until.clear();
    changed();
    if (accountId == 0)
        return;
    m_chats.chats(accountId).then(this, [this, accountId](const QList<Chat> &chats) {
        if (accountId != m_accountId)
            return;
        for (const Chat &chat : chats) {
            if (chat.mutedUntil != 0)
                m_until.insert(chat.id, chat.mutedUntil);
        }
        changed();
    });
}

void MuteService::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
    changed();
}

void MuteService::mute(qint64 chatId, Duration duration)
{
    const qint64 now = m_now();
    switch (duration) {
    case Duration::EightHours:
        return apply(chatId, now + EightHoursMs);
    case Duration::OneWeek:
        return apply(chatId, now + OneWeekMs);
    case Duration::Always:
        return apply(chatId, Chat::MutedForever);
    }
}

void MuteService::unmute(qint64 chatId)
{
    apply(chatId, 0);
}

bool MuteService::isMuted(qint64 chatId) const
{
    const auto it = m_until.constFind(chatId);
    return it != m_until.cend() && (*it == Chat::MutedForever || *it > m_now());
}

void MuteService::apply(qint64 chatId, qint64 until)
{
    if (chatId <= 0)
        return;
    if (until == 0)
        m_until.remove(chatId);
    else
        m_until.insert(chatId, until);
    // The chat list re-reads the row when the store announces the change.
    m_chats.setMutedUntil(chatId, until);
    changed();
}

void MuteService::changed()
{
    ++m_revision;
    scheduleExpiry();
    Q_EMIT mutesChanged();
}

void MuteService::scheduleExpiry()
{
    const qint64 now = m_now();
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const qint64 until : std::as_const(m_until)) {
        if (until > now)
            earliest = std::min(earliest, until);
    }
    if (earliest == std::numeric_limits<qint64>::max()) {
        m_expiry.stop();
        return;
    }
    // A moment after the end, so the check that follows finds it over.
    m_expiry.start(int(std::min(earliest - now + 1, MaxTimerMs)));
}

} // namespace Natter
