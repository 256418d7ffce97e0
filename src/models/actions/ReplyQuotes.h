#pragma once

#include "Message.h"

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace Natter {

class AccountSession;

// What a conversation shows of the messages its replies answer (XEP-0461): the original's
// author, colour and one line, or why it cannot be shown. Originals outside the loaded window
// are read once and cached; a reply whose original is not local yet can search the archive.
class ReplyQuotes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ConversationModel makes one; QML reads only its State values")

public:
    enum class State {
        None = 0, // not a reply
        Shown, // the original is here
        Loading, // being read from the store
        NotFound, // named, but not here (not yet, or never)
        Deleted, // was here and has been removed
    };
    Q_ENUM(State)

    struct Quote
    {
        State state = State::None;
        QString author; // plain, untrusted text
        QColor color;
        QString excerpt; // one line, plain text
        QString thumbnailUrl; // a photo's thumbnail, else empty
    };

    // Archive pages read at most when looking for an original that is not local.
    static constexpr int MaxArchivePages = 5;

    explicit ReplyQuotes(QObject *parent = nullptr);

    void setSession(AccountSession *session);
    void setGroup(bool group) { m_group = group; }
    void clear();

    // The quote for reply; reads an original it has not seen yet and reports it (changed).
    Quote quote(const Message &reply) const;
    // A message changed or went away: its quotes follow.
    void originalChanged(const Message &message);
    void originalRemoved(qint64 messageId);

    // Finds reply's original, paging the chat's archive back when it is not local; reports
    // found(original id) or notFound().
    void find(const Message &reply);

Q_SIGNALS:
    // The quotes of replies to this original changed.
    void changed(qint64 originalId);
    void found(qint64 originalId);
    void notFound();

private:
    void load(qint64 originalId) const;
    void searchArchive(qint64 replyId, int pagesLeft);
    QString authorOf(const Message &original) const;

    QPointer<AccountSession> m_session;
    bool m_group = false;
    // Original id → the message, or nullopt when it is gone.
    mutable QHash<qint64, std::optional<Message>> m_originals;
    mutable QSet<qint64> m_loading;
    quint64 m_generation = 0;
};

} // namespace Natter
