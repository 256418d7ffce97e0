#include "WaveformCache.h"

#include "MediaLogging.h"
#include "Waveform.h"

#include <QFuture>

namespace Natter {

WaveformCache::WaveformCache(QObject *parent)
    : QObject(parent)
{ }

QList<qreal> WaveformCache::bars(const QUrl &localFile)
{
    if (!localFile.isLocalFile())
        return {};
    const QString path = localFile.toLocalFile();
    if (const auto found = m_bars.constFind(path); found != m_bars.cend())
        return *found;
    if (!m_queue.contains(path)) {
        m_queue.append(path);
        startNext();
    }
    return {};
}

void WaveformCache::startNext()
{
    // One decode at a time: a chat full of voice notes must not fill the thread pool.
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    const QString path = m_queue.first();
    Waveform::compute(path).then(this, [this, path](const WaveformResult &result) {
        if (!result.ok())
            qCInfo(lcMedia) << "no waveform for" << path << result.error;
        QList<qreal> bars;
        bars.reserve(result.bars.size());
        for (const float bar : result.bars)
            bars.append(bar);
        if (m_order.size() >= MaxEntries)
            m_bars.remove(m_order.takeFirst());
        m_bars.insert(path, bars);
        m_order.append(path);
        m_queue.removeOne(path);
        m_busy = false;
        ++m_revision;
        Q_EMIT revisionChanged();
        startNext();
    });
}

} // namespace Natter
