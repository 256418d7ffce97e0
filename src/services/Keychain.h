#pragma once

#include <QObject>

#include <functional>

namespace Natter {

// The account password lives in the OS keychain (Secret Service, Keychain, Credential Manager)
// and nowhere else: never in SQLite, settings or logs. Where no keychain exists, nothing is
// stored and the person is asked at each start.
class Keychain : public QObject
{
    Q_OBJECT

public:
    // service separates profiles, so two people on one machine do not share a secret.
    explicit Keychain(const QString &service, QObject *parent = nullptr);

    bool isAvailable() const { return m_available; }

    // Each calls done on this object's thread; a missing entry or keychain gives an empty password.
    void readPassword(const QString &account, std::function<void(const QString &)> done);
    void writePassword(const QString &account, const QString &password);
    void deletePassword(const QString &account);

Q_SIGNALS:
    // Emitted once, the first time the keychain turns out to be missing.
    void unavailable(const QString &reason);

private:
    void noteResult(int error, const QString &errorString);

    QString m_service;
    bool m_available = true;
};

} // namespace Natter
