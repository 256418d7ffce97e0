#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Natter {

class ChatStore;

// Which chats are muted and until when (WhatsApp's 8 hours, 1 week or always). A muted chat
// gives no notification or sound except for a mention of us, keeps its unread count (shown
// greyed) and leaves the tray's total. A mute ends by itself: muted-ness is computed when asked,
// and one timer for the earliest end tells the UI to look again.
class MuteService : public QObject
{
    Q_OBJECT
    // Changes whenever a chat's mute starts or ends, for bindings that ask isMuted.
    Q_PROPERTY(int revision READ revision NOTIFY mutesChanged)

public:
    enum class Duration { EightHours, OneWeek, Always };
    Q_ENUM(Duration)

    static constexpr qint64 EightHoursMs = 8LL * 60 * 60 * 1000;
    static constexpr qint64 OneWeekMs = 7LL * 24 * 60 * 60 * 1000;

    explicit MuteService(ChatStore &chats, QObject *parent = nullptr);

    // Reads the account's mutes; 0 forgets them.
    void setAccountId(qint64 accountId);
    // For tests: the clock the mutes are checked against (ms since the epoch).
    void setClock(std::function<qint64()> now);

    Q_INVOKABLE void mute(qint64 chatId, Natter::MuteService::Duration duration);
    Q_INVOKABLE void unmute(qint64 chatId);
    Q_INVOKABLE bool isMuted(qint64 chatId) const;
    // Chat::mutedUntil of the chat as this service knows it.
    qint64 mutedUntil(qint64 chatId) const { return m_until.value(chatId); }
    int revision() const { return m_revision; }

Q_SIGNALS:
    void mutesChanged();

private:
    void apply(qint64 chatId, qint64 until);
    void changed();
    void scheduleExpiry();

    ChatStore &m_chats;
    std::function<qint64()> m_now;
    qint64 m_accountId = 0;
    QHash<qint64, qint64> m_until; // chat id → Chat::mutedUntil, muted chats only
    QTimer m_expiry;
    int m_revision = 0;
};

} // namespace Natter
