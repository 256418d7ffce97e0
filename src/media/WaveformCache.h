#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace Natter {

// The bars of the audio bubbles in sight, computed on first request, one file at a time, and
// kept for the session. A file that cannot be decoded is remembered as having none, so a bubble
// falls back to its progress bar instead of asking again.
class WaveformCache : public QObject
{
    Q_OBJECT
    // Changes whenever a file's bars become known; bindings read it to ask again.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    // A chat's worth of voice notes; beyond it the oldest entries are dropped.
    static constexpr int MaxEntries = 500;

    explicit WaveformCache(QObject *parent = nullptr);

    int revision() const { return m_revision; }
    // The bars (0..1) of the local file, or none yet: then they are computed and revision
    // changes when they are in.
    Q_INVOKABLE QList<qreal> bars(const QUrl &localFile);

Q_SIGNALS:
    void revisionChanged();

private:
    void startNext();

    QHash<QString, QList<qreal>> m_bars;
    QStringList m_order; // insertion order, for dropping the oldest
    QStringList m_queue;
    bool m_busy = false;
    int m_revision = 0;
};

} // namespace Natter
