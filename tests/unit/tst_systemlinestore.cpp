// Group timelines' system lines ("Bob added Carol") on disk and in memory: stored as data in
// order with the messages, never unread, never in the outbox, never found by search, never the
// chat list's last message; a collapsed line of a channel's joins and leaves rewritten in place;
// the collapse that bounds what a presence flood writes; and the lines for membership changes
// made while we were away, from the member list the last visit stored.
#include "AccountStore.h"
#include "Await.h"
#include "AwayChanges.h"
#include "ChatStore.h"
#include "Database.h"
#include "GroupStore.h"
#include "GroupSystemLines.h"
#include "JoinLeaveCollapse.h"
#include "MessageStore.h"
#include "SearchStore.h"
#include "SystemEvent.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::await;

namespace {
SystemEvent added(const QString &target, const QString &actor = {})
{
    SystemEvent e;
    e.type = SystemEvent::Type::Added;
    e.target = target;
    e.actor = actor;
    return e;
}
} // namespace

class TestSystemLineStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eventSurvivesEncoding();
    void undecodableEventIsNoLine();
    void systemLineIsNeverUnreadQueuedOrSearched();
    void systemLineKeepsItsPlaceInTheTimeline();
    void collapsedLineIsRewrittenInPlace();
    void floodOfPresenceCollapsesIntoFewLines();
    void membersReplacedReturnTheLastVisit();
    void changesWhileAwayBecomeLines();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
    qint64 m_chatId = 0;
};

void TestSystemLineStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(await(m_db->open(m_dir->filePath(QStringLiteral("history.db")))).ok());
    QCOMPARE(await(AccountStore(*m_db).saveAccount(
                 { 0, QStringLiteral("romeo@example.org"), {}, true })),
        1);
    m_chatId = await(ChatStore(*m_db).ensureChat(1, QStringLiteral("family@groups.example.org")));
    QVERIFY(m_chatId > 0);
    m_store = std::make_unique<MessageStore>(*m_db);
}

void TestSystemLineStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestSystemLineStore::eventSurvivesEncoding()
{
    SystemEvent e = added(QStringLiteral("Carol \"<b>\""), QStringLiteral("Alice"));
    e.value = QStringLiteral("{\"t\":\"destroyed\"}");
    e.targetIsSelf = true;
    QCOMPARE(SystemEvent::decode(e.encode()), e);

    SystemEvent crowd;
    crowd.type = SystemEvent::Type::Presence;
    for (int i = 0; i < 10; ++i)
        crowd.addPresence(QStringLiteral("n%1").arg(i), i % 3 != 0);
    crowd.addPresence(QStringLiteral("n1"), true); // the same person again counts once
    QCOMPARE(crowd.joinedCount, 6);
    QCOMPARE(crowd.leftCount, 4);
    QCOMPARE(crowd.joined.size(), SystemEvent::MaxNames);
    QCOMPARE(SystemEvent::decode(crowd.encode()), crowd);
}

void TestSystemLineStore::undecodableEventIsNoLine()
{
    QVERIFY(!SystemEvent::decode(QStringLiteral("not json")).isValid());
    QVERIFY(!SystemEvent::decode(QStringLiteral("{\"t\":\"exploded\"}")).isValid());
    QVERIFY(!SystemEvent::decode(QString(SystemEvent::MaxEncodedLength + 1, u' ')).isValid());
    // A stored list of names longer than a line keeps is cut, not trusted.
    const SystemEvent many = SystemEvent::decode(
        QStringLiteral("{\"t\":\"presence\",\"j\":[\"a\",\"b\",\"c\",\"d\"],\"jc\":1}"));
    QCOMPARE(many.joined.size(), SystemEvent::MaxNames);
    QCOMPARE(many.joinedCount, SystemEvent::MaxNames);
}

void TestSystemLineStore::systemLineIsNeverUnreadQueuedOrSearched()
{
    Message hello;
    hello.chatId = m_chatId;
    hello.sender = QStringLiteral("Alice");
    hello.body = QStringLiteral("hello everyone");
    hello.timestamp = 1000;
    hello.read = true;
    const QList<Message> first = await(m_store->insertMessages({ hello }));
    QCOMPARE(first.size(), 1);

    QSignalSpy unread(m_store.get(), &MessageStore::unreadCountChanged);
    // Whatever the caller says, a system line is read, incoming and carries no text or ids.
    Message line = systemLine(1, m_chatId, added(QStringLiteral("Carol")), 2000);
    line.read = false;
    line.direction = Direction::Outgoing;
    line.deliveryState = DeliveryState::Pending;
    line.body = QStringLiteral("Carol was added");
    line.originId = QStringLiteral("forged");
    const QList<Message> stored = await(m_store->insertMessages({ line }));
    QCOMPARE(stored.size(), 1);
    const Message back = await(m_store->message(stored.first().id));
    QCOMPARE(back.kind, MessageKind::System);
    QCOMPARE(SystemEvent::decode(back.event), added(QStringLiteral("Carol")));
    QVERIFY(back.read);
    QCOMPARE(back.direction, Direction::Incoming);
    QVERIFY(back.body.isEmpty());
    QVERIFY(back.originId.isEmpty());

    const Chat chat = await(ChatStore(*m_db).chat(m_chatId));
    QCOMPARE(chat.unreadCount, 0);
    QCOMPARE(chat.lastMessageId, first.first().id); // the chat list still shows "hello"
    QCOMPARE(await(m_store->firstUnread(m_chatId)), 0);
    QVERIFY(await(m_store->outbox(1, OutboxKind::All)).isEmpty());
    QVERIFY(unread.isEmpty());
    SearchStore search(*m_db);
    QVERIFY(await(search.search(QStringLiteral("Carol"))).isEmpty());
    QVERIFY(await(search.search(QStringLiteral("added"))).isEmpty());
    QCOMPARE(await(search.search(QStringLiteral("hello"))).size(), 1);
    // Two lines of the same event are two rows: the service, not the store, tells them apart.
    QCOMPARE(await(m_store->insertMessages({ line })).size(), 1);
    QCOMPARE(await(m_store->newest(m_chatId, 10)).size(), 3);
}

void TestSystemLineStore::systemLineKeepsItsPlaceInTheTimeline()
{
    Message before;
    before.chatId = m_chatId;
    before.sender = QStringLiteral("Alice");
    before.body = QStringLiteral("before");
    before.timestamp = 1000;
    Message after = before;
    after.body = QStringLiteral("after");
    after.timestamp = 3000;
    await(m_store->insertMessages({ before, after }));
    await(
        m_store->insertMessages({ systemLine(1, m_chatId, added(QStringLiteral("Carol")), 2000) }));
    const QList<Message> page = await(m_store->newest(m_chatId, 10));
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0).body, QStringLiteral("before"));
    QCOMPARE(page.at(1).kind, MessageKind::System);
    QCOMPARE(page.at(2).body, QStringLiteral("after"));
    QCOMPARE(await(ChatStore(*m_db).chat(m_chatId)).unreadCount, 2);
}

void TestSystemLineStore::collapsedLineIsRewrittenInPlace()
{
    SystemEvent crowd;
    crowd.type = SystemEvent::Type::Presence;
    crowd.addPresence(QStringLiteral("Dave"), true);
    const QList<Message> stored
        = await(m_store->insertMessages({ systemLine(1, m_chatId, crowd, 1000) }));
    QCOMPARE(stored.size(), 1);
    QSignalSpy changed(m_store.get(), &MessageStore::messageChanged);
    crowd.addPresence(QStringLiteral("Erin"), true);
    QVERIFY(await(m_store->updateSystemLine(stored.first().id, crowd.encode())));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(SystemEvent::decode(await(m_store->message(stored.first().id)).event), crowd);
    // A person's message is never rewritten this way.
    Message hello;
    hello.chatId = m_chatId;
    hello.body = QStringLiteral("hello");
    const QList<Message> message = await(m_store->insertMessages({ hello }));
    QVERIFY(!await(m_store->updateSystemLine(message.first().id, crowd.encode())));
    QCOMPARE(await(m_store->message(message.first().id)).event, QString());
}

// Thousands of joins and leaves a minute, from thousands of nicknames: each window of the
// collapse is one line, so a minute of flood is at most two lines, and each line names two.
void TestSystemLineStore::floodOfPresenceCollapsesIntoFewLines()
{
    JoinLeaveCollapse collapse;
    int lines = 0;
    constexpr int Events = 5000;
    constexpr qint64 Start = 1'000'000;
    for (int i = 0; i < Events; ++i) {
        const qint64 now = Start + qint64 { i } * 12; // 5,000 in a minute
        if (!collapse.fits(now)) {
            collapse.open(now);
            ++lines;
        }
        collapse.add(QStringLiteral("bot%1").arg(i / 2), i % 2 == 0);
    }
    QVERIFY2(lines <= 2, qPrintable(QString::number(lines)));
    QCOMPARE(collapse.line().joined.size(), SystemEvent::MaxNames);
    QVERIFY(collapse.line().joinedCount > 2000);
    QVERIFY(collapse.line().encode().size() < 200);
    // A new window is a new line; a clock that goes back never joins an old one.
    QVERIFY(!collapse.fits(Start + JoinLeaveCollapse::WindowMs + 1));
    QVERIFY(!collapse.fits(Start - 1));
}

void TestSystemLineStore::membersReplacedReturnTheLastVisit()
{
    GroupStore groups(*m_db);
    const QString bob = QStringLiteral("bob@example.org");
    const QString dave = QStringLiteral("dave@example.org");
    // A first visit has nothing to compare with.
    QVERIFY(await(
        groups.replaceMembers(m_chatId, { { bob, 2, QStringLiteral("Bob") }, { dave, 2, {} } }))
                .isEmpty());
    // A nickname not seen this time is kept from the last.
    const QList<GroupMember> first = await(groups.replaceMembers(m_chatId, { { dave, 3, {} } }));
    QCOMPARE(first, (QList<GroupMember> { { bob, 2, QStringLiteral("Bob") }, { dave, 2, {} } }));
    QVERIFY(
        await(groups.replaceMembers(m_chatId, { { dave, 3, QStringLiteral("D") } })).size() == 1);
    QCOMPARE(await(groups.replaceMembers(m_chatId, { { dave, 3, {} } })),
        (QList<GroupMember> { { dave, 3, QStringLiteral("D") } }));
}

void TestSystemLineStore::changesWhileAwayBecomeLines()
{
    using T = SystemEvent::Type;
    const QString me = QStringLiteral("romeo@example.org");
    const QString bob = QStringLiteral("bob@example.org");
    const QString carol = QStringLiteral("carol@example.org");
    const QString dave = QStringLiteral("dave@example.org");
    const QList<GroupMember> before { { me, 2, QStringLiteral("Romeo") },
        { bob, 3, QStringLiteral("Bob") }, { dave, 2, QStringLiteral("Dave") } };
    const QList<GroupMember> after { { me, 3, {} }, { bob, 2, {} }, { carol, 2, {} } };

    QVERIFY(AwayChanges::changes({}, after, me).isEmpty()); // a first visit
    QVERIFY(AwayChanges::changes(before, before, me).isEmpty()); // nothing changed

    const QList<SystemEvent> lines = AwayChanges::changes(before, after, me);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0).type, T::MadeAdmin); // "You are now an admin"
    QVERIFY(lines.at(0).targetIsSelf);
    QCOMPARE(lines.at(1).type, T::AdminRevoked);
    QCOMPARE(lines.at(1).target, QStringLiteral("Bob")); // by the nickname last seen
    QCOMPARE(lines.at(2).type, T::Added);
    QCOMPARE(lines.at(2).target, carol); // never seen in the room: by address
    QCOMPARE(lines.at(2).targetJid, carol);
    QCOMPARE(lines.at(3).type, T::Removed);
    QCOMPARE(lines.at(3).target, QStringLiteral("Dave"));
    for (const SystemEvent &e : lines)
        QVERIFY(!e.actorIsSelf && e.actor.isEmpty()); // the room does not say who did it
}

QTEST_GUILESS_MAIN(TestSystemLineStore)
#include "tst_systemlinestore.moc"
