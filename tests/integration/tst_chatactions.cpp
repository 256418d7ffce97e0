// Chat-level actions against the real ejabberd (issue 19): a cleared or deleted chat stays so
// across a restart and an archive catch-up that hands the old messages in again, and paging back
// into the archive brings none of them back; a new message still arrives (and brings a deleted
// chat back). Mark as read sends what opening the chat sends: a contact sees the displayed
// marker, a stranger learns nothing.
#include "AccountSession.h"
#include "ArchiveService.h"
#include "ArchiveStore.h"
#include "ChatActions.h"
#include "ChatStore.h"
#include "GroupService.h"
#include "HistoryService.h"
#include "MessageStore.h"
#include "MessagingService.h"
#include "TestAccounts.h"
#include "TestServer.h"
#include "UnreadCounter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Test::await;
using Test::chatWith;
using Test::conversation;
using Test::withBody;

namespace {
const QString Password = QStringLiteral("chatactions-pw");

} // namespace

class TestChatActions : public QObject
{
    Q_OBJECT

private:
    static void close(std::unique_ptr<AccountSession> &account)
    {
        account->signOut();
        account.reset();
    }

    // Opens the profile again with its catch-up point moved back to before the chat's messages,
    // as after a long time away: the archive catch-up hands all of them in once more.
    std::unique_ptr<AccountSession> restartBefore(
        const QString &name, const QString &jid, const Message &first)
    {
        auto account = m_accounts->open(name, jid);
        if (!account || !QTest::qWaitFor([&] { return account->accountId() > 0; }, 15000))
            return nullptr;
        if (!await(account->history()->archive().setCatchUpPoint(
                { account->accountId(), first.stanzaId, first.timestamp })))
            return nullptr;
        account->signIn(jid, Password, m_server.host(), m_server.c2sPort());
        if (!QTest::qWaitFor([&] { return account->archive()->completedCatchUps() > 0; }, 20000))
            return nullptr;
        return account;
    }

    Test::TestServer m_server;
    QTemporaryDir m_root;
    std::unique_ptr<Test::TestAccounts> m_accounts;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_root.isValid());
        m_accounts = std::make_unique<Test::TestAccounts>(m_server, m_root.path(), Password);
    }

    void clearedChatStaysClearedAfterRestartAndCatchUp()
    {
        const QString a = m_server.createAccount(QStringLiteral("ann"), Password);
        const QString b = m_server.createAccount(QStringLiteral("ben"), Password);
        QVERIFY(m_server.befriend(a, b));
        auto ann = m_accounts->signIn(QStringLiteral("ann"), a);
        auto ben = m_accounts->signIn(QStringLiteral("ben"), b);
        QVERIFY(ann && ben);
        QTRY_VERIFY_WITH_TIMEOUT(ben->archive()->completedCatchUps() > 0, 15000);
        QList<Message> sent;
        for (const QString &body : { QStringLiteral("first secret"),
                 QStringLiteral("second secret"), QStringLiteral("third secret") })
            sent += await(ann->messaging()->send(b, body));
        QCOMPARE(sent.size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*ben, a).size(), 3, 15000);
        const Chat chat = chatWith(*ben, a);
        QCOMPARE(chat.unreadCount, 3);

        // Marked unread, it still counts its three; Mark as read reads them, and Ann, a
        // contact, sees her newest message read, as when Ben opens the chat.
        ben->chatActions()->markUnread(chat.id);
        QTRY_VERIFY(chatWith(*ben, a).markedUnread);
        QTRY_COMPARE(ben->unreadCounter()->unreadCount(), 3);
        ben->chatActions()->markRead(chat.id);
        QTRY_COMPARE_WITH_TIMEOUT(chatWith(*ben, a).unreadCount, 0, 15000);
        QVERIFY(!chatWith(*ben, a).markedUnread);
        QTRY_COMPARE(ben->unreadCounter()->unreadCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            await(ann->history()->messages().message(sent.last().id)).deliveryState,
            DeliveryState::Read, 15000);

        const Message first = withBody(conversation(*ben, a), QStringLiteral("first secret"));
        QVERIFY(!first.stanzaId.isEmpty());
        QVERIFY(await(ben->chatActions()->clearMessages(chat.id)));
        QVERIFY(conversation(*ben, a).isEmpty());
        QCOMPARE(chatWith(*ben, a).id, chat.id); // the chat stays
        // Paging back into the archive brings nothing back.
        QCOMPARE(await(ben->archive()->fetchOlder(chat.id, a)), 0);
        QVERIFY(conversation(*ben, a).isEmpty());

        // A restart whose catch-up reads the cleared messages from the archive again.
        close(ben);
        ben = restartBefore(QStringLiteral("ben"), b, first);
        QVERIFY(ben);
        QVERIFY(conversation(*ben, a).isEmpty());
        QCOMPARE(chatWith(*ben, a).id, chat.id);

        // What comes after the clear arrives as ever.
        await(ann->messaging()->send(b, QStringLiteral("after the clear")));
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*ben, a).size(), 1, 15000);
        QCOMPARE(conversation(*ben, a).first().body, QStringLiteral("after the clear"));
        QCOMPARE(await(ben->archive()->fetchOlder(chat.id, a)), 0);
        QCOMPARE(conversation(*ben, a).size(), 1);
    }

    void deletedChatStaysDeletedUntilANewMessage()
    {
        const QString c = m_server.createAccount(QStringLiteral("cleo"), Password);
        const QString d = m_server.createAccount(QStringLiteral("dora"), Password);
        auto cleo = m_accounts->signIn(QStringLiteral("cleo"), c);
        auto dora = m_accounts->signIn(QStringLiteral("dora"), d);
        QVERIFY(cleo && dora);
        QTRY_VERIFY_WITH_TIMEOUT(dora->archive()->completedCatchUps() > 0, 15000);
        // Cleo is a stranger to Dora: no roster entry either way.
        const QList<Message> sent
            = await(cleo->messaging()->send(d, QStringLiteral("hello from a stranger")));
        QCOMPARE(sent.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(conversation(*dora, c).size(), 1, 15000);
        const Chat chat = chatWith(*dora, c);

        // Mark as read tells a stranger nothing: Dora's next message overtakes any marker.
        dora->chatActions()->markRead(chat.id);
        QTRY_COMPARE_WITH_TIMEOUT(chatWith(*dora, c).unreadCount, 0, 15000);
        await(dora->messaging()->send(c, QStringLiteral("who is this?")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !withBody(conversation(*cleo, d), QStringLiteral("who is this?")).body.isEmpty(),
            15000);
        QVERIFY(await(cleo->history()->messages().message(sent.first().id)).deliveryState
            != DeliveryState::Read);
        const Message first
            = withBody(conversation(*dora, c), QStringLiteral("hello from a stranger"));
        QVERIFY(!first.stanzaId.isEmpty());

        QVERIFY(await(dora->chatActions()->deleteChat(chat.id, false)));
        QVERIFY(chatWith(*dora, c).hidden);
        QVERIFY(conversation(*dora, c).isEmpty());

        close(dora);
        dora = restartBefore(QStringLiteral("dora"), d, first);
        QVERIFY(dora);
        QVERIFY(chatWith(*dora, c).hidden);
        QVERIFY(conversation(*dora, c).isEmpty());
        QCOMPARE(await(dora->archive()->fetchOlder(chat.id, c)), 0);

        // Her next message brings the chat back, with nothing from before.
        await(cleo->messaging()->send(d, QStringLiteral("still there?")));
        QTRY_VERIFY_WITH_TIMEOUT(!chatWith(*dora, c).hidden, 15000);
        QCOMPARE(conversation(*dora, c).size(), 1);
        QCOMPARE(chatWith(*dora, c).lastBody, QStringLiteral("still there?"));
    }

    // Deleting a group, asked to leave it too: the room is left first, then the chat goes.
    void deletedGroupIsLeftFirst()
    {
        auto gina = m_accounts->person(QStringLiteral("gina"));
        auto hugo = m_accounts->person(QStringLiteral("hugo"));
        QVERIFY(gina && hugo);
        const QString room = Test::TestAccounts::createGroup(*gina, { hugo.get() });
        QVERIFY(!room.isEmpty());
        const qint64 chatId = hugo->groups()->groupFor(room).chatId;
        QVERIFY(chatId != 0);
        QVERIFY(
            !await(gina->messaging()->send(room, QStringLiteral("before the delete"))).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!withBody(await(hugo->history()->messages().newest(chatId, 100)),
                                     QStringLiteral("before the delete"))
                                      .body.isEmpty(),
            15000);

        QVERIFY(await(hugo->chatActions()->deleteChat(chatId, true)));
        QTRY_COMPARE_WITH_TIMEOUT(hugo->groups()->groupFor(room).state, GroupState::Left, 15000);
        QVERIFY(chatWith(*hugo, room).hidden);
        const QList<Message> left = await(hugo->history()->messages().newest(chatId, 100));
        QVERIFY(withBody(left, QStringLiteral("before the delete")).body.isEmpty());
    }
};

QTEST_MAIN(TestChatActions)
#include "tst_chatactions.moc"
