// HTTP File Upload and download against the real ejabberd (mod_http_upload on loopback, HTTPS with
// the fixture's pinned certificate): round trip with SHA-256, cancel, the size limit, a tampered
// file, a dead link, and the address policy against local listeners.
#include "Download.h"
#include "FileUpload.h"
#include "PinnedNetworkAccess.h"
#include "Session.h"
#include "TestServer.h"
#include "UploadSync.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Natter;

namespace {
constexpr qint64 MiB = 1024 * 1024;

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// Random bytes, so a wrong offset or a truncated body cannot still match the hash.
bool writeRandomFile(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk(int(qMin<qint64>(size, MiB)), Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += chunk.size()) {
        chunk.resize(int(qMin<qint64>(size - written, MiB)));
        QRandomGenerator::global()->fillRange(
            reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        if (file.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

// Answers every request with a redirect to target, and counts connections.
class RedirectServer : public QTcpServer
{
public:
    explicit RedirectServer(const QByteArray &target)
        : m_target(target)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 302 Found\r\nLocation: " + m_target
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    int connections = 0;

private:
    QByteArray m_target;
};
} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT

private:
    struct Uploaded
    {
        QUrl getUrl;
        QString error;
    };

    QString makeFile(const QString &name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        return writeRandomFile(path, size) ? path : QString();
    }

    UploadSlot slotFor(const QString &name, qint64 size)
    {
        QFuture<UploadSlot> future
            = m_upload->requestSlot(name, size, QStringLiteral("application/octet-stream"));
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 15000))
            return { {}, {}, {}, QStringLiteral("no answer to the slot request") };
        return future.result();
    }

    Uploaded upload(const QString &path)
    {
        const qint64 size = QFileInfo(path).size();
        const UploadSlot slot = slotFor(QFileInfo(path).fileName(), size);
        if (!slot.isValid())
            return { {}, slot.error };
        FileUpload transfer(m_network.get());
        QSignalSpy finished(&transfer, &FileUpload::finished);
        QSignalSpy failed(&transfer, &FileUpload::failed);
        transfer.start(
            path, size, QStringLiteral("application/octet-stream"), slot.putUrl, slot.putHeaders);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000))
            return { {}, QStringLiteral("upload timed out") };
        return failed.isEmpty() ? Uploaded { slot.getUrl, {} }
                                : Uploaded { {}, failed.first().first().toString() };
    }

    FetchContext ownContext() const
    {
        FetchContext context;
        context.ownUploadHosts = m_upload->hosts();
        return context;
    }

    // Runs one download to the end; returns the error text, empty on success.
    QString download(const QUrl &url, const QString &target, const DeclaredFile &declared,
        const FetchContext &context, QNetworkAccessManager *network = nullptr)
    {
        Download transfer(network ? network : m_network.get());
        QSignalSpy finished(&transfer, &Download::finished);
        QSignalSpy failed(&transfer, &Download::failed);
        transfer.start(url, target, declared, context);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000))
            return QStringLiteral("download timed out");
        if (!failed.isEmpty())
            return failed.first().first().toString();
        return finished.first().first().toString() == target ? QString()
                                                             : QStringLiteral("wrong path");
    }

    // The stored copy of an uploaded file in the server's docroot.
    QString storedPath(const QUrl &getUrl) const
    {
        QDirIterator it(m_server.uploadDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (getUrl.path().endsWith(path.mid(m_server.uploadDir().size())))
                return path;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_server.httpsPort() != 0);
        QVERIFY(m_dir.isValid());
        const QString password = QStringLiteral("transfer-pw");
        const QString jid = m_server.createAccount(QStringLiteral("transfer"), password);
        QVERIFY(!jid.isEmpty());

        m_session = std::make_unique<Session>();
        m_upload = std::make_unique<UploadSync>(m_session.get());
        m_session->connectToServer(m_server.settingsFor(jid, password));
        QTRY_VERIFY_WITH_TIMEOUT(m_upload->available(), 15000);
        QCOMPARE(m_upload->maxFileSize(), 100 * MiB);

        m_network = std::make_unique<PinnedNetworkAccess>();
        m_network->setPinnedCertificates({ m_server.certificate() });
        m_network->setOwnHosts(m_upload->hosts());
    }

    void uploadThenDownloadMatchesSha256()
    {
        const QString path = makeFile(QStringLiteral("photo-5mb.jpg"), 5 * MiB);
        QVERIFY(!path.isEmpty());
        const Uploaded result = upload(path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.getUrl.scheme(), QStringLiteral("https"));
        QVERIFY(m_upload->hosts().contains(result.getUrl.host()));

        const QString target = m_dir.filePath(QStringLiteral("downloaded.jpg"));
        Download transfer(m_network.get());
        QSignalSpy progress(&transfer, &Download::progress);
        QSignalSpy finished(&transfer, &Download::finished);
        QSignalSpy failed(&transfer, &Download::failed);
        transfer.start(result.getUrl, target, { 5 * MiB, sha256Of(path) }, ownContext());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(finished.first().first().toString(), target);
        QCOMPARE(sha256Of(target), sha256Of(path));
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 5 * MiB);
        QCOMPARE(progress.last().at(1).toLongLong(), 5 * MiB);
    }

    void largeUploadReportsProgressAndCancels()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(100 * MiB));
        file.close();
        const UploadSlot slot = slotFor(QStringLiteral("big.bin"), 100 * MiB);
        QVERIFY2(slot.isValid(), qPrintable(slot.error));

        FileUpload transfer(m_network.get());
        QSignalSpy progress(&transfer, &FileUpload::progress);
        QSignalSpy finished(&transfer, &FileUpload::finished);
        QSignalSpy failed(&transfer, &FileUpload::failed);
        QSignalSpy cancelled(&transfer, &FileUpload::cancelled);
        transfer.start(path, 100 * MiB, QStringLiteral("application/octet-stream"), slot.putUrl,
            slot.putHeaders);
        // Cancelled from the first progress report, before loopback can finish 100 MB.
        connect(&transfer, &FileUpload::progress, &transfer, [&transfer](qint64 sent) {
            if (sent > 0)
                transfer.cancel();
        });
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(progress.last().at(0).toLongLong() > 0);
        QVERIFY(progress.last().at(0).toLongLong() < 100 * MiB);
        QCOMPARE(progress.last().at(1).toLongLong(), 100 * MiB);
        QVERIFY(!transfer.isRunning());
        QVERIFY(finished.isEmpty() && failed.isEmpty());

        // The server never got the whole file: fetching it fails one way or another.
        const QString target = m_dir.filePath(QStringLiteral("big-back.bin"));
        QVERIFY(!download(slot.getUrl, target, { 100 * MiB, {} }, ownContext()).isEmpty());
        QVERIFY(!QFile::exists(target));
        QVERIFY(finished.isEmpty() && failed.isEmpty());
    }

    void pinAppliesOnlyToOwnHosts()
    {
        const QString path = makeFile(QStringLiteral("pinned.txt"), 1000);
        const Uploaded result = upload(path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QString target = m_dir.filePath(QStringLiteral("pinned-back.txt"));
        const DeclaredFile declared { 1000, sha256Of(path) };

        // The same certificate on a host that is not the account's own is not trusted.
        PinnedNetworkAccess elsewhere;
        elsewhere.setPinnedCertificates({ m_server.certificate() });
        elsewhere.setOwnHosts({ QStringLiteral("upload.example.org") });
        QString error = download(result.getUrl, target, declared, ownContext(), &elsewhere);
        QVERIFY2(error.contains(QStringLiteral("certificate is not trusted")), qPrintable(error));
        QVERIFY(!QFile::exists(target) && !QFile::exists(target + QStringLiteral(".part")));

        // Without a pin, the self-signed certificate is not trusted either.
        PinnedNetworkAccess unpinned;
        unpinned.setOwnHosts(m_upload->hosts());
        error = download(result.getUrl, target, declared, ownContext(), &unpinned);
        QVERIFY2(error.contains(QStringLiteral("certificate is not trusted")), qPrintable(error));
        // With the pin on the own host it is.
        QCOMPARE(download(result.getUrl, target, declared, ownContext()), QString());
    }

    void overTheLimitIsRefusedWithoutRequest()
    {
        QFuture<UploadSlot> future = m_upload->requestSlot(
            QStringLiteral("huge.bin"), 100 * MiB + 1, QStringLiteral("application/octet-stream"));
        // Answered at once: no round trip to the server happened.
        QVERIFY(future.isFinished());
        const UploadSlot slot = future.result();
        QVERIFY(!slot.isValid());
        QCOMPARE(
            slot.error, QStringLiteral("The file is larger than the server accepts (max 100 MB)."));
        QCOMPARE(m_upload->sizeError(100 * MiB), QString());
    }

    void tamperedFileIsRefusedAndRemoved_data()
    {
        QTest::addColumn<bool>("sameSize");
        QTest::newRow("different bytes") << true;
        QTest::newRow("different size") << false;
    }

    void tamperedFileIsRefusedAndRemoved()
    {
        QFETCH(bool, sameSize);
        const QString path = makeFile(QStringLiteral("doc-%1.pdf").arg(sameSize), 256 * 1024);
        const Uploaded result = upload(path);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QString stored = storedPath(result.getUrl);
        QVERIFY2(!stored.isEmpty(), qPrintable(result.getUrl.toString()));
        QFile file(stored);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (sameSize)
            QVERIFY(file.seek(1000) && file.write("tampered") == 8);
        else
            QVERIFY(file.seek(file.size()) && file.write("and more") == 8);
        file.close();

        const QString target = m_dir.filePath(QStringLiteral("tampered-%1.pdf").arg(sameSize));
        const QString error
            = download(result.getUrl, target, { 256 * 1024, sha256Of(path) }, ownContext());
        QVERIFY(error.contains(QStringLiteral("not the one that was sent")));
        QVERIFY(error.contains(sameSize ? QStringLiteral("checksum") : QStringLiteral("size")));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    }

    void deadLinkIsExplained()
    {
        QUrl url(QStringLiteral("https://localhost/upload/nothing/here.jpg"));
        url.setPort(m_server.httpsPort());
        const QString target = m_dir.filePath(QStringLiteral("dead.jpg"));
        QCOMPARE(download(url, target, { 10, {} }, ownContext()),
            QStringLiteral("The file is no longer on the server (HTTP 404)."));
        QVERIFY(!QFile::exists(target) && !QFile::exists(target + QStringLiteral(".part")));
    }

    void localAddressIsNeverContacted()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        FetchContext clicked = ownContext();
        clicked.userInitiated = true;
        QStringList urls { QStringLiteral("https://127.0.0.1:%1/a.jpg"),
            QStringLiteral("http://127.0.0.1:%1/a.jpg"),
            QStringLiteral("https://[::ffff:127.0.0.1]:%1/a") };
        // A name that resolves to this machine: refused on its resolved address.
        const QString localName = QHostInfo::localHostName();
        const QList<QHostAddress> resolved = QHostInfo::fromName(localName).addresses();
        if (!resolved.isEmpty() && !UrlPolicy::isPublic(resolved.first())
            && !clicked.ownUploadHosts.contains(localName.toLower()))
            urls.append(QStringLiteral("https://%1:%2/a.jpg").arg(localName, QStringLiteral("%1")));
        for (const QString &pattern : urls) {
            const QUrl url(pattern.arg(listener.serverPort()));
            const QString error
                = download(url, m_dir.filePath(QStringLiteral("local")), {}, clicked);
            QVERIFY2(error.contains(QStringLiteral("local network"))
                    || error.contains(QStringLiteral("not encrypted")),
                qPrintable(url.toString() + u' ' + error));
        }
        QCOMPARE(listener.hasPendingConnections(), false);
        QVERIFY(!listener.waitForNewConnection(0));
    }

    void redirectIntoLocalNetworkIsRefused()
    {
        QTcpServer inner;
        QVERIFY(inner.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        RedirectServer outer(
            QStringLiteral("https://127.0.0.2:%1/secret").arg(inner.serverPort()).toUtf8());
        QVERIFY(outer.listen(QHostAddress::LocalHost));
        // The first hop is allowed (as if it were our own upload host); the redirect is not.
        FetchContext context;
        context.ownUploadHosts = { QStringLiteral("127.0.0.1") };
        context.userInitiated = true;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/file").arg(outer.serverPort()));
        const QString error
            = download(url, m_dir.filePath(QStringLiteral("redirected")), {}, context);
        QCOMPARE(outer.connections, 1);
        QVERIFY2(error.contains(QStringLiteral("local network")), qPrintable(error));
        QVERIFY(!inner.hasPendingConnections());
    }

    void nonHttpSchemeIsRefused()
    {
        FetchContext clicked = ownContext();
        clicked.userInitiated = true;
        for (const char *url : { "ftp://localhost/upload/a.jpg", "file:///etc/passwd" }) {
            const QString error = download(
                QUrl(QLatin1String(url)), m_dir.filePath(QStringLiteral("x")), {}, clicked);
            QCOMPARE(error, QStringLiteral("Natter only opens web links (https) here."));
        }
    }

    void cleanupTestCase()
    {
        if (m_session)
            m_session->disconnectFromServer();
    }

private:
    Test::TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<UploadSync> m_upload;
    std::unique_ptr<PinnedNetworkAccess> m_network;
};

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
