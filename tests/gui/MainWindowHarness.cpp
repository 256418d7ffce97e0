#include "MainWindowHarness.h"

#include "AccountSession.h"

#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

namespace Natter::Test {

namespace {
QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg
        && !QString::fromUtf8(context.category).startsWith(u"natter."))
        g_warnings << message;
    g_previousHandler(type, context, message);
}
} // namespace

void QmlWarnings::install()
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (!g_previousHandler)
        g_previousHandler = qInstallMessageHandler(collect);
}

void QmlWarnings::clear()
{
    g_warnings.clear();
}

const QStringList &QmlWarnings::all()
{
    return g_warnings;
}

QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine, AccountSession &session)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({ { QStringLiteral("session"), QVariant::fromValue(&session) } });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Natter/Ui/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (window && !QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

QQuickItem *findItem(QQuickItem *root, const QString &objectName)
{
    if (!root)
        return nullptr;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == objectName)
            return child;
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    }
    return nullptr;
}

void click(QQuickWindow *window, QQuickItem *item)
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

} // namespace Natter::Test
