// Issue 3 against the real ejabberd: sign in and out, wrong password, the certificate prompt and
// its pin, reconnecting after a server restart and resuming after a cut TCP connection.
#include "AccountSession.h"
#include "MessageSync.h"
#include "Session.h"
#include "TcpProxy.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDomElement>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppLogger.h>
#include <QXmppTask.h>

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {
const QString Password = QStringLiteral("s3cret-Passw0rd");

int countBodies(const QSignalSpy &spy, const QString &body)
{
    int n = 0;
    for (const auto &args : spy)
        n += args.first().value<Message>().body == body ? 1 : 0;
    return n;
}
} // namespace

class TestAccountSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
    }

    void init() { QVERIFY(m_profile.isValid()); }

    // Signs in through the prompt: the fixture's certificate is self-signed, so it must be
    // refused until the person trusts it.
    void signInTrustingCertificate(
        AccountSession &account, const QString &jid, const QString &password, quint16 port = 0)
    {
        QSignalSpy prompt(&account, &AccountSession::certificatePromptChanged);
        QSignalSpy signedIn(&account, &AccountSession::signedIn);
        account.signIn(jid, password, m_server.host(), port ? port : m_server.c2sPort());
        QVERIFY(prompt.wait(15000));
        QCOMPARE(account.state(), ConnectionState::Offline);
        QCOMPARE(signedIn.count(), 0);
        const QVariantMap shown = account.certificatePrompt();
        QCOMPARE(shown.value(QStringLiteral("fingerprint")).toString(),
            QString::fromLatin1(
                m_server.certificate().digest(QCryptographicHash::Sha256).toHex(':'))
                .toUpper());
        QCOMPARE(shown.value(QStringLiteral("changed")).toBool(), false);
        account.trustCertificate();
        QVERIFY(signedIn.count() == 1 || signedIn.wait(15000));
        QCOMPARE(account.state(), ConnectionState::Connected);
    }

    void signInAndSignOut()
    {
        const QString jid = m_server.createAccount(QStringLiteral("erin"), Password);
        ProfilePaths profile(m_profile.path() + QStringLiteral("/erin"));
        QVERIFY(profile.ensureExists());
        {
            AccountSession account(profile);
            QVERIFY(!account.hasAccount());
            signInTrustingCertificate(account, jid, Password);
            QCOMPARE(account.jid(), jid);
            QVERIFY(account.hasAccount());
            QVERIFY(!account.needsPassword());

            account.signOut();
            QCOMPARE(account.state(), ConnectionState::Offline);
            QVERIFY(account.needsPassword());
            QVERIFY2(account.hasAccount(), "signing out keeps the account and its history");
        }
        QFile settings(profile.settings());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray stored = settings.readAll();
        QVERIFY(stored.contains(jid.toUtf8()));
        QVERIFY2(!stored.contains(Password.toUtf8()), "the password never goes into settings");

        // The pin was stored: signing in again needs no prompt.
        AccountSession again(profile);
        QSignalSpy prompt(&again, &AccountSession::certificatePromptChanged);
        QSignalSpy signedIn(&again, &AccountSession::signedIn);
        again.signIn(jid, Password, m_server.host(), m_server.c2sPort());
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(prompt.count(), 0);
    }

    void wrongPasswordIsRefusedAndNotRetried()
    {
        const QString jid = m_server.createAccount(QStringLiteral("frank"), Password);
        ProfilePaths profile(m_profile.path() + QStringLiteral("/frank"));
        QVERIFY(profile.ensureExists());
        AccountSession account(profile);
        signInTrustingCertificate(account, jid, Password);
        account.signOut();

        QSignalSpy failed(account.session(), &Session::connectionFailed);
        account.signIn(
            jid, QStringLiteral("not the password"), m_server.host(), m_server.c2sPort());
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.first().first().value<SessionError>(), SessionError::Authentication);
        QCOMPARE(account.errorText(), QStringLiteral("Wrong address or password."));
        QCOMPARE(account.state(), ConnectionState::Offline);
        QVERIFY2(account.state() != ConnectionState::Retrying, "a wrong password is not retried");
    }

    // An IQ the services send while a new connection still negotiates (a catch-up query whose
    // database step finished just after sign-out, say) must not go on the wire: before STARTTLS
    // it would travel in clear text, and inside SASL ejabberd answers it with an element the
    // sign-in does not expect, failing a sign-in that should succeed (or, as CI once saw, turning
    // a wrong password into a "network" error). It fails at once and the sign-in goes on.
    void nothingIsSentBeforeTheSessionOpens()
    {
        const QString jid = m_server.createAccount(QStringLiteral("gina"), Password);
        ProfilePaths profile(m_profile.path() + QStringLiteral("/gina"));
        QVERIFY(profile.ensureExists());
        AccountSession account(profile);
        signInTrustingCertificate(account, jid, Password);
        account.signOut();

        QXmppClient *client = account.session()->client();
        auto *socket = client->findChild<QSslSocket *>();
        QVERIFY(socket);
        auto *logger = new QXmppLogger(client);
        logger->setLoggingType(QXmppLogger::SignalLogging);
        logger->setMessageTypes(QXmppLogger::SentMessage);
        client->setLogger(logger);
        QStringList sent;
        connect(logger, &QXmppLogger::message, this,
            [&sent](QXmppLogger::MessageType, const QString &text) { sent.append(text); });

        // Sent after the stream opens in clear text, and again once TLS is up but before SASL.
        QStringList ids;
        int failedEarly = 0;
        auto sendQuery = [&] {
            QXmppDiscoveryIq query;
            query.setQueryType(QXmppDiscoveryIq::InfoQuery);
            query.setTo(m_server.domain());
            ids.append(query.id());
            client->sendIq(std::move(query)).then(this, [&failedEarly](QXmppClient::IqResult r) {
                failedEarly += std::holds_alternative<QXmppError>(r) ? 1 : 0;
            });
        };
        connect(socket, &QSslSocket::connected, this, sendQuery);
        connect(socket, &QSslSocket::encrypted, this, sendQuery);

        QSignalSpy signedIn(&account, &AccountSession::signedIn);
        QSignalSpy failed(account.session(), &Session::connectionFailed);
        account.signIn(jid, Password, m_server.host(), m_server.c2sPort());
        QVERIFY2(signedIn.wait(15000), qPrintable(account.errorText()));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(ids.size(), 2);
        QTRY_COMPARE(failedEarly, 2);
        for (const QString &id : std::as_const(ids)) {
            for (const QString &data : std::as_const(sent))
                QVERIFY2(!data.contains(id), qPrintable(u"went on the wire: "_s + data));
        }
        // Once the session is open, the same query goes out and is answered.
        QXmppDiscoveryIq query;
        query.setQueryType(QXmppDiscoveryIq::InfoQuery);
        query.setTo(m_server.domain());
        bool answered = false;
        client->sendIq(std::move(query)).then(this, [&answered](QXmppClient::IqResult r) {
            answered = std::holds_alternative<QDomElement>(r);
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    }

    void deadServerIsExplained()
    {
        ProfilePaths profile(m_profile.path() + QStringLiteral("/dead"));
        QVERIFY(profile.ensureExists());
        AccountSession account(profile);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now: connection refused
        QSignalSpy failed(account.session(), &Session::connectionFailed);
        account.signIn(
            QStringLiteral("nobody@localhost"), Password, QStringLiteral("127.0.0.1"), port);
        QVERIFY(failed.wait(15000));
        QCOMPARE(account.errorText(), QStringLiteral("The server refused the connection."));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), ConnectionState::Retrying, 5000);
        QVERIFY(account.statusText().contains(QStringLiteral("Retrying in")));
        QVERIFY(!account.hasAccount());
        account.signOut();
        QCOMPARE(account.state(), ConnectionState::Offline);
    }

    void badInputIsExplained_data()
    {
        QTest::addColumn<QString>("jid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("directTls");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("retried");
        QTest::newRow("unknown user")
            << QStringLiteral("nobody-here@localhost") << QStringLiteral("127.0.0.1") << false
            << QStringLiteral("Wrong address or password.") << false;
        QTest::newRow("host not found")
            << QStringLiteral("someone@localhost") << QStringLiteral("no-such-host.invalid")
            << false
            << QStringLiteral(
                   "The server could not be found. Check the address and your connection.")
            << true;
        QTest::newRow("TLS handshake failure")
            << QStringLiteral("someone@localhost") << QStringLiteral("127.0.0.1") << true
            << QStringLiteral("A secure connection to the server could not be established.")
            << true;
    }

    void badInputIsExplained()
    {
        QFETCH(QString, jid);
        QFETCH(QString, host);
        QFETCH(bool, directTls);
        QFETCH(QString, expected);
        QFETCH(bool, retried);
        ProfilePaths profile(
            m_profile.path() + QStringLiteral("/bad-") + QString::number(qHash(jid + host)));
        QVERIFY(profile.ensureExists());
        AccountSession account(profile);
        // The fixture's certificate is pinned so that only the failure under test remains.
        account.pinCertificates(jid, { m_server.certificate() });
        QSignalSpy failed(account.session(), &Session::connectionFailed);
        account.signIn(jid, Password, host, m_server.c2sPort(), directTls);
        QVERIFY(failed.wait(20000));
        QCOMPARE(account.errorText(), expected);
        QCOMPARE(account.state() == ConnectionState::Retrying, retried);
        QVERIFY(!account.hasAccount());
        account.signOut();
    }

    void windowFocusDrivesClientStateIndication()
    {
        const QString jid = m_server.createAccount(QStringLiteral("ivy"), Password);
        ProfilePaths profile(m_profile.path() + QStringLiteral("/ivy"));
        QVERIFY(profile.ensureExists());
        AccountSession account(profile);
        signInTrustingCertificate(account, jid, Password);
        QVERIFY(account.session()->isActive());
        account.setWindowActive(false);
        QVERIFY(!account.session()->isActive());
        account.setWindowActive(true);
        QVERIFY(account.session()->isActive());
    }

    // Without a keychain (a headless box) Natter asks at each start; with one, it signs in alone.
    // Either way the password is never written anywhere else.
    void restartUsesKeychainOrAsksAgain()
    {
        const QString jid = m_server.createAccount(QStringLiteral("judy"), Password);
        ProfilePaths profile(m_profile.path() + QStringLiteral("/judy"));
        QVERIFY(profile.ensureExists());
        bool keychainWorks = false;
        {
            AccountSession account(profile);
            QSignalSpy keychainSpy(&account, &AccountSession::keychainMessageChanged);
            signInTrustingCertificate(account, jid, Password);
            // The keychain answers asynchronously; give it the time a D-Bus round trip takes.
            keychainWorks = !keychainSpy.wait(3000);
            if (!keychainWorks)
                QVERIFY(!account.keychainMessage().isEmpty());
        }
        AccountSession restarted(profile);
        QVERIFY(restarted.hasAccount());
        if (keychainWorks) {
            QSignalSpy signedIn(&restarted, &AccountSession::signedIn);
            QTRY_COMPARE_WITH_TIMEOUT(restarted.state(), ConnectionState::Connected, 15000);
            restarted.signOut();
        } else {
            QSignalSpy asked(&restarted, &AccountSession::keychainMessageChanged);
            QVERIFY(asked.wait(10000));
            QVERIFY(restarted.needsPassword());
            QCOMPARE(restarted.state(), ConnectionState::Offline);
        }
        for (const QString &name : QDir(profile.root()).entryList(QDir::Files)) {
            QFile file(profile.root() + u'/' + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(Password.toUtf8()), qPrintable(name));
        }
    }

    void resumesAfterCutConnectionWithoutLossOrDuplicates()
    {
        const QString aliceJid = m_server.createAccount(QStringLiteral("alice"), Password);
        const QString bobJid = m_server.createAccount(QStringLiteral("bob"), Password);
        ProfilePaths profile(m_profile.path() + QStringLiteral("/alice-cut"));
        QVERIFY(profile.ensureExists());
        Test::TcpProxy proxy(m_server.c2sPort());
        QVERIFY(proxy.port() != 0);

        AccountSession alice(profile);
        signInTrustingCertificate(alice, aliceJid, Password, proxy.port());
        QSignalSpy received(alice.messages(), &MessageSync::messageReceived);

        Session bob;
        MessageSync bobMessages(&bob);
        QSignalSpy bobUp(&bob, &Session::connected);
        bob.connectToServer(m_server.settingsFor(bobJid, Password));
        QVERIFY(bobUp.wait(15000));

        QSignalSpy failed(alice.session(), &Session::connectionFailed);
        proxy.cut();
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.first().first().value<SessionError>(), SessionError::Network);

        Message during;
        during.peer = aliceJid;
        during.body = QStringLiteral("sent while the line was cut");
        during.originId = QStringLiteral("cut-1");
        QVERIFY(bobMessages.send(during));

        QTRY_COMPARE_WITH_TIMEOUT(alice.state(), ConnectionState::Connected, 30000);
        QVERIFY2(alice.session()->resumed(), "stream management resumed the old stream");
        QTRY_COMPARE_WITH_TIMEOUT(countBodies(received, during.body), 1, 15000);

        Message sentinel = during;
        sentinel.body = QStringLiteral("after the resume");
        sentinel.originId = QStringLiteral("cut-2");
        QVERIFY(bobMessages.send(sentinel));
        QTRY_COMPARE_WITH_TIMEOUT(countBodies(received, sentinel.body), 1, 15000);
        QCOMPARE(countBodies(received, during.body), 1);
    }

    // A line that goes silent without closing (sleep, a NAT forgetting us) is found by the
    // keepalive ping within about a minute, and the session comes back by itself.
    void keepaliveFindsSilentConnection()
    {
        const QString jid = m_server.createAccount(QStringLiteral("kate"), Password);
        ProfilePaths profile(m_profile.path() + QStringLiteral("/kate"));
        QVERIFY(profile.ensureExists());
        Test::TcpProxy proxy(m_server.c2sPort());
        AccountSession account(profile);
        signInTrustingCertificate(account, jid, Password, proxy.port());

        QSignalSpy failed(account.session(), &Session::connectionFailed);
        QElapsedTimer silence;
        silence.start();
        proxy.freeze();
        QVERIFY(failed.wait(65000));
        QVERIFY2(silence.elapsed() <= 60000, qPrintable(QString::number(silence.elapsed())));
        QCOMPARE(failed.first().first().value<SessionError>(), SessionError::Network);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), ConnectionState::Connected, 30000);
    }

    void reconnectsAfterServerRestart()
    {
        const QString aliceJid = m_server.createAccount(QStringLiteral("alice"), Password);
        const QString bobJid = m_server.createAccount(QStringLiteral("bob"), Password);
        ProfilePaths profile(m_profile.path() + QStringLiteral("/alice-restart"));
        QVERIFY(profile.ensureExists());
        AccountSession alice(profile);
        signInTrustingCertificate(alice, aliceJid, Password);
        QSignalSpy received(alice.messages(), &MessageSync::messageReceived);
        QSignalSpy failed(alice.session(), &Session::connectionFailed);

        QVERIFY(m_server.restart());
        QVERIFY(failed.count() > 0 || failed.wait(15000));

        // Sent while Alice is away: the server keeps it offline and hands it over on reconnect.
        Session bob;
        MessageSync bobMessages(&bob);
        QSignalSpy bobUp(&bob, &Session::connected);
        bob.connectToServer(m_server.settingsFor(bobJid, Password));
        QVERIFY(bobUp.wait(15000));
        Message meanwhile;
        meanwhile.peer = aliceJid;
        meanwhile.body = QStringLiteral("sent during the restart");
        meanwhile.originId = QStringLiteral("restart-1");
        QVERIFY(bobMessages.send(meanwhile));

        QTRY_COMPARE_WITH_TIMEOUT(alice.state(), ConnectionState::Connected, 70000);
        QTRY_COMPARE_WITH_TIMEOUT(countBodies(received, meanwhile.body), 1, 15000);
        Message sentinel = meanwhile;
        sentinel.body = QStringLiteral("after the restart");
        sentinel.originId = QStringLiteral("restart-2");
        QVERIFY(bobMessages.send(sentinel));
        QTRY_COMPARE_WITH_TIMEOUT(countBodies(received, sentinel.body), 1, 15000);
        QCOMPARE(countBodies(received, meanwhile.body), 1);
    }

    // Last: it gives the shared server a new certificate.
    void changedCertificateIsRefusedUntilTrustedAgain()
    {
        const QString jid = m_server.createAccount(QStringLiteral("grace"), Password);
        ProfilePaths profile(m_profile.path() + QStringLiteral("/grace"));
        QVERIFY(profile.ensureExists());
        AccountSession account(profile);
        signInTrustingCertificate(account, jid, Password);
        const QSslCertificate before = m_server.certificate();

        QSignalSpy prompt(&account, &AccountSession::certificatePromptChanged);
        QVERIFY(m_server.rotateCertificate());
        QVERIFY(m_server.certificate() != before);
        QVERIFY(prompt.wait(70000)); // the automatic reconnect meets the new certificate
        QCOMPARE(account.certificatePrompt().value(QStringLiteral("changed")).toBool(), true);
        QVERIFY(account.state() != ConnectionState::Connected);
        QVERIFY2(account.state() != ConnectionState::Retrying, "a certificate needs the person");

        account.rejectCertificate();
        QCOMPARE(account.state(), ConnectionState::Offline);
        QVERIFY(!account.errorText().isEmpty());

        // Trusting the new one pins it in place of the old.
        QSignalSpy signedIn(account.session(), &Session::connected);
        account.signIn(jid, Password, m_server.host(), m_server.c2sPort());
        QVERIFY(prompt.wait(15000));
        account.trustCertificate();
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(account.state(), ConnectionState::Connected);
    }

private:
    Test::TestServer m_server;
    QTemporaryDir m_profile;
};

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
