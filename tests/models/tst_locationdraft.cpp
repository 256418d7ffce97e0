#include "LocationDraft.h"
#include "SharedCard.h"

#include <QSignalSpy>
#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

// The "Share a location" dialog's fields, and the card a body makes.
class TestLocationDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyIsNeitherValidNorWrong()
    {
        LocationDraft draft;
        draft.clear();
        QVERIFY(draft.uri().isEmpty());
        QVERIFY(draft.errorText().isEmpty());
    }

    void typedCoordinatesWithAName()
    {
        LocationDraft draft;
        QSignalSpy changed(&draft, &LocationDraft::resultChanged);
        draft.setProperty("latitude", u"-33.8568"_s);
        QVERIFY(draft.uri().isEmpty());
        QVERIFY(draft.errorText().contains(u"longitude"_s));
        draft.setProperty("longitude", u"151.2153"_s);
        draft.setProperty("label", u"Opera House"_s);
        QCOMPARE(draft.uri(), u"geo:-33.8568,151.2153?q=-33.8568,151.2153(Opera+House)"_s);
        QCOMPARE(draft.coordinatesText(), u"33.86° S, 151.22° E"_s);
        QVERIFY(draft.errorText().isEmpty());
        QVERIFY(changed.count() >= 3);
    }

    void aPastedLinkWinsAndKeepsTheName()
    {
        LocationDraft draft;
        draft.setProperty("latitude", u"1"_s);
        draft.setProperty("longitude", u"2"_s);
        draft.setProperty("label", u"Tower"_s);
        draft.setProperty("link", u"https://www.openstreetmap.org/#map=17/48.8584/2.2945"_s);
        QCOMPARE(draft.uri(), u"geo:48.8584,2.2945?q=48.8584,2.2945(Tower)"_s);
        draft.setProperty("link", u"geo:95,1"_s);
        QVERIFY(draft.uri().isEmpty());
        QVERIFY(draft.errorText().contains(u"range"_s));
    }

    void overlongNameIsRefused()
    {
        LocationDraft draft;
        draft.setProperty("latitude", u"1"_s);
        draft.setProperty("longitude", u"2"_s);
        draft.setProperty("label", QString(101, u'x'));
        QVERIFY(draft.uri().isEmpty());
        QVERIFY(!draft.errorText().isEmpty());
    }

    void sharedCardFollowsItsBody()
    {
        SharedCard card;
        QSignalSpy changed(&card, &SharedCard::changed);
        card.setBody(u"geo:52.52,13.405"_s);
        QCOMPARE(card.kind(), SharedCard::Kind::Location);
        QCOMPARE(card.geoUri(), u"geo:52.52,13.405"_s);
        QVERIFY(card.chatUri().isEmpty());
        card.setBody(u"xmpp:alice@example.org?roster;name=Alice"_s);
        QCOMPARE(card.kind(), SharedCard::Kind::Contact);
        QCOMPARE(card.chatUri(), u"xmpp:alice@example.org"_s);
        QVERIFY(card.geoUri().isEmpty());
        card.setBody(u"xmpp:alice@example.org?roster;name=Alice"_s);
        QCOMPARE(changed.count(), 2);
        card.setBody(u"just text"_s);
        QCOMPARE(card.kind(), SharedCard::Kind::None);
        QVERIFY(card.accessibleName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocationDraft)
#include "tst_locationdraft.moc"
