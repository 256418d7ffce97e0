#pragma once

#include "Contact.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace Natter {

// Incoming subscription requests waiting for the person, oldest first, with the name each one
// sent along (XEP-0172 §4.2). Kept in memory only: the server resends unanswered ones.
class SubscriptionRequests : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // A flood of requests from made-up addresses must not grow without end; a person answers a
    // few dozen at most.
    static constexpr qsizetype MaxPending = 500;

    QStringList jids() const { return m_jids; }
    bool contains(const QString &jid) const { return m_nicks.contains(jid); }
    // Sanitised; empty when the request named nobody.
    QString nick(const QString &jid) const { return m_nicks.value(jid); }
    // What we know of someone who asked: their address and the name they sent.
    Contact asContact(const QString &jid) const
    {
        Contact contact;
        contact.jid = jid;
        contact.nick = nick(jid);
        return contact;
    }

    // False when jid already waits. nick is sanitised here. Past MaxPending the oldest request
    // is forgotten; the server sends it again at the next sign-in.
    bool add(const QString &jid, const QString &nick);
    void remove(const QString &jid);

Q_SIGNALS:
    void changed();

private:
    QStringList m_jids; // oldest first
    QHash<QString, QString> m_nicks; // the index: one entry for each of m_jids
};

} // namespace Natter
