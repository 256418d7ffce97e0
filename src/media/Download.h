#pragma once

#include "UrlPolicy.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QHostInfo;
class QNetworkAccessManager;
class QNetworkReply;

namespace Natter {

// What the message said about the file; the download must match it.
struct DeclaredFile
{
    qint64 size = -1; // bytes; -1: not declared
    QByteArray sha256; // raw digest (32 bytes); empty: not declared
};

// One download of a URL to a file the caller names. Applies UrlPolicy to the URL, to the
// addresses its host resolves to and to every redirect; connects to the address it checked;
// streams into "<target>.part" and renames it to the target only when size and SHA-256 match
// what was declared. Never issues HEAD requests. One object per download.
class Download : public QObject
{
    Q_OBJECT

public:
    // The cap when the message declared no size.
    static constexpr qint64 DefaultMaxSize = 100 * 1024 * 1024;
    static constexpr int MaxRedirects = 5;

    explicit Download(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Download() override;

    void start(const QUrl &url, const QString &targetPath, const DeclaredFile &declared,
        const FetchContext &context);
    // Stops and removes the part file; emits cancelled().
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(const QString &path);
    void failed(const QString &text);
    void cancelled();

private:
    void check(const QUrl &url);
    void resolved(const QHostInfo &info);
    void fetch();
    void readHeaders();
    void readBody();
    void replyFinished();
    void complete();
    void fail(const QString &text);
    void stop();
    QString errorText() const;

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url; // the URL being fetched, with its host name (after redirects)
    QList<QHostAddress> m_addresses; // checked addresses of m_url's host not tried yet
    QString m_target;
    DeclaredFile m_declared;
    FetchContext m_context;
    QFile m_part;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    qint64 m_max = DefaultMaxSize;
    qint64 m_received = 0;
    int m_lookupId = -1;
    int m_redirects = 0;
    bool m_running = false;
    bool m_stopping = false; // our own abort, not an error
};

} // namespace Natter
