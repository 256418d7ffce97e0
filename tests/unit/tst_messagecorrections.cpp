#include "AccountStore.h"
#include "Await.h"
#include "ChatStore.h"
#include "Database.h"
#include "MessageStore.h"
#include "SearchStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::await;

// Corrections (XEP-0308) as the history stores them: the original's text changes, the
// correction is no message of its own, and only the original's author can correct it.
class TestMessageCorrections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void correctionReplacesTheText();
    void correctionOfACorrectionChainsToTheOriginal();
    void olderCorrectionArrivingLateLosesToTheNewer();
    void unknownOriginalWaits();
    void anotherOccupantChangesNothing();
    void sameIdFromTwoAuthorsPicksTheAuthor();
    void fileCorrectionIsRefused();
    void roomStanzaIdAlsoNamesTheOriginal();
    void ourOwnCorrectionNamesOurOriginId();
    void searchFindsOnlyTheNewText();
    void floodAnnouncesTheMessageOnce();

private:
    // Ids as literals: QAnyStringView takes them where QString may not (QT_NO_CAST_FROM_ASCII).
    Message text(qint64 chatId, const QString &body, QAnyStringView originId, qint64 at)
    {
        Message m;
        m.chatId = chatId;
        m.body = body;
        m.originId = originId.toString();
        m.messageId = m.originId;
        m.timestamp = at;
        return m;
    }
    Message correction(const Message &of, QAnyStringView ref, const QString &body,
        QAnyStringView originId, qint64 at)
    {
        Message m = text(of.chatId, body, originId, at);
        m.direction = of.direction;
        m.sender = of.sender;
        m.senderId = of.senderId;
        m.correctsRef = ref.toString();
        return m;
    }
    qint64 store(const Message &m) { return await(m_messages->insertMessage(m)).value(0).id; }
    Message stored(qint64 id) { return await(m_messages->message(id)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_messages;
    qint64 m_juliet = 0;
    qint64 m_group = 0;
};

void TestMessageCorrections::initTestCase()
{
    m_db = std::make_unique<Database>();
    QVERIFY(await(m_db->open(m_dir.filePath(QStringLiteral("h.db")))).ok());
    await(AccountStore(*m_db).saveAccount({ 0, QStringLiteral("romeo@example.org"), {}, true }));
    ChatStore chats(*m_db);
    m_juliet = await(chats.ensureChat(1, QStringLiteral("juliet@example.org")));
    m_group = await(chats.ensureChat(1, QStringLiteral("verona@groups.example.org")));
    m_messages = std::make_unique<MessageStore>(*m_db);
}

void TestMessageCorrections::correctionReplacesTheText()
{
    QSignalSpy added(m_messages.get(), &MessageStore::messagesAdded);
    QSignalSpy changed(m_messages.get(), &MessageStore::messageChanged);
    const Message original = text(m_juliet, QStringLiteral("wherefore art tho"), "o-1", 100);
    const qint64 id = store(original);
    QTRY_VERIFY(!added.isEmpty()); // announced from the database thread, queued
    const QList<Message> result = await(m_messages->insertMessage(
        correction(original, "o-1", QStringLiteral("wherefore art thou"), "o-2", 110)));
    QCOMPARE(result.size(), 1);
    QCOMPARE(result[0].correctsId, id);
    QVERIFY(result[0].read); // never unread on its own
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].value<Message>().id, id);
    QCOMPARE(added.size(), 1); // the correction is no message of its own
    const Message now = stored(id);
    QCOMPARE(now.body, QStringLiteral("wherefore art thou"));
    QVERIFY(now.edited);
    QCOMPARE(await(m_messages->newest(m_juliet, 10)).size(), 1);
    const QList<MessageVersion> versions = await(m_messages->versions(id));
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0].body, QStringLiteral("wherefore art tho"));
    QCOMPARE(versions[0].timestamp, qint64(100));
    QCOMPARE(versions[1].body, QStringLiteral("wherefore art thou"));
    // The same correction again (live, then from the archive) is stored once.
    QCOMPARE(await(m_messages->insertMessage(correction(
                       original, "o-1", QStringLiteral("wherefore art thou"), "o-2", 110)))
                 .size(),
        0);
    QCOMPARE(await(m_messages->versions(id)).size(), 2);
}

void TestMessageCorrections::correctionOfACorrectionChainsToTheOriginal()
{
    const Message original = text(m_juliet, QStringLiteral("a rose by any othr name"), "c-1", 200);
    const qint64 id = store(original);
    store(correction(original, "c-1", QStringLiteral("a rose by any other nam"), "c-2", 210));
    // XEP-0308 says to name the original; a client that names the last correction still
    // corrects the original.
    const QList<Message> second = await(m_messages->insertMessage(
        correction(original, "c-2", QStringLiteral("a rose by any other name"), "c-3", 220)));
    QCOMPARE(second.value(0).correctsId, id);
    QCOMPARE(stored(id).body, QStringLiteral("a rose by any other name"));
    QCOMPARE(await(m_messages->versions(id)).size(), 3);
}

void TestMessageCorrections::olderCorrectionArrivingLateLosesToTheNewer()
{
    const Message original = text(m_juliet, QStringLiteral("parting is such swet"), "l-1", 300);
    const qint64 id = store(original);
    store(correction(original, "l-1", QStringLiteral("parting is such sweet sorrow"), "l-3", 320));
    store(correction(original, "l-1", QStringLiteral("parting is such sweet"), "l-2", 310));
    QCOMPARE(stored(id).body, QStringLiteral("parting is such sweet sorrow"));
    const QList<MessageVersion> versions = await(m_messages->versions(id));
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.last().body, QStringLiteral("parting is such sweet sorrow"));
}

void TestMessageCorrections::unknownOriginalWaits()
{
    QSignalSpy waiting(m_messages.get(), &MessageStore::correctionsWaiting);
    const Message original = text(m_juliet, QStringLiteral("good night good nigt"), "w-1", 400);
    const Message early
        = correction(original, "w-1", QStringLiteral("good night, good night"), "w-2", 410);
    QVERIFY(await(m_messages->insertMessage(early)).isEmpty());
    QTRY_COMPARE(waiting.size(), 1);
    QCOMPARE(waiting[0][0].value<QList<Message>>().value(0).correctsRef, QStringLiteral("w-1"));
    QCOMPARE(await(m_messages->newest(m_juliet, 50)).size(), 3); // nothing new shows
    const qint64 id = store(original);
    // What a service does once the original is stored: the held correction again.
    QCOMPARE(await(m_messages->insertMessage(early)).size(), 1);
    QCOMPARE(stored(id).body, QStringLiteral("good night, good night"));
}

void TestMessageCorrections::anotherOccupantChangesNothing()
{
    Message original = text(m_group, QStringLiteral("I bite my thumb"), "g-1", 500);
    original.sender = QStringLiteral("sampson");
    original.senderId = QStringLiteral("occ-sampson");
    const qint64 id = store(original);
    Message forged
        = correction(original, "g-1", QStringLiteral("I surrender to the Montagues"), "g-2", 510);
    forged.sender = QStringLiteral("abram");
    forged.senderId = QStringLiteral("occ-abram");
    QVERIFY(await(m_messages->insertMessage(forged)).isEmpty());
    // The nickname alone is not the author either.
    forged.sender = QStringLiteral("sampson");
    forged.originId = QStringLiteral("g-3");
    forged.messageId = forged.originId;
    QVERIFY(await(m_messages->insertMessage(forged)).isEmpty());
    const Message now = stored(id);
    QCOMPARE(now.body, QStringLiteral("I bite my thumb"));
    QVERIFY(!now.edited);
    QVERIFY(await(m_messages->versions(id)).isEmpty());
    // The author (here under a new nickname) may.
    Message real = correction(original, "g-1", QStringLiteral("I bite my thumb, sir"), "g-4", 520);
    real.sender = QStringLiteral("sampson2");
    QCOMPARE(await(m_messages->insertMessage(real)).size(), 1);
    QCOMPARE(stored(id).body, QStringLiteral("I bite my thumb, sir"));
}

void TestMessageCorrections::sameIdFromTwoAuthorsPicksTheAuthor()
{
    Message gregory = text(m_group, QStringLiteral("draw thy tool"), "same-id", 600);
    gregory.sender = QStringLiteral("gregory");
    gregory.senderId = QStringLiteral("occ-gregory");
    const qint64 first = store(gregory);
    Message abram = gregory;
    abram.body = QStringLiteral("do you bite your thumb at us");
    abram.sender = QStringLiteral("abram");
    abram.senderId = QStringLiteral("occ-abram");
    abram.timestamp = 601;
    const qint64 second = store(abram);
    QVERIFY(first != second);
    QCOMPARE(await(m_messages->insertMessage(correction(abram, "same-id",
                       QStringLiteral("do you bite your thumb at us, sir"), "abram-2", 610)))
                 .value(0)
                 .correctsId,
        second);
    QCOMPARE(stored(first).body, QStringLiteral("draw thy tool"));
}

void TestMessageCorrections::roomStanzaIdAlsoNamesTheOriginal()
{
    // XEP-0308 says the author's id; a client that names the room's stanza-id still corrects.
    Message original = text(m_group, QStringLiteral("the prince is cmoing"), "sid-o-1", 650);
    original.stanzaId = QStringLiteral("room-sid-1");
    original.sender = QStringLiteral("benvolio");
    original.senderId = QStringLiteral("occ-benvolio");
    const qint64 id = store(original);
    store(
        correction(original, "room-sid-1", QStringLiteral("the prince is coming"), "sid-o-2", 660));
    QCOMPARE(stored(id).body, QStringLiteral("the prince is coming"));
}

void TestMessageCorrections::fileCorrectionIsRefused()
{
    const Message original = text(m_juliet, QStringLiteral("see my picture"), "f-1", 700);
    const qint64 id = store(original);
    Message withFile = correction(original, "f-1", QStringLiteral("see my picture!"), "f-2", 710);
    Attachment file;
    file.url = QStringLiteral("https://example.org/balcony.jpg");
    file.fileName = QStringLiteral("balcony.jpg");
    withFile.attachments.append(file);
    QVERIFY(await(m_messages->insertMessage(withFile)).isEmpty());
    const Message now = stored(id);
    QCOMPARE(now.body, QStringLiteral("see my picture"));
    QVERIFY(now.attachments.isEmpty());
}

void TestMessageCorrections::ourOwnCorrectionNamesOurOriginId()
{
    Message ours = text(m_juliet, QStringLiteral("I'll be there at nine"), "ours-1", 800);
    ours.direction = Direction::Outgoing;
    ours.deliveryState = DeliveryState::Sent;
    const qint64 id = store(ours);
    Message fix = correction(ours, {}, QStringLiteral("I'll be there at ten"), "ours-2", 810);
    fix.correctsId = id;
    fix.deliveryState = DeliveryState::Pending;
    const qint64 fixId = store(fix);
    const Message outgoing = stored(fixId);
    QCOMPARE(outgoing.correctsId, id);
    QCOMPARE(outgoing.correctsRef, QStringLiteral("ours-1"));
    // It waits in the outbox like any message of ours, and only it does.
    const QList<Message> outbox = await(m_messages->outbox(1, OutboxKind::All));
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox[0].id, fixId);
    QCOMPARE(outbox[0].correctsRef, QStringLiteral("ours-1"));
}

void TestMessageCorrections::searchFindsOnlyTheNewText()
{
    SearchStore search(*m_db);
    const Message original = text(m_juliet, QStringLiteral("meet me by the sycamore"), "s-1", 900);
    const qint64 id = store(original);
    QCOMPARE(await(search.search(QStringLiteral("sycamore"))).size(), 1);
    store(correction(original, "s-1", QStringLiteral("meet me by the orchard"), "s-2", 910));
    QVERIFY(await(search.search(QStringLiteral("sycamore"))).isEmpty());
    const QList<SearchHit> hits = await(search.search(QStringLiteral("orchard")));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].message.id, id);
}

void TestMessageCorrections::floodAnnouncesTheMessageOnce()
{
    const Message original = text(m_juliet, QStringLiteral("count to a thousand"), "x-0", 1000);
    const qint64 id = store(original);
    QSignalSpy changed(m_messages.get(), &MessageStore::messageChanged);
    QList<Message> flood;
    for (int i = 1; i <= 1000; ++i)
        flood.append(correction(original, "x-0", QString::number(i),
            QStringLiteral("x-") + QString::number(i), 1000 + i));
    QCOMPARE(await(m_messages->insertMessages(flood)).size(), 1000);
    QCOMPARE(stored(id).body, QStringLiteral("1000"));
    // The announcement follows on the owner's thread; earlier tests' may still be queued.
    const auto announced = [&] {
        return std::count_if(changed.cbegin(), changed.cend(),
            [id](const QList<QVariant> &args) { return args[0].value<Message>().id == id; });
    };
    QTRY_COMPARE(announced(), 1);
    QTest::qWait(50);
    QCOMPARE(announced(), 1);
    QCOMPARE(await(m_messages->versions(id)).size(), 101); // bounded
}

QTEST_GUILESS_MAIN(TestMessageCorrections)
#include "tst_messagecorrections.moc"
