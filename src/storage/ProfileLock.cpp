#include "ProfileLock.h"

#include "StorageLog.h"

#include <QCoreApplication>

namespace Natter {

ProfileLock::ProfileLock(const QString &lockFilePath)
    : m_file(lockFilePath)
    , m_path(lockFilePath)
{
    // Never expire a live holder's lock by age: an instance may run for weeks.
    m_file.setStaleLockTime(0);
}

ProfileLock::~ProfileLock()
{
    unlock();
}

ProfileLock::Status ProfileLock::tryLock()
{
    m_error.clear();
    if (m_file.tryLock(0))
        return Status::Acquired;
    if (m_file.error() == QLockFile::LockFailedError) {
        QString app;
        m_file.getLockInfo(&m_holderPid, &m_holderHost, &app);
        m_error = QCoreApplication::translate("Natter::ProfileLock",
            "Another Natter (process %1 on %2) is using this profile. Close it first, or start "
            "Natter with a different profile.")
                      .arg(m_holderPid)
                      .arg(m_holderHost);
        qCWarning(lcStorage) << "profile is in use by process" << m_holderPid << "on"
                             << m_holderHost;
        return Status::HeldByOther;
    }
    m_error = QCoreApplication::translate("Natter::ProfileLock", "Cannot write the lock file %1.")
                  .arg(m_path);
    return Status::Failed;
}

void ProfileLock::unlock()
{
    if (m_file.isLocked())
        m_file.unlock();
}

} // namespace Natter
