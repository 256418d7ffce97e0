// The first vertical slice: two accounts on the real ejabberd, STARTTLS with a pinned
// certificate, one message from one to the other.
#include "MessageSync.h"
#include "Session.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Natter;

class TestFirstMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
    }

    void messageArrivesWithSameBody()
    {
        const QString password = QStringLiteral("correct horse");
        const QString alice = m_server.createAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createAccount(QStringLiteral("bob"), password);
        QVERIFY(!alice.isEmpty() && !bob.isEmpty());

        Session aliceSession;
        Session bobSession;
        MessageSync aliceMessages(&aliceSession);
        MessageSync bobMessages(&bobSession);
        QSignalSpy aliceUp(&aliceSession, &Session::connected);
        QSignalSpy bobUp(&bobSession, &Session::connected);
        aliceSession.connectToServer(m_server.settingsFor(alice, password));
        bobSession.connectToServer(m_server.settingsFor(bob, password));
        QVERIFY(aliceUp.count() == 1 || aliceUp.wait(15000));
        QVERIFY(bobUp.count() == 1 || bobUp.wait(15000));
        QCOMPARE(aliceSession.state(), ConnectionState::Connected);

        QSignalSpy received(&bobMessages, &MessageSync::messageReceived);
        Message message;
        message.peer = bob;
        message.body = QStringLiteral("Hello Bob — ünïcödé <b>not markup</b> 👋");
        message.originId = QStringLiteral("origin-1");
        QVERIFY(aliceMessages.send(message));
        QVERIFY(received.wait(10000));

        const auto got = received.first().first().value<Message>();
        QCOMPARE(got.body, message.body);
        QCOMPARE(got.sender, alice);
        QCOMPARE(got.originId, message.originId);
        QCOMPARE(got.direction, Direction::Incoming);
        QVERIFY2(!got.stanzaId.isEmpty(), "MAM stamps a stanza-id by our own server");
    }

    void unpinnedSelfSignedCertificateIsRefused()
    {
        const QString password = QStringLiteral("pw");
        const QString carol = m_server.createAccount(QStringLiteral("carol"), password);
        QVERIFY(!carol.isEmpty());
        ConnectionSettings settings = m_server.settingsFor(carol, password);
        settings.pinnedCertificates.clear();

        Session session;
        QSignalSpy untrusted(&session, &Session::untrustedCertificate);
        QSignalSpy connected(&session, &Session::connected);
        session.connectToServer(settings);
        QVERIFY(untrusted.wait(15000));
        QCOMPARE(untrusted.first().first().value<QSslCertificate>(), m_server.certificate());
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Offline, 15000);
        QCOMPARE(connected.count(), 0);
        QVERIFY(!session.errorText().isEmpty());
    }

    void wrongPasswordIsExplained()
    {
        const QString dave
            = m_server.createAccount(QStringLiteral("dave"), QStringLiteral("right"));
        Session session;
        QSignalSpy connected(&session, &Session::connected);
        session.connectToServer(m_server.settingsFor(dave, QStringLiteral("wrong")));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Offline, 15000);
        QCOMPARE(connected.count(), 0);
        QCOMPARE(session.errorText(), QStringLiteral("Wrong address or password."));
    }

private:
    Test::TestServer m_server;
};

QTEST_GUILESS_MAIN(TestFirstMessage)
#include "tst_firstmessage.moc"
