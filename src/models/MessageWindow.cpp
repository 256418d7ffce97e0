#include "MessageWindow.h"

#include <QDateTime>

#include <algorithm>

namespace Natter {

namespace {
QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}
} // namespace

bool MessageWindow::keyBefore(const Message &a, const Message &b)
{
    return a.timestamp != b.timestamp ? a.timestamp < b.timestamp : a.id < b.id;
}

int MessageWindow::rowOf(qint64 messageId) const
{
    if (!m_ids.contains(messageId))
        return -1;
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
        [messageId](const Message &m) { return m.id == messageId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

qint64 MessageWindow::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int MessageWindow::lastOwnRow() const
{
    const auto own = std::find_if(m_rows.cbegin(), m_rows.cend(),
        [](const Message &m) { return m.direction == Direction::Outgoing; });
    return own == m_rows.cend() ? -1 : int(own - m_rows.cbegin());
}

QList<Message> MessageWindow::unloadedOlder(const QList<Message> &oldestFirst) const
{
    QList<Message> fresh;
    for (auto it = oldestFirst.crbegin(); it != oldestFirst.crend(); ++it) {
        if (!m_ids.contains(it->id))
            fresh.append(*it);
    }
    return fresh;
}

QList<Message> MessageWindow::unloadedNewer(const QList<Message> &oldestFirst) const
{
    QList<Message> fresh;
    for (auto it = oldestFirst.crbegin(); it != oldestFirst.crend(); ++it) {
        if (!m_ids.contains(it->id) && (m_rows.isEmpty() || keyBefore(m_rows.constFirst(), *it)))
            fresh.append(*it);
    }
    return fresh;
}

int MessageWindow::insertionRow(const Message &message) const
{
    // Rows are newest first: the first row that is older than the message.
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), message,
        [](const Message &row, const Message &value) { return keyBefore(value, row); });
    return int(at - m_rows.cbegin());
}

bool MessageWindow::startsDay(int row) const
{
    if (row + 1 >= m_rows.size())
        return true;
    return localDate(m_rows.at(row + 1).timestamp) != localDate(m_rows.at(row).timestamp);
}

bool MessageWindow::groupedWithOlder(int row) const
{
    if (row + 1 >= m_rows.size())
        return false;
    const Message &a = m_rows.at(row + 1);
    const Message &b = m_rows.at(row);
    return a.kind == MessageKind::Chat && b.kind == MessageKind::Chat && a.direction == b.direction
        && a.sender == b.sender && std::abs(a.timestamp - b.timestamp) < GroupGapMs
        && !startsDay(row);
}

void MessageWindow::replace(const QList<Message> &newestFirst)
{
    m_rows = newestFirst;
    m_ids.clear();
    for (const Message &m : newestFirst)
        m_ids.insert(m.id);
}

void MessageWindow::appendOlder(const QList<Message> &newestFirst)
{
    m_rows.append(newestFirst);
    for (const Message &m : newestFirst)
        m_ids.insert(m.id);
}

void MessageWindow::prependNewer(const QList<Message> &newestFirst)
{
    m_rows = newestFirst + m_rows;
    for (const Message &m : newestFirst)
        m_ids.insert(m.id);
}

void MessageWindow::insert(int row, const Message &message)
{
    m_rows.insert(row, message);
    m_ids.insert(message.id);
}

void MessageWindow::removeAt(int row)
{
    m_ids.remove(m_rows.at(row).id);
    m_rows.removeAt(row);
}

} // namespace Natter
