#pragma once

#include <QString>

#include <optional>

namespace Natter {

// An XMPP address (RFC 7622), validated on construction so that no invalid JID travels further.
class Jid
{
public:
    Jid() = default;

    // Returns nothing when text is not a usable JID; the reason goes to error, in words for a
    // person.
    static std::optional<Jid> parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return !m_domain.isEmpty(); }
    const QString &node() const { return m_node; }
    const QString &domain() const { return m_domain; }
    const QString &resource() const { return m_resource; }

    QString bare() const;
    QString full() const;
    Jid withResource(const QString &resource) const;
    Jid toBare() const { return withResource({}); }

    friend bool operator==(const Jid &, const Jid &) = default;

private:
    QString m_node;
    QString m_domain;
    QString m_resource;
};

} // namespace Natter
