// Issue 6 against the real ejabberd: subscriptions both ways, last seen (also after a restart),
// idle time, the "share my last seen" setting, avatars, blocking, and every bad-input case.
#include "AccountSession.h"
#include "ActivityService.h"
#include "ContactService.h"
#include "IdleMonitor.h"
#include "IqHandlerExtension.h"
#include "LastActivityIq.h"
#include "LastActivitySync.h"
#include "LastSeenFormatter.h"
#include "MessageSync.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QDateTime>
#include <QDomElement>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppBlockingManager.h>
#include <QXmppClient.h>
#include <QXmppE2eeMetadata.h>
#include <QXmppIq.h>
#include <QXmppLogger.h>
#include <QXmppMessage.h>
#include <QXmppPingIq.h>
#include <QXmppPresence.h>
#include <QXmppRosterIq.h>
#include <QXmppTask.h>

#include <memory>

using namespace Natter;

namespace {
const QString Password = QStringLiteral("contacts-Passw0rd");
} // namespace

class TestContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void subscriptionHandshakeBothWays();
    void strangerIsNeverAddedAndDeclineWorks();
    void malformedAddressesAreRefused();
    void lastSeenAfterDisconnectSurvivesRestart();
    void idleResourceShowsIdleTime();
    void sharingOffRevealsNothingNewer();
    void absurdLastActivityIsIgnored();
    void strangerLearnsNothingFromPresence();
    void pingIsAnsweredForContactsOnly();
    void rosterPushesComeOnlyFromOurServer();
    void presenceFloodIsCoalesced();
    void avatarReachesContact();
    void blockedContactIsSilenced();

private:
    std::unique_ptr<AccountSession> open(const QString &name, const QString &jid)
    {
        return m_accounts.open(name, jid);
    }
    std::unique_ptr<AccountSession> signIn(const QString &name, const QString &jid)
    {
        return m_accounts.signIn(name, jid);
    }
    static bool befriend(AccountSession &a, AccountSession &b)
    {
        return Test::TestAccounts::befriend(a, b);
    }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    Test::TestAccounts m_accounts { m_server, m_dir.path(), Password };
};

void TestContacts::subscriptionHandshakeBothWays()
{
    const QString aJid = m_server.createAccount(QStringLiteral("ann"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("ben"), Password);
    auto a = signIn(QStringLiteral("ann"), aJid);
    auto b = signIn(QStringLiteral("ben"), bJid);
    QVERIFY(a && b);

    QVERIFY(a->contacts()->addContact(
        QStringLiteral("xmpp:") + bJid + QStringLiteral("?roster;name=Ben")));
    // Outgoing: pending until answered.
    QTRY_VERIFY_WITH_TIMEOUT(a->contacts()->view(bJid).pendingOut, 10000);
    QCOMPARE(a->contacts()->view(bJid).name, QStringLiteral("Ben"));
    QTRY_VERIFY_WITH_TIMEOUT(b->contacts()->requests().contains(aJid), 10000);
    QVERIFY2(!b->contacts()->contactJids().contains(aJid), "a request adds nobody by itself");

    QVERIFY(b->contacts()->accept(aJid));
    QTRY_COMPARE_WITH_TIMEOUT(a->contacts()->view(bJid).subscription, Subscription::Both, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(b->contacts()->view(aJid).subscription, Subscription::Both, 15000);
    QVERIFY(!a->contacts()->view(bJid).pendingOut);
    QTRY_COMPARE_WITH_TIMEOUT(
        a->contacts()->view(bJid).activityText, QStringLiteral("online"), 10000);
    QVERIFY(b->contacts()->requests().isEmpty());

    // Rename and remove go through the server and come back as pushes.
    QVERIFY(a->contacts()->rename(bJid, QStringLiteral("Benjamin")));
    QTRY_COMPARE_WITH_TIMEOUT(a->contacts()->view(bJid).name, QStringLiteral("Benjamin"), 10000);
    QVERIFY(a->contacts()->remove(bJid));
    QTRY_VERIFY_WITH_TIMEOUT(!a->contacts()->contactJids().contains(bJid), 10000);
}

void TestContacts::strangerIsNeverAddedAndDeclineWorks()
{
    const QString aJid = m_server.createAccount(QStringLiteral("cat"), Password);
    const QString sJid = m_server.createAccount(QStringLiteral("stranger"), Password);
    auto a = signIn(QStringLiteral("cat"), aJid);
    auto s = signIn(QStringLiteral("stranger"), sJid);
    QVERIFY(a && s);
    QVERIFY(s->contacts()->addContact(aJid));
    QTRY_VERIFY_WITH_TIMEOUT(a->contacts()->requests().contains(sJid), 10000);
    QVERIFY(!a->contacts()->contactJids().contains(sJid));
    QVERIFY(a->contacts()->decline(sJid));
    QVERIFY(a->contacts()->requests().isEmpty());
    // The stranger's side learns the answer: no longer pending, no subscription.
    QTRY_VERIFY_WITH_TIMEOUT(!s->contacts()->view(aJid).pendingOut, 10000);
    QCOMPARE(s->contacts()->view(aJid).subscription, Subscription::None);
    QVERIFY(!a->contacts()->contactJids().contains(sJid));
}

void TestContacts::malformedAddressesAreRefused()
{
    const QString aJid = m_server.createAccount(QStringLiteral("dora"), Password);
    auto a = signIn(QStringLiteral("dora"), aJid);
    QVERIFY(a);
    const QStringList bad = { QString(), QStringLiteral("not a jid@"),
        QStringLiteral("@example.org"), QStringLiteral("xmpp:"),
        QStringLiteral("xmpp:%ZZ@example.org"), aJid, m_server.domain(), QStringLiteral("a@b@c") };
    for (const QString &address : bad) {
        a->contacts()->clearError();
        QVERIFY2(!a->contacts()->addContact(address), qPrintable(address));
        QVERIFY2(!a->contacts()->errorText().isEmpty(), qPrintable(address));
    }
    QVERIFY(a->contacts()->contactJids().isEmpty());
}

void TestContacts::lastSeenAfterDisconnectSurvivesRestart()
{
    const QString aJid = m_server.createAccount(QStringLiteral("eve"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("fay"), Password);
    auto a = signIn(QStringLiteral("eve"), aJid);
    auto b = signIn(QStringLiteral("fay"), bJid);
    QVERIFY(a && b);
    QVERIFY(befriend(*a, *b));

    const qint64 disconnectedAt = QDateTime::currentMSecsSinceEpoch();
    b->signOut();
    QTRY_VERIFY_WITH_TIMEOUT(
        a->contacts()->view(bJid).activityText.startsWith(QStringLiteral("last seen today at")),
        15000);
    // The moment the server told A, between B leaving and A showing it, however busy the machine
    // (a fixed tolerance failed in a loaded full run).
    const qint64 shownAt = QDateTime::currentMSecsSinceEpoch();
    const qint64 seen = a->contacts()->activity()->activity(bJid).lastSeenMs;
    QVERIFY2(seen >= disconnectedAt && seen <= shownAt,
        qPrintable(QStringLiteral("%1 ms after sign-out, shown %2 ms after")
                       .arg(seen - disconnectedAt)
                       .arg(shownAt - disconnectedAt)));
    const QString shown = a->contacts()->view(bJid).activityText;

    // A restarts: the stored last seen shows at once, before any connection.
    a.reset();
    auto restarted = open(QStringLiteral("eve"), aJid);
    QVERIFY(restarted);
    QTRY_COMPARE_WITH_TIMEOUT(restarted->contacts()->view(bJid).activityText, shown, 5000);
    QCOMPARE(restarted->contacts()->activity()->activity(bJid).lastSeenMs, seen);

    // Signed in again, the server's Last Activity answer (mod_last) agrees within 2 s.
    QSignalSpy reset(restarted->contacts(), &ContactService::contactsReset);
    QSignalSpy connected(restarted->session(), &Session::connected);
    restarted->signIn(aJid, Password, m_server.host(), m_server.c2sPort());
    QVERIFY(connected.wait(15000));
    LastActivitySync probe(restarted->session());
    QSignalSpy answered(&probe, &LastActivitySync::lastActivityReceived);
    QVERIFY(probe.query(bJid));
    QVERIFY(answered.wait(10000));
    const qint64 serverSaid
        = QDateTime::currentMSecsSinceEpoch() - answered.first().at(1).toLongLong() * 1000;
    QVERIFY(qAbs(serverSaid - disconnectedAt) <= 2000);
    QTRY_VERIFY_WITH_TIMEOUT(reset.count() > 0, 10000);
    const qint64 after = restarted->contacts()->activity()->activity(bJid).lastSeenMs;
    QVERIFY2(
        qAbs(after - disconnectedAt) <= 2000, qPrintable(QString::number(after - disconnectedAt)));
}

void TestContacts::idleResourceShowsIdleTime()
{
    const QString aJid = m_server.createAccount(QStringLiteral("gus"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("hal"), Password);
    auto a = signIn(QStringLiteral("gus"), aJid);
    auto b = signIn(QStringLiteral("hal"), bJid);
    QVERIFY(a && b);
    QVERIFY(befriend(*a, *b));

    const qint64 idleSince = QDateTime::currentMSecsSinceEpoch() - qint64 { 10 } * 60 * 1000;
    b->contacts()->activity()->idleMonitor()->reportIdleSince(idleSince);
    QTRY_VERIFY_WITH_TIMEOUT(a->contacts()->activity()->activity(bJid).idleSinceMs != 0, 10000);
    const Activity seen = a->contacts()->activity()->activity(bJid);
    QVERIFY(seen.online);
    QVERIFY2(qAbs(seen.idleSinceMs - idleSince) <= 1000,
        qPrintable(QString::number(seen.idleSinceMs - idleSince)));
    QCOMPARE(a->contacts()->view(bJid).availability, Availability::Away);
    QCOMPARE(a->contacts()->view(bJid).activityText,
        LastSeenFormatter::format(seen, QDateTime::currentDateTime()));
    QVERIFY(a->contacts()->view(bJid).activityText.startsWith(QStringLiteral("last seen")));

    // Back at the keyboard: online again.
    b->contacts()->activity()->idleMonitor()->reportActivity();
    QTRY_COMPARE_WITH_TIMEOUT(
        a->contacts()->view(bJid).activityText, QStringLiteral("online"), 10000);
}

void TestContacts::sharingOffRevealsNothingNewer()
{
    const QString aJid = m_server.createAccount(QStringLiteral("ida"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("jon"), Password);
    auto a = signIn(QStringLiteral("ida"), aJid);
    auto b = signIn(QStringLiteral("jon"), bJid);
    QVERIFY(a && b);
    QVERIFY(befriend(*a, *b));
    LastActivitySync probe(a->session());
    QSignalSpy answered(&probe, &LastActivitySync::lastActivityReceived);
    QSignalSpy refused(&probe, &LastActivitySync::lastActivityFailed);
    const QString bFull = b->session()->boundJid();
    QVERIFY(bFull.contains(u'/'));

    // Sharing on: B's resource answers.
    QVERIFY(probe.query(bFull));
    QVERIFY(answered.wait(10000));

    b->contacts()->setShareLastSeen(false);
    QVERIFY(!b->contacts()->shareLastSeen());
    b->contacts()->activity()->idleMonitor()->reportIdleSince(
        QDateTime::currentMSecsSinceEpoch() - qint64 { 30 } * 60 * 1000);
    // The refused query is answered after B's presence went out, so it is also a barrier.
    QVERIFY(probe.query(bFull));
    QVERIFY(refused.wait(10000));
    QCOMPARE(answered.count(), 1);
    const Activity seen = a->contacts()->activity()->activity(bJid);
    QVERIFY(seen.online);
    QCOMPARE(seen.idleSinceMs, 0);
    QCOMPARE(a->contacts()->view(bJid).availability, Availability::Online);
    QCOMPARE(a->contacts()->view(bJid).activityText, QStringLiteral("online"));

    // The setting is the profile's: a restart keeps it.
    const QString profile = b->profileDir();
    b.reset();
    AccountSession again { ProfilePaths(profile) };
    QVERIFY(!again.contacts()->shareLastSeen());
}

void TestContacts::absurdLastActivityIsIgnored()
{
    QCOMPARE(ActivityService::sinceFromSeconds(-5, 1000000), std::nullopt);
    QCOMPARE(ActivityService::sinceFromSeconds(1000000000000LL, 1000000), std::nullopt);
    QCOMPARE(ActivityService::sinceFromSeconds(60, 1000000), std::optional<qint64>(940000));

    const QString aJid = m_server.createAccount(QStringLiteral("kim"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("liv"), Password);
    auto a = signIn(QStringLiteral("kim"), aJid);
    auto b = signIn(QStringLiteral("liv"), bJid);
    QVERIFY(a && b);
    // B's resource claims to have been idle for 31,000 years.
    QXmppClient *bClient = b->session()->client();
    auto *hostile = new IqHandlerExtension(
        QStringLiteral("jabber:iq:last"), [bClient](const QDomElement &iq) {
            LastActivityIq reply(QXmppIq::Result);
            reply.setId(iq.attribute(QStringLiteral("id")));
            reply.setTo(iq.attribute(QStringLiteral("from")));
            reply.setSeconds(1000000000000LL);
            bClient->reply(std::move(reply), std::nullopt);
            return true;
        });
    bClient->insertExtension(0, hostile);
    QVERIFY(befriend(*a, *b));

    // A asked B's resource when it came online; this later query is answered after that one.
    LastActivitySync probe(a->session());
    QSignalSpy answered(&probe, &LastActivitySync::lastActivityReceived);
    QVERIFY(probe.query(b->session()->boundJid()));
    QVERIFY(answered.wait(10000));
    QCOMPARE(answered.first().at(1).toLongLong(), 1000000000000LL);
    QCOMPARE(a->contacts()->activity()->activity(bJid).idleSinceMs, 0);
    QCOMPARE(a->contacts()->view(bJid).activityText, QStringLiteral("online"));
}

void TestContacts::strangerLearnsNothingFromPresence()
{
    const QString aJid = m_server.createAccount(QStringLiteral("quinn"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("rex"), Password);
    auto a = signIn(QStringLiteral("quinn"), aJid);
    auto b = signIn(QStringLiteral("rex"), bJid);
    QVERIFY(a && b);
    // B is no contact of A. What A's client sends is recorded: a question to B is a leak even
    // when B's server answers it in B's place.
    int asked = 0;
    auto *sent = new QXmppLogger(a->session()->client());
    sent->setLoggingType(QXmppLogger::SignalLogging);
    sent->setMessageTypes(QXmppLogger::SentMessage);
    a->session()->client()->setLogger(sent);
    connect(sent, &QXmppLogger::message, this,
        [&asked, bJid](QXmppLogger::MessageType, const QString &text) {
            if (text.contains(u"jabber:iq:last") && text.contains(bJid))
                ++asked;
        });
    QXmppClient *bClient = b->session()->client();

    // Anyone may send A a directed presence.
    const QString aFull = a->session()->boundJid();
    QXmppPresence hello;
    hello.setTo(aFull);
    bClient->send(std::move(hello));
    // A question of A's would be sent while it handles the presence, before B shows as online.
    QTRY_VERIFY_WITH_TIMEOUT(a->contacts()->activity()->activity(bJid).online, 10000);
    QCOMPARE(asked, 0);
    QCOMPARE(a->contacts()->activity()->strangersTracked(), 1);

    // Gone again: nothing of the stranger stays, not even a "last seen".
    QXmppPresence bye(QXmppPresence::Unavailable);
    bye.setTo(aFull);
    bClient->send(std::move(bye));
    QTRY_COMPARE_WITH_TIMEOUT(a->contacts()->activity()->strangersTracked(), 0, 10000);
    QVERIFY(!a->contacts()->activity()->activity(bJid).online);
    QCOMPARE(a->contacts()->activity()->activity(bJid).lastSeenMs, 0);
    QCOMPARE(asked, 0);
}

void TestContacts::pingIsAnsweredForContactsOnly()
{
    const QString aJid = m_server.createAccount(QStringLiteral("sam"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("tia"), Password);
    const QString cJid = m_server.createAccount(QStringLiteral("uma"), Password);
    auto a = signIn(QStringLiteral("sam"), aJid);
    auto b = signIn(QStringLiteral("tia"), bJid);
    auto c = signIn(QStringLiteral("uma"), cJid);
    QVERIFY(a && b && c);
    QVERIFY(befriend(*a, *b));
    const QString aFull = a->session()->boundJid();

    // The condition of the answer each one gets; NoCondition for a result.
    const auto ping = [this, &aFull](AccountSession &from) {
        std::optional<QXmppStanza::Error::Condition> answer;
        QXmppPingIq iq;
        iq.setTo(aFull);
        from.session()
            ->client()
            ->sendIq(std::move(iq))
            .then(this, [&answer](const std::variant<QDomElement, QXmppError> &result) {
                const auto *error = std::get_if<QXmppError>(&result);
                const auto stanzaError = error ? error->value<QXmppStanza::Error>() : std::nullopt;
                answer = stanzaError ? stanzaError->condition() : QXmppStanza::Error::NoCondition;
            });
        return QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) ? answer
                                                                                : std::nullopt;
    };
    // XEP-0199 asks every client to answer; a contact gets a result.
    QCOMPARE(ping(*b), std::optional(QXmppStanza::Error::NoCondition));
    // A stranger gets what a resource that is not there would give.
    QCOMPARE(ping(*c), std::optional(QXmppStanza::Error::ServiceUnavailable));
}

// RFC 6121 §2.1.6: a roster push counts only without a 'from' or from our own bare JID. A stranger
// and another device of the same account (a full JID) are refused, and the roster is unchanged.
void TestContacts::rosterPushesComeOnlyFromOurServer()
{
    const QString aJid = m_server.createAccount(QStringLiteral("vic"), Password);
    const QString sJid = m_server.createAccount(QStringLiteral("wes"), Password);
    auto a = signIn(QStringLiteral("vic"), aJid);
    auto otherDevice = signIn(QStringLiteral("vic-phone"), aJid);
    auto stranger = signIn(QStringLiteral("wes"), sJid);
    QVERIFY(a && otherDevice && stranger);
    const QString aFull = a->session()->boundJid();
    QVERIFY(aFull != otherDevice->session()->boundJid());

    const QString planted = QStringLiteral("planted@localhost");
    const auto push = [this, &aFull, &planted](AccountSession &from) {
        std::optional<QXmppStanza::Error::Condition> answer;
        QXmppRosterIq iq;
        iq.setType(QXmppIq::Set);
        iq.setTo(aFull);
        QXmppRosterIq::Item item;
        item.setBareJid(planted);
        item.setName(QStringLiteral("Your bank"));
        item.setSubscriptionType(QXmppRosterIq::Item::Both);
        iq.addItem(item);
        from.session()
            ->client()
            ->sendIq(std::move(iq))
            .then(this, [&answer](const std::variant<QDomElement, QXmppError> &result) {
                const auto *error = std::get_if<QXmppError>(&result);
                const auto stanzaError = error ? error->value<QXmppStanza::Error>() : std::nullopt;
                answer = stanzaError ? stanzaError->condition() : QXmppStanza::Error::NoCondition;
            });
        return QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) ? answer
                                                                                : std::nullopt;
    };
    QCOMPARE(push(*stranger), std::optional(QXmppStanza::Error::ServiceUnavailable));
    QCOMPARE(push(*otherDevice), std::optional(QXmppStanza::Error::ServiceUnavailable));
    QVERIFY(!a->contacts()->contactJids().contains(planted));

    // The server's own push (no 'from') still works: a contact added on the other device shows.
    QVERIFY(otherDevice->contacts()->addContact(sJid, QStringLiteral("Wes")));
    QTRY_VERIFY_WITH_TIMEOUT(a->contacts()->contactJids().contains(sJid), 10000);
    QVERIFY(!a->contacts()->contactJids().contains(planted));
}

void TestContacts::presenceFloodIsCoalesced()
{
    const QString aJid = m_server.createAccount(QStringLiteral("max"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("ned"), Password);
    auto a = signIn(QStringLiteral("max"), aJid);
    auto b = signIn(QStringLiteral("ned"), bJid);
    QVERIFY(a && b);
    QVERIFY(befriend(*a, *b));
    QSignalSpy changed(a->contacts(), &ContactService::contactsChanged);
    QSignalSpy reset(a->contacts(), &ContactService::contactsReset);

    QElapsedTimer timer;
    timer.start();
    const int flood = 400;
    for (int i = 0; i < flood; ++i) {
        QXmppPresence presence;
        presence.setAvailableStatusType(i % 2 ? QXmppPresence::Away : QXmppPresence::Online);
        presence.setStatusText(QString::number(i));
        if (i == flood - 1)
            presence.setAvailableStatusType(QXmppPresence::DND);
        b->session()->client()->send(std::move(presence));
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        a->contacts()->view(bJid).availability, Availability::DoNotDisturb, 20000);
    const qint64 elapsedMs = timer.elapsed();
    // The last coalesced update follows within one interval.
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() + reset.count() >= 1, 2000);
    const qsizetype updates = changed.count() + reset.count();
    qInfo() << flood << "presences in" << elapsedMs << "ms gave" << updates << "model updates";
    QVERIFY(updates >= 1);
    QVERIFY2(updates <= 3 + elapsedMs / 200, qPrintable(QString::number(updates)));
}

void TestContacts::avatarReachesContact()
{
    const QString aJid = m_server.createAccount(QStringLiteral("oli"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("pam"), Password);
    auto a = signIn(QStringLiteral("oli"), aJid);
    auto b = signIn(QStringLiteral("pam"), bJid);
    QVERIFY(a && b);
    QVERIFY(befriend(*a, *b));
    QVERIFY(a->contacts()->view(bJid).avatarPath.isEmpty());
    QVERIFY(!a->contacts()->view(bJid).initials.isEmpty());

    QImage picture(600, 400, QImage::Format_RGB32);
    picture.fill(QColor(200, 40, 90));
    const QString file = m_dir.filePath(QStringLiteral("pam.png"));
    QVERIFY(picture.save(file));
    QVERIFY2(b->contacts()->setOwnAvatar(QUrl::fromLocalFile(file)),
        qPrintable(b->contacts()->errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(!b->contacts()->ownAvatarPath().isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!a->contacts()->view(bJid).avatarPath.isEmpty(), 15000);
    const QImage received(a->contacts()->view(bJid).avatarPath);
    QCOMPARE(received.size(), QSize(256, 256));
    QCOMPARE(QColor(received.pixel(128, 128)), QColor(200, 40, 90));

    // A file that is no image is refused with a reason.
    const QString notImage = m_dir.filePath(QStringLiteral("notes.png"));
    QFile text(notImage);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("this is not a picture");
    text.close();
    QVERIFY(!b->contacts()->setOwnAvatar(QUrl::fromLocalFile(notImage)));
    QVERIFY(!b->contacts()->errorText().isEmpty());
}

void TestContacts::blockedContactIsSilenced()
{
    const QString aJid = m_server.createAccount(QStringLiteral("quin"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("rex"), Password);
    auto a = signIn(QStringLiteral("quin"), aJid);
    auto b = signIn(QStringLiteral("rex"), bJid);
    QVERIFY(a && b);
    QVERIFY(befriend(*a, *b));

    QStringList bodies;
    connect(a->messages(), &MessageSync::messageReceived, this,
        [&bodies](const Message &m) { bodies.append(m.body); });
    auto *blocking = a->session()->client()->findExtension<QXmppBlockingManager>();
    QVERIFY(blocking);
    QSignalSpy confirmed(blocking, &QXmppBlockingManager::blocked);
    QVERIFY(a->contacts()->block(bJid));
    QVERIFY(a->contacts()->isBlocked(bJid));
    QCOMPARE(a->contacts()->view(bJid).availability, Availability::Offline);
    QVERIFY(a->contacts()->view(bJid).activityText.isEmpty());
    QVERIFY(a->contacts()->blockedJids().contains(bJid));
    // The server's push: from now on it drops what B sends to A.
    QVERIFY(confirmed.wait(10000));

    auto sendFromB = [&](const QString &body) {
        QXmppMessage message(bJid, aJid, body);
        message.setType(QXmppMessage::Chat);
        b->session()->client()->send(std::move(message));
    };
    sendFromB(QStringLiteral("while blocked"));
    QXmppPresence dnd;
    dnd.setAvailableStatusType(QXmppPresence::DND);
    b->session()->client()->send(std::move(dnd));
    // A query from B to A travels the same path after them; its refusal means they were handled.
    LastActivitySync probe(b->session());
    QSignalSpy refused(&probe, &LastActivitySync::lastActivityFailed);
    QVERIFY(probe.query(a->session()->boundJid()));
    QVERIFY(refused.wait(10000));
    QVERIFY(bodies.isEmpty());
    QCOMPARE(a->contacts()->view(bJid).availability, Availability::Offline);

    // Unblocking is confirmed by the server; what B sends afterwards arrives, the rest never.
    QVERIFY(a->contacts()->unblock(bJid));
    QTRY_VERIFY_WITH_TIMEOUT(!a->contacts()->isBlocked(bJid), 5000);
    sendFromB(QStringLiteral("after unblock"));
    QTRY_VERIFY_WITH_TIMEOUT(!bodies.isEmpty(), 10000);
    QCOMPARE(bodies, QStringList { QStringLiteral("after unblock") });
    QVERIFY(a->contacts()->view(bJid).availability != Availability::DoNotDisturb);
}

QTEST_MAIN(TestContacts)
#include "tst_contacts.moc"
