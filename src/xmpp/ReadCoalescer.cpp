#include "ReadCoalescer.h"

#include <QAbstractSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Natter {

ReadCoalescer::ReadCoalescer(QAbstractSocket *socket, QObject *parent)
    : ReadCoalescer(socket, Policy {}, parent)
{ }

ReadCoalescer::ReadCoalescer(QAbstractSocket *socket, Policy policy, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_policy(policy)
{
    m_release.setSingleShot(true);
    m_release.setTimerType(Qt::PreciseTimer);
    connect(&m_release, &QTimer::timeout, this, &ReadCoalescer::release);
    connect(socket, &QAbstractSocket::readyRead, this, &ReadCoalescer::handleReadyRead);
    connect(socket, &QAbstractSocket::bytesWritten, this, [this] { m_awaitingAnswer = true; });
    // A closed descriptor's number may soon belong to another socket: forget it.
    connect(socket, &QAbstractSocket::stateChanged, this, [this](auto state) {
        if (state != QAbstractSocket::ConnectedState) {
            m_release.stop();
            m_heldDescriptor = -1;
        }
    });
}

void ReadCoalescer::handleReadyRead()
{
    // What follows our own write is most likely its answer (a sign-in step, an IQ result): the
    // other side is not pushing a backlog, and holding it would only add a window per round trip.
    const bool answer = m_awaitingAnswer;
    m_awaitingAnswer = false;
    const bool burst
        = !answer && m_lastActivity.isValid() && m_lastActivity.elapsed() < m_policy.windowMs;
    m_lastActivity.start();
    if (!burst || m_release.isActive() || !m_socket)
        return;
    const qintptr descriptor = m_socket->socketDescriptor();
    if (!setLowWaterMark(descriptor, m_policy.lowWaterBytes))
        return;
    m_heldDescriptor = descriptor;
    ++m_holds;
    m_release.start(m_policy.windowMs);
}

void ReadCoalescer::release()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState
        && m_socket->socketDescriptor() == m_heldDescriptor)
        setLowWaterMark(m_heldDescriptor, 1);
    m_heldDescriptor = -1;
    // What was held arrives now; a read right after it still belongs to the same burst.
    m_lastActivity.start();
}

bool ReadCoalescer::setLowWaterMark(qintptr descriptor, int bytes)
{
#ifdef Q_OS_UNIX
    return descriptor >= 0
        && ::setsockopt(int(descriptor), SOL_SOCKET, SO_RCVLOWAT, &bytes, sizeof bytes) == 0;
#else
    Q_UNUSED(descriptor);
    Q_UNUSED(bytes);
    return false;
#endif
}

int ReadCoalescer::lowWaterMark(const QAbstractSocket *socket)
{
#ifdef Q_OS_UNIX
    int bytes = 0;
    socklen_t size = sizeof bytes;
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor < 0
        || ::getsockopt(int(descriptor), SOL_SOCKET, SO_RCVLOWAT, &bytes, &size) != 0)
        return -1;
    return bytes;
#else
    Q_UNUSED(socket);
    return -1;
#endif
}

} // namespace Natter
