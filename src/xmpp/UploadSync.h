#pragma once

#include "UploadSlot.h"

#include <QFuture>
#include <QObject>
#include <QStringList>

class QXmppDiscoveryManager;
class QXmppUploadRequestManager;
struct QXmppError;

namespace Natter {

class Session;

// HTTP File Upload (XEP-0363): finds the account's upload service and its size limit after each
// connect and asks it for slots. Only services our own server lists (its disco#items, or itself)
// count, so a peer cannot pose as one. The PUT itself is FileUpload's (src/media).
class UploadSync : public QObject
{
    Q_OBJECT

public:
    // Natter's own limit (issue 9); a server limit below it wins.
    static constexpr qint64 MaxFileSize = qint64 { 100 } * 1024 * 1024;

    explicit UploadSync(Session *session, QObject *parent = nullptr);
    ~UploadSync() override;

    bool available() const { return !m_serviceJid.isEmpty(); }
    // Every discovery query since the last connect has been answered (available or not).
    bool discovered() const { return m_discovered; }
    // The server's announced limit in bytes; 0 when it announced none (or none is known yet).
    qint64 maxFileSize() const { return m_serverMax; }
    // What may be sent: the smaller of MaxFileSize and the server's limit.
    qint64 sizeLimit() const;
    // The upload service's host names: the account's domain, the service's JID and every host of
    // a slot URL seen since (to hand to UrlPolicy and PinnedNetworkAccess).
    QStringList hosts() const { return m_hosts; }
    // Empty when a file of this size may be sent, else the human reason (with the limit).
    QString sizeError(qint64 size) const;

    // Asks the service for a slot. Refuses at once, without any request, when no service is
    // known or the file is over sizeLimit(). The future always gets one result.
    QFuture<UploadSlot> requestSlot(const QString &fileName, qint64 size, const QString &mimeType);

Q_SIGNALS:
    void availableChanged();
    void hostsChanged();

private:
    void discover();
    void inspect(const QString &jid, quint64 generation);
    void addHost(const QString &host);
    void queryAnswered();
    void noteFailure(const QXmppError &error);
    void reset();
    UploadSlot toSlot(
        const QUrl &putUrl, const QUrl &getUrl, const QMap<QString, QString> &headers);

    Session *m_session;
    QXmppDiscoveryManager *m_disco;
    QXmppUploadRequestManager *m_requests;
    QString m_serviceJid;
    qint64 m_serverMax = 0;
    QStringList m_hosts;
    int m_pendingQueries = 0;
    bool m_discovered = false;
    // A query ended without the server's answer (the stream went away): the search proves nothing.
    bool m_interrupted = false;
    quint64 m_generation = 0; // so answers to an earlier connection's discovery are ignored
};

} // namespace Natter
