// Two real Natter windows, signed in as two people on the real ejabberd fixture, used the way a
// person uses them: start a chat, type, press Enter, watch the ticks reach read, see "typing…"
// and "online" turn into "last seen".
#include "AccountSession.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"
#include "Session.h"
#include "TestServer.h"

#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;
using Natter::Test::click;
using Test::findItem;
using Test::TestServer;

namespace {
const QString Password = QStringLiteral("e2e-secret-1");
constexpr int NetworkMs = 15000;

struct Person
{
    QTemporaryDir dir;
    QString jid;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;

    QQuickItem *item(const QString &name) const { return findItem(window->contentItem(), name); }
    QAbstractItemModel *model(const QString &name) const
    {
        return window->findChild<QAbstractItemModel *>(name);
    }
    bool activate() const
    {
        window->requestActivate();
        return QTest::qWaitForWindowActive(window);
    }
};

QVariant roleOf(QAbstractItemModel *model, int row, const QByteArray &role)
{
    if (!model || row >= model->rowCount())
        return {};
    return model->index(row, 0).data(model->roleNames().key(role));
}

void typeText(QWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

} // namespace

class TestConversationE2E : public QObject
{
    Q_OBJECT

private:
    void start(Person &p, const QString &jid)
    {
        QVERIFY(p.dir.isValid());
        p.jid = jid;
        const ProfilePaths profile(p.dir.path());
        QVERIFY(profile.ensureExists());
        p.session = std::make_unique<AccountSession>(profile);
        // The person trusted the fixture's self-signed certificate once; that pin is what lets
        // this sign-in through.
        p.session->pinCertificates(jid, { m_server.certificate() });
        p.session->signIn(jid, Password, m_server.host(), m_server.c2sPort());
        QTRY_VERIFY_WITH_TIMEOUT(p.session->session()->isAvailable(), NetworkMs);
        p.engine = std::make_unique<QQmlApplicationEngine>();
        p.window = Test::loadMainWindow(*p.engine, *p.session);
        QVERIFY(p.window);
        QTRY_VERIFY(p.item(QStringLiteral("mainPage")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
    }

    void twoPeopleChat()
    {
        Test::QmlWarnings::clear();
        const QString aliceJid = m_server.createAccount(QStringLiteral("alice"), Password);
        const QString bobJid = m_server.createAccount(QStringLiteral("bob"), Password);
        QVERIFY(m_server.befriend(aliceJid, bobJid));
        Person alice;
        Person bob;
        start(alice, aliceJid);
        start(bob, bobJid);

        // Alice starts a chat with Bob from "new chat", typing his address.
        QVERIFY(alice.activate());
        click(alice.window, alice.item(QStringLiteral("newChatButton")));
        QQuickItem *address = nullptr;
        QTRY_VERIFY((address = alice.item(QStringLiteral("newChatAddress"))));
        QTRY_VERIFY(address->hasActiveFocus());
        typeText(alice.window, bobJid);
        QTest::keyClick(alice.window, Qt::Key_Return);
        QQuickItem *conversation = alice.item(QStringLiteral("conversationPage"));
        QVERIFY(conversation);
        QTRY_COMPARE(conversation->property("peer").toString(), bobJid);

        // She types and presses Enter; Shift+Enter made a second line.
        QQuickItem *field = alice.item(QStringLiteral("composerField"));
        QVERIFY(field);
        field->forceActiveFocus();
        typeText(alice.window, QStringLiteral("Hello *Bob*"));
        QTest::keyClick(alice.window, Qt::Key_Return, Qt::ShiftModifier);
        typeText(alice.window, QStringLiteral("<b>not bold</b>"));
        QTest::keyClick(alice.window, Qt::Key_Return);
        QTRY_COMPARE(field->property("text").toString(), QString());
        QAbstractItemModel *aliceMessages = alice.model(QStringLiteral("conversationModel"));
        QVERIFY(aliceMessages);
        QTRY_COMPARE(aliceMessages->rowCount(), 1);
        QCOMPARE(roleOf(aliceMessages, 0, "body").toString(),
            QStringLiteral("Hello *Bob*\n<b>not bold</b>"));
        QVERIFY(roleOf(aliceMessages, 0, "outgoing").toBool());
        // Bob is online but has not opened the chat: delivered, not read.
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(aliceMessages, 0, "deliveryState").toInt(),
            int(DeliveryState::Delivered), NetworkMs);

        // Bob sees the chat in his list, unread, with the message as its preview.
        QAbstractItemModel *bobChats = bob.model(QStringLiteral("chatListModel"));
        QVERIFY(bobChats);
        QTRY_COMPARE_WITH_TIMEOUT(bobChats->rowCount(), 1, NetworkMs);
        QCOMPARE(roleOf(bobChats, 0, "peer").toString(), aliceJid);
        QTRY_COMPARE(roleOf(bobChats, 0, "unread").toInt(), 1);
        QCOMPARE(roleOf(bobChats, 0, "preview").toString(),
            QStringLiteral("Hello *Bob* <b>not bold</b>"));
        QCOMPARE(roleOf(aliceMessages, 0, "deliveryState").toInt(), int(DeliveryState::Delivered));

        // He opens it in his active window: the message is seen, and Alice's ticks turn read.
        QVERIFY(bob.activate());
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = bob.item(QStringLiteral("chatRow"))));
        click(bob.window, row);
        QAbstractItemModel *bobMessages = bob.model(QStringLiteral("conversationModel"));
        QVERIFY(bobMessages);
        QTRY_COMPARE(bobMessages->rowCount(), 1);
        // The markup he sees is styled, and the typed tag is text.
        const QString html = roleOf(bobMessages, 0, "html").toString();
        QVERIFY2(html.contains(QStringLiteral("<b>")) && html.contains(QStringLiteral("Bob<")),
            qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("&lt;b&gt;not bold")), qPrintable(html));
        QTRY_COMPARE_WITH_TIMEOUT(
            roleOf(aliceMessages, 0, "deliveryState").toInt(), int(DeliveryState::Read), NetworkMs);
        QTRY_COMPARE(roleOf(bobChats, 0, "unread").toInt(), 0);
        QQuickItem *ticks = alice.item(QStringLiteral("deliveryTicks"));
        QVERIFY(ticks);
        QTRY_COMPARE(ticks->property("text").toString(), QStringLiteral("✓✓"));

        // Bob sees Alice online; when she types he sees "typing…", in the header and the list.
        QQuickItem *status = bob.item(QStringLiteral("conversationStatus"));
        QVERIFY(status);
        QTRY_COMPARE_WITH_TIMEOUT(
            status->property("text").toString(), QStringLiteral("online"), NetworkMs);
        // Only one window of a process can be active, and the server holds chat states back
        // from an inactive client (XEP-0352), so Bob keeps the active window while Alice's
        // field gets her edits.
        QVERIFY(bob.activate());
        for (const QString &text : { QStringLiteral("a"), QStringLiteral("an") })
            field->setProperty("text", text);
        QTRY_COMPARE_WITH_TIMEOUT(
            status->property("text").toString(), QStringLiteral("typing…"), NetworkMs);
        QTRY_VERIFY(roleOf(bobChats, 0, "typing").toBool());
        field->setProperty("text", QString());
        QTRY_COMPARE_WITH_TIMEOUT(
            status->property("text").toString(), QStringLiteral("online"), NetworkMs);

        // Bob answers; it reaches Alice's open chat.
        QVERIFY(bob.activate());
        QQuickItem *bobField = bob.item(QStringLiteral("composerField"));
        QVERIFY(bobField);
        bobField->forceActiveFocus();
        typeText(bob.window, QStringLiteral("Hi Alice"));
        QTest::keyClick(bob.window, Qt::Key_Enter);
        QTRY_COMPARE_WITH_TIMEOUT(aliceMessages->rowCount(), 2, NetworkMs);
        QCOMPARE(roleOf(aliceMessages, 0, "body").toString(), QStringLiteral("Hi Alice"));
        QVERIFY(!roleOf(aliceMessages, 0, "outgoing").toBool());

        // Alice leaves: Bob's header says when she was last seen.
        alice.session->signOut();
        QTRY_VERIFY_WITH_TIMEOUT(
            status->property("text").toString().startsWith(QStringLiteral("last seen")), NetworkMs);

        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    TestServer m_server;
};

QTEST_MAIN(TestConversationE2E)
#include "tst_conversation_e2e.moc"
