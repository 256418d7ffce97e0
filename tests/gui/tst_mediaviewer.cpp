// Pictures in the real Main.qml: a downloaded photo in the conversation opens the full-window
// viewer, which steps to older and newer pictures with the arrow keys, zooms with + and closes
// with Esc; the contact page lists the chat's files and opens the viewer too. No QML warnings.
#include "AccountSession.h"
#include "HistoryService.h"
#include "MainWindowHarness.h"
#include "ProfilePaths.h"

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
using Natter::Test::findItem;

namespace {
const QString Juliet = QStringLiteral("juliet@example.org");

// The first item named objectName that is visible and wholly inside the window: one a person
// could click. Views keep off-screen delegates too.
QQuickItem *clickable(QQuickItem *root, const QString &objectName)
{
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        const QRectF shown = child->mapRectToScene(child->boundingRect());
        if (child->objectName() == objectName && child->isVisible() && shown.width() > 0
            && root->window()->contentItem()->boundingRect().contains(shown))
            return child;
        if (QQuickItem *found = clickable(child, objectName))
            return found;
    }
    return nullptr;
}
} // namespace

class TestMediaViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        QVERIFY(m_dir.isValid());
        const qint64 account
            = Test::prepareProfile(m_dir.path(), { { Juliet, QStringLiteral("Juliet") } });
        QVERIFY(account > 0);
        HistoryService history(ProfilePaths(m_dir.path()).database());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<Message> messages;
        // Three downloaded photos, oldest first, and a document after them.
        for (int i = 0; i < 4; ++i) {
            Message m;
            m.accountId = account;
            m.peer = Juliet;
            m.sender = Juliet;
            m.direction = Direction::Incoming;
            m.timestamp = now - (4 - i) * 60'000;
            m.stanzaId = QStringLiteral("f%1").arg(i);
            m.deliveryState = DeliveryState::Delivered;
            m.read = true;
            Attachment a;
            a.fileName = i < 3 ? QStringLiteral("photo%1.png").arg(i) : QStringLiteral("notes.pdf");
            a.mimeType = i < 3 ? QStringLiteral("image/png") : QStringLiteral("application/pdf");
            a.localPath = m_dir.filePath(a.fileName);
            a.transfer = TransferState::Ready;
            if (i < 3) {
                QImage picture(800 + 100 * i, 600, QImage::Format_RGB32);
                picture.fill(QColor::fromHsv(100 * i, 200, 200));
                QVERIFY(picture.save(a.localPath));
                a.width = picture.width();
                a.height = picture.height();
            }
            m.attachments = { a };
            messages.append(m);
        }
        auto stored = history.messages().insertMessages(messages);
        stored.waitForFinished();
        QCOMPARE(stored.result().size(), 4);
    }

    void photoOpensTheViewerThatStepsAndZooms()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = openJuliet(engine, session);
        QVERIFY(window);
        QQuickItem *root = window->contentItem();

        // The newest photo is the lowest picture bubble; any loaded one will do to open.
        QQuickItem *image = nullptr;
        QTRY_VERIFY((image = clickable(root, QStringLiteral("mediaImage"))));
        QVERIFY(image->width() <= 330 && image->height() <= 330);
        Test::click(window, image);

        QQuickItem *title = nullptr;
        QTRY_VERIFY((title = findItem(root, QStringLiteral("viewerTitle"))) && title->isVisible());
        QTRY_VERIFY(title->property("text").toString().startsWith(QStringLiteral("photo")));
        const QString first = title->property("text").toString();
        const QString older = QStringLiteral("photo%1.png").arg(first.mid(5, 1).toInt() - 1);
        const QString newer = QStringLiteral("photo%1.png").arg(first.mid(5, 1).toInt() + 1);
        QTest::keyClick(
            window, first == QStringLiteral("photo0.png") ? Qt::Key_Right : Qt::Key_Left);
        QTRY_COMPARE(title->property("text").toString(),
            first == QStringLiteral("photo0.png") ? newer : older);
        QTest::keyClick(
            window, first == QStringLiteral("photo0.png") ? Qt::Key_Left : Qt::Key_Right);
        QTRY_COMPARE(title->property("text").toString(), first);

        QQuickItem *zoom = findItem(root, QStringLiteral("viewerZoom"));
        QVERIFY(zoom);
        QTRY_VERIFY(zoom->isVisible());
        const QString fitted = zoom->property("text").toString();
        QTest::keyClick(window, Qt::Key_Plus);
        QTRY_VERIFY(zoom->property("text").toString() != fitted);

        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!findItem(root, QStringLiteral("viewerTitle")));
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

    void contactPageListsSharedMedia()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = openJuliet(engine, session);
        QVERIFY(window);
        QQuickItem *root = window->contentItem();
        QQuickItem *header = nullptr;
        QTRY_VERIFY(
            (header = findItem(root, QStringLiteral("conversationHeader"))) && header->isVisible());
        Test::click(window, header);

        // Clicks land where the page is once its push transition has ended.
        QQuickItem *page = nullptr;
        QTRY_VERIFY((page = findItem(root, QStringLiteral("contactInfoPage"))));
        QTRY_COMPARE(page->mapToScene(QPointF(0, 0)).x(), 0.0);
        QQuickItem *grid = nullptr;
        QTRY_VERIFY(
            (grid = findItem(root, QStringLiteral("sharedMediaGrid"))) && grid->isVisible());
        QTRY_COMPARE(grid->property("count").toInt(), 4);
        QQuickItem *name = nullptr;
        QTRY_VERIFY((name = clickable(grid, QStringLiteral("sharedFileName"))));
        QCOMPARE(name->property("text").toString(), QStringLiteral("notes.pdf"));

        QQuickItem *thumbnail = nullptr;
        QTRY_VERIFY((thumbnail = clickable(grid, QStringLiteral("sharedThumbnail"))));
        Test::click(window, thumbnail->parentItem());
        QQuickItem *title = nullptr;
        QTRY_VERIFY((title = findItem(root, QStringLiteral("viewerTitle"))) && title->isVisible());
        QTRY_VERIFY(title->property("text").toString().startsWith(QStringLiteral("photo")));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!findItem(root, QStringLiteral("viewerTitle")));
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }

private:
    // Main.qml with Juliet's chat open; nullptr when it could not be shown.
    static QQuickWindow *openJuliet(QQmlApplicationEngine &engine, AccountSession &session)
    {
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        if (!window)
            return nullptr;
        window->resize(1100, 800);
        QQuickItem *row = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (row = findItem(window->contentItem(), QStringLiteral("chatRow"))); }))
            return nullptr;
        return QMetaObject::invokeMethod(row, "clicked") ? window : nullptr;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMediaViewer)
#include "tst_mediaviewer.moc"
