#include "AccountStore.h"
#include "Await.h"
#include "ChatStore.h"
#include "Database.h"
#include "MessageStore.h"
#include "SearchStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::await;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ignoresCaseAndDiacritics();
    void highlightsWithMarkersNotMarkup();
    void findsPrefixOfLastWord();
    void searchesOneChatOrAll();
    void newestFirstOrByRelevance();
    void findsAttachmentNames();
    void followsEditsAndDeletions();
    void userInputIsNeverQuerySyntax();
    void indexKeepsUpWithEveryWriter();

private:
    qint64 add(qint64 chatId, const QString &body, qint64 timestamp)
    {
        Message m;
        m.chatId = chatId;
        m.body = body;
        m.timestamp = timestamp;
        return await(m_messages->insertMessage(m)).value(0).id;
    }
    QList<qint64> ids(const QString &text, qint64 chatId = 0,
        SearchStore::Order order = SearchStore::Order::Newest)
    {
        QList<qint64> out;
        for (const SearchHit &hit : await(m_search->search(text, chatId, order)))
            out.append(hit.message.id);
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<SearchStore> m_search;
    qint64 m_juliet = 0;
    qint64 m_mercutio = 0;
};

void TestSearch::initTestCase()
{
    m_db = std::make_unique<Database>();
    QVERIFY(await(m_db->open(m_dir.filePath(QStringLiteral("h.db")))).ok());
    await(AccountStore(*m_db).saveAccount({ 0, QStringLiteral("romeo@example.org"), {}, true }));
    ChatStore chats(*m_db);
    m_juliet = await(chats.ensureChat(1, QStringLiteral("juliet@example.org")));
    m_mercutio = await(chats.ensureChat(1, QStringLiteral("mercutio@example.org")));
    m_messages = std::make_unique<MessageStore>(*m_db);
    m_search = std::make_unique<SearchStore>(*m_db);
}

void TestSearch::ignoresCaseAndDiacritics()
{
    const qint64 id = add(m_juliet, QStringLiteral("Meet me at the CAFÉ in Zürich"), 100);
    QCOMPARE(ids(QStringLiteral("cafe zurich")), QList<qint64> { id });
    QCOMPARE(ids(QStringLiteral("Café ZÜRICH")), QList<qint64> { id });
    QVERIFY(ids(QStringLiteral("cafe paris")).isEmpty()); // every word must match
}

void TestSearch::highlightsWithMarkersNotMarkup()
{
    add(m_juliet, QStringLiteral("<b>bold</b> & a serenade tonight"), 110);
    const QList<SearchHit> hits = await(m_search->search(QStringLiteral("serenade")));
    QCOMPARE(hits.size(), 1);
    const QString expected = QStringLiteral("<b>bold</b> & a ") + SearchHit::MatchStart
        + QStringLiteral("serenade") + SearchHit::MatchEnd + QStringLiteral(" tonight");
    QCOMPARE(hits[0].snippet, expected); // the body's own markup stays plain text
    QVERIFY(!hits[0].inAttachment);
}

void TestSearch::findsPrefixOfLastWord()
{
    const qint64 id = add(m_mercutio, QStringLiteral("A plague on both your houses"), 120);
    QCOMPARE(ids(QStringLiteral("plague hou")), QList<qint64> { id });
    QVERIFY(ids(QStringLiteral("pla houses")).isEmpty()); // only the last word is a prefix
}

void TestSearch::searchesOneChatOrAll()
{
    const qint64 a = add(m_juliet, QStringLiteral("balcony at midnight"), 130);
    const qint64 b = add(m_mercutio, QStringLiteral("no balcony for me"), 131);
    QCOMPARE(ids(QStringLiteral("balcony")), (QList<qint64> { b, a }));
    QCOMPARE(ids(QStringLiteral("balcony"), m_juliet), QList<qint64> { a });
    QCOMPARE(ids(QStringLiteral("balcony"), m_mercutio), QList<qint64> { b });
}

void TestSearch::newestFirstOrByRelevance()
{
    const qint64 strong = add(m_juliet, QStringLiteral("rose rose rose"), 140);
    const qint64 weak = add(m_juliet,
        QStringLiteral("a rose by any other name would smell as sweet, said she to him there"),
        141);
    QCOMPARE(ids(QStringLiteral("rose")), (QList<qint64> { weak, strong }));
    QCOMPARE(ids(QStringLiteral("rose"), 0, SearchStore::Order::Relevance),
        (QList<qint64> { strong, weak }));
}

void TestSearch::findsAttachmentNames()
{
    Message m;
    m.chatId = m_mercutio;
    m.body = QStringLiteral("look at this");
    m.timestamp = 150;
    Attachment sketch;
    sketch.fileName = QStringLiteral("Queen_Mab-sketch.png");
    sketch.size = 10;
    m.attachments.append(sketch);
    const qint64 id = await(m_messages->insertMessage(m)).value(0).id;
    const QList<SearchHit> hits = await(m_search->search(QStringLiteral("mab sketch")));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].message.id, id);
    QVERIFY(hits[0].inAttachment);
    QVERIFY(hits[0].snippet.contains(SearchHit::MatchStart + QStringLiteral("Mab")));
}

void TestSearch::followsEditsAndDeletions()
{
    const qint64 id = add(m_juliet, QStringLiteral("parting is such sweet sorow"), 160);
    QCOMPARE(ids(QStringLiteral("sorow")), QList<qint64> { id });
    QVERIFY(await(m_messages->editMessage(id, QStringLiteral("parting is such sweet sorrow"))));
    QVERIFY(ids(QStringLiteral("sorow")).isEmpty());
    QCOMPARE(ids(QStringLiteral("sorrow")), QList<qint64> { id });

    Message fix;
    fix.chatId = m_juliet;
    fix.body = QStringLiteral("parting is such sweet grief");
    fix.timestamp = 161;
    fix.correctsId = id;
    await(m_messages->insertMessage(fix));
    QCOMPARE(ids(QStringLiteral("grief")), QList<qint64> { id }); // once, for the original
    QVERIFY(ids(QStringLiteral("sorrow")).isEmpty());

    QVERIFY(await(m_messages->removeMessage(id)));
    QVERIFY(ids(QStringLiteral("parting")).isEmpty());
}

void TestSearch::userInputIsNeverQuerySyntax()
{
    const qint64 id
        = add(m_juliet, QStringLiteral("NEAR the OR gate: \"quoted\" AND *stars*"), 170);
    for (const QString &text : { QStringLiteral("NEAR"), QStringLiteral("\"quoted"),
             QStringLiteral("OR gate"), QStringLiteral("*stars* AND"), QStringLiteral("gate:") }) {
        QCOMPARE(ids(text), QList<qint64> { id });
    }
    QVERIFY(ids(QStringLiteral("  ^*\"() ")).isEmpty());
    QCOMPARE(SearchStore::matchExpression(QStringLiteral("a \"b\" c"), false),
        QStringLiteral("\"a\" \"b\" \"c\""));
}

void TestSearch::indexKeepsUpWithEveryWriter()
{
    // A correction in the same batch as its original: indexed once, with the corrected text.
    Message original;
    original.chatId = m_mercutio;
    original.body = QStringLiteral("a pox upon thy drawbriges");
    original.timestamp = 180;
    original.originId = QStringLiteral("queen-mab-1");
    const qint64 id = await(m_messages->insertMessage(original)).value(0).id;
    QVERIFY(id > 0);
    Message fix = original;
    fix.body = QStringLiteral("a pox upon thy drawbridges");
    fix.originId = QStringLiteral("queen-mab-2");
    fix.correctsId = id;
    Message next = original;
    next.body = QStringLiteral("thou art like one of those fellows");
    next.originId = QStringLiteral("queen-mab-3");
    QCOMPARE(await(m_messages->insertMessages({ fix, next })).size(), 2);
    QCOMPARE(ids(QStringLiteral("drawbridges")), QList<qint64> { id });
    QVERIFY(ids(QStringLiteral("drawbriges")).isEmpty());

    // The newest message goes, and its id is handed out again by a writer outside the store.
    const qint64 newest = ids(QStringLiteral("fellows")).value(0);
    QVERIFY(await(m_messages->removeMessage(newest)));
    const qint64 reused = await(m_db->run([this](Connection &c) {
        Statement s = c.prepare("INSERT INTO messages (chat_id, timestamp, direction, state, "
                                "read, body) VALUES (?, 190, 0, 2, 1, 'tybalt, you ratcatcher')");
        s.bind(1, m_mercutio);
        return s.step() == 101 /* SQLITE_DONE */ ? c.lastInsertId() : 0;
    }));
    QCOMPARE(reused, newest);
    QVERIFY(ids(QStringLiteral("fellows")).isEmpty());
    QCOMPARE(ids(QStringLiteral("ratcatcher")), QList<qint64> { reused });
    QVERIFY(await(m_messages->editMessage(reused, QStringLiteral("tybalt, you rat-catcher"))));
    QCOMPARE(ids(QStringLiteral("catcher")), QList<qint64> { reused });
    QVERIFY(ids(QStringLiteral("ratcatcher")).isEmpty());
    QVERIFY(await(m_db->run([](Connection &c) {
        return c.exec("INSERT INTO message_search (message_search) VALUES ('integrity-check')")
            == 0;
    })));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
