#include "MessageSelection.h"

#include "Forwarding.h"
#include "MessageWindow.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Natter {

MessageSelection::MessageSelection(const MessageWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{ }

bool MessageSelection::selectable(const Message &message)
{
    return message.id > 0 && message.kind == MessageKind::Chat;
}

QList<Message> MessageSelection::chosen() const
{
    QList<Message> messages;
    for (const Message &message : m_window.rows()) {
        if (m_ids.contains(message.id))
            messages.append(message);
    }
    std::ranges::reverse(messages); // the window is newest first
    return messages;
}

QList<qint64> MessageSelection::ids() const
{
    QList<qint64> ids;
    for (const Message &message : chosen())
        ids.append(message.id);
    return ids;
}

QVariantList MessageSelection::idList() const
{
    QVariantList list;
    for (qint64 id : ids())
        list.append(id);
    return list;
}

bool MessageSelection::canRetract() const
{
    const QList<Message> messages = chosen();
    return !messages.isEmpty() && m_mayRetract && std::ranges::all_of(messages, m_mayRetract);
}

bool MessageSelection::allStarred() const
{
    const QList<Message> messages = chosen();
    return !messages.isEmpty()
        && std::ranges::all_of(messages, [](const Message &m) { return m.starredAt != 0; });
}

bool MessageSelection::hasText() const
{
    return std::ranges::any_of(
        chosen(), [](const Message &m) { return !m.retracted && !m.body.isEmpty(); });
}

bool MessageSelection::canForward() const
{
    const QList<Message> messages = chosen();
    return !messages.isEmpty() && messages.size() <= Forwarding::MaxMessages
        && std::ranges::all_of(messages, Forwarding::canForward);
}

void MessageSelection::toggle(int row)
{
    if (row < 0 || row >= m_window.size() || !selectable(m_window.at(row)))
        return;
    const qint64 id = m_window.at(row).id;
    if (!m_ids.removeOne(id)) {
        if (count() >= MaxCount)
            return;
        m_ids.append(id);
    }
    m_anchor = id;
    Q_EMIT messagesToggled({ id });
    Q_EMIT changed();
}

void MessageSelection::extendTo(int row)
{
    const int anchorRow = m_window.rowOf(m_anchor);
    if (anchorRow < 0 || row < 0 || row >= m_window.size()) {
        toggle(row);
        return;
    }
    QList<qint64> added;
    for (int r = std::min(anchorRow, row); r <= std::max(anchorRow, row); ++r) {
        const Message &message = m_window.at(r);
        if (!selectable(message) || m_ids.contains(message.id))
            continue;
        if (count() >= MaxCount)
            break;
        m_ids.append(message.id);
        added.append(message.id);
    }
    if (added.isEmpty())
        return;
    Q_EMIT messagesToggled(added);
    Q_EMIT changed();
}

void MessageSelection::clear()
{
    if (m_ids.isEmpty())
        return;
    const QList<qint64> released = std::exchange(m_ids, {});
    m_anchor = 0;
    Q_EMIT messagesToggled(released);
    Q_EMIT changed();
}

void MessageSelection::forget(qint64 messageId)
{
    if (m_ids.removeOne(messageId))
        Q_EMIT changed();
}

QString MessageSelection::text() const
{
    QStringList lines;
    const QLocale locale;
    for (const Message &message : chosen()) {
        if (message.retracted)
            continue;
        QStringList parts;
        for (const Attachment &file : message.attachments)
            parts.append(file.fileName);
        if (!message.body.isEmpty())
            parts.append(message.body);
        if (parts.isEmpty())
            continue;
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(message.timestamp);
        lines.append(QStringLiteral("[%1, %2] %3: %4")
                         .arg(locale.toString(when.date(), QLocale::ShortFormat),
                             locale.toString(when.time(), QLocale::ShortFormat),
                             m_author ? m_author(message) : message.sender, parts.join(u'\n')));
    }
    return lines.join(u'\n');
}

} // namespace Natter
