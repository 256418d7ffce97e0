#pragma once

#include "Group.h"

#include <QFuture>
#include <QList>
#include <QObject>

namespace Natter {

class Database;

// The groups of an account: each is a chat of a group kind with a row of what we know of the
// room. Changes are announced by groupChanged on the thread that owns the store.
class GroupStore : public QObject
{
    Q_OBJECT
public:
    explicit GroupStore(Database &database, QObject *parent = nullptr);
    ~GroupStore() override;

    // Adds the group, or updates its name, subject, nick, state and reason; its chat is created
    // (or turned into a group chat) as needed. Resolves with the group, chatId set; chatId 0 on
    // failure.
    QFuture<Group> saveGroup(const Group &group);
    // The account's groups, every state, oldest first.
    QFuture<QList<Group>> groups(qint64 accountId);
    // Where the room's archive catch-up resumes; call once the messages up to it are stored.
    QFuture<bool> setArchiveId(qint64 chatId, const QString &archiveId);

Q_SIGNALS:
    void groupChanged(qint64 chatId);

private:
    Database &m_db;
};

} // namespace Natter
