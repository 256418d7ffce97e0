// Issue 8 against the real ejabberd: the profile name goes out as a User Nickname (XEP-0172),
// contacts' nicks come back and are shown unless the roster names them, a fresh profile takes
// over the published name, and forged or hostile nicks change nothing or are tamed.
#include "AccountSession.h"
#include "AppSettings.h"
#include "ContactListModel.h"
#include "ContactService.h"
#include "ContactStore.h"
#include "HistoryService.h"
#include "NickService.h"
#include "Nickname.h"
#include "RawStanza.h"
#include "Session.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {
const QString Password = QStringLiteral("nicks-Passw0rd");
const QString Sparkles = u"Ada ✨"_s;

// What account has stored for jid, straight from its history database.
Contact stored(AccountSession &account, const QString &jid)
{
    ContactStore store(account.history()->database());
    const auto contacts = Test::await(store.contacts(account.accountId()));
    for (const Contact &contact : contacts) {
        if (contact.jid == jid)
            return contact;
    }
    return {};
}

QString modelName(const ContactListModel &model, const QString &jid)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(ContactListModel::JidRole).toString() == jid)
            return index.data(ContactListModel::NameRole).toString();
    }
    return {};
}
} // namespace

class TestNicks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void nickTravelsAndRosterNameWins();
    void freshProfileTakesPublishedNick();
    void forgedNickEventChangesNothing();
    void hostileNickIsTamed();
    void serverWithoutProfileNamesSaysSo();

private:
    Test::TestServer m_server;
    QTemporaryDir m_dir;
    Test::TestAccounts m_accounts { m_server, m_dir.path(), Password };
};

void TestNicks::nickTravelsAndRosterNameWins()
{
    const QString aJid = m_server.createAccount(QStringLiteral("ada"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("bob"), Password);
    auto a = m_accounts.signIn(QStringLiteral("ada"), aJid);
    auto b = m_accounts.signIn(QStringLiteral("bob"), bJid);
    QVERIFY(a && b);

    // The request carries the name (XEP-0172 §4.2) before any roster or PEP knows it.
    a->appSettings()->setProfileName(QStringLiteral("Ada"));
    QVERIFY(a->contacts()->addContact(bJid));
    QTRY_VERIFY_WITH_TIMEOUT(b->contacts()->requests().contains(aJid), 10000);
    QCOMPARE(b->contacts()->view(aJid).name, QStringLiteral("Ada"));
    QVERIFY(b->contacts()->accept(aJid));
    QTRY_COMPARE_WITH_TIMEOUT(b->contacts()->view(aJid).subscription, Subscription::Both, 15000);
    // Once B sees A, B asks for A's published nick and keeps it.
    QTRY_COMPARE_WITH_TIMEOUT(stored(*b, aJid).nick, QStringLiteral("Ada"), 15000);
    QCOMPARE(b->contacts()->view(aJid).name, QStringLiteral("Ada"));

    // ejabberd notifies only sessions whose presence reached A after the friendship: B restarts.
    b.reset();
    b = m_accounts.signIn(QStringLiteral("bob"), bJid);
    QVERIFY(b);
    QCOMPARE(b->contacts()->view(aJid).name, QStringLiteral("Ada"));
    QTRY_VERIFY_WITH_TIMEOUT(
        b->contacts()->view(aJid).availability != Availability::Offline, 10000);
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setService(b->contacts());

    // A renames herself while B is online: the PEP notification brings it, without a roster name.
    a->appSettings()->setProfileName(Sparkles);
    QTRY_COMPARE_WITH_TIMEOUT(b->contacts()->view(aJid).name, Sparkles, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(modelName(model, aJid), Sparkles, 5000);
    QCOMPARE(stored(*b, aJid).name, QString());
    QCOMPARE(stored(*b, aJid).nick, Sparkles);
    QVERIFY(a->nicks()->errorText().isEmpty());

    // The name B chose wins over the one A chose, and A's comes back when B's goes.
    QVERIFY(b->contacts()->rename(aJid, QStringLiteral("Countess")));
    QTRY_COMPARE_WITH_TIMEOUT(b->contacts()->view(aJid).name, QStringLiteral("Countess"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(modelName(model, aJid), QStringLiteral("Countess"), 5000);
    QVERIFY(b->contacts()->rename(aJid, QString()));
    QTRY_COMPARE_WITH_TIMEOUT(b->contacts()->view(aJid).name, Sparkles, 10000);

    // Clearing the name clears it for B too: the JID's local part is left.
    a->appSettings()->setProfileName(QString());
    QTRY_COMPARE_WITH_TIMEOUT(b->contacts()->view(aJid).name, aJid.section(u'@', 0, 0), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(stored(*b, aJid).nick, QString(), 5000);
}

void TestNicks::freshProfileTakesPublishedNick()
{
    const QString aJid = m_server.createAccount(QStringLiteral("ida"), Password);
    auto laptop = m_accounts.signIn(QStringLiteral("ida-laptop"), aJid);
    QVERIFY(laptop);
    QSignalSpy renamed(laptop->appSettings(), &AppSettings::profileNameChanged);
    laptop->appSettings()->setProfileName(Sparkles);

    // A fresh install of the same account fills its empty setting from the server.
    auto fresh = m_accounts.signIn(QStringLiteral("ida-desktop"), aJid);
    QVERIFY(fresh);
    QTRY_COMPARE_WITH_TIMEOUT(fresh->appSettings()->profileName(), Sparkles, 15000);
    // Its own notification did not make the laptop rename itself again.
    QCOMPARE(renamed.count(), 1);
    laptop.reset();

    // A name changed while offline is published on the next connect, not overwritten.
    fresh->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(fresh->state(), ConnectionState::Offline, 10000);
    fresh->appSettings()->setProfileName(QStringLiteral("Ida offline"));
    fresh.reset();
    auto again = m_accounts.signIn(QStringLiteral("ida-desktop"), aJid);
    QVERIFY(again);
    auto other = m_accounts.signIn(QStringLiteral("ida-tablet"), aJid);
    QVERIFY(other);
    QTRY_COMPARE_WITH_TIMEOUT(other->appSettings()->profileName(), u"Ida offline"_s, 15000);
    QCOMPARE(again->appSettings()->profileName(), u"Ida offline"_s);
}

void TestNicks::forgedNickEventChangesNothing()
{
    const QString aJid = m_server.createAccount(QStringLiteral("amy"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("bea"), Password);
    const QString cJid = m_server.createAccount(QStringLiteral("cal"), Password);
    auto a = m_accounts.signIn(QStringLiteral("amy"), aJid);
    auto b = m_accounts.signIn(QStringLiteral("bea"), bJid);
    auto c = m_accounts.signIn(QStringLiteral("cal"), cJid);
    QVERIFY(a && b && c);
    a->appSettings()->setProfileName(Sparkles);
    QVERIFY(Test::TestAccounts::befriend(*a, *b));
    QVERIFY(Test::TestAccounts::befriend(*c, *b));
    QTRY_COMPARE_WITH_TIMEOUT(b->contacts()->view(aJid).name, Sparkles, 15000);
    // So that C's server-side session notifies B (see nickTravelsAndRosterNameWins).
    b.reset();
    b = m_accounts.signIn(QStringLiteral("bea"), bJid);
    QVERIFY(b);
    QTRY_VERIFY_WITH_TIMEOUT(
        b->contacts()->view(cJid).availability != Availability::Offline, 10000);

    // C sends a nick event naming A every way a stanza can, short of a from the server rewrites.
    const QString forged = QStringLiteral(
        "<message xmlns='jabber:client' to='%1'>"
        "<event xmlns='http://jabber.org/protocol/pubsub#event'>"
        "<items node='http://jabber.org/protocol/nick'>"
        "<item id='current' publisher='%2'><nick xmlns='http://jabber.org/protocol/nick'>Mallory"
        "</nick></item></items></event>"
        "<addresses xmlns='http://jabber.org/protocol/address'>"
        "<address type='ofrom' jid='%2'/></addresses></message>")
                               .arg(bJid, aJid);
    // B's client sees it, and drops it for not coming from a bare JID.
    QTest::ignoreMessage(QtInfoMsg,
        QRegularExpression(u"^nick event ignored, not from a bare JID: \"%1/"_s.arg(cJid)));
    QVERIFY(Test::sendRawStanza(*c->session(), forged));
    // Then a real event from C, through the same server: once B has it, B has seen the forgery.
    c->appSettings()->setProfileName(QStringLiteral("Cal"));
    QTRY_COMPARE_WITH_TIMEOUT(b->contacts()->view(cJid).name, QStringLiteral("Cal"), 15000);
    QCOMPARE(b->contacts()->view(aJid).name, Sparkles);
    QCOMPARE(stored(*b, aJid).nick, Sparkles);
    QCOMPARE(stored(*b, cJid).nick, QStringLiteral("Cal"));
}

void TestNicks::hostileNickIsTamed()
{
    const QString aJid = m_server.createAccount(QStringLiteral("eve"), Password);
    const QString bJid = m_server.createAccount(QStringLiteral("fay"), Password);
    auto a = m_accounts.signIn(QStringLiteral("eve"), aJid);
    auto b = m_accounts.signIn(QStringLiteral("fay"), bJid);
    QVERIFY(a && b);

    // Another client publishes this, not Natter: markup, C1 controls, a bidi override, 10 KB.
    const QString hostile = u"<b>x</b>\u0085\u009B[31m\u202Egnp.exe\n"_s + QString(10 * 1024, u'y');
    const QString publish = QStringLiteral(
        "<iq xmlns='jabber:client' type='set' id='hostile-nick'>"
        "<pubsub xmlns='http://jabber.org/protocol/pubsub'>"
        "<publish node='http://jabber.org/protocol/nick'><item id='current'>"
        "<nick xmlns='http://jabber.org/protocol/nick'>%1</nick></item></publish></pubsub></iq>")
                                .arg(hostile.toHtmlEscaped());
    QVERIFY(Test::sendRawStanza(*a->session(), publish));
    // A's own Natter takes it over as a name set elsewhere, already tamed; B asks once friends.
    QTRY_COMPARE_WITH_TIMEOUT(a->appSettings()->profileName(), Nickname::sanitized(hostile), 15000);
    QVERIFY(Test::TestAccounts::befriend(*a, *b));

    const QString expected = Nickname::sanitized(hostile);
    QVERIFY(expected.startsWith(u"<b>x</b> [31mgnp.exe yyy"_s));
    QCOMPARE(expected.size(), Nickname::MaxLength);
    QTRY_COMPARE_WITH_TIMEOUT(b->contacts()->view(aJid).name, expected, 15000);
    QCOMPARE(stored(*b, aJid).nick, expected);
    for (const QChar ch : expected)
        QVERIFY2(ch.category() != QChar::Other_Control && ch != QChar(0x202E), "a control got in");
}

void TestNicks::serverWithoutProfileNamesSaysSo()
{
    // The fixture's plain host has no PEP: the name stays ours, and the settings say why.
    const QString jid
        = m_server.createAccount(QStringLiteral("pia"), Password, m_server.plainDomain());
    QVERIFY(!jid.isEmpty());
    auto a = m_accounts.signIn(QStringLiteral("pia"), jid);
    QVERIFY(a);
    QVERIFY(a->nicks()->errorText().isEmpty());
    a->appSettings()->setProfileName(QStringLiteral("Pia"));
    QTRY_VERIFY_WITH_TIMEOUT(!a->nicks()->errorText().isEmpty(), 15000);
    QCOMPARE(a->nicks()->errorText(),
        QStringLiteral(
            "Your name could not be shared: your server does not support profile names."));
    QCOMPARE(a->appSettings()->profileName(), QStringLiteral("Pia"));
}

QTEST_GUILESS_MAIN(TestNicks)
#include "tst_nicks.moc"
