#include "DraftStore.h"

#include "Database.h"

#include <QDateTime>

#include <sqlite3.h>

namespace Natter {

DraftStore::DraftStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

QFuture<bool> DraftStore::saveDraft(qint64 chatId, const QString &body, qint64 replyToId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return m_db.run([=](Connection &c) {
        if (body.isEmpty() && replyToId == 0) {
            Statement s = c.prepare("DELETE FROM drafts WHERE chat_id = ?");
            s.bind(1, chatId);
            return c.check(s.step()) == SQLITE_DONE;
        }
        Statement s = c.prepare(
            "INSERT INTO drafts (chat_id, body, reply_to_id, updated) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (chat_id) DO UPDATE SET body = excluded.body, "
            "reply_to_id = excluded.reply_to_id, updated = excluded.updated");
        s.bind(1, chatId).bind(2, body).bindOptional(3, replyToId).bind(4, now);
        return c.check(s.step()) == SQLITE_DONE;
    });
}

QFuture<QString> DraftStore::draft(qint64 chatId)
{
    return m_db.run([chatId](Connection &c) {
        Statement s = c.prepare("SELECT body FROM drafts WHERE chat_id = ?");
        s.bind(1, chatId);
        return s.step() == SQLITE_ROW ? s.text(0) : QString();
    });
}

QFuture<qint64> DraftStore::replyTo(qint64 chatId)
{
    return m_db.run([chatId](Connection &c) {
        Statement s = c.prepare("SELECT reply_to_id FROM drafts WHERE chat_id = ?");
        s.bind(1, chatId);
        return s.step() == SQLITE_ROW ? s.int64(0) : qint64(0);
    });
}

} // namespace Natter
