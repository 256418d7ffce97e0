#include "Keychain.h"

#include "ServiceLogging.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace Natter {

Keychain::Keychain(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

// Jobs have no parent: QtKeychain deletes each one itself once it has finished. A job owned by
// this object died with it while libsecret still had its request, and libsecret's late callback
// then ran into the freed job. The connections' context (this) drops a callback we can no longer
// take instead.
void Keychain::readPassword(const QString &account, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(account);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        noteResult(job->error(), job->errorString());
        done(job->error() == QKeychain::NoError ? job->textData() : QString());
    });
    job->start();
}

void Keychain::writePassword(const QString &account, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setTextData(password);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
        [this, job] { noteResult(job->error(), job->errorString()); });
    job->start();
}

void Keychain::deletePassword(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(account);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
        [this, job] { noteResult(job->error(), job->errorString()); });
    job->start();
}

void Keychain::noteResult(int error, const QString &errorString)
{
    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
        return;
    qCInfo(lcServices) << "keychain:" << errorString;
    if (!m_available)
        return;
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError) {
        m_available = false;
        Q_EMIT unavailable(QCoreApplication::translate("Keychain",
            "No keychain is available on this system, so Natter will not remember your password "
            "and will ask for it at each start."));
    }
}

} // namespace Natter
