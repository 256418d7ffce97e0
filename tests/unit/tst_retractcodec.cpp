// Retractions as the stanza states them (XEP-0424 current and older forms, XEP-0425 moderation)
// and who may retract what (the trust rules of issue 19), with every forged case.
#include "RetractCodec.h"
#include "Retractions.h"

#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppMessage.h>

using namespace Natter;

namespace {
QXmppMessage parse(const QString &xml)
{
    static QDomDocument doc; // keeps the elements alive for the message's extensions
    doc.setContent(xml, true);
    QXmppMessage stanza;
    stanza.parse(doc.documentElement());
    return stanza;
}

QString wrap(const QString &inner)
{
    return QStringLiteral("<message xmlns='jabber:client' from='juliet@example.org/phone' "
                          "to='romeo@example.org' type='chat'>%1</message>")
        .arg(inner);
}

Message original(Direction direction, const QString &sender, const QString &senderId = {})
{
    Message m;
    m.id = 7;
    m.direction = direction;
    m.sender = sender;
    m.senderId = senderId;
    m.body = QStringLiteral("hello");
    return m;
}

Retraction retraction(
    Direction direction, const QString &sender, bool group, const QString &senderId = {})
{
    Retraction r;
    r.id = QStringLiteral("x");
    r.direction = direction;
    r.sender = sender;
    r.senderId = senderId;
    r.group = group;
    return r;
}
} // namespace

class TestRetractCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheCurrentForm()
    {
        const auto r = RetractCodec::read(parse(wrap(QStringLiteral(
            "<body>/me retracted a message</body>"
            "<retract id='origin-1' xmlns='urn:xmpp:message-retract:1'/>"
            "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:message-retract:1'/>"))));
        QVERIFY(r);
        QCOMPARE(r->id, QStringLiteral("origin-1"));
        QVERIFY(!r->moderated);
    }

    void readsTheOlderFastenForm()
    {
        const auto r = RetractCodec::read(parse(wrap(
            QStringLiteral("<apply-to id='origin-2' xmlns='urn:xmpp:fasten:0'>"
                           "<retract xmlns='urn:xmpp:message-retract:0'/></apply-to>"
                           "<fallback xmlns='urn:xmpp:fallback:0'/><body>old client</body>"))));
        QVERIFY(r);
        QCOMPARE(r->id, QStringLiteral("origin-2"));
        QVERIFY(!r->moderated);
    }

    void readsModerationInBothForms()
    {
        const auto now = RetractCodec::read(parse(QStringLiteral(
            "<message xmlns='jabber:client' from='room@muc.example.org' type='groupchat'>"
            "<retract id='stanza-9' xmlns='urn:xmpp:message-retract:1'>"
            "<moderated by='room@muc.example.org/Mod' xmlns='urn:xmpp:message-moderate:1'/>"
            "<reason>spam</reason></retract></message>")));
        QVERIFY(now);
        QVERIFY(now->moderated);
        QCOMPARE(now->id, QStringLiteral("stanza-9"));
        QCOMPARE(now->reason, QStringLiteral("spam"));
        const auto old = RetractCodec::read(parse(QStringLiteral(
            "<message xmlns='jabber:client' from='room@muc.example.org' type='groupchat'>"
            "<apply-to id='stanza-8' xmlns='urn:xmpp:fasten:0'>"
            "<moderated by='room@muc.example.org/Mod' xmlns='urn:xmpp:message-moderate:0'>"
            "<retract xmlns='urn:xmpp:message-retract:0'/><reason>off topic</reason>"
            "</moderated></apply-to></message>")));
        QVERIFY(old);
        QVERIFY(old->moderated);
        QCOMPARE(old->id, QStringLiteral("stanza-8"));
        QCOMPARE(old->reason, QStringLiteral("off topic"));
    }

    void refusesWhatIsNoRetraction()
    {
        // Wrong namespace, no id, an id too long, a fastening that is not a retraction.
        QVERIFY(!RetractCodec::read(parse(
            wrap(QStringLiteral("<retract id='a' xmlns='urn:example:other'/><body>x</body>")))));
        QVERIFY(!RetractCodec::read(
            parse(wrap(QStringLiteral("<retract xmlns='urn:xmpp:message-retract:1'/>")))));
        QVERIFY(!RetractCodec::read(
            parse(wrap(QStringLiteral("<retract id='%1' xmlns='urn:xmpp:message-retract:1'/>")
                           .arg(QString(RetractCodec::MaxIdLength + 1, u'a'))))));
        QVERIFY(!RetractCodec::read(
            parse(wrap(QStringLiteral("<apply-to id='a' xmlns='urn:xmpp:fasten:0'><other "
                                      "xmlns='urn:example'/></apply-to>")))));
        QVERIFY(!RetractCodec::read(parse(wrap(QStringLiteral("<body>hello</body>")))));
    }

    void writesRetractFallbackAndStoreHint()
    {
        QXmppMessage stanza;
        RetractCodec::write(stanza, QStringLiteral("origin-3"));
        QString xml;
        QXmlStreamWriter writer(&xml);
        stanza.toXml(&writer);
        QVERIFY2(xml.contains(QStringLiteral(
                     "<retract xmlns=\"urn:xmpp:message-retract:1\" id=\"origin-3\"/>"))
                || xml.contains(QStringLiteral(
                    "<retract id=\"origin-3\" xmlns=\"urn:xmpp:message-retract:1\"/>")),
            qPrintable(xml));
        QVERIFY2(
            xml.contains(QStringLiteral("for=\"urn:xmpp:message-retract:1\"")), qPrintable(xml));
        QVERIFY2(
            xml.contains(QStringLiteral("<store xmlns=\"urn:xmpp:hints\"/>")), qPrintable(xml));
        QVERIFY(!stanza.body().isEmpty());
        // What we write, we read back.
        QDomDocument doc;
        QVERIFY(doc.setContent(xml, true));
        QXmppMessage back;
        back.parse(doc.documentElement());
        QCOMPARE(RetractCodec::read(back)->id, QStringLiteral("origin-3"));
    }

    void oneToOneOnlyTheSameSideRetracts()
    {
        const Message theirs = original(Direction::Incoming, QStringLiteral("juliet@example.org"));
        QVERIFY(Retractions::mayApply(
            theirs, retraction(Direction::Incoming, QStringLiteral("juliet@example.org"), false)));
        // Our own device cannot retract the peer's message, nor the peer ours.
        QVERIFY(!Retractions::mayApply(
            theirs, retraction(Direction::Outgoing, QStringLiteral("romeo@example.org"), false)));
        const Message ours = original(Direction::Outgoing, QStringLiteral("romeo@example.org"));
        QVERIFY(!Retractions::mayApply(
            ours, retraction(Direction::Incoming, QStringLiteral("juliet@example.org"), false)));
        QVERIFY(Retractions::mayApply(
            ours, retraction(Direction::Outgoing, QStringLiteral("romeo@example.org"), false)));
        // A moderation is never a person's.
        Retraction moderated = retraction(Direction::Incoming, {}, false);
        moderated.moderated = true;
        QVERIFY(!Retractions::mayApply(theirs, moderated));
    }

    void inAGroupOnlyTheSameOccupantRetracts()
    {
        const Message alice
            = original(Direction::Incoming, QStringLiteral("Alice"), QStringLiteral("occupant-a"));
        QVERIFY(Retractions::mayApply(alice,
            retraction(
                Direction::Incoming, QStringLiteral("Alice"), true, QStringLiteral("occupant-a"))));
        // Another occupant under Alice's nickname, or Alice's id under another nickname.
        QVERIFY(!Retractions::mayApply(alice,
            retraction(
                Direction::Incoming, QStringLiteral("Alice"), true, QStringLiteral("occupant-b"))));
        QVERIFY(!Retractions::mayApply(
            alice, retraction(Direction::Incoming, QStringLiteral("Mallory"), true)));
        // Without an id on one side the nickname decides (a room's archive names no occupant).
        QVERIFY(Retractions::mayApply(
            alice, retraction(Direction::Incoming, QStringLiteral("Alice"), true)));
        // Our own message only by our own nickname.
        const Message ours = original(Direction::Outgoing, QStringLiteral("Romeo"));
        QVERIFY(!Retractions::mayApply(
            ours, retraction(Direction::Incoming, QStringLiteral("Mallory"), true)));
        QVERIFY(Retractions::mayApply(
            ours, retraction(Direction::Outgoing, QStringLiteral("Romeo"), true)));
    }

    void aModeratorIsTheRoomItself()
    {
        const Message alice = original(Direction::Incoming, QStringLiteral("Alice"));
        Retraction room = retraction(Direction::Incoming, {}, true);
        room.moderated = true;
        QVERIFY(Retractions::mayApply(alice, room));
        Retraction occupant = retraction(Direction::Incoming, QStringLiteral("Mod"), true);
        occupant.moderated = true;
        QVERIFY(!Retractions::mayApply(alice, occupant));
    }

    void aDeletedMessageStaysDeleted()
    {
        Message gone = original(Direction::Incoming, QStringLiteral("juliet@example.org"));
        gone.retracted = true;
        QVERIFY(!Retractions::mayApply(
            gone, retraction(Direction::Incoming, QStringLiteral("juliet@example.org"), false)));
        Message line = original(Direction::Incoming, QStringLiteral("Alice"));
        line.kind = MessageKind::System;
        QVERIFY(!Retractions::mayApply(
            line, retraction(Direction::Incoming, QStringLiteral("Alice"), true)));
    }
};

QTEST_GUILESS_MAIN(TestRetractCodec)
#include "tst_retractcodec.moc"
