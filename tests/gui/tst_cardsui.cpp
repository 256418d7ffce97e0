// Location and contact cards in the window (issue 19): received ones render as cards with
// accessible names that say what they show, a hostile geo: body stays text, "Open in maps" asks
// through the link confirmation with the web map (no geo: handler) or the geo: URI (one
// registered), and a location and a contact are sent from the attach menu with the keyboard
// alone. Screenshots light and dark go to $NATTER_SCREENSHOTS.
#include "AccountSession.h"
#include "AppSettings.h"
#include "HistoryService.h"
#include "LinkService.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"

#include <QAccessible>
#include <QDir>
#include <QFile>
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
using Test::findItem;

namespace {
const QString Juliet = QStringLiteral("juliet@example.org");
const QString Hostile = QStringLiteral("geo:123.0,13.4050");

QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *iface = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return iface ? iface->text(QAccessible::Name) : QString();
}

void findAll(QQuickItem *root, const QString &objectName, QList<QQuickItem *> &found)
{
    for (QQuickItem *child : root->childItems()) {
        if (child->objectName() == objectName && child->isVisible())
            found.append(child);
        findAll(child, objectName, found);
    }
}

QStringList namesOf(QQuickItem *root, const QString &objectName)
{
    QList<QQuickItem *> items;
    findAll(root, objectName, items);
    QStringList names;
    for (QQuickItem *item : std::as_const(items))
        names.append(accessibleName(item));
    return names;
}

QQuickItem *visibleItem(QQuickItem *root, const QString &objectName, const QString &name = {})
{
    QList<QQuickItem *> items;
    findAll(root, objectName, items);
    for (QQuickItem *item : std::as_const(items)) {
        if (name.isEmpty() || accessibleName(item) == name)
            return item;
    }
    return nullptr;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) > 0;
}
} // namespace

class TestCardsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_xdg.isValid());
        // The desktop's MIME associations come from here only, so "has a geo: handler" is ours
        // to decide.
        qputenv("XDG_CONFIG_HOME", m_xdg.filePath(u"config"_s).toUtf8());
        qputenv("XDG_CONFIG_DIRS", m_xdg.filePath(u"etc"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_xdg.filePath(u"data"_s).toUtf8());
        qputenv("XDG_DATA_DIRS", m_xdg.filePath(u"share"_s).toUtf8());
        Test::QmlWarnings::install();
        const qint64 account = Test::prepareProfile(m_dir.path(), { { Juliet, u"Juliet"_s } });
        QVERIFY(account > 0);
        const QList<Test::SeedMessage> seed {
            { Juliet, Direction::Incoming, u"geo:52.5200,13.4050"_s },
            { Juliet, Direction::Incoming, u"xmpp:romeo@example.org?roster;name=Romeo%20M."_s },
            { Juliet, Direction::Incoming, u"xmpp:juliet@example.org?roster;name=Me"_s },
            { Juliet, Direction::Incoming, Hostile },
        };
        QCOMPARE(Test::storeMessages(m_dir.path(), account, seed), seed.size());
    }

    void cardsRenderOpenAndSend();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_xdg;
};

void TestCardsUi::cardsRenderOpenAndSend()
{
    Test::QmlWarnings::clear();
    AccountSession session { ProfilePaths(m_dir.path()) };
    QQmlApplicationEngine engine;
    QQuickWindow *window = Test::loadMainWindow(engine, session);
    QVERIFY(window);
    window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QQuickItem *main = nullptr;
    QVERIFY(
        QTest::qWaitFor([&] { return (main = findItem(window->contentItem(), u"mainPage"_s)); }));
    QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, Juliet), Q_ARG(int, 0));
    auto *messages = window->findChild<QAbstractItemModel *>(u"conversationModel"_s);
    QVERIFY(messages);
    QTRY_COMPARE(messages->rowCount(), 4);
    QQuickItem *list = findItem(window->contentItem(), u"messageList"_s);
    QVERIFY(list);

    // The cards, named as they show.
    QTRY_COMPARE(
        namesOf(list, u"locationCard"_s), QStringList { u"Location: 52.52° N, 13.40° E"_s });
    QTRY_COMPARE(namesOf(list, u"contactCard"_s).size(), 2);
    QVERIFY(namesOf(list, u"contactCard"_s).contains(u"Contact: Romeo M., romeo@example.org"_s));
    QQuickItem *locationCard = visibleItem(list, u"locationCard"_s);
    QVERIFY(locationCard);
    // Romeo is no contact: "Add contact"; Juliet is: no such button on her card.
    QQuickItem *romeo
        = visibleItem(list, u"contactCard"_s, u"Contact: Romeo M., romeo@example.org"_s);
    QVERIFY(romeo);
    QQuickItem *add = visibleItem(romeo, u"contactCardAdd"_s);
    QVERIFY(add);
    QCOMPARE(accessibleName(add), u"Add contact"_s);
    QQuickItem *julietCard
        = visibleItem(list, u"contactCard"_s, u"Contact: Me, juliet@example.org"_s);
    QVERIFY(julietCard);
    // The roster may load after the card; then the button goes.
    QTRY_VERIFY(!visibleItem(julietCard, u"contactCardAdd"_s));
    QVERIFY(visibleItem(julietCard, u"contactCardMessage"_s));
    // The hostile body is text, as it came.
    QList<QQuickItem *> texts;
    findAll(list, u"bubbleText"_s, texts);
    QVERIFY(std::any_of(texts.cbegin(), texts.cend(),
        [](QQuickItem *t) { return t->property("text").toString().contains(Hostile); }));
    QCOMPARE(namesOf(list, u"bubbleCard"_s).size(), 3);

    for (const auto theme : { AppSettings::Theme::Light, AppSettings::Theme::Dark }) {
        session.appSettings()->setTheme(theme);
        QTest::qWait(200); // the theme's repaint, for the picture only
        Test::saveScreenshot(
            window, theme == AppSettings::Theme::Light ? u"cards-light"_s : u"cards-dark"_s);
    }
    session.appSettings()->setTheme(AppSettings::Theme::Light);

    // "Open in maps": no geo: handler here, so the web map, through the link confirmation.
    auto *dialog = window->findChild<QObject *>(u"linkConfirmDialog"_s);
    QVERIFY(dialog);
    QQuickItem *open = visibleItem(locationCard, u"openInMapsButton"_s);
    QVERIFY(open);
    QCOMPARE(accessibleName(open), u"Open in maps"_s);
    Test::click(window, open);
    QTRY_VERIFY(dialog->property("opened").toBool());
    QCOMPARE(dialog->property("link").toString(),
        u"https://www.openstreetmap.org/?mlat=52.52&mlon=13.405#map=16/52.52/13.405"_s);
    QTest::qWait(300); // the dialog's entrance, for the picture only
    Test::saveScreenshot(window, u"open-in-maps-light"_s);
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->property("visible").toBool());

    // With a map application registered for geo:, the geo: URI itself, from the message menu.
    QVERIFY(writeFile(m_xdg.filePath(u"config/mimeapps.list"_s),
        "[Default Applications]\nx-scheme-handler/geo=org.gnome.Maps.desktop\n"));
    const int locationRow = 3; // the oldest of the four
    QVERIFY(QMetaObject::invokeMethod(list, "select", Q_ARG(int, locationRow)));
    QTRY_VERIFY(list->hasActiveFocus());
    auto *menu = window->findChild<QObject *>(u"messageMenu"_s);
    QVERIFY(menu);
    QTest::keyClick(window, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(menu->property("opened").toBool());
    auto *mapsItem = window->findChild<QQuickItem *>(u"openInMapsItem"_s);
    QVERIFY(mapsItem && mapsItem->isVisible());
    Test::click(window, mapsItem);
    QTRY_VERIFY(dialog->property("opened").toBool());
    QCOMPARE(dialog->property("link").toString(), u"geo:52.52,13.405"_s);
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->property("visible").toBool());

    // Sending a location with the keyboard: Shift+Tab from the field to the attach button,
    // Space opens its menu, "Location…", then the coordinates and a name, Enter sends.
    QQuickItem *field = findItem(window->contentItem(), u"composerField"_s);
    QVERIFY(field);
    field->forceActiveFocus();
    QTRY_VERIFY(field->hasActiveFocus());
    QQuickItem *attach = findItem(window->contentItem(), u"attachButton"_s);
    QVERIFY(attach);
    // Shift+Tab arrives as Backtab, as a keyboard sends it.
    for (int i = 0; i < 4 && !attach->hasActiveFocus(); ++i)
        QTest::keyClick(window, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(attach->hasActiveFocus());
    QTest::keyClick(window, Qt::Key_Space);
    auto *attachMenu = window->findChild<QObject *>(u"attachMenu"_s);
    QVERIFY(attachMenu);
    QTRY_VERIFY(attachMenu->property("opened").toBool());
    QTest::keyClick(window, Qt::Key_Down);
    QTest::keyClick(window, Qt::Key_Down);
    QTest::keyClick(window, Qt::Key_Return);
    auto *locationDialog = window->findChild<QObject *>(u"locationDialog"_s);
    QVERIFY(locationDialog);
    QTRY_VERIFY(locationDialog->property("opened").toBool());
    QQuickItem *link = findItem(window->contentItem(), u"locationLink"_s);
    QTRY_VERIFY(link && link->hasActiveFocus());
    QTest::keyClick(window, Qt::Key_Tab);
    Test::typeText(window, u"91"_s);
    QTest::keyClick(window, Qt::Key_Tab);
    Test::typeText(window, u"13.405"_s);
    QQuickItem *error = findItem(window->contentItem(), u"locationError"_s);
    QTRY_VERIFY(error && error->isVisible());
    QVERIFY(error->property("text").toString().contains(u"latitude"_s));
    QQuickItem *send = findItem(window->contentItem(), u"locationSend"_s);
    QVERIFY(send && !send->isEnabled());
    QTest::keyClick(window, Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyClick(window, Qt::Key_Backspace);
    QTest::keyClick(window, Qt::Key_Backspace);
    Test::typeText(window, u"52.52"_s);
    QTest::keyClick(window, Qt::Key_Tab);
    QTest::keyClick(window, Qt::Key_Tab);
    Test::typeText(window, u"Office"_s);
    QTRY_VERIFY(send->isEnabled());
    QCOMPARE(findItem(window->contentItem(), u"locationPreview"_s)->property("text").toString(),
        u"📍 52.52° N, 13.40° E"_s);
    for (const auto theme : { AppSettings::Theme::Light, AppSettings::Theme::Dark }) {
        session.appSettings()->setTheme(theme);
        QTest::qWait(200); // the theme's repaint, for the picture only
        Test::saveScreenshot(window,
            theme == AppSettings::Theme::Light ? u"location-dialog-light"_s
                                               : u"location-dialog-dark"_s);
    }
    session.appSettings()->setTheme(AppSettings::Theme::Light);
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_VERIFY(!locationDialog->property("visible").toBool());
    QTRY_COMPARE(messages->rowCount(), 5);
    QCOMPARE(messages->index(0, 0).data(messages->roleNames().key("body")).toString(),
        u"geo:52.52,13.405?q=52.52,13.405(Office)"_s);
    QTRY_VERIFY(
        namesOf(list, u"locationCard"_s).contains(u"Location: Office, 52.52° N, 13.40° E"_s));

    // Sharing a contact: the menu's "Contact…", a filter, Enter.
    field->forceActiveFocus();
    for (int i = 0; i < 4 && !attach->hasActiveFocus(); ++i)
        QTest::keyClick(window, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(attach->hasActiveFocus());
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY(attachMenu->property("opened").toBool());
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(window, Qt::Key_Down);
    QTest::keyClick(window, Qt::Key_Return);
    auto *contactDialog = window->findChild<QObject *>(u"shareContactDialog"_s);
    QVERIFY(contactDialog);
    QTRY_VERIFY(contactDialog->property("opened").toBool());
    Test::typeText(window, u"jul"_s);
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_VERIFY(!contactDialog->property("visible").toBool());
    QTRY_COMPARE(messages->rowCount(), 6);
    QCOMPARE(messages->index(0, 0).data(messages->roleNames().key("body")).toString(),
        u"xmpp:juliet@example.org?roster;name=Juliet"_s);
    QVERIFY(field->hasActiveFocus());

    for (const auto theme : { AppSettings::Theme::Light, AppSettings::Theme::Dark }) {
        session.appSettings()->setTheme(theme);
        QTest::qWait(200); // the theme's repaint, for the picture only
        Test::saveScreenshot(window,
            theme == AppSettings::Theme::Light ? u"cards-sent-light"_s : u"cards-sent-dark"_s);
    }

    // "Message" on a card opens that person's chat and offers to add a stranger.
    QQuickItem *stranger
        = visibleItem(list, u"contactCard"_s, u"Contact: Romeo M., romeo@example.org"_s);
    QVERIFY(stranger);
    QQuickItem *message = visibleItem(stranger, u"contactCardMessage"_s);
    QVERIFY(message && QMetaObject::invokeMethod(message, "clicked"));
    QTRY_COMPARE(main->property("currentPeer").toString(), u"romeo@example.org"_s);
    QCOMPARE(session.links()->offeredContact(), u"romeo@example.org"_s);

    QVERIFY2(Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
}

QTEST_MAIN(TestCardsUi)
#include "tst_cardsui.moc"
