#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace Natter {

// The progress of running uploads and downloads by attachment, reported to the UI a few times
// a second at most: a 100 MB transfer would otherwise repaint its bubble thousands of times.
class TransferProgress : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 IntervalMs = 100;

    using QObject::QObject;

    // In [0, 1]; -1 when no transfer runs for the attachment.
    double value(qint64 attachmentId) const;
    // force: report now (the start of a transfer), whatever the interval.
    void report(qint64 attachmentId, double value, bool force = false);
    // The transfer ended (done, failed or cancelled): changed() reports -1.
    void finish(qint64 attachmentId);

Q_SIGNALS:
    void changed(qint64 attachmentId, double value);

private:
    struct Entry
    {
        double value = -1;
        QElapsedTimer lastReport;
    };
    QHash<qint64, Entry> m_entries;
};

} // namespace Natter
