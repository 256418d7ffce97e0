#pragma once

#include "GeoUri.h"

#include <QString>

namespace Natter {

// A message whose whole body is one link that deserves a card instead of text: a location
// (geo:, RFC 5870) or a contact (xmpp:jid?roster;name=…, XEP-0147). Every client that does not
// know cards still shows the body as a link, so the body stays the URI and the card is derived
// from it; a link inside a sentence stays text.
class MessageCard
{
public:
    enum class Kind { None, Location, Contact };

    // Longer than any real contact link; a longer body is text.
    static constexpr int MaxContactLength = 512;
    // A roster name, not a letter.
    static constexpr int MaxNameLength = 64;

    static MessageCard fromBody(const QString &body);
    // The body that shares a contact; empty when jid is no person's address.
    static QString contactUri(const QString &jid, const QString &name);

    Kind kind() const { return m_kind; }
    const GeoUri &location() const { return m_location; }
    // The contact's bare address and the name the sender gave it (untrusted, may be empty).
    const QString &jid() const { return m_jid; }
    const QString &name() const { return m_name; }

    // The chat list's and a notification's line: "📍 Location", "👤 Contact: Alice".
    QString previewText() const;
    // A body as one line shows it: a card's preview, else the body itself.
    static QString previewOf(const QString &body);
    // What a screen reader says: "Location: 52.52° N, 13.40° E", "Contact: Alice, alice@…".
    QString accessibleName() const;

private:
    Kind m_kind = Kind::None;
    GeoUri m_location;
    QString m_jid;
    QString m_name;
};

} // namespace Natter
