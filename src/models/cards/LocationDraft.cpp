#include "LocationDraft.h"

#include "GeoUri.h"

namespace Natter {

LocationDraft::LocationDraft(QObject *parent)
    : QObject(parent)
{
    connect(this, &LocationDraft::fieldsChanged, this, &LocationDraft::evaluate);
}

void LocationDraft::clear()
{
    m_latitude.clear();
    m_longitude.clear();
    m_label.clear();
    m_link.clear();
    Q_EMIT fieldsChanged();
}

void LocationDraft::evaluate()
{
    QString error;
    std::optional<GeoUri> location;
    const bool typed = !m_latitude.trimmed().isEmpty() || !m_longitude.trimmed().isEmpty();
    if (!m_link.trimmed().isEmpty()) {
        location = GeoUri::fromLink(m_link, &error);
        // A name typed beside a pasted link still names the place.
        if (location && !m_label.trimmed().isEmpty())
            location = location->withLabel(m_label, &error);
    } else if (typed) {
        location = GeoUri::fromCoordinates(m_latitude, m_longitude, m_label, &error);
    }
    m_uri = location ? location->toString() : QString();
    m_coordinatesText = location ? location->coordinatesText() : QString();
    m_errorText = location ? QString() : error;
    Q_EMIT resultChanged();
}

} // namespace Natter
