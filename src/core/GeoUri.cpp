#include "GeoUri.h"

#include "FormatCharacters.h"
#include "PercentEncoding.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace Natter {

namespace {
const QString Scheme = QStringLiteral("geo:");
// RFC 5870 allows parameters of its own kind; a location needs none beyond crs and u.
constexpr int MaxParameters = 8;
// Larger than the Earth's circumference is no uncertainty but noise.
constexpr double MaxUncertainty = 40'075'000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Natter::GeoUri", text);
}

// Decimal degrees as RFC 5870 writes them: no exponent, no "nan", no "+", no padding.
std::optional<double> degrees(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^-?[0-9]{1,3}(\\.[0-9]{1,15})?$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    return text.toDouble();
}

std::optional<double> metres(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,8}(\\.[0-9]{1,6})?$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    return text.toDouble();
}

bool inRange(double latitude, double longitude)
{
    return std::abs(latitude) <= 90 && std::abs(longitude) <= 180;
}

// A place's name for the card: one plain line, bounded.
std::optional<QString> cleanLabel(const QString &raw)
{
    QString label = FormatCharacters::plainLine(raw);
    if (label.size() > GeoUri::MaxLabelLength)
        return std::nullopt;
    return label;
}

// "52.52,13.405" (an altitude may follow) into a pair of degrees.
std::optional<std::pair<double, double>> coordinatePair(QStringView text, bool allowAltitude)
{
    const QList<QStringView> parts = text.split(u',');
    if (parts.size() != 2 && !(allowAltitude && parts.size() == 3))
        return std::nullopt;
    const auto latitude = degrees(parts[0]);
    const auto longitude = degrees(parts[1]);
    if (!latitude || !longitude
        || (parts.size() == 3 && !metres(parts[2].mid(parts[2].startsWith(u'-')))))
        return std::nullopt;
    return std::pair { *latitude, *longitude };
}

// Trailing zeros say nothing: 52.520000 is sent as 52.52.
QString number(double value)
{
    QString text = QString::number(value, 'f', 6);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}
} // namespace

std::optional<GeoUri> GeoUri::parse(const QString &text, QString *error)
{
    auto failWith = [error](const QString &reason) -> std::optional<GeoUri> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QString input = text.trimmed();
    if (input.size() > MaxLength)
        return failWith(tr("The location link is too long."));
    if (!input.startsWith(Scheme, Qt::CaseInsensitive))
        return failWith(tr("This is not a geo: location."));
    if (PercentEncoding::hasRawSpaceOrControl(input) || input.contains(u'#'))
        return failWith(tr("The location link contains characters a link cannot hold."));

    const QStringView rest = QStringView(input).mid(Scheme.size());
    const qsizetype question = rest.indexOf(u'?');
    const QStringView query = question >= 0 ? rest.mid(question + 1) : QStringView();
    const QList<QStringView> path = rest.left(question).split(u';');
    const auto point = coordinatePair(path.first(), true);
    if (!point)
        return failWith(tr("The location's coordinates are not numbers in degrees."));

    GeoUri geo;
    geo.m_latitude = point->first;
    geo.m_longitude = point->second;
    if (path.size() - 1 > MaxParameters)
        return failWith(tr("The location link has too many parameters."));
    for (qsizetype i = 1; i < path.size(); ++i) {
        const qsizetype equals = path[i].indexOf(u'=');
        const QString key = path[i].left(equals).toString().toLower();
        const QStringView value = equals >= 0 ? path[i].mid(equals + 1) : QStringView();
        if (key == QLatin1String("crs")) {
            // Only WGS-84 means what the numbers say; any other reference is another planet's.
            if (i != 1 || value.compare(QLatin1String("wgs84"), Qt::CaseInsensitive) != 0)
                return failWith(tr("The location uses a coordinate system other than WGS-84."));
        } else if (key == QLatin1String("u")) {
            const auto u = metres(value);
            if (geo.m_uncertainty || !u || *u > MaxUncertainty)
                return failWith(tr("The location's uncertainty is not a distance in metres."));
            geo.m_uncertainty = u;
        } else if (key.isEmpty() || !PercentEncoding::decode(value)) {
            return failWith(tr("The location link contains an invalid parameter."));
        }
    }

    // Android's extras: "z=16" (a zoom level) and "q=lat,lon(Label)", the pin and its name.
    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        if (!pair.startsWith(QLatin1String("q=")))
            continue;
        QString q = pair.mid(2).toString();
        q.replace(u'+', u' ');
        const auto decoded = PercentEncoding::decode(q);
        if (!decoded)
            return failWith(tr("The location link contains an invalid %-escape."));
        const qsizetype open = decoded->indexOf(u'(');
        if (open >= 0 && decoded->endsWith(u')')) {
            const auto label = cleanLabel(decoded->mid(open + 1, decoded->size() - open - 2));
            if (!label)
                return failWith(tr("The location's name is too long."));
            geo.m_label = *label;
        }
        const auto pin = coordinatePair(QStringView(*decoded).left(open).trimmed(), false);
        // "geo:0,0?q=…" is how Android says "the point is in q".
        if (pin && geo.m_latitude == 0 && geo.m_longitude == 0) {
            geo.m_latitude = pin->first;
            geo.m_longitude = pin->second;
        }
    }
    if (!inRange(geo.m_latitude, geo.m_longitude))
        return failWith(tr("The location's latitude or longitude is out of range."));
    return geo;
}

std::optional<GeoUri> GeoUri::fromLink(const QString &text, QString *error)
{
    const QString input = text.trimmed();
    if (input.startsWith(Scheme, Qt::CaseInsensitive))
        return parse(input, error);
    QString reason = tr("Paste a geo: link, a map link or two numbers such as 52.52, 13.405.");
    std::optional<std::pair<double, double>> point;
    if (input.size() <= MaxLength) {
        const QUrl url(input, QUrl::StrictMode);
        const QUrlQuery query(url);
        static const QRegularExpression at(QStringLiteral("@(-?[0-9.]+),(-?[0-9.]+)"));
        static const QRegularExpression osmMap(
            QStringLiteral("map=[0-9]+/(-?[0-9.]+)/(-?[0-9.]+)"));
        const auto pairOf = [](const QString &a, const QString &b) {
            return coordinatePair(QString(a + u',' + b), false);
        };
        if (!url.isValid() || url.scheme().isEmpty()) {
            point = coordinatePair(QString(input).remove(u' '), false);
        } else if (query.hasQueryItem(QStringLiteral("mlat"))) {
            point = pairOf(query.queryItemValue(QStringLiteral("mlat")),
                query.queryItemValue(QStringLiteral("mlon")));
        } else if (const auto m = osmMap.match(url.fragment()); m.hasMatch()) {
            point = pairOf(m.captured(1), m.captured(2));
        } else if (const auto found = at.match(url.path()); found.hasMatch()) {
            point = pairOf(found.captured(1), found.captured(2));
        } else if (query.hasQueryItem(QStringLiteral("q"))) {
            point = coordinatePair(query.queryItemValue(QStringLiteral("q")).remove(u' '), false);
        }
    }
    if (point && !inRange(point->first, point->second))
        reason = tr("The location's latitude or longitude is out of range.");
    if (!point || !inRange(point->first, point->second)) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    GeoUri geo;
    geo.m_latitude = point->first;
    geo.m_longitude = point->second;
    return geo;
}

std::optional<GeoUri> GeoUri::fromCoordinates(
    const QString &latitude, const QString &longitude, const QString &label, QString *error)
{
    auto failWith = [error](const QString &reason) -> std::optional<GeoUri> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const auto lat = degrees(latitude.trimmed());
    const auto lon = degrees(longitude.trimmed());
    if (!lat || std::abs(*lat) > 90)
        return failWith(tr("The latitude is a number from -90 to 90."));
    if (!lon || std::abs(*lon) > 180)
        return failWith(tr("The longitude is a number from -180 to 180."));
    GeoUri geo;
    geo.m_latitude = *lat;
    geo.m_longitude = *lon;
    return geo.withLabel(label, error);
}

std::optional<GeoUri> GeoUri::withLabel(const QString &label, QString *error) const
{
    const auto name = cleanLabel(label);
    if (!name) {
        if (error)
            *error = tr("The name is longer than %1 characters.").arg(MaxLabelLength);
        return std::nullopt;
    }
    GeoUri named = *this;
    named.m_label = *name;
    return named;
}

QString GeoUri::coordinatesText() const
{
    const QString north = m_latitude >= 0 ? tr("N") : tr("S");
    const QString east = m_longitude >= 0 ? tr("E") : tr("W");
    return tr("%1° %2, %3° %4")
        .arg(QString::number(std::abs(m_latitude), 'f', 2), north,
            QString::number(std::abs(m_longitude), 'f', 2), east);
}

QString GeoUri::toString() const
{
    const QString point = number(m_latitude) + u',' + number(m_longitude);
    // The label as an IRI, "+" for a space as Android's q= reads it: readable in other clients
    // and word by word in the search index.
    QString out = Scheme + point;
    if (m_uncertainty)
        out += QStringLiteral(";u=") + number(*m_uncertainty);
    if (!m_label.isEmpty())
        out += QStringLiteral("?q=") + point + u'('
            + PercentEncoding::encodeIri(m_label, QStringLiteral("+")) + u')';
    return out;
}

QString GeoUri::webMapLink() const
{
    const QString lat = number(m_latitude);
    const QString lon = number(m_longitude);
    return QStringLiteral("https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=16/%1/%2")
        .arg(lat, lon);
}

} // namespace Natter
