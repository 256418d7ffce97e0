// Message replies (XEP-0461) against a real ejabberd: Natter to Natter one-to-one and in a
// group, and with a client that is not ours (the slixmpp bot), whose fallback quote (XEP-0428)
// must not show; a reply without a fallback, or from a client without replies, keeps its text;
// a reply that comes before its original is tied to it when the original arrives; hostile
// fallback ranges change nothing outside the body.
#include "AccountSession.h"
#include "ChatStore.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "PythonBot.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Natter;
using Test::await;
using Test::TestAccounts;

namespace {
const QString Password = QStringLiteral("replies-Passw0rd");
constexpr int NetworkMs = 20000;

// The newest stored message of account's chat with peer that match accepts, once there.
Message storedIn(
    AccountSession &account, const QString &peer, const std::function<bool(const Message &)> &match)
{
    Message found;
    (void)QTest::qWaitFor(
        [&] {
            for (const Chat &chat : await(account.history()->chats().chats(account.accountId()))) {
                if (chat.peer != peer)
                    continue;
                for (const Message &m : await(account.history()->messages().newest(chat.id, 100)))
                    if (match(m))
                        found = m;
            }
            return found.id != 0;
        },
        NetworkMs);
    return found;
}

Message withBody(AccountSession &account, const QString &peer, const QString &body)
{
    return storedIn(account, peer, [&](const Message &m) { return m.body == body; });
}

// A fallback range as the bot sends it: the attributes' text, whatever it is.
QJsonArray range(const char *start, const char *end)
{
    return { QString::fromLatin1(start), QString::fromLatin1(end) };
}

QJsonObject replyCommand(const QString &id, const QString &body, const QString &quote,
    const QString &replyId, const QString &chat = {})
{
    QJsonObject c { { QStringLiteral("cmd"), QStringLiteral("reply") },
        { QStringLiteral("id"), id }, { QStringLiteral("body"), body },
        { QStringLiteral("quote"), quote } };
    if (!replyId.isEmpty())
        c.insert(QStringLiteral("reply_id"), replyId);
    else
        c.insert(QStringLiteral("no_reply"), true);
    if (!chat.isEmpty())
        c.insert(QStringLiteral("chat"), chat);
    return c;
}
} // namespace

class TestReplies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void oneToOneBetweenNatters();
    void groupBetweenNattersAndTheBot();
    void botRepliesOneToOne();
    void replyBeforeItsOriginal();
    void hostileFallbackRanges();

private:
    std::unique_ptr<Test::PythonBot> startBot(const QString &botJid, const QString &room)
    {
        const QStringList args = Test::mucBotArguments(
            m_server, m_dir.path(), botJid, Password, room, QStringLiteral("Bot"));
        if (args.isEmpty())
            return {};
        auto bot = std::make_unique<Test::PythonBot>(QStringLiteral("muc_bot.py"), args);
        if (bot->waitFor(QStringLiteral("ready")).isEmpty()) {
            qWarning() << bot->diagnostics();
            return {};
        }
        return bot;
    }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    TestAccounts m_accounts { m_server, m_dir.path(), Password };
};

void TestReplies::oneToOneBetweenNatters()
{
    auto alice = m_accounts.person(QStringLiteral("alice"));
    auto bob = m_accounts.person(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    QVERIFY(TestAccounts::befriend(*alice, *bob));
    const QString a = m_accounts.jidOf(QStringLiteral("alice"));
    const QString b = m_accounts.jidOf(QStringLiteral("bob"));
    // Bob's phone: his own reply reaches it as a carbon.
    auto phone = m_accounts.signIn(QStringLiteral("bob-phone"), b);
    QVERIFY(phone);

    const QList<Message> asked
        = await(alice->messaging()->send(b, QStringLiteral("lunch at noon?")));
    QCOMPARE(asked.size(), 1);
    const Message heard = withBody(*bob, a, QStringLiteral("lunch at noon?"));
    QVERIFY(heard.id != 0);

    const QList<Message> answer
        = await(bob->messaging()->send(a, QStringLiteral("yes, see you"), heard.id));
    QCOMPARE(answer.size(), 1);
    QCOMPARE(answer.first().replyToId, heard.id);
    QCOMPARE(answer.first().replyRef, asked.first().originId);
    QCOMPARE(answer.first().body, QStringLiteral("yes, see you")); // the quote is not ours to show

    // Alice sees only the answer, tied to her question.
    const Message got = withBody(*alice, b, QStringLiteral("yes, see you"));
    QVERIFY(got.id != 0);
    QCOMPARE(got.replyToId, asked.first().id);
    QCOMPARE(got.replyRef, asked.first().originId);
    QCOMPARE(got.replyAuthor, a);

    const Message onPhone = withBody(*phone, a, QStringLiteral("yes, see you"));
    QVERIFY(onPhone.id != 0);
    QCOMPARE(onPhone.direction, Direction::Outgoing);
    QCOMPARE(onPhone.replyToId, withBody(*phone, a, QStringLiteral("lunch at noon?")).id);
}

void TestReplies::groupBetweenNattersAndTheBot()
{
    auto carol = m_accounts.person(QStringLiteral("carol"));
    auto dave = m_accounts.person(QStringLiteral("dave"));
    QVERIFY(carol && dave);
    QVERIFY(TestAccounts::befriend(*carol, *dave));
    const QString botJid = m_server.createAccount(QStringLiteral("replybot"), Password);
    const GroupResult created
        = await(carol->groups()->create(QStringLiteral("Pizza"), { dave->jid(), botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    const QString room = carol->groups()->group(created.chatId).room;
    QTRY_VERIFY_WITH_TIMEOUT(!dave->groups()->invitations().isEmpty(), NetworkMs);
    QSignalSpy joined(dave->groups(), &GroupService::joinFinished);
    dave->groups()->acceptInvitation(room);
    QVERIFY(joined.wait(NetworkMs));
    QVERIFY(TestAccounts::isGroupReady(*dave, room));
    auto bot = startBot(botJid, room);
    QVERIFY(bot);
    const QString carolNick = carol->groups()->groupFor(room).nick;

    const QList<Message> asked = await(carol->messaging()->send(room, QStringLiteral("pizza?")));
    QCOMPARE(asked.size(), 1);
    const Message heard = storedIn(*dave, room, [](const Message &m) {
        return m.body == QStringLiteral("pizza?") && !m.stanzaId.isEmpty();
    });
    QVERIFY(heard.id != 0);
    const QJsonObject botHeard = bot->waitFor(QStringLiteral("message"), [](const QJsonObject &m) {
        return m.value(QStringLiteral("body")) == QStringLiteral("pizza?");
    });
    QVERIFY2(!botHeard.isEmpty(), qPrintable(bot->diagnostics()));
    const QString roomStanzaId = botHeard.value(QStringLiteral("stanza_id")).toString();
    QCOMPARE(heard.stanzaId, roomStanzaId);

    // Dave answers: the room's stanza-id and Carol's occupant JID, with a quote for others.
    QVERIFY(!await(dave->messaging()->send(room, QStringLiteral("always"), heard.id)).isEmpty());
    const QJsonObject botGot = bot->waitFor(QStringLiteral("message"),
        [](const QJsonObject &m) { return !m.value(QStringLiteral("reply")).isNull(); });
    QVERIFY2(!botGot.isEmpty(), qPrintable(bot->diagnostics()));
    const QJsonObject reply = botGot.value(QStringLiteral("reply")).toObject();
    QCOMPARE(reply.value(QStringLiteral("id")).toString(), roomStanzaId);
    QCOMPARE(reply.value(QStringLiteral("to")).toString(), room + u'/' + carolNick);
    const QString wire = botGot.value(QStringLiteral("body")).toString();
    QVERIFY2(wire.startsWith(QStringLiteral("> %1: pizza?\n").arg(carolNick)), qPrintable(wire));
    QVERIFY(wire.endsWith(QStringLiteral("always")));
    const QJsonArray range = reply.value(QStringLiteral("fallback")).toArray().first().toArray();
    QCOMPARE(range.at(0).toInt(), 0);
    QCOMPARE(range.at(1).toInt(), int(wire.size() - QStringLiteral("always").size()));
    // Carol sees the answer alone, tied to her message.
    const Message carolGot = withBody(*carol, room, QStringLiteral("always"));
    QVERIFY(carolGot.id != 0);
    QCOMPARE(carolGot.replyToId, asked.first().id);

    // The bot answers Dave's message with a quote marked as fallback: the quote is hidden.
    // Dave's own copy learns the room's stanza-id when the room's reflection comes back.
    const Message daves = storedIn(*dave, room, [](const Message &m) {
        return m.body == QStringLiteral("always") && !m.stanzaId.isEmpty();
    });
    QVERIFY(!daves.stanzaId.isEmpty());
    QVERIFY(bot->send(replyCommand(QStringLiteral("bot-r1"), QStringLiteral("agreed"),
        QStringLiteral("> Dave: always\n"), daves.stanzaId)));
    const Message fromBot = storedIn(*dave, room,
        [](const Message &m) { return !m.replyRef.isEmpty() && m.sender == QLatin1String("Bot"); });
    QVERIFY2(fromBot.id != 0, qPrintable(bot->diagnostics()));
    QCOMPARE(fromBot.body, QStringLiteral("agreed"));
    QCOMPARE(fromBot.replyToId, daves.id);

    // A new device of Dave's reads the room's archive: the same, quote hidden and tied.
    auto laptop = m_accounts.signIn(QStringLiteral("dave-laptop"), dave->jid());
    QVERIFY(laptop);
    const Message archived = storedIn(*laptop, room, [](const Message &m) {
        return m.body == QStringLiteral("agreed") && !m.replyRef.isEmpty();
    });
    QVERIFY(archived.id != 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        await(laptop->history()->messages().message(archived.id)).replyToId != 0, NetworkMs);
    QVERIFY2(bot->finish(), qPrintable(bot->diagnostics()));
}

void TestReplies::botRepliesOneToOne()
{
    auto erin = m_accounts.person(QStringLiteral("erin"));
    QVERIFY(erin);
    const QString erinJid = m_accounts.jidOf(QStringLiteral("erin"));
    const QString botJid = m_server.createAccount(QStringLiteral("chatbot"), Password);
    const GroupResult created = await(erin->groups()->create(QStringLiteral("Bots"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    auto bot = startBot(botJid, erin->groups()->group(created.chatId).room);
    QVERIFY(bot);

    // Erin writes to the bot; the bot answers by the message's id with a marked quote.
    const QList<Message> asked = await(erin->messaging()->send(botJid, QStringLiteral("ping")));
    QCOMPARE(asked.size(), 1);
    QVERIFY(!bot->waitFor(QStringLiteral("reply_chat")).isEmpty());
    QVERIFY(bot->send(replyCommand(QStringLiteral("bot-c1"), QStringLiteral("pong"),
        QStringLiteral("> Erin: ping\n"), asked.first().originId, erinJid)));
    const Message pong = withBody(*erin, botJid, QStringLiteral("pong"));
    QVERIFY2(pong.id != 0, qPrintable(bot->diagnostics()));
    QCOMPARE(pong.replyToId, asked.first().id);

    // A new device of Erin's gets both from her archive (XEP-0313): the quote hidden, tied.
    auto laptop = m_accounts.signIn(QStringLiteral("erin-laptop"), erinJid);
    QVERIFY(laptop);
    const Message archived = withBody(*laptop, botJid, QStringLiteral("pong"));
    QVERIFY(archived.id != 0);
    QCOMPARE(archived.replyRef, asked.first().originId);
    QTRY_COMPARE_WITH_TIMEOUT(await(laptop->history()->messages().message(archived.id)).replyToId,
        withBody(*laptop, botJid, QStringLiteral("ping")).id, NetworkMs);

    // A reply without a fallback keeps its whole body.
    QJsonObject bare = replyCommand(QStringLiteral("bot-c2"), QStringLiteral("> Erin: ping\nagain"),
        QString(), asked.first().originId, erinJid);
    bare.insert(QStringLiteral("ranges"), QJsonArray());
    QVERIFY(bot->send(bare));
    const Message kept = withBody(*erin, botJid, QStringLiteral("> Erin: ping\nagain"));
    QVERIFY(kept.id != 0);
    QCOMPARE(kept.replyToId, asked.first().id);

    // A client without replies quotes by hand: the quote is its text, shown as sent.
    QVERIFY(bot->send(replyCommand(QStringLiteral("bot-c3"), QStringLiteral("old style"),
        QStringLiteral("> Erin: ping\n"), QString(), erinJid)));
    const Message oldStyle = withBody(*erin, botJid, QStringLiteral("> Erin: ping\nold style"));
    QVERIFY(oldStyle.id != 0);
    QVERIFY(oldStyle.replyRef.isEmpty());
    QCOMPARE(oldStyle.replyToId, 0);

    // Natter's reply to the bot, one-to-one: the bot sees the reply and its marked quote.
    QVERIFY(!await(erin->messaging()->send(botJid, QStringLiteral("ok"), pong.id)).isEmpty());
    const QJsonObject got = bot->waitFor(QStringLiteral("reply_chat"),
        [](const QJsonObject &m) { return !m.value(QStringLiteral("reply")).isNull(); });
    QVERIFY2(!got.isEmpty(), qPrintable(bot->diagnostics()));
    QCOMPARE(got.value(QStringLiteral("reply")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("bot-c1"));
    QVERIFY(got.value(QStringLiteral("body")).toString().endsWith(QStringLiteral("\nok")));
    QVERIFY2(bot->finish(), qPrintable(bot->diagnostics()));
}

void TestReplies::replyBeforeItsOriginal()
{
    auto frank = m_accounts.person(QStringLiteral("frank"));
    QVERIFY(frank);
    const QString frankJid = m_accounts.jidOf(QStringLiteral("frank"));
    const QString botJid = m_server.createAccount(QStringLiteral("latebot"), Password);
    const GroupResult created = await(frank->groups()->create(QStringLiteral("Late"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    auto bot = startBot(botJid, frank->groups()->group(created.chatId).room);
    QVERIFY(bot);

    QVERIFY(bot->send(replyCommand(QStringLiteral("late-r"), QStringLiteral("as I said"),
        QStringLiteral("> Bot: the plan\n"), QStringLiteral("late-o"), frankJid)));
    const Message early = withBody(*frank, botJid, QStringLiteral("as I said"));
    QVERIFY2(early.id != 0, qPrintable(bot->diagnostics()));
    QCOMPARE(early.replyToId, 0);
    QCOMPARE(early.replyRef, QStringLiteral("late-o"));

    QJsonObject original = replyCommand(
        QStringLiteral("late-o"), QStringLiteral("the plan"), QString(), QString(), frankJid);
    original.insert(QStringLiteral("ranges"), QJsonArray());
    QVERIFY(bot->send(original));
    const Message plan = withBody(*frank, botJid, QStringLiteral("the plan"));
    QVERIFY(plan.id != 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        await(frank->history()->messages().message(early.id)).replyToId, plan.id, NetworkMs);
    QVERIFY2(bot->finish(), qPrintable(bot->diagnostics()));
}

void TestReplies::hostileFallbackRanges()
{
    auto grace = m_accounts.person(QStringLiteral("grace"));
    QVERIFY(grace);
    const QString graceJid = m_accounts.jidOf(QStringLiteral("grace"));
    const QString botJid = m_server.createAccount(QStringLiteral("evilbot"), Password);
    const GroupResult created = await(grace->groups()->create(QStringLiteral("Evil"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    auto bot = startBot(botJid, grace->groups()->group(created.chatId).room);
    QVERIFY(bot);

    const struct
    {
        const char *id;
        QJsonArray ranges;
        QString expected;
    } cases[] = {
        // The end past the body: the rest of the body goes, nothing beyond it.
        { "h1", QJsonArray { range("4", "4000000000") }, QStringLiteral("> q\n") },
        { "h2", QJsonArray { range("500", "900") }, QStringLiteral("> q\nh2 text") },
        { "h3", QJsonArray { range("6", "2") }, QStringLiteral("> q\nh3 text") },
        // Overlapping ranges cut each character once.
        { "h4", QJsonArray { range("0", "6"), range("2", "8") }, QStringLiteral("ext") },
    };
    for (const auto &c : cases) {
        QJsonObject command = replyCommand(QString::fromLatin1(c.id),
            QStringLiteral("%1 text").arg(QLatin1String(c.id)), QStringLiteral("> q\n"),
            QStringLiteral("nowhere"), graceJid);
        command.insert(QStringLiteral("ranges"), c.ranges);
        QVERIFY(bot->send(command));
        const Message m = storedIn(
            *grace, botJid, [&](const Message &s) { return s.messageId == QLatin1String(c.id); });
        QVERIFY2(m.id != 0, c.id);
        QCOMPARE(m.body, c.expected);
        QCOMPARE(m.replyRef, QStringLiteral("nowhere"));
    }
    QVERIFY2(bot->finish(), qPrintable(bot->diagnostics()));
}

QTEST_GUILESS_MAIN(TestReplies)
#include "tst_replies.moc"
