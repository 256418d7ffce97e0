#pragma once

#include "Message.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace Natter {

class MessageWindow;

// Several messages of the open chat chosen at once, as in WhatsApp Desktop: a click or Space
// toggles one, Shift-click or Shift+Up/Down takes every message from the last one toggled, and
// the choice is then copied, forwarded, starred or deleted together. Kept by message id, so pages
// loading and new messages arriving leave it as it is; a message that leaves the chat leaves it.
class MessageSelection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each conversation has its own selection")
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(bool active READ active NOTIFY changed)
    // Every chosen message is ours and may still be deleted for everyone.
    Q_PROPERTY(bool canRetract READ canRetract NOTIFY changed)
    // At least one chosen message has text to copy.
    Q_PROPERTY(bool hasText READ hasText NOTIFY changed)
    // Every chosen message can be forwarded (Forwarding::canForward), and not too many.
    Q_PROPERTY(bool canForward READ canForward NOTIFY changed)
    Q_PROPERTY(QVariantList ids READ idList NOTIFY changed)

public:
    // Enough for any real clean-up; a runaway Shift-click over a huge history stops here.
    static constexpr int MaxCount = 500;

    using Retractable = std::function<bool(const Message &)>;
    using Author = std::function<QString(const Message &)>;

    MessageSelection(const MessageWindow &window, QObject *parent = nullptr);

    void setRules(Retractable mayRetract, Author author)
    {
        m_mayRetract = std::move(mayRetract);
        m_author = std::move(author);
    }

    int count() const { return int(m_ids.size()); }
    bool active() const { return !m_ids.isEmpty(); }
    bool canRetract() const;
    bool hasText() const;
    bool canForward() const;
    bool contains(qint64 messageId) const { return m_ids.contains(messageId); }
    // Oldest first, as the chat reads.
    QList<qint64> ids() const;
    // Every chosen message is starred already (then Star takes their stars away).
    bool allStarred() const;
    QVariantList idList() const;
    static bool selectable(const Message &message);

    // A message's row changes: these rows need repainting.
    void toggle(int row);
    // Every selectable message from the last toggled one to row (Shift), added.
    void extendTo(int row);
    Q_INVOKABLE void clear();
    // The message left the chat (deleted, cleared): it leaves the choice too.
    void forget(qint64 messageId);
    // The chosen messages as WhatsApp copies them: "[07/12/2026, 14:02] Juliet: text", oldest
    // first, one per line; files by name, deleted and text-less ones left out.
    QString text() const;

Q_SIGNALS:
    void changed();
    // These messages were chosen or let go: their rows repaint.
    void messagesToggled(const QList<qint64> &messageIds);

private:
    QList<Message> chosen() const;

    const MessageWindow &m_window;
    QList<qint64> m_ids;
    qint64 m_anchor = 0;
    Retractable m_mayRetract;
    Author m_author;
};

} // namespace Natter
