#pragma once

#include "Jid.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Natter {

// An xmpp: link (RFC 5122) with its XEP-0147 action, e.g. xmpp:alice@example.org?message;body=Hi.
// Validated on construction, like Jid, so that a link from a browser or another app is either
// fully understood or rejected with a reason a person can read.
class XmppUri
{
public:
    XmppUri() = default;

    static std::optional<XmppUri> parse(const QString &text, QString *error = nullptr);

    // The contact or room the link points at.
    const Jid &jid() const { return m_jid; }
    // The account the link asks to act from (xmpp://account@host/...); invalid when absent.
    const Jid &account() const { return m_account; }
    // The XEP-0147 query type ("message", "roster", "join", ...); empty for a bare address.
    const QString &action() const { return m_action; }
    // Decoded key/value pairs of the query, in their original order.
    const QList<std::pair<QString, QString>> &parameters() const { return m_parameters; }
    // The decoded value of key, or an empty string when the link does not carry it.
    QString value(const QString &key) const;

    // The canonical, fully percent-encoded form; parse(toString()) gives back an equal value.
    QString toString() const;

    friend bool operator==(const XmppUri &, const XmppUri &) = default;

private:
    Jid m_jid;
    Jid m_account;
    QString m_action;
    QList<std::pair<QString, QString>> m_parameters;
};

} // namespace Natter
