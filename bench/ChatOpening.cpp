#include "ChatOpening.h"

#include "BenchWindow.h"

#include <QAbstractItemModel>
#include <QEventLoop>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace Natter {

namespace {
constexpr int ImageReady = 1; // QQuickImageBase::Ready

void collectBubbles(QQuickItem *root, QList<QQuickItem *> &out)
{
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == u"mediaThumbnail" && child->parentItem())
            out.append(child->parentItem()); // the ImageContent
        else
            collectBubbles(child, out);
    }
}
} // namespace

ChatOpening::ChatOpening(QQuickWindow *window, QQuickItem *mainPage, QAbstractItemModel *messages)
    : m_window(window)
    , m_mainPage(mainPage)
    , m_messages(messages)
{ }

void ChatOpening::frameSwapped()
{
    const qint64 now = m_clock.nsecsElapsed();
    QMutexLocker lock(&m_mutex);
    m_swaps.append(now);
}

int ChatOpening::bubblesLoaded(int *inSight) const
{
    QQuickItem *list
        = BenchWindow::findItem(m_window->contentItem(), QStringLiteral("messageList"));
    if (!list || !list->isVisible())
        return -1;
    QList<QQuickItem *> bubbles;
    collectBubbles(list, bubbles);
    const QRectF viewport(0, 0, list->width(), list->height());
    int seen = 0;
    int loaded = 0;
    for (QQuickItem *bubble : std::as_const(bubbles)) {
        if (!bubble->isVisible()
            || !bubble->mapRectToItem(list, bubble->boundingRect()).intersects(viewport))
            continue;
        ++seen;
        const bool downloaded = bubble->property("ready").toBool();
        QQuickItem *image = BenchWindow::findItem(
            bubble, downloaded ? QStringLiteral("mediaImage") : QStringLiteral("mediaThumbnail"));
        if (image && image->property("status").toInt() == ImageReady)
            ++loaded;
    }
    *inSight = seen;
    return loaded;
}

QList<double> ChatOpening::intervalsSince(qsizetype first) const
{
    QList<double> intervals;
    for (qsizetype i = std::max<qsizetype>(first, 1); i < m_swaps.size(); ++i)
        intervals.append(ms(m_swaps.at(i) - m_swaps.at(i - 1)));
    return intervals;
}

bool ChatOpening::waitLoaded(int timeoutMs) const
{
    return QTest::qWaitFor(
        [this] {
            int inSight = 0;
            return bubblesLoaded(&inSight) == inSight && inSight > 0;
        },
        timeoutMs);
}

QList<double> ChatOpening::scrollToOldest(double step, int timeoutMs)
{
    QQuickItem *list
        = BenchWindow::findItem(m_window->contentItem(), QStringLiteral("messageList"));
    if (!list)
        return {};
    m_clock.start();
    m_swaps = { 0 };
    QEventLoop loop;
    const auto recording = QObject::connect(
        m_window, &QQuickWindow::frameSwapped, m_window, [this] { frameSwapped(); },
        Qt::DirectConnection);
    // One step after each frame, then the next frame at once.
    const auto stepping = QObject::connect(
        m_window, &QQuickWindow::frameSwapped, &loop,
        [&] {
            int oldest = -1;
            QMetaObject::invokeMethod(list, "oldestVisibleRow", Q_RETURN_ARG(int, oldest));
            const bool done = list->property("atYBeginning").toBool()
                && oldest >= m_messages->rowCount() - 1 && m_messages->rowCount() > 0;
            if (done || m_clock.elapsed() > timeoutMs)
                return loop.quit();
            list->setProperty("contentY", list->property("contentY").toDouble() - step);
            m_window->update();
        },
        Qt::QueuedConnection);
    m_window->update();
    loop.exec();
    QObject::disconnect(recording);
    QObject::disconnect(stepping);
    QMutexLocker lock(&m_mutex);
    return intervalsSince(1);
}

ChatOpening::Result ChatOpening::open(const QString &peer, int timeoutMs)
{
    Result result;
    const auto recording = QObject::connect(
        m_window, &QQuickWindow::frameSwapped, m_window, [this] { frameSwapped(); },
        Qt::DirectConnection);
    // Asks for the next frame as soon as one is out: the window renders back to back.
    const auto continuous = QObject::connect(m_window, &QQuickWindow::frameSwapped, m_window,
        &QQuickWindow::update, Qt::QueuedConnection);
    qint64 rowsAt = -1;
    qint64 loadedAt = -1;
    QEventLoop loop;
    QTimer check; // polled off the frame path; the walk costs a few µs per bubble
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        const qint64 now = m_clock.nsecsElapsed();
        if (rowsAt < 0 && m_messages->rowCount() > 0)
            rowsAt = now;
        int inSight = 0;
        const int loaded = rowsAt < 0 ? -1 : bubblesLoaded(&inSight);
        result.bubblesInSight = inSight;
        if (loadedAt < 0 && inSight > 0 && loaded == inSight)
            loadedAt = now;
        QMutexLocker lock(&m_mutex);
        const bool framedAfterLoad = loadedAt >= 0 && m_swaps.last() > loadedAt;
        if (framedAfterLoad || now > qint64(timeoutMs) * 1000000)
            loop.quit();
    });
    QObject::connect(m_messages, &QAbstractItemModel::rowsInserted, &loop, [&] {
        if (rowsAt < 0)
            rowsAt = m_clock.nsecsElapsed();
    });

    m_clock.start();
    m_swaps = { 0 };
    m_mainPage->setProperty("currentPeer", peer);
    m_window->update();
    check.start();
    loop.exec();
    QObject::disconnect(recording);
    QObject::disconnect(continuous);

    QMutexLocker lock(&m_mutex);
    if (rowsAt < 0)
        return result;
    result.ok = true;
    result.loaded = loadedAt >= 0;
    result.rowsMs = ms(rowsAt);
    result.loadedMs = ms(result.loaded ? loadedAt : m_clock.nsecsElapsed());
    const auto first = std::upper_bound(m_swaps.begin(), m_swaps.end(), rowsAt);
    if (first == m_swaps.end())
        return result;
    result.firstFrameMs = ms(*first);
    const qsizetype firstIndex = first - m_swaps.begin();
    const QList<double> opening = intervalsSince(1).first(firstIndex);
    result.openMaxFrameMs = *std::max_element(opening.begin(), opening.end());
    result.loadingFrames = intervalsSince(firstIndex + 1);
    return result;
}

} // namespace Natter
