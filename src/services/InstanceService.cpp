#include "InstanceService.h"

#include "ServiceLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace Natter {

namespace {
// A command is one short JSON line; anything longer is not from Natter.
constexpr qint64 MaxCommandBytes = 8192;
const QString RaiseCommand = QStringLiteral("raise");
} // namespace

InstanceService::InstanceService(const QString &profileRoot, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(profileRoot))
    , m_server(new QLocalServer(this))
{
    // Only this user may knock: another user must not raise our window or open links in it.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceService::handleConnection);
}

InstanceService::~InstanceService() = default;

QString InstanceService::serverNameFor(const QString &profileRoot)
{
    const QString canonical = QFileInfo(profileRoot).absoluteFilePath();
    const QByteArray hash
        = QCryptographicHash::hash(QDir::cleanPath(canonical).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("natter-") + QString::fromLatin1(hash.toHex().left(24));
}

bool InstanceService::listen()
{
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return true;
    qCWarning(lcServices) << "a second launch cannot reach this instance:"
                          << m_server->errorString();
    return false;
}

void InstanceService::handleConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { handleReadable(socket); });
        handleReadable(socket);
    }
}

void InstanceService::handleReadable(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxCommandBytes)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(MaxCommandBytes);
    const QJsonObject command = QJsonDocument::fromJson(line).object();
    if (command.value(QStringLiteral("command")).toString() != RaiseCommand) {
        qCInfo(lcServices) << "ignored an unknown command from another launch";
        socket->abort();
        return;
    }
    socket->write("ok\n");
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT activationRequested(command.value(QStringLiteral("uri")).toString());
}

bool InstanceService::sendToRunning(const QString &profileRoot, const QString &uri, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverNameFor(profileRoot));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QJsonObject command { { QStringLiteral("command"), RaiseCommand },
        { QStringLiteral("uri"), uri } };
    socket.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

} // namespace Natter
