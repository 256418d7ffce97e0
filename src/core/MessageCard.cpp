#include "MessageCard.h"

#include "FormatCharacters.h"
#include "Jid.h"
#include "PercentEncoding.h"
#include "XmppUri.h"

#include <QCoreApplication>

namespace Natter {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Natter::MessageCard", text);
}

QString plainName(const QString &raw)
{
    const QString name = FormatCharacters::plainLine(raw);
    return name.size() > MessageCard::MaxNameLength ? QString() : name;
}
} // namespace

MessageCard MessageCard::fromBody(const QString &body)
{
    MessageCard card;
    const QString text = body.trimmed();
    if (text.startsWith(QLatin1String("geo:"), Qt::CaseInsensitive)) {
        if (const auto geo = GeoUri::parse(text)) {
            card.m_kind = Kind::Location;
            card.m_location = *geo;
        }
        return card;
    }
    if (!text.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive)
        || text.size() > MaxContactLength)
        return card;
    const auto uri = XmppUri::parse(text);
    // A person, shared as an address or a roster link; a ?join or ?message link is no contact,
    // and one that names an account of ours to act from is a command, not a card.
    if (!uri || uri->jid().node().isEmpty() || !uri->jid().resource().isEmpty()
        || uri->account().isValid()
        || !(uri->action().isEmpty() || uri->action() == QLatin1String("roster")))
        return card;
    card.m_kind = Kind::Contact;
    card.m_jid = uri->jid().bare();
    card.m_name = plainName(uri->value(QStringLiteral("name")));
    return card;
}

QString MessageCard::contactUri(const QString &jid, const QString &name)
{
    const auto address = Jid::parse(jid);
    if (!address || address->node().isEmpty())
        return {};
    const QString shown = plainName(name);
    // The address as XmppUri writes it; the name as an IRI, so that other clients show it
    // readably and search finds its words, however it is spelled.
    const auto bare
        = XmppUri::parse(QStringLiteral("xmpp:") + PercentEncoding::encode(address->bare()));
    if (!bare)
        return {};
    QString uri = bare->toString();
    if (!shown.isEmpty())
        uri += QStringLiteral("?roster;name=")
            + PercentEncoding::encodeIri(shown, QStringLiteral("%20"));
    return XmppUri::parse(uri) ? uri : QString();
}

QString MessageCard::previewText() const
{
    switch (m_kind) {
    case Kind::Location:
        return m_location.label().isEmpty() ? tr("📍 Location")
                                            : tr("📍 Location: %1").arg(m_location.label());
    case Kind::Contact:
        return tr("👤 Contact: %1").arg(m_name.isEmpty() ? m_jid : m_name);
    case Kind::None:
        break;
    }
    return {};
}

QString MessageCard::previewOf(const QString &body)
{
    const QString card = fromBody(body).previewText();
    return card.isEmpty() ? body : card;
}

QString MessageCard::accessibleName() const
{
    switch (m_kind) {
    case Kind::Location:
        return m_location.label().isEmpty()
            ? tr("Location: %1").arg(m_location.coordinatesText())
            : tr("Location: %1, %2").arg(m_location.label(), m_location.coordinatesText());
    case Kind::Contact:
        return m_name.isEmpty() ? tr("Contact: %1").arg(m_jid)
                                : tr("Contact: %1, %2").arg(m_name, m_jid);
    case Kind::None:
        break;
    }
    return {};
}

} // namespace Natter
