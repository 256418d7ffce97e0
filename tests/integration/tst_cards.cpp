// Location and contact cards (issue 19) against a real ejabberd: Natter to Natter through the
// composer, and from a client that is not ours (the slixmpp bot), which sends a location as
// Conversations does: the body "geo:lat,lon", in newer versions the same as an out-of-band URL.
// A hostile geo: body stays text; what Natter sends reads as a link in a client without cards.
#include "AccountSession.h"
#include "ChatComposer.h"
#include "ChatListModel.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "PythonBot.h"
#include "SearchStore.h"
#include "SharedCard.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Natter;
using Test::await;
using Test::TestAccounts;

namespace {
const QString Password = QStringLiteral("cards-Passw0rd");
constexpr int NetworkMs = 20000;

// The newest stored message of account's chat with peer whose body is body; id 0 when none.
Message withBody(AccountSession &account, const QString &peer, const QString &body)
{
    Message found;
    (void)QTest::qWaitFor(
        [&] {
            for (const Chat &chat : await(account.history()->chats().chats(account.accountId()))) {
                if (chat.peer != peer)
                    continue;
                for (const Message &m : await(account.history()->messages().newest(chat.id, 50)))
                    if (m.body == body)
                        found = m;
            }
            return found.id != 0;
        },
        NetworkMs);
    return found;
}

// The chat list's preview line of account's chat with peer.
QString previewOf(ChatListModel &chats, const QString &peer)
{
    for (int row = 0; row < chats.rowCount(); ++row) {
        const QModelIndex index = chats.index(row);
        if (index.data(ChatListModel::PeerRole).toString() == peer)
            return index.data(ChatListModel::PreviewRole).toString();
    }
    return {};
}

SharedCard::Kind cardOf(const QString &body)
{
    SharedCard card;
    card.setBody(body);
    return card.kind();
}
} // namespace

class TestCards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void natterToNatter();
    void fromConversations();

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

// Alice shares a place and a contact from the composer; Bob's Natter shows both as cards, his
// chat list says what they are, and search finds the place by its name.
void TestCards::natterToNatter()
{
    auto alice = m_accounts.person(QStringLiteral("alice"));
    auto bob = m_accounts.person(QStringLiteral("bob"));
    auto carol = m_accounts.person(QStringLiteral("carol"));
    QVERIFY(alice && bob && carol);
    QVERIFY(TestAccounts::befriend(*alice, *bob));
    QVERIFY(TestAccounts::befriend(*alice, *carol));
    const QString a = m_accounts.jidOf(QStringLiteral("alice"));
    const QString b = m_accounts.jidOf(QStringLiteral("bob"));
    const QString c = m_accounts.jidOf(QStringLiteral("carol"));
    ChatListModel bobChats;
    bobChats.setSession(bob.get());

    ChatComposer composer;
    composer.setSession(alice.get());
    composer.setPeer(b);
    // Something that is no card is refused, and nothing leaves.
    QVERIFY(!composer.sendCard(QStringLiteral("geo:91,0")));
    QVERIFY(!composer.sendCard(QStringLiteral("hello geo:1,2")));
    QVERIFY(!composer.sendContact(QStringLiteral("example.org"), {}));

    const QString place
        = QStringLiteral("geo:52.5163,13.3777?q=52.5163,13.3777(Brandenburger+Tor)");
    QVERIFY(composer.sendCard(place));
    const Message located = withBody(*bob, a, place);
    QVERIFY(located.id != 0);
    QVERIFY(located.attachments.isEmpty());
    SharedCard card;
    card.setBody(located.body);
    QCOMPARE(card.kind(), SharedCard::Kind::Location);
    QCOMPARE(card.label(), QStringLiteral("Brandenburger Tor"));
    QCOMPARE(
        card.accessibleName(), QStringLiteral("Location: Brandenburger Tor, 52.52° N, 13.38° E"));
    QTRY_COMPARE_WITH_TIMEOUT(
        previewOf(bobChats, a), QStringLiteral("📍 Location: Brandenburger Tor"), NetworkMs);
    const QList<SearchHit> hits = await(bob->history()->search().search(QStringLiteral("Tor")));
    QVERIFY(std::any_of(hits.cbegin(), hits.cend(),
        [&](const SearchHit &hit) { return hit.message.id == located.id; }));

    QVERIFY(composer.sendContact(c, QStringLiteral("Carol")));
    const QString contact = QStringLiteral("xmpp:%1?roster;name=Carol").arg(c);
    const Message shared = withBody(*bob, a, contact);
    QVERIFY2(shared.id != 0, qPrintable(contact));
    card.setBody(shared.body);
    QCOMPARE(card.kind(), SharedCard::Kind::Contact);
    QCOMPARE(card.jid(), c);
    QCOMPARE(card.name(), QStringLiteral("Carol"));
    QCOMPARE(card.accessibleName(), QStringLiteral("Contact: Carol, %1").arg(c));
    QTRY_COMPARE_WITH_TIMEOUT(
        previewOf(bobChats, a), QStringLiteral("👤 Contact: Carol"), NetworkMs);
    const QList<SearchHit> byName = await(bob->history()->search().search(QStringLiteral("Carol")));
    QVERIFY(std::any_of(byName.cbegin(), byName.cend(),
        [&](const SearchHit &hit) { return hit.message.id == shared.id; }));
}

// The bot sends locations as Conversations does, old and new; Natter shows cards. A hostile
// body stays text. What Natter sends reaches the bot as the bare URI, a link it can show.
void TestCards::fromConversations()
{
    auto erin = m_accounts.person(QStringLiteral("erin"));
    QVERIFY(erin);
    const QString erinJid = m_accounts.jidOf(QStringLiteral("erin"));
    const QString botJid = m_server.createAccount(QStringLiteral("cardbot"), Password);
    const GroupResult created = await(erin->groups()->create(QStringLiteral("Bots"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    auto bot = startBot(botJid, erin->groups()->group(created.chatId).room);
    QVERIFY(bot);

    // Conversations before OOB: the body alone.
    const QString plain = QStringLiteral("geo:52.5200,13.4050");
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("edit_chat") },
        { QStringLiteral("to"), erinJid }, { QStringLiteral("body"), plain },
        { QStringLiteral("id"), QStringLiteral("geo-1") } }));
    const Message first = withBody(*erin, botJid, plain);
    QVERIFY2(first.id != 0, qPrintable(bot->diagnostics()));
    SharedCard card;
    card.setBody(first.body);
    QCOMPARE(card.kind(), SharedCard::Kind::Location);
    QCOMPARE(card.accessibleName(), QStringLiteral("Location: 52.52° N, 13.40° E"));

    // Newer Conversations: the same URI as an out-of-band URL too. It is no file to fetch.
    const QString withOob = QStringLiteral("geo:48.8584,2.2945");
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("delete-direct") },
        { QStringLiteral("to"), erinJid }, { QStringLiteral("body"), withOob },
        { QStringLiteral("url"), withOob }, { QStringLiteral("id"), QStringLiteral("geo-2") } }));
    const Message second = withBody(*erin, botJid, withOob);
    QVERIFY2(second.id != 0, qPrintable(bot->diagnostics()));
    QVERIFY(second.attachments.isEmpty());
    QCOMPARE(cardOf(second.body), SharedCard::Kind::Location);

    // Hostile: out of range, another planet, a sentence. Each stays the text it came as.
    const QStringList hostile { QStringLiteral("geo:123.0,13.4050"),
        QStringLiteral("geo:52.52,13.40;crs=moon-2011"),
        QStringLiteral("geo:52.52,13.40 is where the party is"),
        QStringLiteral("geo:1") + QString(700, u'0') + QStringLiteral(",2") };
    int n = 0;
    for (const QString &body : hostile) {
        QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("edit_chat") },
            { QStringLiteral("to"), erinJid }, { QStringLiteral("body"), body },
            { QStringLiteral("id"), QStringLiteral("hostile-%1").arg(++n) } }));
        const Message stored = withBody(*erin, botJid, body);
        QVERIFY2(stored.id != 0, qPrintable(body.left(40)));
        QCOMPARE(cardOf(stored.body), SharedCard::Kind::None);
    }

    // Ours, as a client without cards sees it: one link, nothing else.
    ChatComposer composer;
    composer.setSession(erin.get());
    composer.setPeer(botJid);
    QVERIFY(composer.sendCard(QStringLiteral("geo:52.52,13.405")));
    const QJsonObject heard = bot->waitFor(QStringLiteral("reply_chat"));
    QVERIFY2(!heard.isEmpty(), qPrintable(bot->diagnostics()));
    QCOMPARE(heard.value(QStringLiteral("body")).toString(), QStringLiteral("geo:52.52,13.405"));
    QVERIFY(composer.sendContact(erinJid, QStringLiteral("Erin E.")));
    const QJsonObject contact = bot->waitFor(QStringLiteral("reply_chat"));
    QCOMPARE(contact.value(QStringLiteral("body")).toString(),
        QStringLiteral("xmpp:%1?roster;name=Erin%20E.").arg(erinJid));
    QVERIFY(bot->finish());
}

QTEST_MAIN(TestCards)
#include "tst_cards.moc"
