// The whole app from the keyboard: on the chat list, an open conversation, the settings and the
// contact info page, Tab walks a chain that wraps around (no trap), reaches every control a
// mouse can operate there, and every stop has a name a screen reader can say.
#include "FocusChain.h"
#include "MainWindowHarness.h"

#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;
using namespace Qt::StringLiterals;
using Test::findItem;
using Test::FocusFixture;

class TestFocusChainPages : public QObject
{
    Q_OBJECT

private:
    // The signed-in window with its chat list loaded.
    bool showMain()
    {
        m_window = m_fixture.show();
        return m_window && QTest::qWaitFor([&] {
            m_main = findItem(m_window->contentItem(), u"mainPage"_s);
            return m_main && findItem(m_main, u"chatRow"_s);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_fixture.prepare());
    }

    void init() { Test::QmlWarnings::clear(); }

    void cleanup()
    {
        m_fixture.close();
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void chatList()
    {
        QVERIFY(showMain());
        const QString problems = Test::focusChainProblems(m_window, m_main);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    // The chat list is one stop: the arrows move along it and Enter opens the chat.
    void chatListWorksFromTheKeyboard()
    {
        QVERIFY(showMain());
        auto *list = findItem(m_main, u"chatList"_s);
        QVERIFY(list);
        for (int i = 0; i < 10 && !list->hasActiveFocus(); ++i)
            QTest::keyClick(m_window, Qt::Key_Tab);
        QVERIFY(list->hasActiveFocus());
        QCOMPARE(list->property("currentIndex").toInt(), 0);
        QTest::keyClick(m_window, Qt::Key_Down);
        QCOMPARE(list->property("currentIndex").toInt(), 1);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_main->property("currentPeer").toString(), FocusFixture::Juliet);
    }

    void openConversation()
    {
        QVERIFY(showMain());
        QVERIFY(QMetaObject::invokeMethod(
            m_main, "openChat", Q_ARG(QString, FocusFixture::Juliet), Q_ARG(int, 0)));
        auto *messages = m_window->findChild<QAbstractItemModel *>(u"conversationModel"_s);
        QTRY_COMPARE(messages->rowCount(), 5);
        QTRY_VERIFY(findItem(m_main, u"retryButton"_s));
        const QString problems = Test::focusChainProblems(m_window, m_main);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void settingsPage()
    {
        QVERIFY(showMain());
        auto *item = m_window->findChild<QObject *>(u"settingsMenuItem"_s);
        QVERIFY(item && QMetaObject::invokeMethod(item, "triggered"));
        QQuickItem *page = Test::pushedPage(m_window, u"settingsPage"_s);
        QVERIFY(page);
        const QString problems = Test::focusChainProblems(m_window, page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void contactInfoPage()
    {
        QVERIFY(showMain());
        QVERIFY(QMetaObject::invokeMethod(
            m_main, "openChat", Q_ARG(QString, FocusFixture::Juliet), Q_ARG(int, 0)));
        auto *header = findItem(m_main, u"conversationHeader"_s);
        QTRY_VERIFY(header && header->isVisible() && header->width() > 0);
        Test::click(m_window, header);
        QQuickItem *page = Test::pushedPage(m_window, u"contactInfoPage"_s);
        QVERIFY(page);
        const QString problems = Test::focusChainProblems(m_window, page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

private:
    FocusFixture m_fixture;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_main = nullptr;
};

QTEST_MAIN(TestFocusChainPages)
#include "tst_focuschain_pages.moc"
