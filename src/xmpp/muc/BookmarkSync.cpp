#include "BookmarkSync.h"

#include "BookmarkItem.h"
#include "Jid.h"
#include "MucSync.h"
#include "Nickname.h"
#include "PepEventExtension.h"
#include "PrivatePepNode.h"
#include "Session.h"
#include "XmppLogging.h"

#include <QDomElement>
#include <QPromise>
#include <QSet>
#include <QXmppClient.h>
#include <QXmppElement.h>
#include <QXmppIq.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppStanza.h>
#include <QXmppTask.h>

namespace Natter {

namespace {
const QString BookmarksNode = QStringLiteral("urn:xmpp:bookmarks:1");
const QString PubSubNs = QStringLiteral("http://jabber.org/protocol/pubsub");
const QString PrivateNs = QStringLiteral("jabber:iq:private");
const QString LegacyNs = QStringLiteral("storage:bookmarks");

// Nickname::sanitized cuts names and nicks where a room cuts its own nicknames.
static_assert(Nickname::MaxLength == MucSync::MaxNickLength);

std::optional<QXmppStanza::Error::Condition> conditionOf(const QXmppError &error)
{
    if (const auto stanzaError = error.value<QXmppStanza::Error>())
        return stanzaError->condition();
    return std::nullopt;
}

// No bookmarks of that kind on this server, as opposed to a failure to read them.
bool meansNone(const QXmppError &error)
{
    const auto condition = conditionOf(error);
    return condition == QXmppStanza::Error::ItemNotFound
        || condition == QXmppStanza::Error::FeatureNotImplemented
        || condition == QXmppStanza::Error::ServiceUnavailable;
}

QXmppElement element(const QString &tag, const QString &xmlns = {})
{
    QXmppElement element;
    element.setTagName(tag);
    if (!xmlns.isEmpty())
        element.setAttribute(QStringLiteral("xmlns"), xmlns);
    return element;
}

// Valid, distinct and at most MaxBookmarks, in the server's order.
QList<Bookmark> tamedAll(const QList<Bookmark> &raw)
{
    QList<Bookmark> out;
    QSet<QString> rooms;
    for (const Bookmark &bookmark : raw) {
        if (out.size() >= BookmarkSync::MaxBookmarks) {
            qCWarning(lcXmpp) << "bookmarks past" << BookmarkSync::MaxBookmarks << "ignored";
            break;
        }
        const auto tamed = BookmarkSync::tamed(bookmark);
        if (tamed && !rooms.contains(tamed->room)) {
            rooms.insert(tamed->room);
            out.append(*tamed);
        }
    }
    return out;
}

void finishWith(const std::shared_ptr<QPromise<bool>> &promise, bool ok)
{
    promise->addResult(ok);
    promise->finish();
}

void finish(const std::shared_ptr<QPromise<std::optional<QList<Bookmark>>>> &promise,
    const std::optional<QList<Bookmark>> &result)
{
    promise->addResult(result);
    promise->finish();
}
} // namespace

BookmarkSync::BookmarkSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pubsub(session->client()->findExtension<QXmppPubSubManager>())
{
    if (!m_pubsub)
        m_pubsub = session->client()->addNewExtension<QXmppPubSubManager>();
    m_node = new PrivatePepNode(m_pubsub, BookmarksNode, MaxBookmarks, this);
    m_events = session->client()->addNewExtension<PepEventExtension>(
        BookmarksNode, [this](const QString &publisher, const QDomElement &items) {
            handleEvent(publisher, items);
        });
}

BookmarkSync::~BookmarkSync()
{
    if (m_events)
        m_session->client()->removeExtension(m_events);
}

std::optional<Bookmark> BookmarkSync::tamed(const Bookmark &raw)
{
    const auto room = Jid::parse(raw.room);
    // A room is always node@service; a resource names an occupant, not a room.
    if (!room || room->node().isEmpty() || !room->resource().isEmpty())
        return std::nullopt;
    Bookmark bookmark = raw;
    bookmark.room = room->bare();
    bookmark.name = Nickname::sanitized(raw.name);
    bookmark.nick = Nickname::sanitized(raw.nick);
    if (bookmark.password.size() > MaxPasswordLength)
        bookmark.password.clear();
    return bookmark;
}

QFuture<std::optional<QList<Bookmark>>> BookmarkSync::fetch()
{
    if (m_session->state() != ConnectionState::Connected)
        return QtFuture::makeReadyFuture(std::optional<QList<Bookmark>>());
    auto promise = std::make_shared<QPromise<std::optional<QList<Bookmark>>>>();
    promise->start();
    m_pubsub->requestItems<BookmarkItem>(m_session->settings().jid.bare(), BookmarksNode)
        .then(this, [this, promise](QXmppPubSubManager::ItemsResult<BookmarkItem> &&r) {
            if (const auto *error = std::get_if<QXmppError>(&r)) {
                if (meansNone(*error))
                    fetchLegacy(promise);
                else
                    finish(promise, std::nullopt);
                return;
            }
            subscribeOnce();
            QList<Bookmark> raw;
            for (const BookmarkItem &item : std::get<0>(r).items)
                raw.append(item.bookmark());
            finish(promise, tamedAll(raw));
        });
    return promise->future();
}

void BookmarkSync::fetchLegacy(const FetchPromise &promise)
{
    QXmppElement query = element(QStringLiteral("query"), PrivateNs);
    query.appendChild(element(QStringLiteral("storage"), LegacyNs));
    QXmppIq request(QXmppIq::Get);
    request.setExtensions({ query });
    m_session->client()->sendIq(std::move(request)).then(this, [promise](auto &&r) {
        if (const auto *error = std::get_if<QXmppError>(&r)) {
            if (meansNone(*error))
                finish(promise, QList<Bookmark>());
            else
                finish(promise, std::nullopt);
            return;
        }
        const QDomElement storage = std::get<QDomElement>(r)
                                        .firstChildElement(QStringLiteral("query"))
                                        .firstChildElement(QStringLiteral("storage"));
        QList<Bookmark> raw;
        if (storage.namespaceURI() == LegacyNs) {
            for (QDomElement conference = storage.firstChildElement(QStringLiteral("conference"));
                 !conference.isNull() && raw.size() <= MaxBookmarks;
                 conference = conference.nextSiblingElement(QStringLiteral("conference"))) {
                Bookmark bookmark = BookmarkItem::parseConference(conference);
                bookmark.room = conference.attribute(QStringLiteral("jid"));
                raw.append(bookmark);
            }
        }
        finish(promise, tamedAll(raw));
    });
}

QFuture<bool> BookmarkSync::publish(const Bookmark &bookmark)
{
    const auto valid = tamed(bookmark);
    if (!valid || m_session->state() != ConnectionState::Connected)
        return QtFuture::makeReadyFuture(false);
    // XEP-0402 §3.2: kept, every room its own item, private, and not pushed on every presence.
    return m_node
        ->publish([this, item = BookmarkItem(*valid)](const QXmppPubSubPublishOptions &options) {
            return m_pubsub->publishOwnPepItem(BookmarksNode, item, options);
        })
        .then(this, [this](bool published) {
            subscribeOnce();
            return published;
        });
}

QFuture<bool> BookmarkSync::retract(const QString &room)
{
    const auto jid = Jid::parse(room);
    if (!jid || m_session->state() != ConnectionState::Connected)
        return QtFuture::makeReadyFuture(false);
    // By hand: QXmppPubSubManager's retract has no notify, and the other devices need to know.
    QXmppElement item = element(QStringLiteral("item"));
    item.setAttribute(QStringLiteral("id"), jid->bare());
    QXmppElement retraction = element(QStringLiteral("retract"));
    retraction.setAttribute(QStringLiteral("node"), BookmarksNode);
    retraction.setAttribute(QStringLiteral("notify"), QStringLiteral("true"));
    retraction.appendChild(item);
    QXmppElement pubsub = element(QStringLiteral("pubsub"), PubSubNs);
    pubsub.appendChild(retraction);
    QXmppIq request(QXmppIq::Set);
    request.setTo(m_session->settings().jid.bare());
    request.setExtensions({ pubsub });
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    m_session->client()->sendIq(std::move(request)).then(this, [promise](auto &&r) {
        const auto *error = std::get_if<QXmppError>(&r);
        // Already gone (another device, or never kept): what leaving wanted is done.
        const bool gone = !error || conditionOf(*error) == QXmppStanza::Error::ItemNotFound;
        if (!gone)
            qCWarning(lcXmpp) << "bookmark not retracted:" << error->description;
        finishWith(promise, gone);
    });
    return promise->future();
}

void BookmarkSync::subscribeOnce()
{
    if (m_subscribed)
        return;
    m_subscribed = true;
    // ejabberd 23.01 sends retractions only to subscribers, not to "+notify" devices. The bare
    // JID reaches every device of the account; a publish then arrives twice, which is harmless.
    const QString own = m_session->settings().jid.bare();
    m_pubsub->subscribeToNode(own, BookmarksNode, own)
        .then(this, [this](QXmppPubSubManager::Result &&r) {
            if (const auto *error = std::get_if<QXmppError>(&r)) {
                qCInfo(lcXmpp) << "bookmarks node not subscribed:" << error->description;
                m_subscribed = false;
            }
        });
}

void BookmarkSync::handleEvent(const QString &publisher, const QDomElement &items)
{
    // Our bookmarks live in our own PEP service; anyone else's word about them is a forgery.
    const auto from = Jid::parse(publisher);
    if (!from || !from->resource().isEmpty() || from->bare() != m_session->settings().jid.bare()) {
        qCInfo(lcXmpp) << "bookmark event ignored, not from our own account:" << publisher;
        return;
    }
    int seen = 0;
    for (QDomElement child = items.firstChildElement(); !child.isNull() && seen < MaxBookmarks;
         child = child.nextSiblingElement(), ++seen) {
        if (child.tagName() == u"retract") {
            Bookmark retracted;
            retracted.room = child.attribute(QStringLiteral("id"));
            if (const auto room = tamed(retracted))
                Q_EMIT bookmarkRetracted(room->room);
        } else if (child.tagName() == u"item" && BookmarkItem::isItem(child)) {
            BookmarkItem item;
            item.parse(child);
            if (const auto bookmark = tamed(item.bookmark()))
                Q_EMIT bookmarkChanged(*bookmark);
        }
    }
}

} // namespace Natter
