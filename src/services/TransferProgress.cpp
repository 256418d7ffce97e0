#include "TransferProgress.h"

namespace Natter {

double TransferProgress::value(qint64 attachmentId) const
{
    const auto it = m_entries.constFind(attachmentId);
    return it == m_entries.cend() ? -1.0 : it->value;
}

void TransferProgress::report(qint64 attachmentId, double value, bool force)
{
    Entry &entry = m_entries[attachmentId];
    entry.value = value;
    if (!force && entry.lastReport.isValid() && entry.lastReport.elapsed() < IntervalMs)
        return;
    entry.lastReport.start();
    Q_EMIT changed(attachmentId, value);
}

void TransferProgress::finish(qint64 attachmentId)
{
    if (m_entries.remove(attachmentId))
        Q_EMIT changed(attachmentId, -1);
}

} // namespace Natter
