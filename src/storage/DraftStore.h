#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

namespace Natter {

class Database;

// What the person was typing in each chat, kept across restarts.
class DraftStore : public QObject
{
    Q_OBJECT
public:
    explicit DraftStore(Database &database, QObject *parent = nullptr);

    // An empty body without a reply target removes the draft.
    QFuture<bool> saveDraft(qint64 chatId, const QString &body, qint64 replyToId = 0);
    QFuture<QString> draft(qint64 chatId);
    // The message the draft answers (XEP-0461), or 0.
    QFuture<qint64> replyTo(qint64 chatId);

private:
    Database &m_db;
};

} // namespace Natter
