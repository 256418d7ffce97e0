#include "NotificationService.h"

#include "ContactService.h"
#include "MessageCard.h"
#include "MessageRequests.h"
#include "MessagingService.h"
#include "Notifier.h"

namespace Natter {

NotificationService::NotificationService(
    MessagingService *messaging, ContactService *contacts, QObject *parent)
    : QObject(parent)
    , m_contacts(contacts)
{
    // Live, carbon and offline messages come through here; archive catch-up does not.
    connect(messaging, &MessagingService::messagesStored, this, &NotificationService::handleStored);
}

void NotificationService::setNotifier(Notifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    if (notifier)
        connect(notifier, &Notifier::activated, this, &NotificationService::chatRequested);
}

QString NotificationService::previewText(const QString &body, int maxLength)
{
    QString text = body.simplified();
    if (text.size() <= maxLength)
        return text;
    qsizetype cut = maxLength - 1;
    // Never split a surrogate pair: half an emoji shows as a box.
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

QString NotificationService::fileSummary(const Attachment &file)
{
    switch (file.kind()) {
    case MediaKind::Image:
        return tr("📷 Photo");
    case MediaKind::Video:
        return tr("🎥 Video");
    case MediaKind::Audio:
        if (!file.isVoiceMessage())
            return tr("🎵 %1").arg(file.fileName.isEmpty() ? tr("Audio") : file.fileName);
        return file.durationMs > 0 ? tr("🎤 Voice message (%1)").arg(file.durationText())
                                   : tr("🎤 Voice message");
    case MediaKind::Document:
        break;
    }
    return tr("📄 %1").arg(file.fileName.isEmpty() ? tr("File") : file.fileName);
}

bool NotificationService::deserves(const Message &message) const
{
    if (message.direction != Direction::Incoming || message.read
        || (message.body.isEmpty() && message.attachments.isEmpty()))
        return false;
    if (m_contacts && m_contacts->isBlocked(message.peer))
        return false;
    // A message request waits quietly in its own list: one notification per stranger would let
    // a spammer with many addresses flood the desktop, and the list's count tells the person.
    if (m_contacts && m_contacts->messageRequests()->isRequestChat(message.chatId))
        return false;
    // A mute silences a group, not the person called by name or answered in it (WhatsApp).
    if (m_isMuted && m_isMuted(message.chatId) && !message.mentionsUs() && !answersUs(message))
        return false;
    return !(m_windowActive && message.peer == m_openChat);
}

bool NotificationService::answersUs(const Message &message) const
{
    return message.repliesToUs && m_groupName && !m_groupName(message.peer).isEmpty();
}

void NotificationService::handleStored(const QList<Message> &messages)
{
    if (!m_enabled || !m_notifier)
        return;
    // One notification per chat and batch, showing the newest message.
    QHash<QString, qsizetype> newest;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (deserves(messages.at(i)))
            newest.insert(messages.at(i).peer, i);
    }
    QList<qsizetype> order = newest.values();
    std::sort(order.begin(), order.end());
    for (const qsizetype i : std::as_const(order))
        notify(messages.at(i));
}

void NotificationService::withdraw(const QString &peer)
{
    if (m_notifier)
        m_notifier->withdraw(peer);
}

void NotificationService::announceCaughtUp(const QList<CaughtUpChat> &chats)
{
    if (!m_enabled || !m_notifier)
        return;
    int messages = 0;
    int shownChats = 0;
    const CaughtUpChat *newest = nullptr;
    for (const CaughtUpChat &chat : chats) {
        if (chat.count <= 0 || !deserves(chat.newest))
            continue;
        messages += chat.count;
        ++shownChats;
        if (!newest || chat.newest.timestamp > newest->newest.timestamp)
            newest = &chat;
    }
    if (!newest)
        return;
    if (messages == 1)
        return notify(newest->newest);
    // From the sender when it is one chat; a click opens the chat with the newest message.
    Notification notification = about(newest->newest);
    if (shownChats == 1) {
        notification.body = tr("%1 new messages").arg(messages);
    } else {
        notification.title = tr("Natter");
        notification.iconPath.clear();
        notification.body = tr("%1 new messages in %2 chats").arg(messages).arg(shownChats);
    }
    m_notifier->show(notification);
}

Notification NotificationService::about(const Message &message) const
{
    Notification notification;
    notification.peer = message.peer;
    if (const QString group = m_groupName ? m_groupName(message.peer) : QString();
        !group.isEmpty()) {
        notification.title = group;
    } else if (m_contacts) {
        const ContactView view = m_contacts->view(message.peer);
        notification.title = view.name;
        notification.iconPath = view.avatarPath;
    }
    if (notification.title.isEmpty())
        notification.title = message.peer;
    return notification;
}

void NotificationService::notify(const Message &message)
{
    Notification notification = about(message);
    QString text = message.body.isEmpty() ? fileSummary(message.attachments.constFirst())
                                          : MessageCard::previewOf(message.body);
    if (m_groupName && !m_groupName(message.peer).isEmpty())
        text = tr("%1: %2").arg(message.sender, text);
    notification.body = m_previews ? previewText(text) : tr("New message");
    m_notifier->show(notification);
}

} // namespace Natter
