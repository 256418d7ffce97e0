// The group info page in the real window, against the real ejabberd: opened from the group
// conversation's header, with the participants (You first, the owner marked, a member away
// greyed) and the per-row menu of what the owner may do. With NATTER_SCREENSHOTS set, light and
// dark are saved (group-participants-light/-dark) for a person to look at.
#include "AccountSession.h"
#include "AppSettings.h"
#include "FocusChain.h"
#include "GroupAdmin.h"
#include "GroupService.h"
#include "MainWindowHarness.h"
#include "MucSync.h"
#include "TestAccounts.h"
#include "TestServer.h"

#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;
using namespace Qt::StringLiterals;
using Test::await;

namespace {
const QString Password = u"groupinfo-Passw0rd"_s;
constexpr int NetworkMs = 20000;

QList<QQuickItem *> findItems(QQuickItem *root, const QString &objectName)
{
    QList<QQuickItem *> found;
    for (QQuickItem *child : root->childItems()) {
        if (child->objectName() == objectName && child->isVisible())
            found.append(child);
        found += findItems(child, objectName);
    }
    return found;
}
} // namespace

class TestGroupInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void participantsPanel_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void participantsPanel()
    {
        QFETCH(const bool, dark);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        Test::QmlWarnings::clear();
        auto alice = signIn(u"alice-"_s + theme);
        auto bob = signIn(u"bob-"_s + theme);
        auto carol = signIn(u"carol-"_s + theme);
        QVERIFY(alice && bob && carol);
        // Their profile names are their nicknames in the group.
        bob->appSettings()->setProfileName(u"Bob"_s);
        carol->appSettings()->setProfileName(u"Carol"_s);
        const QString room = Test::TestAccounts::createGroup(*alice, { bob.get(), carol.get() });
        QVERIFY(!room.isEmpty());
        const qint64 chatId = alice->groups()->groupFor(room).chatId;
        GroupAdmin *admin = alice->groupAdmin();
        QTRY_COMPARE_WITH_TIMEOUT(admin->ownAffiliation(chatId), MucAffiliation::Owner, NetworkMs);
        QCOMPARE(await(admin->setSubject(chatId, u"Sunday lunch at noon"_s)), QString());
        QImage picture(96, 96, QImage::Format_RGB32);
        picture.fill(QColor(0xe0, 0x7a, 0x1f));
        const QString file = m_dir.filePath(u"picture-%1.png"_s.arg(theme));
        QVERIFY(picture.save(file));
        QCOMPARE(await(admin->setPicture(chatId, file)), QString());
        // Carol goes away: still a member, shown greyed.
        carol->muc()->leave(room);

        alice->appSettings()->setTheme(dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, *alice);
        QVERIFY(window);
        QQuickItem *main = nullptr;
        QTRY_VERIFY((main = Test::findItem(window->contentItem(), u"mainPage"_s)));
        QVERIFY(QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, room), Q_ARG(int, 0)));
        QQuickItem *page = Test::openGroupInfo(window, main);
        QVERIFY(page);

        // You first, then the owner's others: Bob present, Carol away.
        // Carol's goodbye may come after the panel opened: wait until she is shown away.
        auto rowsNow = [page] { return findItems(page, u"participantRow"_s); };
        QTRY_VERIFY_WITH_TIMEOUT(
            rowsNow().size() == 3 && !rowsNow().at(2)->property("online").toBool(), NetworkMs);
        const auto rows = rowsNow();
        QCOMPARE(rows.at(0)->property("nick").toString(), u"You"_s);
        QCOMPARE(rows.at(0)->property("affiliationText").toString(), u"Owner"_s);
        QVERIFY(rows.at(1)->property("online").toBool());
        QCOMPARE(rows.at(1)->property("nick").toString(), u"Bob"_s);
        // Away, Carol is still shown by the nickname she had in the group.
        QCOMPARE(rows.at(2)->property("nick").toString(), u"Carol"_s);
        QCOMPARE(rows.at(2)->property("jid").toString(), carolJid(theme));
        QVERIFY(rows.at(2)->opacity() < 1);
        QCOMPARE(Test::findItem(page, u"participantCount"_s)->property("text").toString(),
            u"3 participants"_s);
        QTRY_COMPARE(Test::findItem(Test::findItem(page, u"groupSubjectLine"_s), u"editableText"_s)
                         ->property("text")
                         .toString(),
            u"Sunday lunch at noon"_s);
        QTRY_VERIFY(
            !Test::findItem(page, u"groupInfoAvatar"_s)->property("source").toUrl().isEmpty());
        for (const auto *name : { "changePictureButton", "addParticipantsButton",
                 "leaveGroupButton", "deleteGroupButton" })
            QVERIFY2(Test::findItem(page, QString::fromLatin1(name))->isVisible(), name);
        // Our own row has no menu.
        QVERIFY(!Test::findItem(rows.at(0), u"participantMenuButton"_s)->isVisible());
        Test::saveScreenshot(window, u"group-participants-%1"_s.arg(theme));

        // Bob's menu: what an owner may do to a member, and nothing more.
        QQuickItem *menuButton = Test::findItem(rows.at(1), u"participantMenuButton"_s);
        QVERIFY(menuButton && menuButton->isVisible());
        Test::click(window, menuButton);
        auto *menu = rows.at(1)->findChild<QObject *>(u"participantMenu"_s);
        QVERIFY(menu);
        QTRY_VERIFY(menu->property("opened").toBool());
        QQuickItem *menuItem = Test::popupItem(menu);
        QVERIFY(Test::findItem(menuItem, u"makeAdminItem"_s)->isVisible());
        QVERIFY(!Test::findItem(menuItem, u"dismissAdminItem"_s)->isVisible());
        QVERIFY(Test::findItem(menuItem, u"removeItem"_s)->isVisible());
        QVERIFY(Test::findItem(menuItem, u"banItem"_s)->isVisible());
        Test::saveScreenshot(window, u"group-participants-menu-%1"_s.arg(theme));

        // Remove asks first, naming the person and the group.
        QVERIFY(QMetaObject::invokeMethod(Test::findItem(menuItem, u"removeItem"_s), "triggered"));
        auto *confirm = window->findChild<QObject *>(u"participantConfirmDialog"_s);
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->property("opened").toBool());
        QVERIFY(confirm->property("title").toString().startsWith(u"Remove "_s));
        QVERIFY(QMetaObject::invokeMethod(confirm, "reject"));
        QTRY_VERIFY(!confirm->property("visible").toBool());
        QCOMPARE(findItems(page, u"participantRow"_s).size(), 3);

        // The name edited in place: the pencil, the new name, Enter; the room renames the group.
        QQuickItem *nameLine = Test::findItem(page, u"groupNameLine"_s);
        Test::click(window, Test::findItem(nameLine, u"editButton"_s));
        QQuickItem *field = Test::findItem(nameLine, u"editField"_s);
        QTRY_VERIFY(field->hasActiveFocus());
        Test::typeText(window, u"Cousins"_s);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!field->isVisible(), NetworkMs);
        QCOMPARE(
            Test::findItem(nameLine, u"editableText"_s)->property("text").toString(), u"Cousins"_s);
        QCOMPARE(alice->groups()->groupFor(room).name, u"Cousins"_s);
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    std::unique_ptr<AccountSession> signIn(const QString &name) { return m_accounts.person(name); }
    QString carolJid(const QString &theme) const { return m_accounts.jidOf(u"carol-"_s + theme); }

    Test::TestServer m_server;
    QTemporaryDir m_dir;
    Test::TestAccounts m_accounts { m_server, m_dir.path(), Password };
};

QTEST_MAIN(TestGroupInfo)
#include "tst_groupinfo.moc"
