// What a room's stanzas are taken to say: invitations (only from where each kind may come),
// occupants (bounded, with the room's own occupant-id), and why a join was refused.
#include "MucReferences.h"
#include "MucStanzas.h"
#include "MucSync.h"
#include "OccupantList.h"

#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppMessage.h>
#include <QXmppPresence.h>

using namespace Natter;

namespace {
QDomElement parse(const QString &xml)
{
    static QDomDocument doc; // keeps the element's document alive for the test
    doc.setContent(xml, true);
    return doc.documentElement();
}
} // namespace

class TestMucStanzas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mentionReferencesAreReadInCodePoints()
    {
        QXmppMessage stanza;
        stanza.parse(parse(QStringLiteral(
            "<message xmlns='jabber:client' type='groupchat' from='room@muc.example.org/Alice'>"
            "<body>😀 Bob look</body>"
            "<reference xmlns='urn:xmpp:reference:0' type='mention' begin='2' end='5' "
            "uri='xmpp:room@muc.example.org/Bob'/>"
            "<reference xmlns='urn:xmpp:reference:0' type='data' begin='0' end='1' uri='x'/>"
            "<reference xmlns='urn:example:other' type='mention' begin='0' end='1' uri='y'/>"
            "</message>")));
        const QList<Mention> refs = MucReferences::read(stanza);
        QCOMPARE(refs.size(), 1);
        QCOMPARE(refs[0].begin, 2);
        QCOMPARE(refs[0].end, 5);
        QCOMPARE(refs[0].uri, QStringLiteral("xmpp:room@muc.example.org/Bob"));
        const QList<Mention> m = Mentions::fromCodePoints(stanza.body(), refs);
        QCOMPARE(stanza.body().sliced(m[0].begin, m[0].end - m[0].begin), QStringLiteral("Bob"));
    }

    void mentionReferencesAreWrittenInCodePoints()
    {
        QXmppMessage stanza;
        const QString body = QStringLiteral("😀 @Bob look");
        stanza.setBody(body);
        MucReferences::write(
            stanza, body, { Mention { 4, 7, QStringLiteral("xmpp:room@muc.example.org/Bob") } });
        QString xml;
        QXmlStreamWriter writer(&xml);
        stanza.toXml(&writer);
        QVERIFY2(xml.contains(QStringLiteral("begin=\"3\" end=\"6\"")), qPrintable(xml));
        QXmppMessage back;
        back.parse(parse(xml));
        QCOMPARE(MucReferences::read(back).size(), 1);
        QCOMPARE(MucReferences::read(back).first().begin, 3);
    }

    void directInvitationNamesRoomAndInviter()
    {
        const auto invitation = MucStanzas::invitation(parse(QStringLiteral(
            "<message xmlns='jabber:client' from='Alice@Example.org/phone' to='bob@example.org'>"
            "<x xmlns='jabber:x:conference' jid='Family@Groups.Example.org/nick' "
            "reason='dinner' password='pw'/></message>")));
        QVERIFY(invitation);
        QCOMPARE(invitation->room, QStringLiteral("family@groups.example.org"));
        QCOMPARE(invitation->from, QStringLiteral("alice@example.org"));
        QCOMPARE(invitation->reason, QStringLiteral("dinner"));
        QCOMPARE(invitation->password, QStringLiteral("pw"));
    }

    void mediatedInvitationComesOnlyFromTheRoom()
    {
        const QString mediated = QStringLiteral(
            "<message xmlns='jabber:client' from='%1' to='bob@example.org'>"
            "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='alice@example.org/pc'>"
            "<reason>%2</reason></invite></x></message>");
        const auto invitation = MucStanzas::invitation(
            parse(mediated.arg(QStringLiteral("family@groups.example.org"), QString(2000, u'x'))));
        QVERIFY(invitation);
        QCOMPARE(invitation->room, QStringLiteral("family@groups.example.org"));
        QCOMPARE(invitation->from, QStringLiteral("alice@example.org"));
        QCOMPARE(invitation->reason.size(), MucSync::MaxSubjectLength);
        // An occupant (room/nick) cannot speak for the room.
        QVERIFY(!MucStanzas::invitation(
            parse(mediated.arg(QStringLiteral("family@groups.example.org/mallory"), {}))));
        // Nor can a server or a room without a local part.
        QVERIFY(!MucStanzas::invitation(parse(mediated.arg(QStringLiteral("example.org"), {}))));
    }

    void directInvitationToAServerIsNoInvitation()
    {
        QVERIFY(!MucStanzas::invitation(
            parse(QStringLiteral("<message xmlns='jabber:client' from='alice@example.org/phone'>"
                                 "<x xmlns='jabber:x:conference' jid='example.org'/></message>"))));
        QVERIFY(!MucStanzas::invitation(parse(QStringLiteral(
            "<message xmlns='jabber:client' from='alice@example.org/phone'><body>hi</body>"
            "</message>"))));
    }

    void occupantIsTheRoomsAccount()
    {
        const QDomElement stanza = parse(QStringLiteral(
            "<presence xmlns='jabber:client' from='family@groups.example.org/%1'>"
            "<x xmlns='http://jabber.org/protocol/muc#user'>"
            "<item affiliation='admin' role='moderator' jid='Carol@Example.org/laptop'/></x>"
            "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='abc'/></presence>")
                                             .arg(QString(300, u'n')));
        QXmppPresence presence;
        presence.parse(stanza);
        const Occupant occupant = MucStanzas::occupant(presence, stanza);
        QCOMPARE(occupant.nick.size(), MucSync::MaxNickLength);
        QCOMPARE(occupant.realJid, QStringLiteral("carol@example.org"));
        QCOMPARE(occupant.occupantId, QStringLiteral("abc"));
        QCOMPARE(occupant.affiliation, MucAffiliation::Admin);
        QCOMPARE(occupant.role, MucRole::Moderator);

        // An occupant-id in another namespace is the occupant's own words, not the room's.
        const QDomElement forged = parse(
            QStringLiteral("<presence xmlns='jabber:client' from='family@groups.example.org/eve'>"
                           "<occupant-id xmlns='urn:example:fake' id='abc'/></presence>"));
        presence.parse(forged);
        QVERIFY(MucStanzas::occupant(presence, forged).occupantId.isEmpty());
    }

    void refusalsMapToReasons()
    {
        using C = QXmppStanza::Error::Condition;
        QCOMPARE(MucStanzas::joinFailure(C::NotAuthorized), JoinFailure::PasswordRequired);
        QCOMPARE(MucStanzas::joinFailure(C::Conflict), JoinFailure::NicknameTaken);
        QCOMPARE(MucStanzas::joinFailure(C::RegistrationRequired), JoinFailure::MembersOnly);
        QCOMPARE(MucStanzas::joinFailure(C::Forbidden), JoinFailure::Banned);
        QCOMPARE(MucStanzas::joinFailure(C::ItemNotFound), JoinFailure::NotFound);
        QCOMPARE(MucStanzas::joinFailure(C::ServiceUnavailable), JoinFailure::Full);
        QCOMPARE(MucStanzas::joinFailure(C::RemoteServerTimeout), JoinFailure::Unreachable);
        QCOMPARE(MucStanzas::joinFailure(C::BadRequest), JoinFailure::Refused);
        for (auto failure :
            { JoinFailure::PasswordRequired, JoinFailure::NicknameTaken, JoinFailure::MembersOnly,
                JoinFailure::Banned, JoinFailure::NotFound, JoinFailure::Full,
                JoinFailure::Unreachable, JoinFailure::TimedOut, JoinFailure::Refused })
            QVERIFY(!joinFailureText(failure).isEmpty());
    }

    void occupantListIsBounded()
    {
        OccupantList list;
        for (int i = 0; i < OccupantList::MaxOccupants + 10; ++i)
            list.update({ QString::number(i), {}, {}, MucAffiliation::None, MucRole::Participant });
        QCOMPARE(list.size(), OccupantList::MaxOccupants);
        QCOMPARE(list.overflow(), 10);
        // Updating one already listed still works when full.
        QVERIFY(list.update({ QStringLiteral("0"), QStringLiteral("a@example.org"), {},
            MucAffiliation::Member, MucRole::Participant }));
        list.rename(QStringLiteral("0"), QStringLiteral("zero"));
        QVERIFY(!list.contains(QStringLiteral("0")));
        QCOMPARE(list.occupant(QStringLiteral("zero")).realJid, QStringLiteral("a@example.org"));
        QCOMPARE(list.occupant(QStringLiteral("zero")).affiliation, MucAffiliation::Member);
        list.remove(QStringLiteral("zero"));
        QCOMPARE(list.size(), OccupantList::MaxOccupants - 1);
    }

    // XEP-0045 §9.3: the room tells its occupants of an affiliation change of someone absent.
    void roomNoticeComesOnlyFromTheRoom()
    {
        const QString xml = QStringLiteral(
            "<message xmlns='jabber:client' from='%1' to='bob@example.org'>"
            "<x xmlns='http://jabber.org/protocol/muc#user'>"
            "<item affiliation='member' jid='Carol@Example.org/pc'/><status code='104'/></x>"
            "</message>");
        const auto notice
            = MucStanzas::roomNotice(parse(xml.arg(QStringLiteral("family@groups.example.org"))));
        QVERIFY(notice);
        QVERIFY(notice->hasItem);
        QCOMPARE(notice->affiliation, MucAffiliation::Member);
        QCOMPARE(notice->jid, QStringLiteral("carol@example.org"));
        QCOMPARE(notice->codes, QList<int> { 104 });
        // An occupant cannot pass for the room.
        QVERIFY(!MucStanzas::roomNotice(
            parse(xml.arg(QStringLiteral("family@groups.example.org/mallory")))));
        // An invitation is not a notice.
        QVERIFY(!MucStanzas::roomNotice(parse(QStringLiteral(
            "<message xmlns='jabber:client' from='family@groups.example.org'>"
            "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='a@example.org'/></x>"
            "</message>"))));
    }

    void actorIsNamedWhenTheRoomSaysSo()
    {
        QCOMPARE(MucStanzas::actorNick(parse(QStringLiteral(
                     "<presence xmlns='jabber:client' from='family@groups.example.org/Carol' "
                     "type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'>"
                     "<item affiliation='none' role='none'><actor nick='Alice'/></item>"
                     "<status code='307'/></x></presence>"))),
            QStringLiteral("Alice"));
    }

    void affiliationChangesMapToLines()
    {
        using A = MucAffiliation;
        using T = SystemEvent::Type;
        QCOMPARE(MucStanzas::affiliationChange(A::None, A::Member), T::Added);
        QCOMPARE(MucStanzas::affiliationChange(A::Member, A::Admin), T::MadeAdmin);
        QCOMPARE(MucStanzas::affiliationChange(A::Admin, A::Owner), T::MadeOwner);
        QCOMPARE(MucStanzas::affiliationChange(A::Admin, A::Member), T::AdminRevoked);
        QCOMPARE(MucStanzas::affiliationChange(A::Member, A::None), T::Removed);
        QCOMPARE(MucStanzas::affiliationChange(A::Member, A::Outcast), T::Banned);
        QCOMPARE(MucStanzas::affiliationChange(A::Outcast, A::None), T::None);
        QCOMPARE(MucStanzas::affiliationChange(A::Member, A::Member), T::None);
    }

    // What an occupant's presence after our entry is for the timeline.
    void presenceBecomesALine()
    {
        using T = SystemEvent::Type;
        const QString xml = QStringLiteral(
            "<presence xmlns='jabber:client' from='family@groups.example.org/Carol' %1>"
            "<x xmlns='http://jabber.org/protocol/muc#user'>"
            "<item affiliation='%2' role='%3' jid='carol@example.org/pc'>%4</item>%5</x>"
            "</presence>");
        auto lineFor = [&](const Occupant &before, const QString &type, const QString &aff,
                           const QString &role, const QString &actor, const QString &status) {
            const QDomElement stanza = parse(xml.arg(type, aff, role, actor, status));
            QXmppPresence presence;
            presence.parse(stanza);
            return MucStanzas::presenceEvent(before, presence, stanza, QStringLiteral("Alice"));
        };
        Occupant carol;
        carol.nick = QStringLiteral("Carol");
        carol.affiliation = MucAffiliation::Member;
        const SystemEvent joined
            = lineFor({}, {}, QStringLiteral("member"), QStringLiteral("participant"), {}, {});
        QCOMPARE(joined.type, T::Presence);
        QCOMPARE(joined.joined, QStringList { QStringLiteral("Carol") });
        const SystemEvent left = lineFor(carol, QStringLiteral("type='unavailable'"),
            QStringLiteral("member"), QStringLiteral("none"), {}, {});
        QCOMPARE(left.type, T::Presence);
        QCOMPARE(left.leftCount, 1);
        const SystemEvent kicked = lineFor(carol, QStringLiteral("type='unavailable'"),
            QStringLiteral("member"), QStringLiteral("none"),
            QStringLiteral("<actor nick='Alice'/>"), QStringLiteral("<status code='307'/>"));
        QCOMPARE(kicked.type, T::Kicked);
        QVERIFY(kicked.actorIsSelf);
        QCOMPARE(kicked.targetJid, QStringLiteral("carol@example.org"));
        const SystemEvent admin
            = lineFor(carol, {}, QStringLiteral("admin"), QStringLiteral("moderator"), {}, {});
        QCOMPARE(admin.type, T::MadeAdmin);
        QCOMPARE(admin.target, QStringLiteral("Carol"));
        // A new nickname, or a new status, is no news.
        QVERIFY(!lineFor(carol, QStringLiteral("type='unavailable'"), QStringLiteral("member"),
            QStringLiteral("participant"), {}, QStringLiteral("<status code='303'/>"))
                     .isValid());
        QVERIFY(!lineFor(carol, {}, QStringLiteral("member"), QStringLiteral("participant"), {}, {})
                     .isValid());
    }
};

QTEST_GUILESS_MAIN(TestMucStanzas)
#include "tst_mucstanzas.moc"
