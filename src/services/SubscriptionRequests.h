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

    QStringList jids() const { return m_jids; }
    bool contains(const QString &jid) const { return m_jids.contains(jid); }
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

    // False when jid already waits. nick is sanitised here.
    bool add(const QString &jid, const QString &nick);
    void remove(const QString &jid);

Q_SIGNALS:
    void changed();

private:
    QStringList m_jids;
    QHash<QString, QString> m_nicks;
};

} // namespace Natter
