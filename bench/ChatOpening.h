#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMutex>

class QAbstractItemModel;
class QQuickItem;
class QQuickWindow;

namespace Natter {

// Opens a chat in the real window and records every frame until the image bubbles in sight
// have their pictures: the frame-to-frame intervals of the thread that renders, with a new
// frame requested as soon as one is swapped (offscreen frames are not paced by vsync, so an
// interval is the work between two frames, not a wait for the screen).
class ChatOpening
{
public:
    struct Result
    {
        bool ok = false;
        double rowsMs = 0; // the chat's first messages in the model
        double firstFrameMs = 0; // the first frame that shows them
        double openMaxFrameMs = 0; // the longest interval up to and including that frame
        QList<double> loadingFrames; // intervals after it, until all in sight are loaded
        double loadedMs = 0; // all in sight loaded (or the timeout)
        bool loaded = false;
        int bubblesInSight = 0;
    };

    ChatOpening(QQuickWindow *window, QQuickItem *mainPage, QAbstractItemModel *messages);
    Result open(const QString &peer, int timeoutMs);
    // Then scrolls to the oldest photo, step pixels a frame (a fast wheel), as the bubbles on
    // the way are created and load; the frame-to-frame intervals.
    QList<double> scrollToOldest(double step, int timeoutMs);
    // Waits until the image bubbles in sight are loaded; false after timeoutMs.
    bool waitLoaded(int timeoutMs) const;

private:
    void frameSwapped();
    QList<double> intervalsSince(qsizetype first) const;
    // The image bubbles that intersect the list's viewport, and how many have their picture
    // (downloaded) or thumbnail (remote) ready; -1 while there is no list yet.
    int bubblesLoaded(int *inSight) const;
    double ms(qint64 ns) const { return double(ns) / 1e6; }

    QQuickWindow *m_window;
    QQuickItem *m_mainPage;
    QAbstractItemModel *m_messages;
    QElapsedTimer m_clock;
    QMutex m_mutex;
    QList<qint64> m_swaps; // guarded by m_mutex: emitted on the render thread when threaded
};

} // namespace Natter
