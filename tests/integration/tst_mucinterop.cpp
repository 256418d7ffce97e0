// Groups against a client that is not ours: a slixmpp bot (tests/fixtures/bots/muc_bot.py)
// that writes groupchat stanzas the way Conversations does, in a private group Natter created.
// Its messages reach MucSync once each, with its nickname, the room's stanza-id and markable;
// ours reach it; its displayed marker (naming the room's stanza-id) and chat states reach MucSync.
#include "PythonBot.h"
#include "TestGroups.h"
#include "TestServer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Natter;
using Test::PythonBot;
using Test::TestGroups;

namespace {
const QString Password = QStringLiteral("interop-Passw0rd");
const QString BotNick = QStringLiteral("Bot");
const QString OwnerNick = QStringLiteral("Owner");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Matches a bot report whose field is value.
PythonBot::Match field(const QString &name, const QString &value)
{
    return [name, value](const QJsonObject &report) { return report.value(name) == value; };
}
} // namespace

class TestMucInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // Each test looks only at what Natter heard during it.
    void init() { m_alice->received->clear(); }
    void botMessageReachesNatterOnce();
    void natterMessageReachesBot();
    void botDisplayedMarkerReachesNatter();
    void botChatStatesReachNatter();
    void cleanupTestCase();

private:
    // Has the bot say body and waits until the room reflects it; returns the room's stanza-id.
    QString botSays(const QString &body, const QString &id);

    Test::TestServer m_server;
    TestGroups m_groups { m_server, Password };
    QTemporaryDir m_dir;
    std::unique_ptr<Test::GroupMember> m_alice;
    QString m_botJid;
    QString m_room;
    std::unique_ptr<PythonBot> m_bot;
    QString m_natterStanzaId; // the room's stanza-id of what Natter said
};

void TestMucInterop::initTestCase()
{
    QString error;
    QVERIFY2(m_server.load(&error), qPrintable(error));
    m_alice = m_groups.signIn(QStringLiteral("alice"));
    QVERIFY(m_alice);
    m_botJid = m_server.createAccount(QStringLiteral("bot"), Password);
    QVERIFY(!m_botJid.isEmpty());
    m_room = TestGroups::createPrivateGroup(*m_alice, { m_botJid });
    QVERIFY(!m_room.isEmpty());

    // The bot trusts exactly the fixture's certificate, as Natter's settings do.
    const QString caFile = m_dir.filePath(QStringLiteral("server.pem"));
    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly) && ca.write(m_server.certificate().toPem()) > 0);
    ca.close();
    m_bot = std::make_unique<PythonBot>(QStringLiteral("muc_bot.py"),
        QStringList { QStringLiteral("--jid"), m_botJid, QStringLiteral("--password"), Password,
            QStringLiteral("--host"), m_server.host(), QStringLiteral("--port"),
            QString::number(m_server.c2sPort()), QStringLiteral("--room"), m_room,
            QStringLiteral("--nick"), BotNick, QStringLiteral("--cafile"), caFile });
    QVERIFY2(!m_bot->waitFor(QStringLiteral("ready")).isEmpty(), qPrintable(m_bot->diagnostics()));
    QTRY_COMPARE_WITH_TIMEOUT(int(m_alice->muc->occupants(m_room).size()), 1, 10000);
    QCOMPARE(m_alice->muc->occupants(m_room).first().nick, BotNick);
}

QString TestMucInterop::botSays(const QString &body, const QString &id)
{
    if (!m_bot->send({ { QStringLiteral("cmd"), QStringLiteral("say") },
            { QStringLiteral("body"), body }, { QStringLiteral("id"), id } }))
        return {};
    const QJsonObject reflected
        = m_bot->waitFor(QStringLiteral("reflected"), field(QStringLiteral("id"), id));
    return reflected.value(QStringLiteral("stanza_id")).toString();
}

void TestMucInterop::botMessageReachesNatterOnce()
{
    const QString id = newId();
    const QString stanzaId = botSays(QStringLiteral("hello from slixmpp"), id);
    QVERIFY2(!stanzaId.isEmpty(), qPrintable(m_bot->diagnostics()));
    QTRY_COMPARE_WITH_TIMEOUT(int(m_alice->received->size()), 1, 10000);

    // The room keeps order: once a second message is in, a duplicate of the first would be too.
    const QString fenceId = newId();
    QVERIFY(!botSays(QStringLiteral("fence"), fenceId).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(int(m_alice->received->size()), 2, 10000);

    const auto message = m_alice->received->at(0).at(0).value<Message>();
    const auto author = m_alice->received->at(0).at(1).value<Occupant>();
    QCOMPARE(message.peer, m_room);
    QCOMPARE(message.sender, BotNick);
    QCOMPARE(author.realJid, m_botJid);
    QCOMPARE(message.direction, Direction::Incoming);
    QCOMPARE(message.body, QStringLiteral("hello from slixmpp"));
    QCOMPARE(message.originId, id);
    QCOMPARE(message.messageId, id);
    QCOMPARE(message.stanzaId, stanzaId);
    QVERIFY(message.markable);
    QCOMPARE(m_alice->received->at(1).at(0).value<Message>().originId, fenceId);
}

void TestMucInterop::natterMessageReachesBot()
{
    Message message;
    message.body = QStringLiteral("hello from Natter");
    message.originId = newId();
    QVERIFY(m_alice->muc->send(m_room, message, true));

    const QJsonObject heard = m_bot->waitFor(
        QStringLiteral("message"), field(QStringLiteral("origin_id"), message.originId));
    QVERIFY2(!heard.isEmpty(), qPrintable(m_bot->diagnostics()));
    QCOMPARE(heard.value(QStringLiteral("from_nick")).toString(), OwnerNick);
    QCOMPARE(heard.value(QStringLiteral("body")).toString(), message.body);
    QVERIFY(heard.value(QStringLiteral("markable")).toBool());
    m_natterStanzaId = heard.value(QStringLiteral("stanza_id")).toString();
    QVERIFY(!m_natterStanzaId.isEmpty());

    // Natter's own reflection carries the same stanza-id: the one both sides mark by.
    QTRY_COMPARE_WITH_TIMEOUT(int(m_alice->received->size()), 1, 10000);
    const auto reflected = m_alice->received->takeFirst().at(0).value<Message>();
    QCOMPARE(reflected.originId, message.originId);
    QCOMPARE(reflected.direction, Direction::Outgoing);
    QCOMPARE(reflected.stanzaId, m_natterStanzaId);
}

void TestMucInterop::botDisplayedMarkerReachesNatter()
{
    QVERIFY2(!m_natterStanzaId.isEmpty(), "natterMessageReachesBot ran first");
    QSignalSpy displayed(m_alice->muc.get(), &MucSync::displayedReceived);
    QVERIFY(m_bot->send({ { QStringLiteral("cmd"), QStringLiteral("displayed") },
        { QStringLiteral("id"), m_natterStanzaId } }));
    QTRY_COMPARE_WITH_TIMEOUT(int(displayed.size()), 1, 10000);
    QCOMPARE(displayed.first().at(0).toString(), m_room);
    const auto reader = displayed.first().at(1).value<Occupant>();
    QCOMPARE(reader.nick, BotNick);
    QCOMPARE(reader.realJid, m_botJid);
    QCOMPARE(displayed.first().at(2).toString(), m_natterStanzaId);
    // A marker is not a message.
    QVERIFY(m_alice->received->isEmpty());
}

void TestMucInterop::botChatStatesReachNatter()
{
    QSignalSpy states(m_alice->muc.get(), &MucSync::chatStateReceived);
    for (const auto &[command, state] :
        { std::pair { QStringLiteral("composing"), ChatState::Composing },
            std::pair { QStringLiteral("paused"), ChatState::Paused } }) {
        QVERIFY(m_bot->send({ { QStringLiteral("cmd"), command } }));
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 10000);
        const QList<QVariant> heard = states.takeFirst();
        QCOMPARE(heard.at(0).toString(), m_room);
        QCOMPARE(heard.at(1).value<Occupant>().nick, BotNick);
        QCOMPARE(heard.at(2).value<ChatState>(), state);
    }
    QVERIFY(m_alice->received->isEmpty());
}

void TestMucInterop::cleanupTestCase()
{
    // The bot leaves and exits by itself once told; the fixture would kill it otherwise.
    if (m_bot)
        QVERIFY2(m_bot->finish(), qPrintable(m_bot->diagnostics()));
}

QTEST_GUILESS_MAIN(TestMucInterop)
#include "tst_mucinterop.moc"
