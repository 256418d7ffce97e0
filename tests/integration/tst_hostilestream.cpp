// A peer sends a stanza past our reader's limits (packaging/deps/patches/0004-*) through the real
// ejabberd: the session ends with an error instead of crashing, and the server does not hand the
// same stanza to the next session, which would end every session after it.
#include "RawStanza.h"
#include "Session.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppError.h>
#include <QXmppMessage.h>
#include <QXmppStreamError.h>

#include <sys/resource.h>

using namespace Natter;

namespace {
const QString Password = QStringLiteral("pw");
// Windows gives the main thread 1 MiB of stack: a deep tree's recursive teardown overflows it.
constexpr rlim_t WindowsStackBytes = 1024 * 1024;
// Far past the reader's 64 levels. Not the report's 20,000: ejabberd 23.01 itself crashes on a
// stanza 5,000 levels deep, while it relays 1,000.
constexpr int HostileDepth = 1000;
// Past the reader's 2 MiB per stanza, below the test server's 4 MiB max_stanza_size.
constexpr int HostileBodyChars = 3 * 1024 * 1024;

QString deepPayload()
{
    QString xml = QStringLiteral("<x xmlns='urn:natter:test:deep'>");
    xml.reserve(HostileDepth * 7 + 64);
    for (int i = 1; i < HostileDepth; ++i)
        xml += QStringLiteral("<x>");
    for (int i = 0; i < HostileDepth; ++i)
        xml += QStringLiteral("</x>");
    return QStringLiteral("<body>deep</body>") + xml;
}

QString largePayload()
{
    return QStringLiteral("<body>") + QString(HostileBodyChars, u'x') + QStringLiteral("</body>");
}
} // namespace

class TestHostileStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        rlimit stack {};
        QVERIFY(getrlimit(RLIMIT_STACK, &stack) == 0);
        stack.rlim_cur = std::min(stack.rlim_cur, WindowsStackBytes);
        QVERIFY(setrlimit(RLIMIT_STACK, &stack) == 0);
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
    }

    void stanzaPastLimitEndsOneSessionOnly_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::newRow("1,000 levels deep") << deepPayload();
        QTest::newRow("3 MiB large") << largePayload();
    }

    void stanzaPastLimitEndsOneSessionOnly()
    {
        QFETCH(QString, payload);
        const QString a = m_server.createAccount(QStringLiteral("alice"), Password);
        const QString m = m_server.createAccount(QStringLiteral("mallory"), Password);
        QVERIFY(!a.isEmpty() && !m.isEmpty());

        Session alice;
        QSignalSpy failed(&alice, &Session::connectionFailed);
        std::optional<QXmpp::StreamError> streamError;
        connect(alice.client(), &QXmppClient::errorOccurred, &alice,
            [&](const QXmppError &error) { streamError = error.value<QXmpp::StreamError>(); });
        QStringList received;
        connect(alice.client(), &QXmppClient::messageReceived, &alice,
            [&](const QXmppMessage &message) { received.append(message.id()); });
        QVERIFY(signIn(alice, a));
        Session mallory;
        QVERIFY(signIn(mallory, m));

        QVERIFY(Test::sendRawStanza(mallory,
            QStringLiteral("<message type='chat' to='%1' id='hostile'>%2</message>")
                .arg(a, payload)));
        QVERIFY(failed.wait(30000));
        QCOMPARE(alice.state(), ConnectionState::Offline);
        QCOMPARE(failed.first().first().value<SessionError>(), SessionError::Network);
        QVERIFY(!alice.errorText().isEmpty());
        QCOMPARE(streamError, std::optional(QXmpp::StreamError::PolicyViolation));
        QVERIFY(!received.contains(QStringLiteral("hostile")));

        // Acknowledged before the stream error: neither resent nor kept offline for the next one.
        QVERIFY(signIn(alice, a));
        QVERIFY(Test::sendRawStanza(mallory,
            QStringLiteral("<message type='chat' to='%1' id='after'><body>hi</body></message>")
                .arg(a)));
        QTRY_VERIFY_WITH_TIMEOUT(received.contains(QStringLiteral("after")), 15000);
        QVERIFY(!received.contains(QStringLiteral("hostile")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(alice.state(), ConnectionState::Connected);
    }

private:
    // Connected and available, so messages to the bare JID come here, not to offline storage.
    bool signIn(Session &session, const QString &jid)
    {
        session.connectToServer(m_server.settingsFor(jid, Password));
        return QTest::qWaitFor([&] { return session.isAvailable(); }, 15000);
    }

    Test::TestServer m_server;
};

QTEST_GUILESS_MAIN(TestHostileStream)
#include "tst_hostilestream.moc"
