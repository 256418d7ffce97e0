#include "HistoryService.h"

#include "ServiceLogging.h"

#include <QDir>

#include <algorithm>

namespace Natter {

HistoryService::HistoryService(const QString &path, QObject *parent)
    : QObject(parent)
    , m_accounts(m_database)
    , m_messages(m_database)
    , m_chats(m_database)
    , m_archive(m_database)
    , m_search(m_database)
    , m_drafts(m_database)
    , m_groups(m_database)
{
    // A group's name is part of its chat row.
    connect(&m_groups, &GroupStore::groupChanged, &m_chats, &ChatStore::chatChanged);
    connect(&m_messages, &MessageStore::messagesAdded, this, &HistoryService::messagesAdded);
    connect(&m_messages, &MessageStore::messageChanged, this, &HistoryService::messageChanged);
    connect(&m_messages, &MessageStore::messageRemoved, this, &HistoryService::messageRemoved);
    connect(
        &m_messages, &MessageStore::unreadCountChanged, this, &HistoryService::unreadCountChanged);
    connect(&m_chats, &ChatStore::chatChanged, this, &HistoryService::chatChanged);
    connect(&m_chats, &ChatStore::chatCleared, this, &HistoryService::chatCleared);
    m_database.open(path).then(
        this, [this](const Database::OpenResult &result) { handleOpened(result); });
    connect(
        &m_database, &Database::errorOccurred, this,
        [this](Database::Error error, const QString &detail) {
            qCWarning(lcServices) << "history error:" << detail;
            // A history that could not be opened fails every write; its reason stays in view.
            if (m_blocked)
                return;
            if (error == Database::Error::DiskFull)
                m_notice = tr("The disk is full. Free some space on it: until then, new messages "
                              "wait in memory, and they are saved as soon as there is room.");
            else if (error == Database::Error::Corrupt)
                m_notice = tr("The message history file is damaged. Restart Natter to repair it; "
                              "the damaged file is kept.");
            else
                m_notice = tr("Saving history failed: %1").arg(detail);
            Q_EMIT noticeChanged();
        },
        Qt::QueuedConnection);
}

void HistoryService::handleOpened(const Database::OpenResult &result)
{
    switch (result.status) {
    case Database::OpenStatus::Opened:
    case Database::OpenStatus::Created:
        break;
    case Database::OpenStatus::RecoveredFromCorruption:
        m_notice = tr("Your message history could not be read, so Natter started a new one. "
                      "The damaged file was kept as %1.")
                       .arg(QDir::toNativeSeparators(result.movedAsidePath));
        break;
    case Database::OpenStatus::TooNew:
    case Database::OpenStatus::Failed:
        m_blocked = true;
        m_notice = result.error;
        break;
    }
    if (!m_notice.isEmpty()) {
        qCWarning(lcServices) << "history:" << m_notice;
        Q_EMIT noticeChanged();
    }
    m_ready = !m_blocked;
    Q_EMIT readyChanged();
}

QFuture<HistoryService::Page> HistoryService::pageAround(qint64 chatId, qint64 messageId, int count)
{
    return m_messages.newest(chatId, 1)
        .then(this,
            [this, messageId, count](const QList<Message> &newest) {
                const qint64 newestId = newest.isEmpty() ? 0 : newest.constFirst().id;
                return m_messages.around(messageId, count)
                    .then(this, [newestId](const QList<Message> &around) {
                        return Page { around,
                            std::ranges::any_of(around,
                                [newestId](const Message &m) { return m.id == newestId; }) };
                    });
            })
        .unwrap();
}

QFuture<HistoryService::Opened> HistoryService::openChat(qint64 accountId, const QString &peer)
{
    return m_chats.ensureChat(accountId, peer)
        .then(this, [this](qint64 chatId) { return m_chats.chat(chatId); })
        .unwrap()
        .then(this,
            [this](const Chat &chat) {
                return m_messages.firstUnread(chat.id).then(this, [chat](qint64 firstUnread) {
                    return Opened { chat, firstUnread };
                });
            })
        .unwrap();
}

QFuture<qint64> HistoryService::ensureAccount(const QString &bareJid)
{
    Account account;
    account.jid = bareJid;
    return m_accounts.saveAccount(account);
}

QFuture<bool> HistoryService::removeAccount(const QString &bareJid)
{
    return m_accounts.accounts()
        .then(this,
            [this, bareJid](const QList<Account> &accounts) {
                for (const Account &account : accounts) {
                    if (account.jid == bareJid)
                        return m_accounts.removeAccount(account.id);
                }
                return QtFuture::makeReadyFuture(false);
            })
        .unwrap();
}

} // namespace Natter
