// The certificate pin against a machine in the middle. A TLS server on loopback presents a
// certificate of its own followed by a copy of the pinned one, with the issuer name and key
// identifier copied from it, so that OpenSSL's first error names the pinned certificate. Sign-in
// and registration must both refuse it, and show the certificate the server really holds. The same
// server with the genuine pinned certificate and key is accepted: the refusal is the pin's doing.
#include "RegistrationSync.h"
#include "Session.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;

namespace {

// Accepts TLS connections with a fixed chain and key, and keeps every byte a client sends after
// the handshake: a client that refuses the server must send none.
class TlsServer : public QTcpServer
{
public:
    TlsServer(QList<QSslCertificate> chain, QSslKey key)
        : m_chain(std::move(chain))
        , m_key(std::move(key))
    { }

    QByteArray received() const { return m_received; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificateChain(m_chain);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(socket, &QSslSocket::readyRead, this,
            [this, socket] { m_received += socket->readAll(); });
        socket->startServerEncryption();
    }

private:
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QByteArray m_received;
};

} // namespace

class TestCertificatePin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QStringList ec { QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2") };
        // The certificate the person pinned: self-signed, as a small server's often is.
        QVERIFY(openssl(
            QStringList { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-keyout"),
                path("pinned.key"), QStringLiteral("-out"), path("pinned.crt"),
                QStringLiteral("-subj"), QStringLiteral("/CN=localhost") }
            + ec));
        m_pinned = QSslCertificate::fromPath(path("pinned.crt")).value(0);
        QVERIFY(!m_pinned.isNull());

        // The attacker's issuer: the pinned certificate's name and key identifier, its own key.
        QVERIFY(openssl(
            QStringList { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-keyout"),
                path("forged.key"), QStringLiteral("-out"), path("forged.crt"),
                QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                QStringLiteral("subjectKeyIdentifier=") + subjectKeyId() }
            + ec));
        // The attacker's own server certificate, issued in that copied name.
        QVERIFY(openssl(
            QStringList { QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-keyout"),
                path("leaf.key"), QStringLiteral("-out"), path("leaf.csr"), QStringLiteral("-subj"),
                QStringLiteral("/O=Impostor/CN=localhost") }
            + ec.mid(0, 5))); // without -days, which only a certificate takes
        QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            path("leaf.csr"), QStringLiteral("-CA"), path("forged.crt"), QStringLiteral("-CAkey"),
            path("forged.key"), QStringLiteral("-set_serial"), QStringLiteral("7"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
            path("leaf.crt") }));
        m_impostor = QSslCertificate::fromPath(path("leaf.crt")).value(0);
        QVERIFY(!m_impostor.isNull());
        QCOMPARE(m_impostor.issuerDisplayName(), m_pinned.subjectDisplayName());
    }

    void signInRefusesAChainEndingInThePin()
    {
        TlsServer server({ m_impostor, m_pinned }, key("leaf.key"));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Session session;
        QSignalSpy untrusted(&session, &Session::untrustedCertificate);
        QSignalSpy connected(&session, &Session::connected);
        session.connectToServer(settingsFor(server, QStringLiteral("alice@localhost")));

        QVERIFY(untrusted.wait(15000));
        QCOMPARE(untrusted.first().first().value<QSslCertificate>(), m_impostor);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Offline, 15000);
        QCOMPARE(connected.count(), 0);
        QCOMPARE(session.lastError(), SessionError::Certificate);
        QCOMPARE(server.received(), QByteArray());
    }

    void signInTrustsThePinnedServer()
    {
        TlsServer server({ m_pinned }, key("pinned.key"));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Session session;
        QSignalSpy untrusted(&session, &Session::untrustedCertificate);
        session.connectToServer(settingsFor(server, QStringLiteral("alice@localhost")));

        QTRY_VERIFY_WITH_TIMEOUT(server.received().contains("stream:stream"), 15000);
        QCOMPARE(untrusted.count(), 0);
        session.disconnectFromServer();
    }

    void registrationRefusesAChainEndingInThePin()
    {
        TlsServer server({ m_impostor, m_pinned }, key("leaf.key"));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        RegistrationSync sync;
        QSignalSpy untrusted(&sync, &RegistrationSync::untrustedCertificate);
        QSignalSpy failed(&sync, &RegistrationSync::failed);
        QSignalSpy form(&sync, &RegistrationSync::formReceived);
        sync.fetchForm(settingsFor(server, QStringLiteral("localhost")));

        QVERIFY(untrusted.wait(15000));
        QCOMPARE(untrusted.first().first().value<QSslCertificate>(), m_impostor);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QCOMPARE(failed.first().first().value<RegistrationSync::Failure>(),
            RegistrationSync::Failure::Untrusted);
        QCOMPARE(form.count(), 0);
        QCOMPARE(server.received(), QByteArray());
    }

    void registrationTrustsThePinnedServer()
    {
        TlsServer server({ m_pinned }, key("pinned.key"));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        RegistrationSync sync;
        QSignalSpy untrusted(&sync, &RegistrationSync::untrustedCertificate);
        sync.fetchForm(settingsFor(server, QStringLiteral("localhost")));

        QTRY_VERIFY_WITH_TIMEOUT(server.received().contains("stream:stream"), 15000);
        QCOMPARE(untrusted.count(), 0);
        sync.cancel();
    }

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    bool openssl(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral("openssl"), arguments);
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    }

    // The pinned certificate's subject key identifier, as openssl's -addext takes it.
    QString subjectKeyId() const
    {
        QProcess process;
        process.start(QStringLiteral("openssl"),
            { QStringLiteral("x509"), QStringLiteral("-in"), path("pinned.crt"),
                QStringLiteral("-noout"), QStringLiteral("-ext"),
                QStringLiteral("subjectKeyIdentifier") });
        process.waitForFinished(30000);
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        return QString::fromLatin1(lines.value(lines.size() - 1).trimmed());
    }

    QSslKey key(const char *name) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QSslKey(&file, QSsl::Ec);
    }

    ConnectionSettings settingsFor(const QTcpServer &server, const QString &jid) const
    {
        ConnectionSettings settings;
        settings.jid = *Jid::parse(jid);
        settings.password = QStringLiteral("unused");
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = server.serverPort();
        settings.tlsMode = TlsMode::DirectTls;
        settings.pinnedCertificates = { m_pinned };
        return settings;
    }

    QTemporaryDir m_dir;
    QSslCertificate m_pinned;
    QSslCertificate m_impostor;
};

QTEST_GUILESS_MAIN(TestCertificatePin)
#include "tst_certificatepin.moc"
