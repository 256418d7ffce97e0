// Mentions and mute against a real ejabberd: Bob has muted a group and still hears Alice call
// him by name, and only then; a reply to our message gets through a mute too (from the slixmpp
// bot, replying as Conversations does); and mentions between Natter and a client that is not ours
// (the slixmpp bot), with offsets in code points after an emoji, both ways.
#include "AccountSession.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "MuteService.h"
#include "NotificationService.h"
#include "Notifier.h"
#include "PythonBot.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Natter;
using Test::await;
using Test::TestAccounts;

namespace {
const QString Password = QStringLiteral("mentions-Passw0rd");
constexpr int NetworkMs = 20000;

class RecordingNotifier : public Notifier
{
public:
    void show(const Notification &notification) override { shown.append(notification); }
    QList<Notification> shown;
};

// account's stored copy of the group message with body, once the room has it; empty until then.
Message stored(AccountSession &account, const QString &room, const QString &body)
{
    Message found;
    (void)QTest::qWaitFor(
        [&] {
            const qint64 chatId = account.groups()->groupFor(room).chatId;
            for (const Message &m : await(account.history()->messages().newest(chatId, 50))) {
                if (m.body == body && !m.stanzaId.isEmpty())
                    found = m;
            }
            return found.id != 0;
        },
        NetworkMs);
    return found;
}

QString mentioned(const Message &message, const Mention &mention)
{
    return message.body.sliced(mention.begin, mention.end - mention.begin);
}
} // namespace

class TestMentions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void mutedGroupNotifiesOnlyForAMention();
    void mentionsWithAnotherClient();
    void mutedGroupNotifiesForAReplyToUs();

private:
    std::unique_ptr<AccountSession> signIn(const QString &name) { return m_accounts.person(name); }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    TestAccounts m_accounts { m_server, m_dir.path(), Password };
};

void TestMentions::mutedGroupNotifiesOnlyForAMention()
{
    auto alice = signIn(QStringLiteral("alice"));
    auto bob = signIn(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    const QString room = TestAccounts::createGroup(*alice, { bob.get() });
    QVERIFY(!room.isEmpty());
    const Group bobsGroup = bob->groups()->groupFor(room);
    RecordingNotifier notifier;
    bob->notifications()->setNotifier(&notifier);
    bob->mutes()->mute(bobsGroup.chatId, MuteService::Duration::Always);
    // Alice sees Bob in the room, so her "@" names him.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Occupant &o :
                alice->groups()->participants(alice->groups()->groupFor(room).chatId))
                if (o.nick == bobsGroup.nick)
                    return true;
            return false;
        }(),
        NetworkMs);

    const QString ordinary = QStringLiteral("Lunch is at noon");
    QVERIFY(!await(alice->messaging()->send(room, ordinary)).isEmpty());
    const Message quiet = stored(*bob, room, ordinary);
    QVERIFY(quiet.id != 0);
    QVERIFY(!quiet.mentionsUs());

    const QString calling = QStringLiteral("🎂 @%1 can you bring the cake?").arg(bobsGroup.nick);
    const QList<Message> sent = await(alice->messaging()->send(room, calling));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().mentions.size(), 1);
    QVERIFY(!sent.first().mentions.first().ours);
    const Message loud = stored(*bob, room, calling);
    QVERIFY(loud.id != 0);
    // Stored as mentioning Bob, by the reference to his occupant (not only by his nick).
    QVERIFY(loud.mentionsUs());
    QCOMPARE(loud.mentions.size(), 1);
    QCOMPARE(mentioned(loud, loud.mentions.first()), bobsGroup.nick);
    QCOMPARE(loud.mentions.first().uri, QStringLiteral("xmpp:%1/%2").arg(room, bobsGroup.nick));
    // One notification: the mention; the ordinary message before it stayed silent.
    QTRY_COMPARE_WITH_TIMEOUT(int(notifier.shown.size()), 1, NetworkMs);
    QVERIFY(notifier.shown.first().body.contains(QStringLiteral("cake")));
    // After a restart of the history the mark is still there.
    QVERIFY(await(bob->history()->messages().message(loud.id)).mentionsUs());
    bob->notifications()->setNotifier(nullptr);
}

void TestMentions::mentionsWithAnotherClient()
{
    auto carol = signIn(QStringLiteral("carol"));
    QVERIFY(carol);
    const QString botJid = m_server.createAccount(QStringLiteral("bot"), Password);
    const GroupResult created = await(carol->groups()->create(QStringLiteral("Bots"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    const Group group = carol->groups()->group(created.chatId);
    const QString caFile = m_dir.filePath(QStringLiteral("server.pem"));
    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly) && ca.write(m_server.certificate().toPem()) > 0);
    ca.close();
    Test::PythonBot bot(QStringLiteral("muc_bot.py"),
        { QStringLiteral("--jid"), botJid, QStringLiteral("--password"), Password,
            QStringLiteral("--host"), m_server.host(), QStringLiteral("--port"),
            QString::number(m_server.c2sPort()), QStringLiteral("--room"), group.room,
            QStringLiteral("--nick"), QStringLiteral("Bot"), QStringLiteral("--cafile"), caFile });
    QVERIFY2(!bot.waitFor(QStringLiteral("ready")).isEmpty(), qPrintable(bot.diagnostics()));
    QTRY_COMPARE_WITH_TIMEOUT(carol->groups()->participants(created.chatId).size(), 1, NetworkMs);

    // The bot calls Natter by its room nickname with a reference: a mention of us.
    const QString theirs = QStringLiteral("👀 %1, look at this").arg(group.nick);
    QVERIFY(bot.send({ { QStringLiteral("cmd"), QStringLiteral("mention") },
        { QStringLiteral("body"), theirs }, { QStringLiteral("id"), QStringLiteral("bot-m1") },
        { QStringLiteral("nick"), group.nick } }));
    const Message heard = stored(*carol, group.room, theirs);
    QVERIFY2(heard.id != 0, qPrintable(bot.diagnostics()));
    QVERIFY(heard.mentionsUs());
    QCOMPARE(heard.mentions.size(), 1);
    QCOMPARE(mentioned(heard, heard.mentions.first()), group.nick);

    // Ours to the bot: the emoji before the mention is one code point, as the bot counts.
    const QString ours = QStringLiteral("😀 @Bot hi");
    QVERIFY(!await(carol->messaging()->send(group.room, ours)).isEmpty());
    const QJsonObject got = bot.waitFor(QStringLiteral("message"),
        [&ours](const QJsonObject &m) { return m.value(QStringLiteral("body")) == ours; });
    QVERIFY2(!got.isEmpty(), qPrintable(bot.diagnostics()));
    const QJsonArray refs = got.value(QStringLiteral("references")).toArray();
    QCOMPARE(refs.size(), 1);
    const QJsonObject ref = refs.first().toObject();
    QCOMPARE(ref.value(QStringLiteral("type")).toString(), QStringLiteral("mention"));
    QCOMPARE(ref.value(QStringLiteral("begin")).toInt(), 3);
    QCOMPARE(ref.value(QStringLiteral("end")).toInt(), 6);
    QCOMPARE(ref.value(QStringLiteral("text")).toString(), QStringLiteral("Bot"));
    QCOMPARE(
        ref.value(QStringLiteral("uri")).toString(), QStringLiteral("xmpp:%1/Bot").arg(group.room));
    QVERIFY2(bot.finish(), qPrintable(bot.diagnostics()));
}

void TestMentions::mutedGroupNotifiesForAReplyToUs()
{
    auto erin = signIn(QStringLiteral("erin"));
    QVERIFY(erin);
    const QString botJid = m_server.createAccount(QStringLiteral("replier"), Password);
    const GroupResult created = await(erin->groups()->create(QStringLiteral("Wine"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    const Group group = erin->groups()->group(created.chatId);
    const QStringList args = Test::mucBotArguments(
        m_server, m_dir.path(), botJid, Password, group.room, QStringLiteral("Bot"));
    QVERIFY(!args.isEmpty());
    Test::PythonBot bot(QStringLiteral("muc_bot.py"), args);
    QVERIFY2(!bot.waitFor(QStringLiteral("ready")).isEmpty(), qPrintable(bot.diagnostics()));
    RecordingNotifier notifier;
    erin->notifications()->setNotifier(&notifier);
    erin->mutes()->mute(created.chatId, MuteService::Duration::Always);

    const QString question = QStringLiteral("who brings wine?");
    QVERIFY(!await(erin->messaging()->send(group.room, question)).isEmpty());
    const QJsonObject botHeard = bot.waitFor(QStringLiteral("message"),
        [&](const QJsonObject &m) { return m.value(QStringLiteral("body")) == question; });
    QVERIFY2(!botHeard.isEmpty(), qPrintable(bot.diagnostics()));
    QVERIFY(bot.send({ { QStringLiteral("cmd"), QStringLiteral("say") },
        { QStringLiteral("body"), QStringLiteral("I have a red") },
        { QStringLiteral("id"), QStringLiteral("bot-s1") } }));
    const QJsonObject said = bot.waitFor(QStringLiteral("reflected"));
    QVERIFY2(!said.isEmpty(), qPrintable(bot.diagnostics()));
    const auto reply = [&](const QString &id, const QString &body, const QString &quote,
                           const QJsonObject &original, const QString &author) {
        return bot.send(
            { { QStringLiteral("cmd"), QStringLiteral("reply") }, { QStringLiteral("id"), id },
                { QStringLiteral("body"), body }, { QStringLiteral("quote"), quote },
                { QStringLiteral("reply_id"), original.value(QStringLiteral("stanza_id")) },
                { QStringLiteral("reply_to"), QString(group.room + u'/' + author) } });
    };

    // The bot answers itself: a reply, but not to us, so the mute holds.
    QVERIFY(reply(QStringLiteral("bot-r1"), QStringLiteral("and a white"),
        QStringLiteral("> Bot: I have a red\n"), said, QStringLiteral("Bot")));
    const Message toItself = stored(*erin, group.room, QStringLiteral("and a white"));
    QVERIFY2(toItself.id != 0, qPrintable(bot.diagnostics()));
    QVERIFY(toItself.replyToId != 0);
    // The bot answers Erin's question: that gets through, as a mention would.
    QVERIFY(reply(QStringLiteral("bot-r2"), QStringLiteral("me!"),
        QStringLiteral("> %1: %2\n").arg(group.nick, question), botHeard, group.nick));
    const Message toErin = stored(*erin, group.room, QStringLiteral("me!"));
    QVERIFY2(toErin.id != 0, qPrintable(bot.diagnostics()));
    QVERIFY(!toErin.mentionsUs());
    QTRY_COMPARE_WITH_TIMEOUT(int(notifier.shown.size()), 1, NetworkMs);
    QCOMPARE(notifier.shown.first().body, QStringLiteral("Bot: me!"));
    erin->notifications()->setNotifier(nullptr);
    QVERIFY2(bot.finish(), qPrintable(bot.diagnostics()));
}

QTEST_GUILESS_MAIN(TestMentions)
#include "tst_mentions.moc"
