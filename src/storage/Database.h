#pragma once

#include "Connection.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>

class QThread;

namespace Natter {

// The history database and the one thread that runs all of its SQL. Every store posts work
// here and gets a QFuture back, so no caller ever waits for the disk.
class Database : public QObject
{
    Q_OBJECT
public:
    enum class OpenStatus {
        Opened, // an existing history, migrated if it was older
        Created, // no file yet: a fresh history
        RecoveredFromCorruption, // the old file was unreadable, moved aside; a fresh history
        TooNew, // written by a newer Natter; refused and left untouched
        Failed, // could not open or create the file (see error)
    };
    Q_ENUM(OpenStatus)

    enum class Error {
        DiskFull, // writes wait in memory and are retried
        Corrupt, // the file is damaged; restarting recovers it
        Io, // the disk or the file system failed
        Other,
    };
    Q_ENUM(Error)

    struct OpenResult
    {
        OpenStatus status = OpenStatus::Failed;
        int schemaVersion = 0;
        QString error; // in words for a person
        QString movedAsidePath; // where an unreadable file went
        bool ok() const
        {
            return status == OpenStatus::Opened || status == OpenStatus::Created
                || status == OpenStatus::RecoveredFromCorruption;
        }
    };

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    // Opens (or creates, or recovers) the history at path and brings its schema up to date.
    QFuture<OpenResult> open(const QString &path);
    // Stops accepting work after what is queued, and closes the file.
    QFuture<void> close();
    QString path() const { return m_path; }

    // Runs fn(Connection &) on the database thread; the future carries its result.
    template <typename Fn> auto run(Fn fn) -> QFuture<std::invoke_result_t<Fn, Connection &>>
    {
        using T = std::invoke_result_t<Fn, Connection &>;
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        post([promise, fn = std::move(fn)](Connection &connection) mutable {
            if constexpr (std::is_void_v<T>)
                fn(connection);
            else
                promise->addResult(fn(connection));
            promise->finish();
        });
        return future;
    }

    // Fire and forget, in order with every other task.
    void post(std::function<void(Connection &)> task);
    // Runs task on the database thread after delayMs, for retries.
    void postDelayed(int delayMs, std::function<void(Connection &)> task);
    // True on the database thread; stores assert it in their SQL code.
    bool isDatabaseThread() const;

Q_SIGNALS:
    // A failed write or read the person may need to know about. Emitted from the database thread.
    void errorOccurred(Natter::Database::Error error, const QString &detail);

private:
    OpenResult openOnThread(const QString &path);
    void handleSqliteError(int code, const QString &message);

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread; queued tasks run in its thread
    std::unique_ptr<Connection> m_connection;
    QString m_path;
};

} // namespace Natter
