// Emoji render in colour, in a Text (names, previews) and in a rich-text TextEdit (bubbles). A
// regression to a monochrome font would draw grey glyphs, which this counts as a failure.
#include "MessageMarkup.h"

#include <QColor>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {
// Pixels whose channels differ widely; black, white and grey anti-aliasing never do.
int colourfulPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int spread = qMax(c.red(), qMax(c.green(), c.blue()))
                - qMin(c.red(), qMin(c.green(), c.blue()));
            count += spread > 80 ? 1 : 0;
        }
    }
    return count;
}
} // namespace

class TestColorEmoji : public QObject
{
    Q_OBJECT

private:
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
        QTest::newRow("bubble") << bubble << MessageMarkup::toHtml(u"😀"_s) << true;
        QTest::newRow("heart in a bubble")
            << bubble << MessageMarkup::toHtml(u"I ❤️ it"_s) << true;
        QTest::newRow("flag in a bubble") << bubble << MessageMarkup::toHtml(u"*go* 🇩🇪"_s) << true;
        // The measure itself: a black letter has no colour at all.
        QTest::newRow("letter") << text << u"W"_s << false;
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
};

QTEST_MAIN(TestColorEmoji)
#include "tst_coloremoji.moc"
