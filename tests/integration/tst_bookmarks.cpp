// The account's groups kept as bookmarks, against the real ejabberd (mod_pubsub's PEP and
// mod_private): published on one device and read on another, changes pushed live to the
// account's other devices, XEP-0048 storage read when there is nothing in PEP, and hostile items
// or forged notifications dropped or tamed.
#include "BookmarkSync.h"
#include "MucSync.h"
#include "RawStanza.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppLogger.h>

#include <memory>

using namespace Natter;
using Test::await;

namespace {
const QString Password = QStringLiteral("bookmarks-Passw0rd");
constexpr int NetworkMs = 15000;

// One signed-in session of an account, with its bookmarks.
struct Device
{
    std::unique_ptr<Session> session = std::make_unique<Session>();
    std::unique_ptr<BookmarkSync> bookmarks = std::make_unique<BookmarkSync>(session.get());
    std::unique_ptr<QSignalSpy> changed
        = std::make_unique<QSignalSpy>(bookmarks.get(), &BookmarkSync::bookmarkChanged);
    std::unique_ptr<QSignalSpy> retracted
        = std::make_unique<QSignalSpy>(bookmarks.get(), &BookmarkSync::bookmarkRetracted);

    QList<Bookmark> fetched() const
    {
        return await(bookmarks->fetch()).value_or(QList<Bookmark>());
    }
    bool heardOf(const QString &room) const
    {
        for (const QList<QVariant> &args : std::as_const(*changed)) {
            if (args.at(0).value<Bookmark>().room == room)
                return true;
        }
        return false;
    }
};

Bookmark bookmark(const QString &room, const QString &name, const QString &nick)
{
    Bookmark b;
    b.room = room;
    b.name = name;
    b.nick = nick;
    return b;
}

// A publish into our own bookmarks node with no options, as another client might write it.
QString rawPublish(const QString &id, const QString &name)
{
    return QStringLiteral("<iq xmlns='jabber:client' type='set' id='raw-%1'>"
                          "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                          "<publish node='urn:xmpp:bookmarks:1'><item id='%1'>"
                          "<conference xmlns='urn:xmpp:bookmarks:1' name='%2' autojoin='true'>"
                          "<nick>Raw</nick></conference></item></publish></pubsub></iq>")
        .arg(id.toHtmlEscaped(), name.toHtmlEscaped());
}
} // namespace

class TestBookmarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
    }

    void publishedBookmarksReachAnotherDevice();
    void changesArriveLiveOnTheOtherDevice();
    void legacyStorageIsReadWithoutPepBookmarks();
    void hostileItemsAndForgedEventsAreTamed();

private:
    std::unique_ptr<Device> signIn(const QString &jid, const QString &resource)
    {
        auto device = std::make_unique<Device>();
        ConnectionSettings settings = m_server.settingsFor(jid, Password);
        settings.resource = resource;
        QSignalSpy up(device->session.get(), &Session::connected);
        device->session->connectToServer(settings);
        if (!up.wait(NetworkMs))
            return nullptr;
        return device;
    }

    QString room(const QString &name) const
    {
        return QStringLiteral("%1@conference.%2").arg(name, m_server.domain());
    }

    // ejabberd reads a new session's "+notify" from its caps (XEP-0115) some time after its
    // presence; until then it notifies nobody. Publishing the same item again changes nothing.
    static bool publishUntilHeard(Device &from, Device &to, const Bookmark &b)
    {
        for (int attempt = 0; attempt < 15; ++attempt) {
            if (!await(from.bookmarks->publish(b)))
                return false;
            if (QTest::qWaitFor([&] { return to.heardOf(b.room); }, 1000))
                return true;
        }
        return false;
    }

    Test::TestServer m_server;
};

void TestBookmarks::publishedBookmarksReachAnotherDevice()
{
    const QString jid = m_server.createAccount(QStringLiteral("keeper"), Password);
    auto laptop = signIn(jid, QStringLiteral("laptop"));
    QVERIFY(laptop);
    Bookmark family
        = bookmark(room(QStringLiteral("family")), QStringLiteral("Family"), QStringLiteral("Ada"));
    Bookmark work
        = bookmark(room(QStringLiteral("work")), QStringLiteral("Work"), QStringLiteral("A."));
    work.autojoin = false;
    work.password = QStringLiteral("s3cret");
    QVERIFY(await(laptop->bookmarks->publish(family)));
    QVERIFY(await(laptop->bookmarks->publish(work)));

    // A fresh device of the same account finds both, as they were.
    auto phone = signIn(jid, QStringLiteral("phone"));
    QVERIFY(phone);
    const auto fetched = await(phone->bookmarks->fetch());
    QVERIFY(fetched);
    QCOMPARE(fetched->size(), 2);
    QVERIFY(fetched->contains(family));
    QVERIFY(fetched->contains(work));
}

void TestBookmarks::changesArriveLiveOnTheOtherDevice()
{
    const QString jid = m_server.createAccount(QStringLiteral("roamer"), Password);
    auto laptop = signIn(jid, QStringLiteral("laptop"));
    auto phone = signIn(jid, QStringLiteral("phone"));
    QVERIFY(laptop && phone);
    const Bookmark book = bookmark(
        room(QStringLiteral("books")), QStringLiteral("Book club"), QStringLiteral("Reader"));
    QVERIFY(publishUntilHeard(*laptop, *phone, book));
    QCOMPARE(phone->changed->last().at(0).value<Bookmark>(), book);

    // Once the server knows the phone listens, one publish and one retraction each arrive.
    const Bookmark chess = bookmark(
        room(QStringLiteral("chess")), QStringLiteral("Chess"), QStringLiteral("Knight"));
    QVERIFY(await(laptop->bookmarks->publish(chess)));
    QTRY_VERIFY_WITH_TIMEOUT(phone->heardOf(chess.room), NetworkMs);
    QCOMPARE(phone->changed->last().at(0).value<Bookmark>(), chess);
    QVERIFY(await(laptop->bookmarks->retract(book.room)));
    QTRY_COMPARE_WITH_TIMEOUT(phone->retracted->size(), 1, NetworkMs);
    QCOMPARE(phone->retracted->first().at(0).toString(), book.room);
    QCOMPARE(phone->fetched(), QList<Bookmark> { chess });
}

void TestBookmarks::legacyStorageIsReadWithoutPepBookmarks()
{
    const QString jid = m_server.createAccount(QStringLiteral("oldtimer"), Password);
    auto device = signIn(jid, QStringLiteral("desktop"));
    QVERIFY(device);
    // What an older client stored (XEP-0048 §3.1); this account never published to PEP.
    const QString store = QStringLiteral(
        "<iq xmlns='jabber:client' type='set' id='legacy-store'>"
        "<query xmlns='jabber:iq:private'><storage xmlns='storage:bookmarks'>"
        "<conference name='Old friends' autojoin='true' jid='%1'><nick>Oldie</nick></conference>"
        "</storage></query></iq>")
                              .arg(room(QStringLiteral("oldfriends")));
    QVERIFY(Test::sendRawStanza(*device->session, store));

    // The server answers in order: the store is done before the fetch reaches private storage.
    Bookmark expected = bookmark(
        room(QStringLiteral("oldfriends")), QStringLiteral("Old friends"), QStringLiteral("Oldie"));
    QCOMPARE(device->fetched(), QList<Bookmark> { expected });
}

void TestBookmarks::hostileItemsAndForgedEventsAreTamed()
{
    const QString jid = m_server.createAccount(QStringLiteral("target"), Password);
    auto laptop = signIn(jid, QStringLiteral("laptop"));
    auto phone = signIn(jid, QStringLiteral("phone"));
    QVERIFY(laptop && phone);
    const Bookmark good
        = bookmark(room(QStringLiteral("good")), QStringLiteral("Good"), QStringLiteral("Me"));
    QVERIFY(publishUntilHeard(*laptop, *phone, good));

    // Another client writes ids that are no room, and a name made to mislead and to be long.
    const QString longRoom = room(QStringLiteral("long"));
    const QString hostileName = u"\u202Eexe.pdf\u009B "_qs + QString(10 * 1024, u'n');
    const QStringList badIds { QStringLiteral("not a jid@@"),
        QString(room(QStringLiteral("r")) + u"/occ"),
        QString(QStringLiteral("@conference.") + m_server.domain()) };
    for (const QString &id : badIds) {
        QVERIFY(Test::sendRawStanza(*laptop->session, rawPublish(id, QStringLiteral("Bad"))));
    }
    QVERIFY(Test::sendRawStanza(*laptop->session, rawPublish(longRoom, hostileName)));
    QTRY_VERIFY_WITH_TIMEOUT(phone->heardOf(longRoom), NetworkMs);

    const QList<Bookmark> fetched = phone->fetched();
    QCOMPARE(fetched.size(), 2);
    QVERIFY(fetched.contains(good));
    for (const Bookmark &b : fetched) {
        QVERIFY2(b.room == good.room || b.room == longRoom, qPrintable(b.room));
        QVERIFY(b.name.size() <= MucSync::MaxNickLength);
        QVERIFY2(!b.name.contains(QChar(0x202E)) && !b.name.contains(QChar(0x9B)), "not tamed");
    }
    // The live notifications were tamed the same way; the bad ids never came out.
    for (const QList<QVariant> &args : std::as_const(*phone->changed)) {
        const auto b = args.at(0).value<Bookmark>();
        QVERIFY2(b.room == good.room || b.room == longRoom, qPrintable(b.room));
        QVERIFY(b.name.size() <= MucSync::MaxNickLength);
    }

    // A stranger sends the phone what looks like a notification from our own bookmarks node.
    const QString strangerJid = m_server.createAccount(QStringLiteral("stranger"), Password);
    auto stranger = signIn(strangerJid, QStringLiteral("evil"));
    QVERIFY(stranger);
    auto *logger = new QXmppLogger(phone->session->client());
    logger->setLoggingType(QXmppLogger::SignalLogging);
    logger->setMessageTypes(QXmppLogger::ReceivedMessage);
    phone->session->client()->setLogger(logger);
    bool forgeryArrived = false;
    connect(logger, &QXmppLogger::message, this,
        [&forgeryArrived](QXmppLogger::MessageType, const QString &text) {
            forgeryArrived = forgeryArrived || text.contains(u"forged-event");
        });
    const int changedBefore = int(phone->changed->size());
    const QString forged = QStringLiteral(
        "<message xmlns='jabber:client' to='%1/phone' id='forged-event'>"
        "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
        "<items node='urn:xmpp:bookmarks:1'>"
        "<item id='%2'><conference xmlns='urn:xmpp:bookmarks:1' name='Trap' autojoin='true'>"
        "<nick>Victim</nick></conference></item><retract id='%3'/></items></event></message>")
                               .arg(jid, room(QStringLiteral("trap")), good.room);
    QVERIFY(Test::sendRawStanza(*stranger->session, forged));
    // The client handles a stanza as it logs it: once logged, it has been taken or dropped.
    QTRY_VERIFY_WITH_TIMEOUT(forgeryArrived, NetworkMs);
    QCOMPARE(int(phone->changed->size()), changedBefore);
    QVERIFY(phone->retracted->isEmpty());
}

QTEST_GUILESS_MAIN(TestBookmarks)
#include "tst_bookmarks.moc"
