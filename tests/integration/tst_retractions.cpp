// Delete for everyone and delete for me against a real ejabberd (issue 19): Natter to Natter one
// to one and in a group, and with a client that is not ours (the slixmpp bot, both XEP-0424
// forms); forged retractions change nothing; a retraction that comes before its original in a
// catch-up still lands; a deleted file leaves the disk; delete for me, Undo, and a restart.
#include "AccountSession.h"
#include "ChatStore.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "ProfilePaths.h"
#include "PythonBot.h"
#include "RawStanza.h"
#include "RetractionStore.h"
#include "Retractions.h"
#include "SearchStore.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppTask.h>

#include <memory>

using namespace Natter;
using Test::await;
using Test::TestAccounts;

namespace {
const QString Password = QStringLiteral("retract-Passw0rd");
constexpr int NetworkMs = 20000;

qint64 chatWith(AccountSession &account, const QString &peer)
{
    return await(account.history()->chats().ensureChat(account.accountId(), peer));
}

// The chat's message with body (or, when body is empty, that has id as origin-id or stanza-id);
// waits for it to be stored.
Message stored(AccountSession &account, qint64 chatId, const QString &body, const QString &id = {})
{
    Message found;
    (void)QTest::qWaitFor(
        [&] {
            for (const Message &m : await(account.history()->messages().newest(chatId, 400))) {
                if ((!body.isEmpty() && m.body == body)
                    || (!id.isEmpty() && (m.originId == id || m.stanzaId == id)))
                    found = m;
            }
            return found.id != 0;
        },
        NetworkMs);
    return found;
}

bool becomesRetracted(AccountSession &account, qint64 messageId)
{
    return QTest::qWaitFor(
        [&] { return await(account.history()->messages().message(messageId)).retracted; },
        NetworkMs);
}

int hits(AccountSession &account, const QString &text)
{
    return int(await(account.history()->search().search(text)).size());
}

QString sid(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestRetractions : public QObject
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
    void groupBetweenNatters();
    void botRetractsInAGroup();
    void botRetractsOneToOneAndItsFileGoes();
    void retractionBeforeItsOriginalInCatchUp();
    void moderationWhenTheServerOffersIt();
    void deleteForMeUndoAndRestart();
    void ourRetractionFromAnotherDevice();
    void offlineRetractionWaitsAndGoesOnce();

private:
    std::unique_ptr<AccountSession> signIn(const QString &name) { return m_accounts.person(name); }
    std::unique_ptr<Test::PythonBot> startBot(const QString &jid, const QString &room)
    {
        auto bot = std::make_unique<Test::PythonBot>(QStringLiteral("muc_bot.py"),
            Test::mucBotArguments(
                m_server, m_dir.path(), jid, Password, room, QStringLiteral("Bot")));
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

void TestRetractions::oneToOneBetweenNatters()
{
    auto alice = signIn(QStringLiteral("alice1"));
    auto bob = signIn(QStringLiteral("bob1"));
    auto carol = signIn(QStringLiteral("carol1"));
    QVERIFY(alice && bob && carol);
    QVERIFY(TestAccounts::befriend(*alice, *bob));
    QVERIFY(TestAccounts::befriend(*carol, *bob));
    const QString bobJid = m_accounts.jidOf(QStringLiteral("bob1"));
    const QString aliceJid = m_accounts.jidOf(QStringLiteral("alice1"));

    const QString text = QStringLiteral("meet me at the zeppelin hangar");
    const QList<Message> sent = await(alice->messaging()->send(bobJid, text));
    QCOMPARE(sent.size(), 1);
    const Message heard = stored(*bob, chatWith(*bob, aliceJid), text);
    QVERIFY(heard.id != 0);
    QCOMPARE(hits(*bob, QStringLiteral("zeppelin")), 1);

    // Carol names Alice's message: it is not hers, nothing changes. Her next message proves
    // that Bob has read the forgery by then.
    QVERIFY(Test::sendRawStanza(*carol->session(),
        QStringLiteral("<message type='chat' to='%1' id='f1'><retract id='%2' "
                       "xmlns='urn:xmpp:message-retract:1'/><body>fallback</body></message>")
            .arg(bobJid, heard.originId)));
    QVERIFY(
        !await(carol->messaging()->send(bobJid, QStringLiteral("after the forgery"))).isEmpty());
    QVERIFY(stored(*bob, chatWith(*bob, m_accounts.jidOf(QStringLiteral("carol1"))),
                QStringLiteral("after the forgery"))
                .id
        != 0);
    QVERIFY(!await(bob->history()->messages().message(heard.id)).retracted);
    // The fallback body was never stored as a message of its own.
    QVERIFY(stored(*bob, chatWith(*bob, m_accounts.jidOf(QStringLiteral("carol1"))),
                QStringLiteral("fallback"))
                .id
        == 0);

    // Alice deletes it for everyone: gone on both sides, and out of both searches.
    QTRY_VERIFY_WITH_TIMEOUT(
        await(alice->history()->messages().message(sent.first().id)).deliveryState
            != DeliveryState::Pending,
        NetworkMs);
    QVERIFY(await(alice->retractions()->retract(sent.first().id)));
    QVERIFY(await(alice->history()->messages().message(sent.first().id)).retracted);
    QVERIFY(becomesRetracted(*bob, heard.id));
    const Message gone = await(bob->history()->messages().message(heard.id));
    QVERIFY(gone.body.isEmpty());
    QCOMPARE(hits(*bob, QStringLiteral("zeppelin")), 0);
    QCOMPARE(hits(*alice, QStringLiteral("zeppelin")), 0);
    // Once is enough: a second try is refused.
    QVERIFY(!await(alice->retractions()->retract(sent.first().id)));
}

void TestRetractions::groupBetweenNatters()
{
    auto alice = signIn(QStringLiteral("alice2"));
    auto bob = signIn(QStringLiteral("bob2"));
    auto carol = signIn(QStringLiteral("carol2"));
    QVERIFY(alice && bob && carol);
    const QString room = TestAccounts::createGroup(*alice, { bob.get(), carol.get() });
    QVERIFY(!room.isEmpty());
    const qint64 aliceChat = alice->groups()->groupFor(room).chatId;
    const qint64 bobChat = bob->groups()->groupFor(room).chatId;
    const qint64 carolChat = carol->groups()->groupFor(room).chatId;

    const QString text = QStringLiteral("the quokka password is swordfish");
    QVERIFY(!await(alice->messaging()->send(room, text)).isEmpty());
    const Message ours = stored(*alice, aliceChat, text);
    const Message bobs = stored(*bob, bobChat, text);
    const Message carols = stored(*carol, carolChat, text);
    QVERIFY(bobs.id != 0 && carols.id != 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        !await(alice->history()->messages().message(ours.id)).stanzaId.isEmpty(), NetworkMs);

    // Bob names Alice's message in the room: another occupant's retraction changes nothing.
    QVERIFY(Test::sendRawStanza(*bob->session(),
        QStringLiteral("<message type='groupchat' to='%1' id='f2'><retract id='%2' "
                       "xmlns='urn:xmpp:message-retract:1'/><body>fallback</body></message>")
            .arg(room, carols.stanzaId)));
    QVERIFY(!await(bob->messaging()->send(room, QStringLiteral("bob after forging"))).isEmpty());
    QVERIFY(stored(*carol, carolChat, QStringLiteral("bob after forging")).id != 0);
    QVERIFY(!await(carol->history()->messages().message(carols.id)).retracted);
    QVERIFY(stored(*carol, carolChat, QStringLiteral("fallback")).id == 0);

    QVERIFY(await(alice->retractions()->retract(ours.id)));
    QVERIFY(becomesRetracted(*bob, bobs.id));
    QVERIFY(becomesRetracted(*carol, carols.id));
    QCOMPARE(hits(*carol, QStringLiteral("quokka")), 0);
}

void TestRetractions::botRetractsInAGroup()
{
    auto carol = signIn(QStringLiteral("carol3"));
    QVERIFY(carol);
    const QString botJid = m_server.createAccount(QStringLiteral("bot3"), Password);
    const GroupResult created = await(carol->groups()->create(QStringLiteral("Bots"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    const QString room = carol->groups()->group(created.chatId).room;
    auto bot = startBot(botJid, room);
    QVERIFY(bot);
    QTRY_COMPARE_WITH_TIMEOUT(carol->groups()->participants(created.chatId).size(), 1, NetworkMs);

    // The current form, and the older one that Conversations and Gajim sent.
    for (const bool legacy : { false, true }) {
        const QString text = legacy ? QStringLiteral("ancient marmalade recipe")
                                    : QStringLiteral("secret flamingo recipe");
        const QString id = sid(QStringLiteral("bot-"));
        QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("say") },
            { QStringLiteral("body"), text }, { QStringLiteral("id"), id } }));
        const QJsonObject reflected = bot->waitFor(QStringLiteral("reflected"));
        const QString stanzaId = reflected.value(QStringLiteral("stanza_id")).toString();
        QVERIFY2(!stanzaId.isEmpty(), qPrintable(bot->diagnostics()));
        const Message heard = stored(*carol, created.chatId, text);
        QVERIFY(heard.id != 0);
        QCOMPARE(hits(*carol, text.section(u' ', 1, 1)), 1);
        QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("delete-retract") },
            { QStringLiteral("id"), stanzaId }, { QStringLiteral("legacy"), legacy } }));
        QVERIFY(becomesRetracted(*carol, heard.id));
        QCOMPARE(hits(*carol, text.section(u' ', 1, 1)), 0);
    }

    // The bot names Carol's message: not its own, nothing changes.
    const QString mine = QStringLiteral("carol keeps this one");
    QVERIFY(!await(carol->messaging()->send(room, mine)).isEmpty());
    const QJsonObject got = bot->waitFor(QStringLiteral("message"),
        [&mine](const QJsonObject &m) { return m.value(QStringLiteral("body")) == mine; });
    QVERIFY2(!got.isEmpty(), qPrintable(bot->diagnostics()));
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("delete-retract") },
        { QStringLiteral("id"), got.value(QStringLiteral("stanza_id")).toString() } }));
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("say") },
        { QStringLiteral("body"), QStringLiteral("bot after forging") },
        { QStringLiteral("id"), sid(QStringLiteral("bot-")) } }));
    QVERIFY(stored(*carol, created.chatId, QStringLiteral("bot after forging")).id != 0);
    const Message kept = stored(*carol, created.chatId, mine);
    QVERIFY(!kept.retracted);
    QCOMPARE(kept.body, mine);
    QVERIFY2(bot->finish(), qPrintable(bot->diagnostics()));
}

void TestRetractions::botRetractsOneToOneAndItsFileGoes()
{
    auto dave = signIn(QStringLiteral("dave4"));
    QVERIFY(dave);
    const QString daveJid = m_accounts.jidOf(QStringLiteral("dave4"));
    const QString botJid = m_server.createAccount(QStringLiteral("bot4"), Password);
    const GroupResult created = await(dave->groups()->create(QStringLiteral("Lobby"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    auto bot = startBot(botJid, dave->groups()->group(created.chatId).room);
    QVERIFY(bot);
    const qint64 chat = chatWith(*dave, botJid);

    // A photo: once downloaded, its file is in the media cache.
    const QString photoId = sid(QStringLiteral("photo-"));
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("delete-direct") },
        { QStringLiteral("to"), daveJid }, { QStringLiteral("id"), photoId },
        { QStringLiteral("body"), QStringLiteral("photo") },
        { QStringLiteral("url"), QStringLiteral("https://files.example.org/abc/beach.jpg") } }));
    const Message photo = stored(*dave, chat, {}, photoId);
    QVERIFY2(photo.id != 0, qPrintable(bot->diagnostics()));
    QCOMPARE(photo.attachments.size(), 1);
    const QString file
        = ProfilePaths(dave->profileDir()).mediaCache() + QStringLiteral("/beach.jpg");
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write("jpeg bytes") > 0);
    out.close();
    Attachment downloaded = photo.attachments.first();
    downloaded.localPath = file;
    downloaded.transfer = TransferState::Ready;
    QVERIFY(await(dave->history()->messages().updateAttachment(downloaded)));

    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("delete-direct-retract") },
        { QStringLiteral("to"), daveJid }, { QStringLiteral("id"), photoId } }));
    QVERIFY(becomesRetracted(*dave, photo.id));
    QVERIFY(await(dave->history()->messages().message(photo.id)).attachments.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(file), NetworkMs);

    // The older form one to one, and its text leaves the search.
    const QString textId = sid(QStringLiteral("text-"));
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("delete-direct") },
        { QStringLiteral("to"), daveJid }, { QStringLiteral("id"), textId },
        { QStringLiteral("body"), QStringLiteral("platypus invoice attached") } }));
    const Message text = stored(*dave, chat, {}, textId);
    QVERIFY(text.id != 0);
    QCOMPARE(hits(*dave, QStringLiteral("platypus")), 1);
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("delete-direct-retract") },
        { QStringLiteral("to"), daveJid }, { QStringLiteral("id"), textId },
        { QStringLiteral("legacy"), true } }));
    QVERIFY(becomesRetracted(*dave, text.id));
    QCOMPARE(hits(*dave, QStringLiteral("platypus")), 0);
    QVERIFY2(bot->finish(), qPrintable(bot->diagnostics()));
}

void TestRetractions::retractionBeforeItsOriginalInCatchUp()
{
    // A new machine reads the archive newest page first, then older pages: the retraction is
    // read before the message it names, which must still end up deleted.
    auto erin = signIn(QStringLiteral("erin5"));
    QVERIFY(erin);
    const QString erinJid = m_accounts.jidOf(QStringLiteral("erin5"));
    const QString botJid = m_server.createAccount(QStringLiteral("bot5"), Password);
    const GroupResult created = await(erin->groups()->create(QStringLiteral("Pages"), { botJid }));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    const QString room = erin->groups()->group(created.chatId).room;
    auto bot = startBot(botJid, room);
    QVERIFY(bot);
    QTRY_VERIFY_WITH_TIMEOUT(TestAccounts::isGroupReady(*erin, room), NetworkMs);
    erin.reset();
    QDir(m_dir.filePath(QStringLiteral("erin5"))).removeRecursively();

    const QString firstId = sid(QStringLiteral("first-"));
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("delete-direct") },
        { QStringLiteral("to"), erinJid }, { QStringLiteral("id"), firstId },
        { QStringLiteral("body"), QStringLiteral("wombat coordinates") } }));
    QVERIFY(!bot->waitFor(QStringLiteral("delete-sent")).isEmpty());
    constexpr int Filler = 300; // more than one archive page
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("delete-direct-flood") },
        { QStringLiteral("to"), erinJid }, { QStringLiteral("count"), Filler } }));
    for (int i = 0; i < Filler; ++i)
        QVERIFY(!bot->waitFor(QStringLiteral("delete-sent")).isEmpty());
    QVERIFY(bot->send({ { QStringLiteral("cmd"), QStringLiteral("delete-direct-retract") },
        { QStringLiteral("to"), erinJid }, { QStringLiteral("id"), firstId } }));
    QVERIFY(!bot->waitFor(QStringLiteral("delete-sent")).isEmpty());
    QVERIFY2(bot->finish(), qPrintable(bot->diagnostics()));

    erin = signIn(QStringLiteral("erin5"));
    QVERIFY(erin);
    const Message original = stored(*erin, chatWith(*erin, botJid), {}, firstId);
    QVERIFY(original.id != 0);
    QVERIFY(becomesRetracted(*erin, original.id));
    QCOMPARE(hits(*erin, QStringLiteral("wombat")), 0);
}

void TestRetractions::moderationWhenTheServerOffersIt()
{
    auto frank = signIn(QStringLiteral("frank6"));
    QVERIFY(frank);
    const GroupResult created = await(frank->groups()->create(QStringLiteral("Modded"), {}));
    QVERIFY2(created.chatId != 0, qPrintable(created.error));
    // What the room says it supports (disco#info, XEP-0030).
    auto *disco = frank->session()->client()->findExtension<QXmppDiscoveryManager>();
    QVERIFY(disco);
    QStringList features;
    bool answered = false;
    disco->requestDiscoInfo(frank->groups()->group(created.chatId).room)
        .then(this, [&](QXmppDiscoveryManager::InfoResult result) {
            if (const auto *info = std::get_if<QXmppDiscoveryIq>(&result))
                features = info->features();
            answered = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(answered, NetworkMs);
    qInfo() << "room features:" << features;
    QVERIFY(features.contains(QStringLiteral("http://jabber.org/protocol/muc")));
    const bool moderation = features.contains(QStringLiteral("urn:xmpp:message-moderate:0"))
        || features.contains(QStringLiteral("urn:xmpp:message-moderate:1"));
    if (!moderation)
        QSKIP("the server offers no message moderation (XEP-0425) in its rooms");
    QFAIL("the server offers moderation now: test sending it");
}

void TestRetractions::deleteForMeUndoAndRestart()
{
    auto gina = signIn(QStringLiteral("gina7"));
    auto hank = signIn(QStringLiteral("hank7"));
    QVERIFY(gina && hank);
    QVERIFY(TestAccounts::befriend(*gina, *hank));
    const QString hankJid = m_accounts.jidOf(QStringLiteral("hank7"));
    const QString ginaJid = m_accounts.jidOf(QStringLiteral("gina7"));
    QVERIFY(!await(gina->messaging()->send(hankJid, QStringLiteral("keep calm"))).isEmpty());
    QVERIFY(
        !await(gina->messaging()->send(hankJid, QStringLiteral("embarrassing typo"))).isEmpty());
    const qint64 chat = chatWith(*hank, ginaJid);
    const Message keep = stored(*hank, chat, QStringLiteral("keep calm"));
    const Message typo = stored(*hank, chat, QStringLiteral("embarrassing typo"));
    QVERIFY(keep.id != 0 && typo.id != 0);

    // Gone at once; Undo brings back the very same message.
    hank->retractions()->setUndoInterval(60000);
    QVERIFY(await(hank->retractions()->deleteForMe(typo.id)));
    QCOMPARE(await(hank->history()->messages().message(typo.id)).id, 0);
    QCOMPARE(hits(*hank, QStringLiteral("embarrassing")), 0);
    QVERIFY(await(hank->retractions()->undoDelete(typo.id)));
    const Message back = await(hank->history()->messages().message(typo.id));
    QCOMPARE(back.id, typo.id);
    QCOMPARE(back.body, typo.body);
    QCOMPARE(back.stanzaId, typo.stanzaId);
    QCOMPARE(back.timestamp, typo.timestamp);
    QCOMPARE(hits(*hank, QStringLiteral("embarrassing")), 1);

    // Without Undo it goes for good, and stays gone after a restart and its catch-up.
    hank->retractions()->setUndoInterval(200);
    QSignalSpy final(hank->retractions(), &Retractions::deleteFinal);
    QVERIFY(await(hank->retractions()->deleteForMe(typo.id)));
    QVERIFY(final.wait(NetworkMs));
    QVERIFY(!await(hank->retractions()->undoDelete(typo.id)));
    hank.reset();
    QVERIFY(
        !await(gina->messaging()->send(hankJid, QStringLiteral("after the restart"))).isEmpty());
    hank = signIn(QStringLiteral("hank7"));
    QVERIFY(hank);
    QVERIFY(stored(*hank, chat, QStringLiteral("after the restart")).id != 0);
    // (Its row id may be handed out again: the newest row's is.) Its words are nowhere.
    for (const Message &m : await(hank->history()->messages().newest(chat, 50)))
        QVERIFY(m.body != typo.body && m.stanzaId != typo.stanzaId);
    QCOMPARE(hits(*hank, QStringLiteral("embarrassing")), 0);
    QCOMPARE(await(hank->history()->messages().message(keep.id)).body, keep.body);
}

// Alice deletes from her phone a message she sent from her desktop: the carbon of her
// retraction deletes the desktop's copy, and Bob's.
void TestRetractions::ourRetractionFromAnotherDevice()
{
    auto desktop = signIn(QStringLiteral("alice8"));
    auto bob = signIn(QStringLiteral("bob8"));
    QVERIFY(desktop && bob);
    QVERIFY(TestAccounts::befriend(*desktop, *bob));
    const QString aliceJid = m_accounts.jidOf(QStringLiteral("alice8"));
    const QString bobJid = m_accounts.jidOf(QStringLiteral("bob8"));
    auto phone = m_accounts.signIn(QStringLiteral("alice8-phone"), aliceJid);
    QVERIFY(phone);

    const QString text = QStringLiteral("sent to the wrong capybara");
    const QList<Message> sent = await(desktop->messaging()->send(bobJid, text));
    QCOMPARE(sent.size(), 1);
    const Message onPhone = stored(*phone, chatWith(*phone, bobJid), text);
    QVERIFY(onPhone.id != 0);
    QCOMPARE(onPhone.direction, Direction::Outgoing);
    const Message bobs = stored(*bob, chatWith(*bob, aliceJid), text);
    QVERIFY(bobs.id != 0);

    QVERIFY(await(phone->retractions()->retract(onPhone.id)));
    QVERIFY(becomesRetracted(*desktop, sent.first().id));
    QVERIFY(becomesRetracted(*bob, bobs.id));
    QCOMPARE(hits(*desktop, QStringLiteral("capybara")), 0);
}

// Offline, "delete for everyone" deletes here at once and the retraction waits; it goes out
// once the account is back, and only once.
void TestRetractions::offlineRetractionWaitsAndGoesOnce()
{
    auto alice = signIn(QStringLiteral("alice9"));
    auto bob = signIn(QStringLiteral("bob9"));
    QVERIFY(alice && bob);
    QVERIFY(TestAccounts::befriend(*alice, *bob));
    const QString aliceJid = m_accounts.jidOf(QStringLiteral("alice9"));
    const QString bobJid = m_accounts.jidOf(QStringLiteral("bob9"));
    const QString text = QStringLiteral("the narwhal is in the fridge");
    const QList<Message> sent = await(alice->messaging()->send(bobJid, text));
    QCOMPARE(sent.size(), 1);
    const Message bobs = stored(*bob, chatWith(*bob, aliceJid), text);
    QVERIFY(bobs.id != 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        await(alice->history()->messages().message(sent.first().id)).deliveryState
            != DeliveryState::Pending,
        NetworkMs);

    alice->session()->disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(alice->session()->state(), ConnectionState::Offline, NetworkMs);
    QVERIFY(await(alice->retractions()->retract(sent.first().id)));
    QVERIFY(await(alice->history()->messages().message(sent.first().id)).retracted);
    RetractionStore waiting(alice->history()->database(), alice->history()->messages());
    QCOMPARE(await(waiting.unsent(alice->accountId())).size(), 1);
    QVERIFY(!await(bob->history()->messages().message(bobs.id)).retracted);

    // Back (after a restart, too): it goes out, and the outbox is empty.
    alice.reset();
    alice = signIn(QStringLiteral("alice9"));
    QVERIFY(alice);
    QVERIFY(becomesRetracted(*bob, bobs.id));
    RetractionStore sentNow(alice->history()->database(), alice->history()->messages());
    QTRY_VERIFY_WITH_TIMEOUT(await(sentNow.unsent(alice->accountId())).isEmpty(), NetworkMs);
}

QTEST_GUILESS_MAIN(TestRetractions)
#include "tst_retractions.moc"
