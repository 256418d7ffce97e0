#include "BenchWindow.h"

#include "EmojiFallback.h"
#include "ImageProviders.h"
#include "ProfilePaths.h"

#include <QAbstractItemModel>
#include <QEventLoop>
#include <QFile>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QTimer>

#include <ctime>

namespace Natter {

BenchWindow::BenchWindow(const QString &profileDir)
    : m_session(ProfilePaths(profileDir))
{ }

bool BenchWindow::showChatList()
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    EmojiFallback::install();
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine.setInitialProperties(
        { { QStringLiteral("session"), QVariant::fromValue(&m_session) } });
    addImageProviders(m_engine, &m_session);
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Natter/Ui/Main.qml")));
    m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
    if (!m_window)
        return false;
    auto *chats = m_window->findChild<QAbstractItemModel *>(QStringLiteral("chatListModel"));
    if (!chats || !QTest::qWaitFor([&] { return chats->rowCount() > 0; }, 30000))
        return false;
    waitFrame();
    return true;
}

QQuickItem *BenchWindow::item(const QString &objectName) const
{
    return m_window ? findItem(m_window->contentItem(), objectName) : nullptr;
}

bool BenchWindow::waitFrame()
{
    QEventLoop loop;
    QObject::connect(m_window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    QTimer::singleShot(1000, &loop, [&loop] { loop.exit(1); });
    m_window->update();
    return loop.exec() == 0;
}

QQuickItem *BenchWindow::findItem(QQuickItem *root, const QString &name)
{
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == name)
            return child;
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

double BenchWindow::rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double BenchWindow::cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace Natter
