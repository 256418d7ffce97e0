#pragma once

#include <QString>

#include <optional>

namespace Natter {

// A geo: URI (RFC 5870) as chat clients send a location: "geo:52.52,13.405" from
// Conversations, with the Android extras some add ("?z=16", "?q=52.52,13.405(Label)").
// Parsed strictly, like XmppUri: a body from the network is either a location we can show and
// hand to a map, or it is left as text with a reason.
class GeoUri
{
public:
    // Longer than any real location link; a longer body is text, whatever it starts with.
    static constexpr int MaxLength = 512;
    // A label is a place's name, not a letter.
    static constexpr int MaxLabelLength = 100;

    static std::optional<GeoUri> parse(const QString &text, QString *error = nullptr);
    // What a person pastes: a geo: URI or a map page's link (OpenStreetMap's mlat/mlon or
    // #map=, a "@lat,lon" or "q=lat,lon" map link), else nothing.
    static std::optional<GeoUri> fromLink(const QString &text, QString *error = nullptr);
    // Typed coordinates in decimal degrees; label may be empty.
    static std::optional<GeoUri> fromCoordinates(const QString &latitude, const QString &longitude,
        const QString &label, QString *error = nullptr);

    // The same point under another name; nothing when the name is too long.
    std::optional<GeoUri> withLabel(const QString &label, QString *error = nullptr) const;

    double latitude() const { return m_latitude; }
    double longitude() const { return m_longitude; }
    // In metres (RFC 5870 "u="); nothing when the sender did not say.
    std::optional<double> uncertainty() const { return m_uncertainty; }
    // Plain, untrusted text; empty when none came.
    const QString &label() const { return m_label; }

    // "52.52° N, 13.40° E": two decimals, as a person reads a place, not six.
    QString coordinatesText() const;
    // What we send: "geo:52.520000,13.405000", with "?q=lat,lon(label)" when labelled, which
    // Conversations still recognises as a location and Android map apps show as the pin's name.
    QString toString() const;
    // The OpenStreetMap page for the point, for desktops with no geo: handler.
    QString webMapLink() const;

private:
    double m_latitude = 0;
    double m_longitude = 0;
    std::optional<double> m_uncertainty;
    QString m_label;
};

} // namespace Natter
