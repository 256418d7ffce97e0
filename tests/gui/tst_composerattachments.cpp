// Files reach the composer's tray inside the real Main.qml: dropped on the conversation (with the
// drop hint showing while they hover) and pasted with Ctrl+V; Esc empties the tray, and sending
// hands the files over and empties it. The upload itself is MediaService's and tested there.
#include "AccountSession.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;

namespace {
const QString Juliet = QStringLiteral("juliet@example.org");
} // namespace

class TestComposerAttachments : public QObject
{
    Q_OBJECT

private:
    QQuickItem *openChat(QQuickWindow *window)
    {
        QQuickItem *main = nullptr;
        if (!QTest::qWaitFor([&] {
                return (main = window->findChild<QQuickItem *>(QStringLiteral("mainPage")));
            }))
            return nullptr;
        QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, Juliet), Q_ARG(int, 0));
        return window->findChild<QQuickItem *>(QStringLiteral("composerBar"));
    }

    QUrl file(const QString &name)
    {
        QFile f(m_files.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write("some bytes");
        return QUrl::fromLocalFile(f.fileName());
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid() && m_files.isValid());
        QVERIFY(Test::prepareProfile(m_dir.path(), { { Juliet, QStringLiteral("Juliet") } }) > 0);
    }

    void dropShowsAHintAndFillsTheTray()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        auto *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        auto *bar = openChat(window);
        QVERIFY(bar);
        auto *tray = bar->property("attachments").value<QObject *>();
        QVERIFY(tray);
        auto *trayView = Test::findItem(bar, QStringLiteral("attachmentTray"));
        auto *hint = window->findChild<QQuickItem *>(QStringLiteral("dropHint"));
        QVERIFY(trayView && hint);
        QVERIFY(!trayView->isVisible());

        QMimeData data;
        data.setUrls({ file(QStringLiteral("letter.txt")), file(QStringLiteral("notes.md")) });
        const QPoint middle(window->width() * 3 / 4, window->height() / 2);
        QDragEnterEvent enter(middle, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QGuiApplication::sendEvent(window, &enter);
        QTRY_VERIFY(hint->isVisible());
        QDropEvent drop(middle, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QGuiApplication::sendEvent(window, &drop);
        QTRY_COMPARE(tray->property("count").toInt(), 2);
        QTRY_VERIFY(!hint->isVisible());
        QTRY_VERIFY(trayView->isVisible());
        auto *send = Test::findItem(bar, QStringLiteral("sendButton"));
        QVERIFY(send->isVisible()); // files alone can be sent

        // Esc in the message field empties the tray and leaves the chat open.
        auto *field = Test::findItem(bar, QStringLiteral("composerField"));
        field->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Escape);
        QCOMPARE(tray->property("count").toInt(), 0);
        QTRY_VERIFY(!trayView->isVisible());
        QVERIFY(bar->isVisible());
        // Nothing to send: the button records a voice note instead.
        QVERIFY(!send->isVisible());
        QVERIFY(Test::findItem(bar, QStringLiteral("voiceNoteButton"))->isVisible());

        // Ctrl+V with files on the clipboard adds them; the send button hands them over.
        auto *clip = new QMimeData;
        clip->setUrls({ file(QStringLiteral("pasted.pdf")) });
        QGuiApplication::clipboard()->setMimeData(clip);
        QTest::keyClick(window, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(tray->property("count").toInt(), 1);
        QCOMPARE(field->property("text").toString(), QString());
        // Text on the clipboard still pastes as text.
        QGuiApplication::clipboard()->setText(QStringLiteral("words"));
        QTest::keyClick(window, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(field->property("text").toString(), QStringLiteral("words"));
        QCOMPARE(tray->property("count").toInt(), 1);
        QVERIFY(send->isVisible());
        Test::click(window, send);
        QTRY_COMPARE(tray->property("count").toInt(), 0);
        QCOMPARE(field->property("text").toString(), QString());
        // With the tray empty, Esc is the page's again: it closes the chat.
        field->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!bar->isVisible());
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_files;
};

QTEST_MAIN(TestComposerAttachments)
#include "tst_composerattachments.moc"
