#include "MessageRequests.h"

#include "ContactService.h"
#include "HistoryService.h"
#include "Jid.h"
#include "MessageStore.h"

#include <algorithm>
#include <utility>

namespace Natter {

MessageRequests::MessageRequests(HistoryService *history, ContactService *contacts, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_contacts(contacts)
    , m_store(history->database())
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &MessageRequests::reload);
    // An answer accepts a request (here or, through a carbon, on another device).
    connect(&history->messages(), &MessageStore::messagesAdded, this,
        [this](const QList<Message> &added) {
            for (const Message &m : added) {
                if (m.direction == Direction::Outgoing && m_chats.contains(m.chatId))
                    return scheduleReload();
            }
        });
    // Deleted here, or gone.
    connect(history, &HistoryService::chatChanged, this, [this](qint64 chatId) {
        if (m_chats.contains(chatId))
            scheduleReload();
    });
    // Someone who becomes a contact (a roster push) is no stranger any more.
    connect(contacts, &ContactService::contactsReset, this, &MessageRequests::acceptContacts);
    connect(contacts, &ContactService::contactsChanged, this, &MessageRequests::acceptContacts);
    connect(contacts, &ContactService::reportsSupportedChanged, this,
        &MessageRequests::reportsSupportedChanged);
}

void MessageRequests::setAccount(qint64 accountId, const QString &ownJid)
{
    m_accountId = accountId;
    m_ownJid = ownJid;
    reload();
}

bool MessageRequests::isStranger(const QString &bareJid) const
{
    const auto own = Jid::parse(m_ownJid);
    // Our own devices (carbons) and our server (its notices) are no strangers.
    if (bareJid.isEmpty() || bareJid == m_ownJid || (own && bareJid == own->domain()))
        return false;
    return !m_contacts->isInRoster(bareJid);
}

QFuture<void> MessageRequests::open(const QStringList &peers)
{
    if (m_accountId == 0 || peers.isEmpty())
        return QtFuture::makeReadyFuture();
    return m_store.open(m_accountId, peers)
        .then(this, [this](const QHash<qint64, QString> &opened) {
            if (opened.isEmpty())
                return;
            for (auto it = opened.cbegin(); it != opened.cend(); ++it)
                m_chats.insert(it.key(), it.value());
            Q_EMIT changed();
        });
}

QStringList MessageRequests::peers() const
{
    QStringList peers = m_chats.values();
    peers.sort();
    return peers;
}

bool MessageRequests::isRequest(const QString &peer) const
{
    return std::find(m_chats.cbegin(), m_chats.cend(), peer) != m_chats.cend();
}

bool MessageRequests::reportsSupported() const
{
    return m_contacts->reportsSupported();
}

bool MessageRequests::accept(const QString &peer)
{
    if (!m_contacts->addContact(peer))
        return false;
    acceptChat(peer);
    return true;
}

bool MessageRequests::block(const QString &peer, bool reportSpam)
{
    return m_contacts->block(peer, reportSpam);
}

void MessageRequests::acceptChat(const QString &peer)
{
    if (m_accountId == 0)
        return;
    m_store.accept(m_accountId, peer).then(this, [this](bool accepted) {
        if (accepted)
            reload();
    });
}

void MessageRequests::acceptContacts()
{
    for (const QString &peer : std::as_const(m_chats)) {
        if (m_contacts->isInRoster(peer))
            acceptChat(peer);
    }
}

void MessageRequests::scheduleReload()
{
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void MessageRequests::reload()
{
    const quint64 generation = ++m_generation;
    if (m_accountId == 0) {
        if (!std::exchange(m_chats, {}).isEmpty())
            Q_EMIT changed();
        return;
    }
    m_store.requests(m_accountId)
        .then(this, [this, generation](const QHash<qint64, QString> &chats) {
            if (generation != m_generation || chats == m_chats)
                return;
            m_chats = chats;
            Q_EMIT changed();
            // A roster that arrived before the list did.
            acceptContacts();
        });
}

} // namespace Natter
