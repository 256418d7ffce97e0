#pragma once

#include "ArchiveService.h"
#include "Message.h"
#include "Notifier.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Natter {

class ContactService;
class MessagingService;

// Decides when a new message deserves a desktop notification: an incoming, unread message (text
// or a file) that arrived live (not history restored from the archive), from someone not blocked,
// in a chat the person is not looking at. What archive catch-up brings after a time offline is
// announced once, summarised.
class NotificationService : public QObject
{
    Q_OBJECT

public:
    NotificationService(
        MessagingService *messaging, ContactService *contacts, QObject *parent = nullptr);

    // Not owned; nullptr drops notifications (no notification service on this desktop).
    void setNotifier(Notifier *notifier);
    Notifier *notifier() const { return m_notifier; }

    // The settings, wired from the profile's settings; notifications are on with previews.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void setPreviews(bool previews) { m_previews = previews; }
    bool previews() const { return m_previews; }

    // The chat the window shows ("" when none) and whether the window has the focus.
    Q_INVOKABLE void setOpenChat(const QString &peer) { m_openChat = peer; }
    QString openChat() const { return m_openChat; }
    void setWindowActive(bool active) { m_windowActive = active; }

    // Messages the archive brought after a time offline: one notification for all of them
    // ("12 new messages in 3 chats"), or the usual one when it is a single message.
    void announceCaughtUp(const QList<CaughtUpChat> &chats);

    // New messages on disk, live or from a group's archive: one notification per chat.
    void handleStored(const QList<Message> &messages);
    // The group's name for a room's address; empty for anyone else. A group's notification is
    // titled with it, and says who wrote.
    void setGroupNames(std::function<QString(const QString &)> groupName)
    {
        m_groupName = std::move(groupName);
    }

    // Whether a chat is muted: then only a message that mentions us, or in a group answers one
    // of ours, notifies.
    void setMuteFilter(std::function<bool(qint64 chatId)> isMuted)
    {
        m_isMuted = std::move(isMuted);
    }

    // The chat was read (here or on another device): its notification goes.
    void withdraw(const QString &peer);

    // The body as a preview: plain text on one line, at most maxLength characters.
    static QString previewText(const QString &body, int maxLength = 120);
    // What a message without text says in a notification, from its first file: "📷 Photo",
    // "🎤 Voice message (0:12)", "📄 report.pdf".
    static QString fileSummary(const Attachment &file);

Q_SIGNALS:
    // A notification was clicked: the UI opens this chat.
    void chatRequested(const QString &peer);

private:
    bool deserves(const Message &message) const;
    // A reply in a group to one of our messages: it gets through a mute, as a mention does.
    bool answersUs(const Message &message) const;
    void notify(const Message &message);
    // Title, icon and click target for a notification about message's chat.
    Notification about(const Message &message) const;

    std::function<QString(const QString &)> m_groupName;
    std::function<bool(qint64)> m_isMuted;
    ContactService *m_contacts;
    QPointer<Notifier> m_notifier;
    QString m_openChat;
    bool m_windowActive = false;
    bool m_enabled = true;
    bool m_previews = true;
};

} // namespace Natter
