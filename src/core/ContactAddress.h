#pragma once

#include <QString>

#include <optional>

namespace Natter {

// What the person typed or pasted to add a contact: a JID or an xmpp: link (RFC 5122), checked
// the way a person needs it explained.
struct ContactAddress
{
    QString jid; // bare
    QString name; // from the link's name parameter, if any

    // Refuses what is no address, our own address and bare server names, with a reason.
    static std::optional<ContactAddress> parse(
        const QString &text, const QString &ownBareJid, QString *error = nullptr);
};

} // namespace Natter
