#pragma once

#include "RequestStore.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Natter {

class ContactService;
class HistoryService;

// Message requests, as WhatsApp and Conversations have them: a stranger's message (from someone
// not in the roster, not us and not our server) opens a chat that waits apart until the person
// adds the stranger, answers, blocks or reports them. Until then it is not listed with the
// chats, counts in no badge, notifies nobody and keeps no thumbnails (MessageWriter).
class MessageRequests : public QObject
{
    Q_OBJECT
    // The peers whose chats are requests now, sorted (blocked ones included).
    Q_PROPERTY(QStringList peers READ peers NOTIFY changed)
    // The server takes spam reports (XEP-0377); elsewhere Report only blocks.
    Q_PROPERTY(bool reportsSupported READ reportsSupported NOTIFY reportsSupportedChanged)

public:
    MessageRequests(HistoryService *history, ContactService *contacts, QObject *parent = nullptr);

    void setAccount(qint64 accountId, const QString &ownJid);
    // Whether a message from bareJid opens a request (when it has no chat yet).
    bool isStranger(const QString &bareJid) const;
    // Opens request chats for these strangers where there is no chat yet; resolves once the
    // requests are known here, so what is then stored is already treated as one.
    QFuture<void> open(const QStringList &peers);

    QStringList peers() const;
    bool isRequestChat(qint64 chatId) const { return m_chats.contains(chatId); }
    Q_INVOKABLE bool isRequest(const QString &peer) const;
    bool reportsSupported() const;

    // Add to contacts: a roster entry and a subscription request, as the add-contact flow does;
    // the chat becomes a normal one. False (with the contacts' errorText) when offline.
    Q_INVOKABLE bool accept(const QString &peer);
    // XEP-0191 block; reportSpam also reports them where the server takes reports. A blocked
    // stranger's request is listed nowhere. False when offline.
    Q_INVOKABLE bool block(const QString &peer, bool reportSpam = false);

Q_SIGNALS:
    // A request was opened, accepted or deleted.
    void changed();
    void reportsSupportedChanged();

private:
    void scheduleReload();
    void reload();
    void acceptContacts();
    void acceptChat(const QString &peer);

    HistoryService *m_history;
    ContactService *m_contacts;
    RequestStore m_store;
    qint64 m_accountId = 0;
    QString m_ownJid;
    QHash<qint64, QString> m_chats; // chat id → peer, the requests
    QTimer m_reloadTimer;
    quint64 m_generation = 0;
};

} // namespace Natter
