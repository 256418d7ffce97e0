#pragma once

#include "Message.h"

#include <QList>
#include <QSet>

namespace Natter {

// The loaded part of one chat's history, newest first: the rows ConversationModel shows. It
// knows where a message belongs among them and which rows start a day or a sender's group;
// announcing the changes to views is the model's part.
class MessageWindow
{
public:
    // Messages further apart than this start a new group even from the same sender.
    static constexpr qint64 GroupGapMs = qint64 { 5 } * 60 * 1000;

    // History order: by timestamp, then by id for messages of the same millisecond.
    static bool keyBefore(const Message &a, const Message &b);

    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const QList<Message> &rows() const { return m_rows; }
    const Message &at(int row) const { return m_rows.at(row); }
    const Message &newest() const { return m_rows.constFirst(); }
    const Message &oldest() const { return m_rows.constLast(); }
    bool contains(qint64 messageId) const { return m_ids.contains(messageId); }
    int rowOf(qint64 messageId) const;
    qint64 idAt(int row) const;
    int lastOwnRow() const;

    // The messages of a page (oldest first) that are not loaded yet, newest first; for newer
    // ones, only those newer than the newest row.
    QList<Message> unloadedOlder(const QList<Message> &oldestFirst) const;
    QList<Message> unloadedNewer(const QList<Message> &oldestFirst) const;
    // Where a message goes among the rows: the first row older than it.
    int insertionRow(const Message &message) const;

    // The row shows a day chip: no older row, or one from another day (local time).
    bool startsDay(int row) const;
    // The row continues the group of the row below it: same sender and direction, same day,
    // within GroupGapMs.
    bool groupedWithOlder(int row) const;

    void replace(const QList<Message> &newestFirst);
    void appendOlder(const QList<Message> &newestFirst);
    void prependNewer(const QList<Message> &newestFirst);
    void insert(int row, const Message &message);
    void set(int row, const Message &message) { m_rows[row] = message; }
    void removeAt(int row);

private:
    QList<Message> m_rows; // newest first
    QSet<qint64> m_ids; // of the loaded messages
};

} // namespace Natter
