#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractSocket;

namespace Natter {

// Gathers a burst of small reads into fewer wake-ups. A server delivering a backlog sends each
// stanza in a segment of its own, and waking the event loop for every one costs more than
// parsing it. Once reads follow each other closely, the socket's receive low-water mark
// (SO_RCVLOWAT) lets the kernel hold data back until a batch has arrived, and a timer bounds
// the wait, so a held stanza is late by at most one window. A read after a quiet spell, or
// after something we sent, is not held at all. Where the platform has no such mark, the socket is
// left as it is.
class ReadCoalescer : public QObject
{
    Q_OBJECT

public:
    // 10 ms is less than a frame at 60 Hz: a held message is shown a frame later at most. The
    // ingest benchmark's CPU figure is what the window buys (README, "Benchmarks").
    struct Policy
    {
        int windowMs = 10; // reads closer than this are a burst; also the longest hold
        int lowWaterBytes = 32 * 1024; // a batch this large wakes us before the window ends
    };

    explicit ReadCoalescer(QAbstractSocket *socket, QObject *parent = nullptr);
    ReadCoalescer(QAbstractSocket *socket, Policy policy, QObject *parent = nullptr);

    bool isHolding() const { return m_release.isActive(); }
    // How many times reads were held back so far; for tests and diagnostics.
    int holds() const { return m_holds; }

    // The socket's current receive low-water mark in bytes, or -1 where there is none.
    static int lowWaterMark(const QAbstractSocket *socket);

private:
    void handleReadyRead();
    void release();
    static bool setLowWaterMark(qintptr descriptor, int bytes);

    QPointer<QAbstractSocket> m_socket;
    Policy m_policy;
    QTimer m_release;
    QElapsedTimer m_lastActivity;
    qintptr m_heldDescriptor = -1;
    bool m_awaitingAnswer = false; // we wrote since the last read
    int m_holds = 0;
};

} // namespace Natter
