#include "ContactAddress.h"

#include "Jid.h"
#include "XmppUri.h"

#include <QCoreApplication>

namespace Natter {

std::optional<ContactAddress> ContactAddress::parse(
    const QString &text, const QString &ownBareJid, QString *error)
{
    QString reason;
    if (!error)
        error = &reason;
    const QString trimmed = text.trimmed();
    std::optional<Jid> jid;
    ContactAddress result;
    if (trimmed.startsWith(QStringLiteral("xmpp:"), Qt::CaseInsensitive)) {
        const auto uri = XmppUri::parse(trimmed, error);
        if (uri) {
            jid = uri->jid();
            result.name = uri->value(QStringLiteral("name")).trimmed();
        }
    } else {
        jid = Jid::parse(trimmed, error);
    }
    if (!jid)
        return std::nullopt;
    result.jid = jid->bare();
    if (result.jid == ownBareJid) {
        *error = QCoreApplication::translate("ContactAddress", "That is your own address.");
        return std::nullopt;
    }
    if (jid->node().isEmpty()) {
        *error = QCoreApplication::translate(
            "ContactAddress", "%1 is a server, not a person. Add name@%1.")
                     .arg(result.jid);
        return std::nullopt;
    }
    return result;
}

} // namespace Natter
