#include "AccountStore.h"
#include "Await.h"
#include "ChatStore.h"
#include "Database.h"
#include "IdCodec.h"
#include "MessageStore.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::await;

namespace {

Message incoming(const QString &body, qint64 timestamp, const QString &stanzaId = {},
    const QString &originId = {})
{
    Message m;
    m.accountId = 1;
    m.peer = QStringLiteral("juliet@example.org");
    m.direction = Direction::Incoming;
    m.body = body;
    m.timestamp = timestamp;
    m.stanzaId = stanzaId;
    m.originId = originId;
    m.messageId = originId;
    m.deliveryState = DeliveryState::Delivered;
    return m;
}

qint32 constantHash(qint64, QStringView)
{
    return 7;
}

} // namespace

class TestMessageStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storesAndReadsBack();
    void dedupeInEveryArrivalOrder_data();
    void dedupeInEveryArrivalOrder();
    void ownMessageLearnsStanzaIdFromMam();
    void hashCollisionNeverDropsAMessage();
    void idWithoutOriginIdNeedsSameBody();
    void deliveryStateOnlyMovesForward();
    void receiptFindsOurMessageByItsId();
    void pagingAtBoundaries();
    void pageAroundAMessage();
    void markReadKeepsUnreadCount();
    void firstUnreadIsTheOldestUnreadIncoming();
    void correctionReplacesBodyOnlyFromItsAuthor();
    void referencesFindTheMessageTheyName();
    void groupReferencesUseTheRoomsStanzaId();
    void burstOfSingleInsertsSharesOneTransaction();
    void messageForUnknownAccountIsSkipped();
    void diskFullKeepsMessagesAndRetries();

private:
    QList<Message> insert(const QList<Message> &messages)
    {
        return await(m_store->insertMessages(messages));
    }
    int rowCount()
    {
        return await(m_db->run([](Connection &c) {
            Statement s = c.prepare("SELECT count(*) FROM messages");
            s.step();
            return s.int32(0);
        }));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
    qint64 m_chatId = 0;
};

void TestMessageStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(await(m_db->open(m_dir->filePath(QStringLiteral("history.db")))).ok());
    AccountStore accounts(*m_db);
    QCOMPARE(await(accounts.saveAccount({ 0, QStringLiteral("romeo@example.org"), {}, true })), 1);
    m_chatId = await(ChatStore(*m_db).ensureChat(1, QStringLiteral("juliet@example.org")));
    QVERIFY(m_chatId > 0);
    m_store = std::make_unique<MessageStore>(*m_db);
}

void TestMessageStore::cleanup()
{
    IdCodec::setHashFunctionForTesting(nullptr);
    m_store.reset();
    m_db.reset();
}

void TestMessageStore::storesAndReadsBack()
{
    Message m = incoming(QStringLiteral("Wherefore art thou"), 1000, QStringLiteral("1699999"),
        QStringLiteral("5a0d3a4e-2c8b-4d63-9d1e-0f2b3a4c5d6e"));
    m.messageId = QStringLiteral("Plain-Id-17");
    Attachment photo;
    photo.fileName = QStringLiteral("balcony.jpg");
    photo.mimeType = QStringLiteral("image/jpeg");
    photo.size = 42;
    photo.url = QStringLiteral("https://files.example.org/balcony.jpg");
    m.attachments.append(photo);
    const QList<Message> added = insert({ m });
    QCOMPARE(added.size(), 1);
    QVERIFY(added[0].id > 0);
    QCOMPARE(added[0].chatId, m_chatId);

    const Message back = await(m_store->message(added[0].id));
    QCOMPARE(back.body, m.body);
    QCOMPARE(back.stanzaId, m.stanzaId);
    QCOMPARE(back.originId, m.originId);
    QCOMPARE(back.messageId, m.messageId);
    QCOMPARE(back.sender, QStringLiteral("juliet@example.org"));
    QCOMPARE(back.peer, QStringLiteral("juliet@example.org"));
    QCOMPARE(back.accountId, 1);
    QCOMPARE(back.timestamp, 1000);
    QCOMPARE(back.deliveryState, DeliveryState::Delivered);
    QCOMPARE(back.attachments.size(), 1);
    QCOMPARE(back.attachments[0].fileName, QStringLiteral("balcony.jpg"));
    QCOMPARE(back.attachments[0].size, 42);
}

void TestMessageStore::dedupeInEveryArrivalOrder_data()
{
    // How one message looks on each path: live and carbon may lack the stanza-id (no MAM on the
    // server), offline storage may lack it, MAM always has it.
    // Without an origin-id (an old client) the id attribute and the stanza-id dedupe.
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<bool>("withOriginId");
    const QStringList paths { QStringLiteral("live"), QStringLiteral("carbon"),
        QStringLiteral("offline"), QStringLiteral("mam"), QStringLiteral("liveNoStanzaId") };
    for (const bool withOriginId : { true, false }) {
        QStringList order = paths;
        std::sort(order.begin(), order.end());
        do {
            QTest::addRow("%s%s", qPrintable(order.join(u',')), withOriginId ? "" : ",noOriginId")
                << order << withOriginId;
        } while (std::next_permutation(order.begin(), order.end()));
    }
}

void TestMessageStore::dedupeInEveryArrivalOrder()
{
    QFETCH(QStringList, order);
    QFETCH(bool, withOriginId);
    const QString stanzaId = QStringLiteral("1700000000123456");
    const QString originId = QStringLiteral("0f8e2a51-7c3d-4b1a-9e6f-5d4c3b2a1908");
    for (const QString &path : order) {
        Message m = incoming(QStringLiteral("hello"), 5000, stanzaId, originId);
        if (!withOriginId) {
            m.originId.clear();
            m.messageId = QStringLiteral("legacy-7");
        }
        if (path == u"liveNoStanzaId" || path == u"offline")
            m.stanzaId.clear();
        if (path == u"mam")
            m.timestamp = 5001; // the archive's clock differs slightly from the delay stamp
        insert({ m });
    }
    QCOMPARE(rowCount(), 1);
    const QList<Message> page = await(m_store->newest(m_chatId, 10));
    QCOMPARE(page.size(), 1);
    QCOMPARE(page[0].stanzaId, stanzaId); // learnt even when the first copy lacked it
    // The stanza-id is only keyed where no origin-id dedupes: that key costs 18 bytes a message.
    const bool keyed = await(m_db->run([](Connection &c) {
        Statement s = c.prepare("SELECT stanza_key IS NOT NULL FROM messages");
        return s.step() == 100 /* SQLITE_ROW */ && s.int32(0) != 0;
    }));
    QCOMPARE(keyed, !withOriginId);
}

void TestMessageStore::ownMessageLearnsStanzaIdFromMam()
{
    Message mine = incoming(QStringLiteral("on my way"), 100, {}, QStringLiteral("my-origin-1"));
    mine.direction = Direction::Outgoing;
    mine.deliveryState = DeliveryState::Pending;
    const qint64 id = insert({ mine }).value(0).id;
    QVERIFY(id);
    Message echo = mine;
    echo.stanzaId = QStringLiteral("archive-77");
    QVERIFY(insert({ echo }).isEmpty());
    const Message back = await(m_store->message(id));
    QCOMPARE(back.stanzaId, QStringLiteral("archive-77"));
    QCOMPARE(back.deliveryState, DeliveryState::Sent);
    // The same origin-id from the peer is another person's message, not a duplicate of ours.
    Message theirs = incoming(QStringLiteral("spoof"), 101, {}, QStringLiteral("my-origin-1"));
    QCOMPARE(insert({ theirs }).size(), 1);
}

void TestMessageStore::hashCollisionNeverDropsAMessage()
{
    IdCodec::setHashFunctionForTesting(&constantHash);
    QList<Message> batch;
    for (int i = 0; i < 50; ++i) {
        batch.append(incoming(QStringLiteral("message %1").arg(i), 1000 + i,
            QStringLiteral("s%1").arg(i), QStringLiteral("o%1").arg(i)));
    }
    QCOMPARE(insert(batch).size(), 50);
    QCOMPARE(insert(batch).size(), 0); // every key collides, yet duplicates are still found
    QCOMPARE(rowCount(), 50);
}

void TestMessageStore::idWithoutOriginIdNeedsSameBody()
{
    // Some old clients count ids from 1 each session; only the same text confirms a repeat.
    Message first = incoming(QStringLiteral("first"), 10);
    first.messageId = QStringLiteral("1");
    Message again = first;
    Message other = incoming(QStringLiteral("a new session"), 20);
    other.messageId = QStringLiteral("1");
    QCOMPARE(insert({ first, again, other }).size(), 2);
}

void TestMessageStore::deliveryStateOnlyMovesForward()
{
    Message m = incoming(QStringLiteral("out"), 10, {}, QStringLiteral("out-1"));
    m.direction = Direction::Outgoing;
    m.deliveryState = DeliveryState::Pending;
    const qint64 id = insert({ m }).value(0).id;
    QSignalSpy changed(m_store.get(), &MessageStore::messageChanged);
    QVERIFY(await(m_store->advanceDeliveryState(id, DeliveryState::Delivered)));
    QVERIFY(!await(m_store->advanceDeliveryState(id, DeliveryState::Sent)));
    QVERIFY(!await(m_store->advanceDeliveryState(id, DeliveryState::Failed)));
    QVERIFY(await(m_store->advanceDeliveryState(id, DeliveryState::Read)));
    QVERIFY(!await(m_store->advanceDeliveryState(id, DeliveryState::Delivered)));
    QCOMPARE(await(m_store->message(id)).deliveryState, DeliveryState::Read);
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).value<Message>().deliveryState, DeliveryState::Read);

    m.originId = m.messageId = QStringLiteral("out-2");
    const qint64 failing = insert({ m }).value(0).id;
    QVERIFY(await(m_store->advanceDeliveryState(
        failing, DeliveryState::Failed, QStringLiteral("recipient-unavailable"))));
    QVERIFY(!await(m_store->advanceDeliveryState(failing, DeliveryState::Sent)));
    QCOMPARE(await(m_store->message(failing)).errorText, QStringLiteral("recipient-unavailable"));
    QVERIFY(await(m_store->retryFailed(failing)));
    QCOMPARE(await(m_store->outbox(1, OutboxKind::People)).size(), 1);
    QVERIFY(!await(m_store->retryFailed(failing))); // only a failed message can be retried
}

void TestMessageStore::receiptFindsOurMessageByItsId()
{
    Message ours = incoming(QStringLiteral("ours"), 10, {}, QStringLiteral("r-1"));
    ours.direction = Direction::Outgoing;
    ours.deliveryState = DeliveryState::Sent;
    Message theirs = incoming(QStringLiteral("theirs"), 11, {}, QStringLiteral("r-2"));
    theirs.deliveryState = DeliveryState::Sent;
    const QList<Message> added = insert({ ours, theirs });
    QVERIFY(await(
        m_store->advanceDeliveryState(m_chatId, QStringLiteral("r-1"), DeliveryState::Delivered)));
    QVERIFY(!await(
        m_store->advanceDeliveryState(m_chatId, QStringLiteral("r-2"), DeliveryState::Delivered)));
    QCOMPARE(await(m_store->message(added[1].id)).deliveryState, DeliveryState::Sent);
}

void TestMessageStore::pagingAtBoundaries()
{
    QList<Message> batch;
    for (int i = 0; i < 10; ++i)
        batch.append(incoming(QString::number(i), 1000 + i * 10));
    // Two messages with the same timestamp: the id breaks the tie, so none is skipped.
    batch.append(incoming(QStringLiteral("tie"), 1050));
    // Arrives later but is older (MAM back-fill): pages follow time, not arrival.
    batch.append(incoming(QStringLiteral("old"), 500));
    insert(batch);

    auto bodies = [](const QList<Message> &page) {
        QStringList list;
        for (const Message &m : page)
            list.append(m.body);
        return list.join(u' ');
    };
    const QList<Message> newest = await(m_store->newest(m_chatId, 3));
    QCOMPARE(bodies(newest), QStringLiteral("7 8 9"));
    QCOMPARE(bodies(await(m_store->before(newest.first().id, 4))), QStringLiteral("4 5 tie 6"));
    const QList<Message> all = await(m_store->newest(m_chatId, 100));
    QCOMPARE(all.size(), 12);
    QCOMPARE(all.first().body, QStringLiteral("old"));
    QVERIFY(await(m_store->before(all.first().id, 5)).isEmpty());
    QVERIFY(await(m_store->after(all.last().id, 5)).isEmpty());
    QCOMPARE(bodies(await(m_store->after(all.first().id, 2))), QStringLiteral("0 1"));
    QCOMPARE(bodies(await(m_store->after(all[6].id, 2))), QStringLiteral("tie 6"));
    QVERIFY(await(m_store->newest(m_chatId + 99, 5)).isEmpty());
    QVERIFY(await(m_store->before(987654, 5)).isEmpty());
}

void TestMessageStore::pageAroundAMessage()
{
    QList<Message> batch;
    for (int i = 0; i < 20; ++i)
        batch.append(incoming(QString::number(i), 1000 + i));
    const QList<Message> added = insert(batch);
    auto bodies = [](const QList<Message> &page) {
        QStringList list;
        for (const Message &m : page)
            list.append(m.body);
        return list.join(u' ');
    };
    QCOMPARE(bodies(await(m_store->around(added[10].id, 5))), QStringLiteral("8 9 10 11 12"));
    // At either end the window shifts instead of shrinking.
    QCOMPARE(bodies(await(m_store->around(added[0].id, 4))), QStringLiteral("0 1 2 3"));
    QCOMPARE(bodies(await(m_store->around(added[19].id, 4))), QStringLiteral("16 17 18 19"));
    QCOMPARE(await(m_store->around(added[3].id, 100)).size(), 20);
}

void TestMessageStore::markReadKeepsUnreadCount()
{
    QList<Message> batch;
    for (int i = 0; i < 6; ++i)
        batch.append(incoming(QString::number(i), 1000 + i));
    Message mine = incoming(QStringLiteral("mine"), 1003);
    mine.direction = Direction::Outgoing;
    batch.append(mine);
    const QList<Message> added = insert(batch);
    ChatStore chats(*m_db);
    QCOMPARE(await(chats.chat(m_chatId)).unreadCount, 6);
    QSignalSpy spy(m_store.get(), &MessageStore::unreadCountChanged);
    QCOMPARE(await(m_store->markRead(m_chatId, added[3].id)), 2);
    QCOMPARE(await(chats.chat(m_chatId)).unreadCount, 2);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy[0][1].toInt(), 2);
    QCOMPARE(await(m_store->markRead(m_chatId, added[5].id)), 0);
    QCOMPARE(await(m_store->markRead(m_chatId + 1, added[5].id)), -1); // not this chat's
    QVERIFY(await(m_store->message(added[4].id)).read);
}

void TestMessageStore::firstUnreadIsTheOldestUnreadIncoming()
{
    QCOMPARE(await(m_store->firstUnread(m_chatId)), 0); // no messages at all
    Message mine = incoming(QStringLiteral("mine, never read by me"), 100);
    mine.direction = Direction::Outgoing;
    Message seen = incoming(QStringLiteral("seen"), 150);
    seen.read = true;
    insert({ mine, seen });
    QCOMPARE(await(m_store->firstUnread(m_chatId)), 0); // ours and read ones do not count
    const QList<Message> added = insert({ incoming(QStringLiteral("a"), 200),
        incoming(QStringLiteral("b, same time"), 200), incoming(QStringLiteral("c"), 300) });
    QCOMPARE(await(m_store->firstUnread(m_chatId)), added[0].id); // the id breaks the tie
    Message fix = incoming(QStringLiteral("a!"), 50);
    fix.correctsId = added[0].id;
    insert({ fix });
    QCOMPARE(await(m_store->firstUnread(m_chatId)), added[0].id); // a correction is not unread
    const qint64 backFilled = insert({ incoming(QStringLiteral("older"), 120) }).value(0).id;
    QCOMPARE(await(m_store->firstUnread(m_chatId)), backFilled);

    QCOMPARE(await(m_store->markRead(m_chatId, added[0].id)), 2);
    QCOMPARE(await(m_store->firstUnread(m_chatId)), added[1].id);
    QCOMPARE(await(m_store->markRead(m_chatId, added[2].id)), 0);
    QCOMPARE(await(m_store->firstUnread(m_chatId)), 0);
    QCOMPARE(await(m_store->firstUnread(m_chatId + 99)), 0);
}

void TestMessageStore::correctionReplacesBodyOnlyFromItsAuthor()
{
    const qint64 id
        = insert({ incoming(QStringLiteral("helo"), 10, {}, QStringLiteral("c-1")) }).value(0).id;
    Message fix = incoming(QStringLiteral("hello"), 20, {}, QStringLiteral("c-2"));
    fix.correctsId = id;
    insert({ fix });
    Message forged = incoming(QStringLiteral("forged"), 30, {}, QStringLiteral("c-3"));
    forged.direction = Direction::Outgoing;
    forged.correctsId = id;
    insert({ forged });
    const QList<Message> page = await(m_store->newest(m_chatId, 10));
    QCOMPARE(page.size(), 1); // corrections show through the message they replace
    QCOMPARE(page[0].body, QStringLiteral("hello"));
    QVERIFY(page[0].edited);
    QCOMPARE(await(ChatStore(*m_db).chat(m_chatId)).unreadCount, 1);
}

void TestMessageStore::referencesFindTheMessageTheyName()
{
    // Every key collides, so each candidate must be confirmed against the id itself.
    IdCodec::setHashFunctionForTesting(&constantHash);
    Message withOrigin = incoming(QStringLiteral("a"), 10, QStringLiteral("S-1"),
        QStringLiteral("7c0a7e5e-9a43-4e57-a1d5-3a1f0c1c2b11"));
    withOrigin.messageId = QStringLiteral("plain-1");
    Message idOnly = incoming(QStringLiteral("b"), 20, QStringLiteral("S-2"));
    idOnly.messageId = QStringLiteral("plain-2");
    const QList<Message> added = insert({ withOrigin, idOnly });
    QCOMPARE(added.size(), 2);
    const auto found
        = [&](const QString &ref) { return await(m_store->findReferenced(m_chatId, ref)).id; };
    QCOMPARE(found(withOrigin.originId), added[0].id);
    QCOMPARE(found(QStringLiteral("plain-2")), added[1].id); // no origin-id: the id attribute
    QCOMPARE(found(QStringLiteral("plain-1")), 0); // an origin-id outranks the id attribute
    QCOMPARE(found(QStringLiteral("missing")), 0);
    QCOMPARE(found(QString()), 0);
    // Another chat's message is never found, even by the same id.
    const qint64 other
        = await(ChatStore(*m_db).ensureChat(1, QStringLiteral("tybalt@example.org")));
    QCOMPARE(await(m_store->findReferenced(other, withOrigin.originId)).id, 0);
}

void TestMessageStore::groupReferencesUseTheRoomsStanzaId()
{
    const qint64 room = await(ChatStore(*m_db).ensureChat(
        1, QStringLiteral("family@rooms.example.org"), ChatKind::PrivateGroup));
    Message m = incoming(QStringLiteral("lunch?"), 10, QStringLiteral("room-sid-1"),
        QStringLiteral("0e6d5c1b-5b86-4a1f-9d8c-6f5b7c2d1a00"));
    m.chatId = room;
    m.peer = QStringLiteral("family@rooms.example.org");
    m.sender = QStringLiteral("Alice");
    const qint64 id = insert({ m }).value(0).id;
    QVERIFY(id > 0);
    QCOMPARE(await(m_store->findReferenced(room, QStringLiteral("room-sid-1"))).id, id);
    QCOMPARE(await(m_store->findReferenced(room, m.originId)).id, id);
    // Rows stored before group stanza-ids were keyed are still found among the recent ones.
    await(m_db->run([](Connection &c) {
        c.prepare("UPDATE messages SET stanza_key = NULL").step();
        return true;
    }));
    const Message back = await(m_store->findReferenced(room, QStringLiteral("room-sid-1")));
    QCOMPARE(back.id, id);
    QCOMPARE(back.body, QStringLiteral("lunch?"));
}

void TestMessageStore::burstOfSingleInsertsSharesOneTransaction()
{
    // Hold the database thread so that the burst queues up behind it, as under load.
    QSemaphore started, release;
    m_db->post([&](Connection &) {
        started.release();
        release.acquire();
    });
    started.acquire();
    QSignalSpy added(m_store.get(), &MessageStore::messagesAdded);
    QList<QFuture<QList<Message>>> futures;
    for (int i = 0; i < 100; ++i)
        futures.append(m_store->insertMessage(incoming(QString::number(i), i + 1)));
    release.release();
    for (auto &future : futures)
        QCOMPARE(await(future).size(), 1);
    QTRY_COMPARE(added.size(), 1);
    QCOMPARE(added[0][0].value<QList<Message>>().size(), 100);
}

void TestMessageStore::messageForUnknownAccountIsSkipped()
{
    Message stray = incoming(QStringLiteral("stray"), 10);
    stray.accountId = 99;
    const QList<Message> added = insert({ stray, incoming(QStringLiteral("fine"), 11) });
    QCOMPARE(added.size(), 1);
    QCOMPARE(added[0].body, QStringLiteral("fine"));
    QCOMPARE(m_store->pendingWriteCount(), 0);
}

void TestMessageStore::diskFullKeepsMessagesAndRetries()
{
    // Cap the file at its current size: the next pages cannot be allocated, as on a full disk.
    const int pages = await(m_db->run([](Connection &c) {
        Statement s = c.prepare("PRAGMA page_count");
        s.step();
        const int count = s.int32(0);
        c.exec(QByteArray("PRAGMA max_page_count=" + QByteArray::number(count)).constData());
        return count;
    }));
    QVERIFY(pages > 0);
    m_store->setRetryInterval(60 * 60 * 1000); // the test retries by hand
    QSignalSpy pending(m_store.get(), &MessageStore::writesPending);
    QSignalSpy recovered(m_store.get(), &MessageStore::writesRecovered);
    QList<Message> batch;
    for (int i = 0; i < 200; ++i)
        batch.append(incoming(QString(2000, QChar(u'a' + i % 26)), 100 + i));
    QFuture<QList<Message>> future = m_store->insertMessages(batch);
    QTRY_COMPARE(pending.size(), 1);
    QCOMPARE(pending[0][1].value<Database::Error>(), Database::Error::DiskFull);
    QCOMPARE(pending[0][0].toInt(), 200);
    QCOMPARE(m_store->pendingWriteCount(), 200);
    QVERIFY(!future.isFinished());
    QCOMPARE(rowCount(), 0);

    await(m_db->run([](Connection &c) { c.exec("PRAGMA max_page_count=1073741823"); }));
    m_store->retryPendingWrites();
    QCOMPARE(await(future).size(), 200);
    QTRY_COMPARE(recovered.size(), 1);
    QCOMPARE(m_store->pendingWriteCount(), 0);
    QCOMPARE(rowCount(), 200);
}

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
