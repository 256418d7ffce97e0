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
// addresses its host resolves to and to every redirect; connects to the address it checked.
// start() claims the target (or "name (2).ext", … when taken) and "<that>.part" with exclusive
// creation, so no other download or file is ever shared, overwritten or removed; streams into
// the part file and, only when size and the SHA-256 of the bytes on disk match what was
// declared, renames it over its own placeholder. Never issues HEAD requests. One object per
// download.
class Download : public QObject
{
    Q_OBJECT

public:
    // The cap when the message declared no size.
    static constexpr qint64 DefaultMaxSize = qint64 { 100 } * 1024 * 1024;
    static constexpr int MaxRedirects = 5;
    // More copies of one name than this means a hostile or broken directory, not a user's.
    static constexpr int MaxNameAttempts = 100;

    explicit Download(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~Download() override;

    // finished() names the file saved: targetPath, or a free name beside it.
    void start(const QUrl &url, const QString &targetPath, const DeclaredFile &declared,
        const FetchContext &context);
    // Stops and removes the part file and the name it held; emits cancelled().
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(const QString &path);
    void failed(const QString &text);
    void cancelled();

private:
    QString reserve(const QString &wanted);
    void check(const QUrl &url);
    void resolved(const QHostInfo &info);
    void fetch();
    void readHeaders();
    void readBody();
    void replyFinished();
    void complete();
    QString saveVerified();
    bool holdsPlaceholder() const;
    void fail(const QString &text);
    void stop();
    QString errorText() const;

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url; // the URL being fetched, with its host name (after redirects)
    QList<QHostAddress> m_addresses; // checked addresses of m_url's host not tried yet
    QString m_target; // our placeholder: empty until the verified part file replaces it
    DeclaredFile m_declared;
    FetchContext m_context;
    QFile m_part;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    qint64 m_max = DefaultMaxSize;
    qint64 m_received = 0;
    int m_lookupId = -1;
    int m_redirects = 0;
    bool m_running = false;
    bool m_reserved = false; // m_target and m_part were created by us and are still ours
    bool m_stopping = false; // our own abort, not an error
};

} // namespace Natter
