#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Natter {

// One HTTP PUT of a local file to an upload slot (XEP-0363), streamed from disk through the
// account's network access (so pinned certificates apply). One object per upload.
class FileUpload : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit FileUpload(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~FileUpload() override;

    // size is what the slot was requested for; a file that changed since fails.
    void start(const QString &path, qint64 size, const QString &mimeType, const QUrl &putUrl,
        const Headers &headers);
    // Aborts the transfer; emits cancelled().
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished();
    void failed(const QString &text);
    void cancelled();

private:
    void replyFinished();
    void fail(const QString &text);
    void stop();
    QString errorText() const;

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    bool m_running = false;
};

} // namespace Natter
