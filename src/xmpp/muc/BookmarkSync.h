#pragma once

#include "MucTypes.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QDomElement;
class QXmppPubSubManager;
template <typename T> class QPromise;

namespace Natter {

class PepEventExtension;
class PrivatePepNode;
class Session;

// The account's groups, kept on its server so they survive a restart and reach its other
// devices: XEP-0402 bookmarks in PEP, read from XEP-0048 private storage when the account has
// none there. Everything read is untrusted and comes out validated and tamed.
// Construct before connecting: the "+notify" feature must be in the first presence.
class BookmarkSync : public QObject
{
    Q_OBJECT

public:
    // More groups than anyone keeps; past this a list is someone filling our memory.
    static constexpr int MaxBookmarks = 1000;
    // Longer than any password a person types; such a password is dropped, not cut.
    static constexpr int MaxPasswordLength = 1024;

    explicit BookmarkSync(Session *session, QObject *parent = nullptr);
    ~BookmarkSync() override;

    // All bookmarks: XEP-0402 when the node exists, else XEP-0048. nullopt on error.
    QFuture<std::optional<QList<Bookmark>>> fetch();
    // Adds or replaces the bookmark for bookmark.room, private to the account (XEP-0402 §3.2).
    QFuture<bool> publish(const Bookmark &bookmark);
    // Removes the bookmark for room, telling the other devices.
    QFuture<bool> retract(const QString &room);

    // The room as a bare JID, name and nick made plain and short; nullopt when room is no room.
    static std::optional<Bookmark> tamed(const Bookmark &raw);

Q_SIGNALS:
    // From the account's own PEP service only; this device's own changes echo here too.
    void bookmarkChanged(const Natter::Bookmark &bookmark);
    void bookmarkRetracted(const QString &room);

private:
    using FetchPromise = std::shared_ptr<QPromise<std::optional<QList<Bookmark>>>>;
    void fetchLegacy(const FetchPromise &promise);
    void subscribeOnce();
    void handleEvent(const QString &publisher, const QDomElement &items);

    Session *m_session;
    QXmppPubSubManager *m_pubsub;
    QPointer<PepEventExtension> m_events; // owned by the client
    PrivatePepNode *m_node;
    bool m_subscribed = false;
};

} // namespace Natter
