#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace Natter {

// One instance per profile: the first listens on a local socket named after the profile, and a
// second launch on the same profile hands it "raise" (and an xmpp: link) instead of starting.
class InstanceService : public QObject
{
    Q_OBJECT

public:
    explicit InstanceService(const QString &profileRoot, QObject *parent = nullptr);
    ~InstanceService() override;

    // Starts listening; call only while holding the profile lock, which makes a left-over
    // socket from a crashed instance safe to replace.
    bool listen();
    QString serverName() const { return m_name; }

    // The socket's name for a profile: a hash of its path, so that it fits any platform's limit.
    static QString serverNameFor(const QString &profileRoot);

    // From the second launch: asks the running instance to raise its window and open uri (may
    // be empty). Blocks up to timeoutMs; true once the running instance confirmed.
    static bool sendToRunning(const QString &profileRoot, const QString &uri, int timeoutMs = 3000);

Q_SIGNALS:
    // Another launch asked for the window; uri is an xmpp: link to open, or empty.
    void activationRequested(const QString &uri);

private:
    void handleConnection();
    void handleReadable(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server;
};

} // namespace Natter
