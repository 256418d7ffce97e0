#include "RosterSync.h"

#include "IqHandlerExtension.h"
#include "RosterRequestIq.h"
#include "Session.h"
#include "XmppLogging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppE2eeMetadata.h>
#include <QXmppElement.h>
#include <QXmppPresence.h>
#include <QXmppRosterIq.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Natter {

namespace {
const QString RosterNs = QStringLiteral("jabber:iq:roster");
const QString NickNs = QStringLiteral("http://jabber.org/protocol/nick");

Subscription toSubscription(QXmppRosterIq::Item::SubscriptionType type)
{
    switch (type) {
    case QXmppRosterIq::Item::To:
        return Subscription::To;
    case QXmppRosterIq::Item::From:
        return Subscription::From;
    case QXmppRosterIq::Item::Both:
        return Subscription::Both;
    default:
        return Subscription::None;
    }
}

Contact toContact(const QXmppRosterIq::Item &item)
{
    Contact contact;
    contact.jid = item.bareJid().toLower();
    contact.name = item.name();
    contact.subscription = toSubscription(item.subscriptionType());
    contact.pendingOut = item.subscriptionStatus() == u"subscribe";
    contact.groups = item.groups().values();
    contact.groups.sort();
    return contact;
}
} // namespace

RosterSync::RosterSync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_pushes = session->client()->addNewExtension<IqHandlerExtension>(
        RosterNs, [this](const QDomElement &iq) { return handlePush(iq); });
    connect(session, &Session::connected, this, [this] {
        // A resumed stream lost nothing: the roster we hold is current.
        if (!m_session->resumed())
            requestRoster();
    });
    connect(session->client(), &QXmppClient::presenceReceived, this, &RosterSync::handlePresence);
}

RosterSync::~RosterSync()
{
    if (m_pushes)
        m_session->client()->removeExtension(m_pushes);
}

void RosterSync::requestRoster()
{
    m_session->client()->sendIq(RosterRequestIq(m_cachedVersion)).then(this, [this](auto &&result) {
        const auto *element = std::get_if<QDomElement>(&result);
        if (!element) {
            qCWarning(lcXmpp) << "roster request failed";
            return;
        }
        // RFC 6121 §2.6.3: an empty result means "your version is current".
        if (element->firstChildElement(QStringLiteral("query")).isNull()) {
            Q_EMIT rosterUnchanged();
            return;
        }
        QXmppRosterIq roster;
        roster.parse(*element);
        QList<Contact> contacts;
        for (const auto &item : roster.items())
            contacts.append(toContact(item));
        m_cachedVersion = roster.version();
        qCDebug(lcXmpp) << "roster of" << contacts.size() << "contacts, version" << m_cachedVersion;
        Q_EMIT rosterReceived(contacts, roster.version());
    });
}

bool RosterSync::handlePush(const QDomElement &iq)
{
    // RFC 6121 §2.1.6: only our server pushes, with no 'from' or our bare JID. Anyone else,
    // even another device of ours (a full JID), gets what a missing resource would give.
    const QString from = iq.attribute(QStringLiteral("from"));
    const QString ownBare = m_session->settings().jid.bare();
    if (!from.isEmpty() && from.toLower() != ownBare) {
        qCDebug(lcXmpp) << "roster push from" << from << "ignored";
        m_session->client()->reply(
            IqHandlerExtension::errorReply(iq, QXmppStanza::Error::ServiceUnavailable),
            std::nullopt);
        return true;
    }
    QXmppRosterIq push;
    push.parse(iq);
    QXmppIq reply(QXmppIq::Result);
    reply.setId(push.id());
    reply.setTo(from);
    m_session->client()->reply(std::move(reply), std::nullopt);
    if (push.type() != QXmppIq::Set || push.items().size() != 1)
        return true;
    const auto &item = push.items().constFirst();
    m_cachedVersion = push.version();
    if (item.subscriptionType() == QXmppRosterIq::Item::Remove)
        Q_EMIT itemRemoved(item.bareJid().toLower(), push.version());
    else
        Q_EMIT itemPushed(toContact(item), push.version());
    return true;
}

void RosterSync::handlePresence(const QXmppPresence &presence)
{
    if (presence.type() != QXmppPresence::Subscribe)
        return;
    const QString bareJid = QXmppUtils::jidToBareJid(presence.from()).toLower();
    if (bareJid.isEmpty() || bareJid == m_session->settings().jid.bare())
        return;
    QString nick;
    for (const QXmppElement &extension : presence.extensions()) {
        if (extension.tagName() == u"nick"
            && extension.sourceDomElement().namespaceURI() == NickNs) {
            nick = extension.value();
            break;
        }
    }
    Q_EMIT subscriptionRequested(bareJid, presence.statusText(), nick);
}

bool RosterSync::addItem(const QString &bareJid, const QString &name)
{
    Contact contact;
    contact.jid = bareJid;
    contact.name = name;
    return sendItem(contact, false);
}

bool RosterSync::updateItem(const Contact &contact)
{
    return sendItem(contact, false);
}

bool RosterSync::removeItem(const QString &bareJid)
{
    Contact contact;
    contact.jid = bareJid;
    return sendItem(contact, true);
}

bool RosterSync::sendItem(const Contact &contact, bool remove)
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    QXmppRosterIq::Item item;
    item.setBareJid(contact.jid);
    item.setName(contact.name);
    item.setGroups(QSet<QString>(contact.groups.cbegin(), contact.groups.cend()));
    item.setSubscriptionType(remove ? QXmppRosterIq::Item::Remove : QXmppRosterIq::Item::NotSet);
    QXmppRosterIq request;
    request.setType(QXmppIq::Set);
    request.addItem(item);
    m_session->client()->sendIq(std::move(request)).then(this, [this, jid = contact.jid](auto &&r) {
        if (std::holds_alternative<QXmppError>(r)) {
            const QString reason = std::get<QXmppError>(r).description;
            qCWarning(lcXmpp) << "roster change refused for" << jid << reason;
            Q_EMIT requestFailed(jid, reason);
        }
    });
    return true;
}

bool RosterSync::sendSubscription(const QString &bareJid, int type, const QString &nick)
{
    if (m_session->state() != ConnectionState::Connected)
        return false;
    QXmppPresence presence { static_cast<QXmppPresence::Type>(type) };
    presence.setTo(bareJid);
    if (!nick.isEmpty()) {
        QXmppElement element;
        element.setTagName(QStringLiteral("nick"));
        element.setAttribute(QStringLiteral("xmlns"), NickNs);
        element.setValue(nick);
        presence.setExtensions({ element });
    }
    m_session->client()->send(std::move(presence));
    return true;
}

bool RosterSync::subscribe(const QString &bareJid, const QString &nick)
{
    return sendSubscription(bareJid, QXmppPresence::Subscribe, nick);
}

bool RosterSync::acceptSubscription(const QString &bareJid)
{
    return sendSubscription(bareJid, QXmppPresence::Subscribed);
}

bool RosterSync::refuseSubscription(const QString &bareJid)
{
    return sendSubscription(bareJid, QXmppPresence::Unsubscribed);
}

} // namespace Natter
