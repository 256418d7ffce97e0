#include "UrlPolicy.h"

#include <array>
#include <optional>
#include <utility>

namespace Natter {

namespace {
using Subnet = std::pair<const char *, int>;

// Special-purpose ranges (RFC 6890 and friends) that a link in a message must never reach.
constexpr std::array<Subnet, 12> NonPublicV4 { {
    { "0.0.0.0", 8 }, // "this network", includes the unspecified address
    { "10.0.0.0", 8 },
    { "100.64.0.0", 10 }, // shared address space (carrier-grade NAT)
    { "127.0.0.0", 8 },
    { "169.254.0.0", 16 },
    { "172.16.0.0", 12 },
    { "192.0.0.0", 24 }, // IETF protocol assignments
    { "192.168.0.0", 16 },
    { "198.18.0.0", 15 }, // benchmarking
    { "224.0.0.0", 4 }, // multicast
    { "240.0.0.0", 4 }, // reserved, includes broadcast
    { "255.255.255.255", 32 },
} };

constexpr std::array<Subnet, 7> NonPublicV6 { {
    { "::", 128 }, { "::1", 128 }, { "fc00::", 7 }, // unique local
    { "fe80::", 10 }, // link-local
    { "fec0::", 10 }, // site-local (deprecated, still routed on some networks)
    { "ff00::", 8 }, // multicast
    { "100::", 64 }, // discard-only
} };

bool inAny(const QHostAddress &address, const auto &subnets)
{
    for (const auto &[network, prefix] : subnets) {
        if (address.isInSubnet(QHostAddress(QLatin1String(network)), prefix))
            return true;
    }
    return false;
}

// The IPv4 address an IPv6 one carries in its last 32 bits when it is IPv4-mapped
// (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d).
std::optional<QHostAddress> embeddedV4(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // handles ::ffff:a.b.c.d
    if (isV4)
        return QHostAddress(v4);
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    const auto tail = [&bytes] {
        return quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16 | quint32(bytes[14]) << 8
            | quint32(bytes[15]);
    };
    if (address.isInSubnet(QHostAddress(QStringLiteral("64:ff9b::")), 96)
        || address.isInSubnet(QHostAddress(QStringLiteral("::")), 96))
        return QHostAddress(tail());
    return std::nullopt;
}
} // namespace

bool UrlPolicy::isPublic(const QHostAddress &address)
{
    if (address.isNull())
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return !inAny(address, NonPublicV4);
    if (inAny(address, NonPublicV6))
        return false;
    if (const auto v4 = embeddedV4(address))
        return isPublic(*v4);
    return true;
}

bool UrlPolicy::isOwnHost(const QUrl &url, const FetchContext &context)
{
    QString host = url.host(QUrl::FullyDecoded).toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return false;
    for (const QString &own : context.ownUploadHosts) {
        if (own.compare(host, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

UrlDecision UrlPolicy::allowUrl(const QUrl &url, const FetchContext &context)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return { false, tr("Natter only opens web links (https) here.") };
    const bool own = isOwnHost(url, context);
    if (scheme == u"http" && !own)
        return { false, tr("The link is not encrypted (http), so Natter does not fetch it.") };
    if (!own && !context.userInitiated && !context.senderInRoster)
        return { false,
            tr("Files from people outside your contacts are downloaded only when you click "
               "them.") };
    const QHostAddress literal(url.host());
    if (!literal.isNull() && !own && !isPublic(literal))
        return { false, tr("The link points into a local network, so Natter does not fetch it.") };
    return { true, {} };
}

UrlDecision UrlPolicy::allowAddresses(
    const QUrl &url, const QList<QHostAddress> &addresses, const FetchContext &context)
{
    if (addresses.isEmpty())
        return { false, tr("The server %1 could not be found.").arg(url.host()) };
    if (isOwnHost(url, context))
        return { true, {} };
    for (const QHostAddress &address : addresses) {
        if (!isPublic(address))
            return { false,
                tr("The link points into a local network, so Natter does not fetch it.") };
    }
    return { true, {} };
}

} // namespace Natter
