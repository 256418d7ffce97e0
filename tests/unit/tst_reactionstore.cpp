// XEP-0444 reactions on disk and their bounds: one set per reactor per message, replaced whole,
// taken back by an empty set, never by an older one; only a message of the named chat; rows
// leave with their message; our own sets queue until the server takes them.
#include "AccountStore.h"
#include "Await.h"
#include "ChatStore.h"
#include "Database.h"
#include "MessageStore.h"
#include "Reaction.h"
#include "ReactionStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::await;

namespace {
const QString Juliet = QStringLiteral("juliet@example.org");
const QString Nurse = QStringLiteral("nurse@example.org");
const QString Room = QStringLiteral("family@groups.example.org");

Reaction set(const QString &peer, const QString &ref, const QString &reactor,
    const QStringList &emojis, qint64 at, bool group = false)
{
    Reaction r;
    r.peer = peer;
    r.group = group;
    r.ref = ref;
    r.reactor = reactor;
    r.name = group ? reactor : QString();
    r.emojis = emojis;
    r.timestamp = at;
    return r;
}
} // namespace

class TestReactionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void setsAreBoundedToSingleEmoji();
    void floodIsCutToMaxEmojis();
    void newSetReplacesAndEmptySetRemoves();
    void olderSetNeverReplacesNewer();
    void onlyTheNamedChatsMessageCounts();
    void groupNamesByTheRoomsStanzaId();
    void reactionsLeaveWithTheirMessage();
    void ownSetQueuesUntilTaken();

private:
    qint64 insert(qint64 chatId, const QString &originId, const QString &stanzaId = {});
    QList<ReactionCount> countsOf(qint64 messageId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<ReactionStore> m_store;
    qint64 m_juliet = 0;
    qint64 m_nurse = 0;
    qint64 m_room = 0;
};

void TestReactionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(await(m_db->open(m_dir->filePath(QStringLiteral("history.db")))).ok());
    QCOMPARE(await(AccountStore(*m_db).saveAccount(
                 { 0, QStringLiteral("romeo@example.org"), {}, true })),
        1);
    ChatStore chats(*m_db);
    m_juliet = await(chats.ensureChat(1, Juliet));
    m_nurse = await(chats.ensureChat(1, Nurse));
    m_room = await(chats.ensureChat(1, Room, ChatKind::PrivateGroup));
    QVERIFY(m_juliet > 0 && m_nurse > 0 && m_room > 0);
    m_messages = std::make_unique<MessageStore>(*m_db);
    m_store = std::make_unique<ReactionStore>(*m_db);
}

void TestReactionStore::cleanup()
{
    m_store.reset();
    m_messages.reset();
    m_db.reset();
}

qint64 TestReactionStore::insert(qint64 chatId, const QString &originId, const QString &stanzaId)
{
    Message m;
    m.chatId = chatId;
    m.body = QStringLiteral("hello");
    m.originId = originId;
    m.messageId = originId;
    m.stanzaId = stanzaId;
    m.timestamp = 1000;
    m.deliveryState = DeliveryState::Delivered;
    const QList<Message> stored = await(m_messages->insertMessages({ m }));
    return stored.isEmpty() ? 0 : stored.first().id;
}

QList<ReactionCount> TestReactionStore::countsOf(qint64 messageId)
{
    return await(m_store->counts({ messageId })).value(messageId);
}

void TestReactionStore::setsAreBoundedToSingleEmoji()
{
    int dropped = 0;
    const QStringList kept = ReactionSet::bounded(
        { QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("👍🏽"),
            QStringLiteral("👩‍👩‍👧"), QStringLiteral("🏳️‍🌈"),
            QStringLiteral("a"), QStringLiteral("👍👍"), QStringLiteral(""), QStringLiteral("👍 "),
            QStringLiteral("👍") },
        &dropped);
    QCOMPARE(kept,
        QStringList({ QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("👍🏽"),
            QStringLiteral("👩‍👩‍👧"), QStringLiteral("🏳️‍🌈") }));
    QCOMPARE(dropped, 4); // the duplicate 👍 is no harm, just not twice
    QVERIFY(!ReactionSet::isSingleEmoji(QString(200, QChar(u'x'))));
}

void TestReactionStore::floodIsCutToMaxEmojis()
{
    QStringList flood;
    for (char32_t c = 0x1F600; c < 0x1F600 + 200; ++c)
        flood.append(QString::fromUcs4(&c, 1));
    int dropped = 0;
    const QStringList kept = ReactionSet::bounded(flood, &dropped);
    QCOMPARE(kept.size(), ReactionSet::MaxEmojis);
    QCOMPARE(dropped, 200 - ReactionSet::MaxEmojis);
    QCOMPARE(kept.first(), QStringLiteral("😀"));
}

void TestReactionStore::newSetReplacesAndEmptySetRemoves()
{
    const qint64 id = insert(m_juliet, QStringLiteral("m1"));
    auto applied = await(m_store->apply(1,
        { set(Juliet, QStringLiteral("m1"), Juliet, { QStringLiteral("👍"), QStringLiteral("😂") },
            10) }));
    QCOMPARE(applied.changed.value(id), m_juliet);
    QCOMPARE(countsOf(id).size(), 2);
    // A new set replaces the old one whole.
    await(m_store->apply(
        1, { set(Juliet, QStringLiteral("m1"), Juliet, { QStringLiteral("❤️") }, 20) }));
    QList<ReactionCount> counts = countsOf(id);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.first().emoji, QStringLiteral("❤️"));
    QCOMPARE(counts.first().reactors, QStringList { Juliet });
    QVERIFY(!counts.first().ours);
    // Ours beside hers on the same emoji: one chip, two reactors.
    QVERIFY(await(m_store->setOwn(id, { QStringLiteral("❤️") }, 25)) == m_juliet);
    counts = countsOf(id);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.first().reactors.size(), 2);
    QVERIFY(counts.first().ours);
    // An empty set takes hers back; ours stays.
    applied = await(m_store->apply(1, { set(Juliet, QStringLiteral("m1"), Juliet, {}, 30) }));
    QVERIFY(applied.changed.contains(id));
    counts = countsOf(id);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.first().reactors, QStringList { QString() });
}

void TestReactionStore::olderSetNeverReplacesNewer()
{
    const qint64 id = insert(m_juliet, QStringLiteral("m1"));
    await(m_store->apply(
        1, { set(Juliet, QStringLiteral("m1"), Juliet, { QStringLiteral("😮") }, 50) }));
    const auto applied = await(m_store->apply(
        1, { set(Juliet, QStringLiteral("m1"), Juliet, { QStringLiteral("😢") }, 40) }));
    QVERIFY(applied.changed.isEmpty());
    QCOMPARE(countsOf(id).first().emoji, QStringLiteral("😮"));
}

void TestReactionStore::onlyTheNamedChatsMessageCounts()
{
    const qint64 id = insert(m_juliet, QStringLiteral("m1"));
    // The nurse names Juliet's message: in her own chat it names nothing (held, not applied).
    auto applied = await(m_store->apply(
        1, { set(Nurse, QStringLiteral("m1"), Nurse, { QStringLiteral("👍") }, 10) }));
    QVERIFY(applied.changed.isEmpty());
    QCOMPARE(applied.unresolved.size(), 1);
    QCOMPARE(applied.unresolved.first().first, m_nurse);
    // Someone we have no chat with, and a person's reaction claiming a group: nothing at all.
    applied = await(m_store->apply(1,
        { set(QStringLiteral("stranger@evil.example"), QStringLiteral("m1"),
              QStringLiteral("stranger@evil.example"), { QStringLiteral("👍") }, 10),
            set(Juliet, QStringLiteral("m1"), Juliet, { QStringLiteral("👍") }, 10, true) }));
    QVERIFY(applied.changed.isEmpty());
    QVERIFY(applied.unresolved.isEmpty());
    QVERIFY(countsOf(id).isEmpty());
}

void TestReactionStore::groupNamesByTheRoomsStanzaId()
{
    const qint64 id = insert(m_room, QStringLiteral("origin-1"), QStringLiteral("room-sid-1"));
    // A group's reactions name the room's stanza-id (MessageRefs also accepts the sender's own
    // id, since clients disagree); another id names nothing.
    auto applied = await(m_store->apply(1,
        { set(Room, QStringLiteral("unknown-id"), QStringLiteral("occ-a"), { QStringLiteral("👍") },
            10, true) }));
    QVERIFY(applied.changed.isEmpty());
    applied = await(m_store->apply(1,
        { set(Room, QStringLiteral("room-sid-1"), QStringLiteral("occ-a"), { QStringLiteral("👍") },
              10, true),
            set(Room, QStringLiteral("room-sid-1"), QStringLiteral("occ-b"),
                { QStringLiteral("👍"), QStringLiteral("🙏") }, 11, true) }));
    QCOMPARE(applied.changed.value(id), m_room);
    const QList<ReactionCount> counts = countsOf(id);
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts.at(0).emoji, QStringLiteral("👍"));
    QCOMPARE(counts.at(0).reactors.size(), 2);
    QCOMPARE(counts.at(0).names, QStringList({ QStringLiteral("occ-a"), QStringLiteral("occ-b") }));
    QCOMPARE(counts.at(1).emoji, QStringLiteral("🙏"));
}

void TestReactionStore::reactionsLeaveWithTheirMessage()
{
    const qint64 id = insert(m_juliet, QStringLiteral("m1"));
    await(m_store->apply(
        1, { set(Juliet, QStringLiteral("m1"), Juliet, { QStringLiteral("👍") }, 10) }));
    QVERIFY(await(m_store->setOwn(id, { QStringLiteral("😂") }, 11)) > 0);
    QVERIFY(await(m_messages->removeMessage(id)));
    QVERIFY(countsOf(id).isEmpty());
    QVERIFY(await(m_store->outbox(1)).isEmpty());
}

void TestReactionStore::ownSetQueuesUntilTaken()
{
    const qint64 person = insert(m_juliet, QStringLiteral("m1"));
    const qint64 group = insert(m_room, QStringLiteral("origin-1"), QStringLiteral("room-sid-1"));
    QCOMPARE(await(m_store->toggleOwn(person, QStringLiteral("👍"), 10)), m_juliet);
    QCOMPARE(await(m_store->toggleOwn(person, QStringLiteral("😂"), 11)), m_juliet);
    QCOMPARE(await(m_store->toggleOwn(group, QStringLiteral("🙏"), 12)), m_room);
    QList<ReactionStore::Outgoing> queued = await(m_store->outbox(1));
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).peer, Juliet);
    QCOMPARE(queued.at(0).ref, QStringLiteral("m1"));
    QCOMPARE(queued.at(0).emojis, QStringList({ QStringLiteral("👍"), QStringLiteral("😂") }));
    QCOMPARE(queued.at(1).ref, QStringLiteral("room-sid-1"));
    QVERIFY(queued.at(1).group);
    // Taking our 👍 back sends the whole new set; the server taking the older one keeps it queued.
    const qint64 older = queued.at(0).version;
    QCOMPARE(await(m_store->toggleOwn(person, QStringLiteral("👍"), 13)), m_juliet);
    QVERIFY(await(m_store->markSent(person, older)));
    queued = await(m_store->outbox(1));
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).emojis, QStringList { QStringLiteral("😂") });
    QVERIFY(await(m_store->markSent(person, queued.at(0).version)));
    QCOMPARE(await(m_store->outbox(1)).size(), 1);
    // A full set gains nothing more.
    for (int i = 0; i < ReactionSet::MaxEmojis + 2; ++i) {
        const char32_t c = 0x1F600 + i;
        await(m_store->toggleOwn(group, QString::fromUcs4(&c, 1), 20 + i));
    }
    QCOMPARE(await(m_store->own(group)).size(), ReactionSet::MaxEmojis);
}

QTEST_GUILESS_MAIN(TestReactionStore)
#include "tst_reactionstore.moc"
