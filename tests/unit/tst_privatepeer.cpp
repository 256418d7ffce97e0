// The peer of a private message through a room, room@service/nick, and the title it is shown
// under: the nickname stays the room's name for someone, never a person's address.
#include "PrivatePeer.h"

#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

class TestPrivatePeer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesAndSplitsThePeer()
    {
        const QString peer = PrivatePeer::make(u"Family@Groups.Example.org"_s, u"Bob Smith"_s);
        QCOMPARE(peer, u"family@groups.example.org/Bob Smith"_s);
        QVERIFY(PrivatePeer::isPrivate(peer));
        QCOMPARE(PrivatePeer::room(peer), u"family@groups.example.org"_s);
        QCOMPARE(PrivatePeer::nick(peer), u"Bob Smith"_s);
        // A nickname may look like an address, or hold a slash: it stays a nickname.
        const QString lookalike
            = PrivatePeer::make(u"family@groups.example.org"_s, u"bob@example.org/x"_s);
        QCOMPARE(PrivatePeer::room(lookalike), u"family@groups.example.org"_s);
        QCOMPARE(PrivatePeer::nick(lookalike), u"bob@example.org/x"_s);
    }

    void refusesWhatIsNoOccupant()
    {
        QCOMPARE(PrivatePeer::make({}, u"Bob"_s), QString());
        QCOMPARE(PrivatePeer::make(u"family@groups.example.org"_s, {}), QString());
        QCOMPARE(PrivatePeer::make(u"groups.example.org"_s, u"Bob"_s), QString());
        QCOMPARE(PrivatePeer::make(u"a@b/c"_s, u"Bob"_s), QString());
        QVERIFY(!PrivatePeer::isPrivate(u"bob@example.org"_s));
        QVERIFY(!PrivatePeer::isPrivate(u"family@groups.example.org/"_s));
        QVERIFY(!PrivatePeer::isPrivate(u"example.org/resource"_s));
        QCOMPARE(PrivatePeer::room(u"bob@example.org"_s), QString());
        QCOMPARE(PrivatePeer::nick(u"bob@example.org"_s), QString());
    }

    void titleIsOneBoundedLine()
    {
        QCOMPARE(PrivatePeer::title(u"Bob"_s, u"Family"_s), u"Bob (Family)"_s);
        QCOMPARE(PrivatePeer::title(u"Bob\nEvil"_s, u"Fam\tily"_s), u"Bob Evil (Fam ily)"_s);
        const QString title = PrivatePeer::title(QString(500, u'b'), QString(500, u'r'));
        QCOMPARE(title.size(), PrivatePeer::MaxNickChars + PrivatePeer::MaxRoomChars + 3);
        QVERIFY(title.startsWith(QString(PrivatePeer::MaxNickChars - 1, u'b') + u'…'));
        // Markup stays text: the label shows it as typed.
        QCOMPARE(PrivatePeer::title(u"<b>Bob</b>"_s, u"Family"_s), u"<b>Bob</b> (Family)"_s);
    }
};

QTEST_GUILESS_MAIN(TestPrivatePeer)
#include "tst_privatepeer.moc"
