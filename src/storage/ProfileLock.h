#pragma once

#include <QLockFile>
#include <QString>

namespace Natter {

// Keeps a second Natter instance off a profile that one instance already uses: two writers on
// one history would fight over the outbox and the read state.
class ProfileLock
{
public:
    enum class Status {
        Acquired,
        HeldByOther, // another running instance holds it; see holderPid() and holderHost()
        Failed, // the lock file cannot be written (see errorString())
    };

    explicit ProfileLock(const QString &lockFilePath);
    ~ProfileLock();

    // Takes the lock without waiting. A lock left by a crashed instance is taken over.
    Status tryLock();
    void unlock();
    bool isLocked() const { return m_file.isLocked(); }

    qint64 holderPid() const { return m_holderPid; }
    QString holderHost() const { return m_holderHost; }
    // What to tell the person, in words.
    QString errorString() const { return m_error; }

private:
    QLockFile m_file;
    QString m_path;
    qint64 m_holderPid = 0;
    QString m_holderHost;
    QString m_error;
};

} // namespace Natter
