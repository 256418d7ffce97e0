#pragma once

#include <QFuture>
#include <QHash>
#include <QStringList>

namespace Natter {

class Database;

// Message requests in the chat table (chats.request): chats a stranger's message opened, until
// the person accepts them. Anything we write in such a chat accepts it (a trigger).
class RequestStore
{
public:
    explicit RequestStore(Database &database);

    // Opens a request chat with each peer that has no chat yet (a chat we started is never a
    // request). Resolves with the chats it opened: chat id → peer.
    QFuture<QHash<qint64, QString>> open(qint64 accountId, const QStringList &peers);
    // The account's requests, deleted ones too (a stranger's next message brings one back as a
    // request): chat id → peer.
    QFuture<QHash<qint64, QString>> requests(qint64 accountId);
    // The request with peer becomes a normal chat; false when there was none.
    QFuture<bool> accept(qint64 accountId, const QString &peer);

private:
    Database &m_db;
};

} // namespace Natter
