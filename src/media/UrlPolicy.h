#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Natter {

// What is known about a fetch besides its URL.
struct FetchContext
{
    // Host names of the account's own upload service (UploadSync::hosts()), compared exactly.
    QStringList ownUploadHosts;
    bool senderInRoster = false;
    // A person clicked: the only trigger for links outside the account's own upload service and
    // outside the roster.
    bool userInitiated = false;
};

struct UrlDecision
{
    bool allowed = false;
    QString reason; // human text for the bubble when not allowed
};

// Decides whether a URL may be fetched, so a message cannot make Natter probe the local network
// or fetch anything without a click unless it comes from the account's own server or a contact.
// Pure: the caller resolves the host and passes the addresses to allowAddresses().
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)

public:
    // Scheme, trigger, and the host when it is a literal address.
    static UrlDecision allowUrl(const QUrl &url, const FetchContext &context);
    // Every address the URL's host resolved to must be public, unless the host is our own.
    static UrlDecision allowAddresses(
        const QUrl &url, const QList<QHostAddress> &addresses, const FetchContext &context);

    static bool isOwnHost(const QUrl &url, const FetchContext &context);
    // False for loopback, private, shared (CGNAT), link-local, unspecified, multicast and
    // broadcast addresses, also when wrapped in IPv6 (IPv4-mapped, NAT64).
    static bool isPublic(const QHostAddress &address);
};

} // namespace Natter
