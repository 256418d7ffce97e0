// Emoji render in colour, in a Text (names, previews) and in a rich-text TextEdit (bubbles), and
// in the real window: the chat list's names and previews, the conversation header and the contact
// page. A regression to a monochrome font would draw grey glyphs, which this counts as a failure.
// Names are untrusted: markup in one shows as typed.
#include "AccountSession.h"
#include "EmojiFallback.h"
#include "HistoryService.h"
#include "MainWindowHarness.h"
#include "MessageMarkup.h"
#include "ProfilePaths.h"

#include <QColor>
#include <QDateTime>
#include <QFontMetricsF>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {
const QString Ana = u"ana@example.org"_s;
const QString Mallory = u"mallory@example.org"_s;
const QString AnaName = u"Ana 😀"_s;
const QString MarkupName = u"<b>x</b>"_s;

// Pixels whose channels differ widely; black, white and grey anti-aliasing never do.
int colourfulPixels(const QImage &image, QRect area = {})
{
    area = area.isNull() ? image.rect() : area.intersected(image.rect());
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int spread = qMax(c.red(), qMax(c.green(), c.blue()))
                - qMin(c.red(), qMin(c.green(), c.blue()));
            count += spread > 80 ? 1 : 0;
        }
    }
    return count;
}

// What item shows, in window pixels.
int colourfulPixelsOf(QQuickWindow *window, QQuickItem *item)
{
    const QRectF area = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return colourfulPixels(window->grabWindow(), area.toAlignedRect());
}

// The text of item is laid out as typed, markup included, rather than interpreted.
bool showsLiterally(QQuickItem *item)
{
    const QFontMetricsF metrics(item->property("font").value<QFont>());
    const double literal = metrics.horizontalAdvance(item->property("text").toString());
    return qAbs(item->property("contentWidth").toDouble() - literal) < 2;
}

// The chat list's row for peer, once it is laid out.
QQuickItem *chatRow(QQuickWindow *window, const QString &peer)
{
    QQuickItem *list = Test::findItem(window->contentItem(), u"chatList"_s);
    const QList<QQuickItem *> rows = list
        ? list->property("contentItem").value<QQuickItem *>()->childItems()
        : QList<QQuickItem *> {};
    for (QQuickItem *row : rows) {
        if (row->objectName() == u"chatRow" && row->property("peer").toString() == peer)
            return row;
    }
    return nullptr;
}
} // namespace

class TestColorEmoji : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Renders qml (an item type taking `value`) on white and returns the window's pixels.
    QImage render(const QByteArray &qml, const QString &value)
    {
        QQuickWindow window;
        window.setColor(Qt::white);
        window.resize(480, 160);
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_s);
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Natter.Models\n" + qml, QUrl());
        std::unique_ptr<QObject> object(
            component.createWithInitialProperties({ { u"value"_s, value } }));
        auto *item = qobject_cast<QQuickItem *>(object.get());
        if (!item) {
            qWarning() << component.errorString();
            return {};
        }
        item->setParentItem(window.contentItem());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return {};
        return window.grabWindow();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::QmlWarnings::install();
        // As app/main.cpp does: names and previews in plain Text items rely on it.
        QVERIFY(EmojiFallback::install());
        QVERIFY(m_dir.isValid());
        const qint64 account
            = Test::prepareProfile(m_dir.path(), { { Ana, AnaName }, { Mallory, MarkupName } });
        QVERIFY(account > 0);
        HistoryService history(ProfilePaths(m_dir.path()).database());
        QList<Message> messages;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const auto &[peer, body] :
            { std::pair { Ana, u"Party 🎉🎉🎉 tonight"_s }, std::pair { Mallory, u"<i>y</i>"_s } }) {
            Message m;
            m.accountId = account;
            m.peer = peer;
            m.body = body;
            m.timestamp = now - 60'000;
            m.stanzaId = peer;
            messages.append(m);
        }
        auto stored = history.messages().insertMessages(messages);
        stored.waitForFinished();
        QCOMPARE(stored.result().size(), 2);
    }

    void emojiIsColourful_data()
    {
        QTest::addColumn<QByteArray>("qml");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("colourful");
        // As the emoji picker's cells show them.
        const QByteArray cell = "Text { required property string value; text: value;"
                                " font.family: Format.emojiFontFamily; font.pixelSize: 96 }";
        const QByteArray text = "Text { required property string value; text: value;"
                                " font.pixelSize: 96; color: \"black\" }";
        const QByteArray bubble = "TextEdit { required property string value; text: value;"
                                  " textFormat: TextEdit.RichText; readOnly: true;"
                                  " font.pixelSize: 96; color: \"black\" }";
        QTest::newRow("picker cell") << cell << u"😀"_s << true;
        // No font.family: what every name and preview label relies on.
        QTest::newRow("plain text") << text << u"😀"_s << true;
        QTest::newRow("plain text, heart") << text << u"I ❤️ it"_s << true;
        QTest::newRow("bubble") << bubble << MessageMarkup::toHtml(u"😀"_s) << true;
        QTest::newRow("heart in a bubble")
            << bubble << MessageMarkup::toHtml(u"I ❤️ it"_s) << true;
        QTest::newRow("flag in a bubble") << bubble << MessageMarkup::toHtml(u"*go* 🇩🇪"_s) << true;
        // The measure itself: a black letter has no colour at all.
        QTest::newRow("letter") << text << u"W"_s << false;
        // Play and pause on buttons are symbols: in the text family they stay black; without it
        // the emoji font would draw them as coloured tiles.
        const QByteArray symbol = "Text { required property string value; text: value;"
                                  " font.family: Format.textFontFamily; font.pixelSize: 96;"
                                  " color: \"black\" }";
        QTest::newRow("play symbol") << symbol << u"▶"_s << false;
        QTest::newRow("pause symbol") << symbol << u"⏸"_s << false;
        QTest::newRow("play, no family") << text << u"▶"_s << true;
    }

    void emojiIsColourful()
    {
        QFETCH(QByteArray, qml);
        QFETCH(QString, value);
        QFETCH(bool, colourful);
        const QImage image = render(qml, value);
        QVERIFY(!image.isNull());
        const int pixels = colourfulPixels(image);
        // A 96 px smiley fills thousands of pixels; a tinted edge here and there is not colour.
        if (colourful)
            QVERIFY2(pixels > 1000, qPrintable(u"%1 colourful pixels"_s.arg(pixels)));
        else
            QCOMPARE(pixels, 0);
    }

    void namesAndPreviewsAreColourfulAndLiteral()
    {
        Test::QmlWarnings::clear();
        AccountSession session { ProfilePaths(m_dir.path()) };
        QQmlApplicationEngine engine;
        QQuickWindow *window = Test::loadMainWindow(engine, session);
        QVERIFY(window);
        QQuickItem *ana = nullptr;
        QQuickItem *mallory = nullptr;
        QTRY_VERIFY((ana = chatRow(window, Ana)) && (mallory = chatRow(window, Mallory)));

        QQuickItem *name = Test::findItem(ana, u"chatName"_s);
        QQuickItem *preview = Test::findItem(ana, u"chatPreview"_s);
        QVERIFY(name && preview);
        // Names come from the contacts, which load beside the chat list: awaited, as a person sees.
        QTRY_COMPARE(name->property("text").toString(), AnaName);
        // A 14 px smiley is about 150 coloured pixels, three party poppers more.
        QTRY_VERIFY2(colourfulPixelsOf(window, name) > 50,
            qPrintable(QString::number(colourfulPixelsOf(window, name))));
        QVERIFY2(colourfulPixelsOf(window, preview) > 150,
            qPrintable(QString::number(colourfulPixelsOf(window, preview))));

        QQuickItem *markup = Test::findItem(mallory, u"chatName"_s);
        QQuickItem *markupPreview = Test::findItem(mallory, u"chatPreview"_s);
        QVERIFY(markup && markupPreview);
        QTRY_COMPARE(markup->property("text").toString(), MarkupName);
        QVERIFY(showsLiterally(markup));
        QCOMPARE(markupPreview->property("text").toString(), u"<i>y</i>"_s);
        QVERIFY(showsLiterally(markupPreview));
        QCOMPARE(colourfulPixelsOf(window, markup), 0);

        QQuickItem *main = Test::findItem(window->contentItem(), u"mainPage"_s);
        QVERIFY(main);
        main->setProperty("currentPeer", Mallory);
        QQuickItem *header = Test::findItem(window->contentItem(), u"conversationName"_s);
        QVERIFY(header);
        QTRY_COMPARE(header->property("text").toString(), MarkupName);
        QVERIFY(showsLiterally(header));

        main->setProperty("currentPeer", Ana);
        QTRY_COMPARE(header->property("text").toString(), AnaName);
        QTRY_VERIFY2(colourfulPixelsOf(window, header) > 50,
            qPrintable(QString::number(colourfulPixelsOf(window, header))));

        Test::click(window, Test::findItem(window->contentItem(), u"conversationHeader"_s));
        QQuickItem *info = nullptr;
        QTRY_VERIFY((info = window->findChild<QQuickItem *>(u"contactInfoPage"_s)));
        QQuickItem *infoName = Test::findItem(info, u"contactInfoName"_s);
        QVERIFY(infoName);
        QTRY_COMPARE(infoName->property("text").toString(), AnaName);
        QTRY_VERIFY2(colourfulPixelsOf(window, infoName) > 150,
            qPrintable(QString::number(colourfulPixelsOf(window, infoName))));
        QVERIFY2(
            Test::QmlWarnings::all().isEmpty(), qPrintable(Test::QmlWarnings::all().join(u'\n')));
    }
};

QTEST_MAIN(TestColorEmoji)
#include "tst_coloremoji.moc"
