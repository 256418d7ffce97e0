// Stars on disk: a message starred here, listed per chat and across the account's chats newest
// star first and paged by key; lost with a deletion for everyone, carried through delete for me
// and its Undo, and cleared with a chat.
#include "AccountStore.h"
#include "Await.h"
#include "ChatStore.h"
#include "Connection.h"
#include "Database.h"
#include "MessageStore.h"
#include "RetractionStore.h"
#include "StarStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::await;

namespace {
QList<qint64> ids(const QList<Message> &messages)
{
    QList<qint64> out;
    for (const Message &m : messages)
        out.append(m.id);
    return out;
}
} // namespace

class TestStarStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsStarsNewestFirstPerChatAndAcrossChats();
    void pagesGoOnByKey();
    void starringAgainKeepsItsPlaceAndToggleTakesItAway();
    void onlyAPersonsShownMessageTakesAStar();
    void deletedForEveryoneLosesItsStar();
    void deleteForMeTakesTheStarAlongAndUndoBringsItBack();
    void clearingAChatTakesOnlyItsStars();

private:
    Message add(qint64 chatId, const QString &body)
    {
        Message m;
        m.chatId = chatId;
        m.body = body;
        m.originId = QStringLiteral("o%1").arg(++m_clock);
        m.timestamp = m_clock;
        m.direction = Direction::Outgoing;
        m.deliveryState = DeliveryState::Sent;
        return await(m_messages->insertMessage(m)).value(0);
    }
    QList<Message> listed(qint64 chatId, StarStore::Cursor after = {}, int count = 50)
    {
        return await(m_store->starred(m_account, chatId, after, count));
    }
    qint64 star(qint64 messageId) { return await(m_store->setStarred(messageId, ++m_clock)).id; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<StarStore> m_store;
    qint64 m_account = 0;
    qint64 m_juliet = 0;
    qint64 m_mercutio = 0;
    qint64 m_clock = 1000;
};

void TestStarStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(await(m_db->open(m_dir->filePath(QStringLiteral("h.db")))).ok());
    m_messages = std::make_unique<MessageStore>(*m_db);
    m_store = std::make_unique<StarStore>(*m_db, *m_messages);
    m_account = await(
        AccountStore(*m_db).saveAccount({ 0, QStringLiteral("romeo@example.org"), {}, true }));
    m_juliet = await(ChatStore(*m_db).ensureChat(m_account, QStringLiteral("juliet@example.org")));
    m_mercutio
        = await(ChatStore(*m_db).ensureChat(m_account, QStringLiteral("mercutio@example.org")));
}

void TestStarStore::cleanup()
{
    m_store.reset();
    m_messages.reset();
    m_db.reset();
}

void TestStarStore::listsStarsNewestFirstPerChatAndAcrossChats()
{
    const Message first = add(m_juliet, QStringLiteral("by yonder window"));
    const Message plain = add(m_juliet, QStringLiteral("not starred"));
    const Message second = add(m_mercutio, QStringLiteral("a plague on both your houses"));
    const Message third = add(m_juliet, QStringLiteral("parting is such sweet sorrow"));
    // Another account's star is not this one's.
    const qint64 other = await(
        AccountStore(*m_db).saveAccount({ 0, QStringLiteral("tybalt@example.org"), {}, true }));
    const qint64 otherChat
        = await(ChatStore(*m_db).ensureChat(other, QStringLiteral("juliet@example.org")));
    const Message foreign = add(otherChat, QStringLiteral("someone else's"));
    QVERIFY(listed(0).isEmpty());

    QSignalSpy changed(m_messages.get(), &MessageStore::messageChanged);
    // Starred in another order than they were written: the list goes by the star.
    QCOMPARE(star(third.id), third.id);
    QCOMPARE(star(first.id), first.id);
    QCOMPARE(star(second.id), second.id);
    QCOMPARE(star(foreign.id), foreign.id);
    QTRY_COMPARE(changed.size(), 4);
    QCOMPARE(changed.first().first().value<Message>().id, third.id);
    QVERIFY(changed.first().first().value<Message>().starredAt > 0);

    QCOMPARE(ids(listed(0)), (QList<qint64> { second.id, first.id, third.id }));
    QCOMPARE(ids(listed(m_juliet)), (QList<qint64> { first.id, third.id }));
    QCOMPARE(ids(listed(m_mercutio)), QList<qint64> { second.id });
    QCOMPARE(ids(await(m_store->starred(other, 0, {}, 50))), QList<qint64> { foreign.id });
    const Message read = await(m_messages->message(first.id));
    QVERIFY(read.starredAt > 0);
    QCOMPARE(await(m_messages->message(plain.id)).starredAt, 0);
}

void TestStarStore::pagesGoOnByKey()
{
    QList<qint64> starred;
    for (int i = 0; i < 5; ++i) {
        const Message m = add(i % 2 ? m_juliet : m_mercutio, QStringLiteral("line %1").arg(i));
        // Two stars in the same millisecond still page apart, by id.
        QCOMPARE(await(m_store->setStarred(m.id, 5000 + i / 2)).id, m.id);
        starred.prepend(m.id);
    }
    QList<qint64> seen;
    StarStore::Cursor cursor;
    for (int page = 0; page < 4; ++page) {
        const QList<Message> messages = listed(0, cursor, 2);
        if (messages.isEmpty())
            break;
        seen += ids(messages);
        cursor = { messages.last().starredAt, messages.last().id };
    }
    QCOMPARE(seen, starred);
}

void TestStarStore::starringAgainKeepsItsPlaceAndToggleTakesItAway()
{
    const Message a = add(m_juliet, QStringLiteral("a"));
    const Message b = add(m_juliet, QStringLiteral("b"));
    star(a.id);
    star(b.id);
    const qint64 firstStar = await(m_messages->message(a.id)).starredAt;
    star(a.id);
    QCOMPARE(await(m_messages->message(a.id)).starredAt, firstStar);
    QCOMPARE(ids(listed(m_juliet)), (QList<qint64> { b.id, a.id }));

    const Message off = await(m_store->toggle(a.id, ++m_clock));
    QCOMPARE(off.id, a.id);
    QCOMPARE(off.starredAt, 0);
    QCOMPARE(ids(listed(m_juliet)), QList<qint64> { b.id });
    const Message on = await(m_store->toggle(a.id, ++m_clock));
    QCOMPARE(on.starredAt, m_clock);
    QCOMPARE(ids(listed(m_juliet)), (QList<qint64> { a.id, b.id }));
    QCOMPARE(await(m_store->setStarred(b.id, 0)).starredAt, 0);
    QCOMPARE(ids(listed(m_juliet)), QList<qint64> { a.id });
}

void TestStarStore::onlyAPersonsShownMessageTakesAStar()
{
    Message line;
    line.chatId = m_juliet;
    line.kind = MessageKind::System;
    line.event = QStringLiteral("{\"t\":\"destroyed\"}");
    line.timestamp = ++m_clock;
    const qint64 lineId = await(m_messages->insertMessage(line)).value(0).id;
    QVERIFY(lineId > 0);
    const Message original = add(m_juliet, QStringLiteral("original"));
    const Message correction = add(m_juliet, QStringLiteral("corrected"));
    QVERIFY(await(m_db->run([&](Connection &c) {
        Statement u = c.prepare("UPDATE messages SET corrects_id = ? WHERE id = ?");
        u.bind(1, original.id).bind(2, correction.id);
        return u.step() == 101 /* SQLITE_DONE */;
    })));

    QCOMPARE(await(m_store->setStarred(lineId, ++m_clock)).id, 0);
    QCOMPARE(await(m_store->toggle(lineId, ++m_clock)).id, 0);
    QCOMPARE(await(m_store->setStarred(correction.id, ++m_clock)).id, 0);
    QCOMPARE(await(m_store->setStarred(original.id + 1000, ++m_clock)).id, 0);
    QVERIFY(listed(0).isEmpty());
}

void TestStarStore::deletedForEveryoneLosesItsStar()
{
    const Message m = add(m_juliet, QStringLiteral("regret"));
    star(m.id);
    RetractionStore retractions(*m_db, *m_messages);
    QVERIFY(await(retractions.retract(m.id, RetractionStore::Outbox::Waiting)));
    const Message after = await(m_messages->message(m.id));
    QVERIFY(after.retracted);
    QCOMPARE(after.starredAt, 0);
    QVERIFY(listed(0).isEmpty());
    // Nor can it take one again.
    QCOMPARE(await(m_store->setStarred(m.id, ++m_clock)).id, 0);
    QCOMPARE(await(m_store->toggle(m.id, ++m_clock)).id, 0);
    // The retraction going out later changes nothing of that.
    QVERIFY(await(retractions.markSent(m.id)));
    QVERIFY(listed(0).isEmpty());
}

void TestStarStore::deleteForMeTakesTheStarAlongAndUndoBringsItBack()
{
    const Message m = add(m_juliet, QStringLiteral("keep this"));
    star(m.id);
    const qint64 starredAt = await(m_messages->message(m.id)).starredAt;
    RetractionStore retractions(*m_db, *m_messages);
    QCOMPARE(await(retractions.trash(m.id)).id, m.id);
    QVERIFY(listed(0).isEmpty());
    QVERIFY(await(retractions.restore(m.id)));
    QCOMPARE(ids(listed(0)), QList<qint64> { m.id });
    QCOMPARE(listed(0).first().starredAt, starredAt);
    // For good: the star goes with the message.
    QCOMPARE(await(retractions.trash(m.id)).id, m.id);
    await(retractions.purge(m.id));
    QVERIFY(listed(0).isEmpty());
}

void TestStarStore::clearingAChatTakesOnlyItsStars()
{
    const Message a = add(m_juliet, QStringLiteral("a"));
    const Message b = add(m_juliet, QStringLiteral("b"));
    const Message c = add(m_mercutio, QStringLiteral("c"));
    star(a.id);
    star(b.id);
    star(c.id);
    QCOMPARE(await(m_store->unstarChat(m_juliet)), 2);
    QCOMPARE(ids(listed(0)), QList<qint64> { c.id });
    QCOMPARE(await(m_messages->message(a.id)).body, QStringLiteral("a"));
    QCOMPARE(await(m_store->unstarChat(m_juliet)), 0);
    // A chat removed takes its stars along.
    QVERIFY(await(ChatStore(*m_db).removeChat(m_mercutio)));
    QVERIFY(listed(0).isEmpty());
}

QTEST_GUILESS_MAIN(TestStarStore)
#include "tst_starstore.moc"
