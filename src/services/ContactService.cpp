#include "ContactService.h"

#include "AccountSession.h"
#include "ActivityService.h"
#include "AvatarService.h"
#include "BlockingService.h"
#include "ChatStateService.h"
#include "ConsistentColor.h"
#include "ContactAddress.h"
#include "ContactStore.h"
#include "HistoryService.h"
#include "LastSeenFormatter.h"
#include "MessageRequests.h"
#include "NickService.h"
#include "RosterSync.h"
#include "ServiceLogging.h"
#include "Session.h"

namespace Natter {

ContactService::ContactService(AccountSession *account)
    : QObject(account)
    , m_account(account)
    , m_store(new ContactStore(account->history()->database(), this))
    , m_roster(new RosterSync(account->session(), this))
    , m_blocking(new BlockingService(
          account->session(), m_store, [account] { return account->accountId(); }, this))
    , m_avatars(new AvatarService(account->session(), ProfilePaths(account->profileDir()), this))
    , m_activity(new ActivityService(
          account->session(), ProfilePaths(account->profileDir()).settings(), this))
    , m_requests(new SubscriptionRequests(this))
    , m_messageRequests(new MessageRequests(account->history(), this, this))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(250);
    connect(&m_flushTimer, &QTimer::timeout, this, &ContactService::flush);

    m_activity->setOwnPhotoHash(m_avatars->ownHash());
    m_activity->setBlockedFilter([this](const QString &jid) { return m_blocking->isBlocked(jid); });
    m_activity->setContactFilter([this](const QString &jid) {
        return m_contacts.contains(jid) || jid == m_account->session()->settings().jid.bare();
    });
    m_activity->setAllowedToAsk([this](const QString &jid) { return sharesPresenceWith(jid); });

    connect(m_roster, &RosterSync::rosterReceived, this, &ContactService::handleRoster);
    connect(m_roster, &RosterSync::rosterUnchanged, this, &ContactService::afterRoster);
    connect(m_roster, &RosterSync::itemPushed, this, &ContactService::handlePush);
    connect(m_roster, &RosterSync::itemRemoved, this, &ContactService::handleRemoved);
    connect(m_roster, &RosterSync::subscriptionRequested, this, &ContactService::handleRequest);
    connect(m_roster, &RosterSync::requestFailed, this,
        [this](const QString &jid, const QString &reason) {
            setErrorText(tr("%1: %2").arg(jid, reason));
        });
    connect(m_requests, &SubscriptionRequests::changed, this, &ContactService::requestsChanged);
    connect(m_blocking, &BlockingService::blockedChanged, this, &ContactService::handleBlocked);
    connect(m_blocking, &BlockingService::reportsSupportedChanged, this,
        &ContactService::reportsSupportedChanged);
    connect(m_activity, &ActivityService::activityChanged, this, &ContactService::markChanged);
    connect(
        m_activity, &ActivityService::lastSeenLearned, this, [this](const QString &jid, qint64 ms) {
            auto it = m_contacts.find(jid);
            if (it == m_contacts.end())
                return;
            it->lastSeenMs = ms;
            if (accountId() != 0)
                m_store->setLastSeen(accountId(), jid, ms);
        });
    connect(m_activity, &ActivityService::photoHashAnnounced, this,
        [this](const QString &jid, const QString &hash) {
            if (m_contacts.contains(jid))
                m_avatars->announce(jid, hash, m_contacts.value(jid).avatarHash);
        });
    connect(m_avatars, &AvatarService::avatarChanged, this, &ContactService::handleAvatar);
    connect(account->nicks(), &NickService::contactNickChanged, this, &ContactService::handleNick);
    connect(m_avatars, &AvatarService::ownAvatarChanged, this, [this](const QString &hash) {
        m_activity->setOwnPhotoHash(hash);
        Q_EMIT ownAvatarChanged();
    });
    connect(m_avatars, &AvatarService::publishFailed, this, [this](const QString &reason) {
        setErrorText(tr("Your picture could not be published: %1").arg(reason));
    });
    connect(account->chatStates(), &ChatStateService::peerStateChanged, this,
        [this](const QString &peer, ChatState state) {
            m_activity->setTyping(peer, state == ChatState::Composing);
        });
    connect(account, &AccountSession::accountIdChanged, this, &ContactService::load);
    load();
}

ContactService::~ContactService() = default;

qint64 ContactService::accountId() const
{
    return m_account->accountId();
}

void ContactService::load()
{
    const qint64 id = accountId();
    if (id == 0)
        return;
    if (m_haveServerRoster) {
        // The server spoke first: store its roster, then take only what it lacks from disk.
        m_store->saveRoster(id, m_contacts.values(), {}, true, m_rosterVersion);
    } else {
        m_store->rosterVersion(id).then(this, [this](const QString &version) {
            if (!m_haveServerRoster)
                m_roster->setCachedVersion(version);
        });
    }
    m_store->contacts(id).then(this, [this](const QList<Contact> &stored) {
        for (const Contact &contact : stored) {
            if (m_haveServerRoster && !m_contacts.contains(contact.jid))
                continue;
            Contact &entry = m_contacts[contact.jid];
            if (!m_haveServerRoster)
                entry = contact;
            entry.mergeLearned(contact);
            m_activity->seedLastSeen(contact.jid, contact.lastSeenMs);
        }
        markReset();
    });
    m_blocking->load();
}

ContactView ContactService::view(const QString &jid) const
{
    Contact contact = m_contacts.value(jid);
    if (contact.jid.isEmpty()) // not in the roster: perhaps a request that named itself
        contact = m_requests->asContact(jid);
    ContactView v;
    v.jid = jid;
    v.name = contact.displayName();
    v.initials = Contact::initials(v.name);
    v.color = consistentColor(jid);
    v.avatarPath = m_avatars->pathFor(contact.avatarHash);
    v.subscription = contact.subscription;
    v.pendingOut = contact.pendingOut;
    v.blocked = m_blocking->isBlocked(jid);
    v.inRoster = m_contacts.contains(jid);
    if (!v.blocked) {
        v.availability = m_activity->availability(jid);
        v.activityText
            = LastSeenFormatter::format(m_activity->activity(jid), QDateTime::currentDateTime());
    }
    return v;
}

QStringList ContactService::blockedJids() const
{
    return m_blocking->blockedJids();
}

bool ContactService::isBlocked(const QString &jid) const
{
    return m_blocking->isBlocked(jid.toLower());
}

bool ContactService::sharesPresenceWith(const QString &jid) const
{
    return m_contacts.value(jid).seesOurPresence() && !m_blocking->isBlocked(jid);
}

bool ContactService::shareLastSeen() const
{
    return m_activity->shareLastSeen();
}

void ContactService::setShareLastSeen(bool share)
{
    if (share == shareLastSeen())
        return;
    m_activity->setShareLastSeen(share);
    Q_EMIT shareLastSeenChanged();
}

QString ContactService::ownAvatarPath() const
{
    return m_avatars->pathFor(m_avatars->ownHash());
}

void ContactService::handleRoster(const QList<Contact> &contacts, const QString &version)
{
    QHash<QString, Contact> next;
    for (Contact contact : contacts) {
        contact.mergeLearned(m_contacts.value(contact.jid));
        next.insert(contact.jid, contact);
    }
    m_contacts = next;
    m_rosterVersion = version;
    m_haveServerRoster = true;
    if (accountId() != 0)
        m_store->saveRoster(accountId(), contacts, {}, true, version);
    markReset();
    afterRoster();
}

void ContactService::afterRoster()
{
    QStringList visible;
    for (const Contact &c : std::as_const(m_contacts)) {
        if (c.weSeeTheirs() && !m_blocking->isBlocked(c.jid))
            visible.append(c.jid);
        if (c.seesOurPresence())
            m_requests->remove(c.jid);
    }
    m_activity->refreshLastSeen(visible);
    m_avatars->refresh(visible);
    m_account->nicks()->refresh(visible);
}

void ContactService::handlePush(const Contact &pushed, const QString &version)
{
    Contact contact = pushed;
    const Contact old = m_contacts.value(contact.jid);
    contact.mergeLearned(old);
    const bool isNew = !m_contacts.contains(contact.jid);
    m_contacts.insert(contact.jid, contact);
    m_rosterVersion = version;
    if (accountId() != 0)
        m_store->saveRoster(accountId(), { contact }, {}, false, version);
    if (contact.seesOurPresence())
        m_requests->remove(contact.jid);
    if (isNew || old.name != contact.name)
        markReset();
    else
        markChanged(contact.jid);
    if (contact.weSeeTheirs() && !old.weSeeTheirs()) {
        m_avatars->refresh({ contact.jid });
        m_account->nicks()->refresh({ contact.jid });
    }
}

void ContactService::handleRemoved(const QString &jid, const QString &version)
{
    m_contacts.remove(jid);
    m_rosterVersion = version;
    if (accountId() != 0)
        m_store->saveRoster(accountId(), {}, { jid }, false, version);
    markReset();
}

void ContactService::handleRequest(const QString &jid, const QString &text, const QString &nick)
{
    Q_UNUSED(text)
    if (m_blocking->isBlocked(jid))
        return;
    const auto it = m_contacts.constFind(jid);
    // Someone the person added themselves, or already lets in: no need to ask again.
    if (it != m_contacts.cend() && (it->weSeeTheirs() || it->pendingOut || it->seesOurPresence())) {
        m_roster->acceptSubscription(jid);
        return;
    }
    if (m_requests->add(jid, nick))
        qCInfo(lcServices) << "subscription request from" << jid;
}

bool ContactService::checkConnected(bool sent)
{
    setErrorText(sent ? QString() : tr("Not connected. Try again when Natter is online."));
    return sent;
}

bool ContactService::addContact(const QString &address, const QString &name)
{
    QString reason;
    const auto parsed
        = ContactAddress::parse(address, m_account->session()->settings().jid.bare(), &reason);
    if (!parsed) {
        setErrorText(reason);
        return false;
    }
    if (!checkConnected(m_roster->addItem(
            parsed->jid, name.trimmed().isEmpty() ? parsed->name : name.trimmed())))
        return false;
    m_roster->subscribe(parsed->jid, m_account->nicks()->ownNick());
    return true;
}

bool ContactService::rename(const QString &jid, const QString &name)
{
    auto it = m_contacts.constFind(jid);
    if (it == m_contacts.cend())
        return false;
    Contact changed = *it;
    changed.name = name.trimmed();
    return checkConnected(m_roster->updateItem(changed));
}

bool ContactService::remove(const QString &jid)
{
    return checkConnected(m_roster->removeItem(jid));
}

bool ContactService::accept(const QString &jid)
{
    if (!checkConnected(m_roster->acceptSubscription(jid)))
        return false;
    m_requests->remove(jid);
    // Accepting makes it mutual, as people expect from a messenger.
    const Contact contact = m_contacts.value(jid);
    if (!m_contacts.contains(jid))
        m_roster->addItem(jid, {});
    if (!contact.weSeeTheirs() && !contact.pendingOut)
        m_roster->subscribe(jid, m_account->nicks()->ownNick());
    return true;
}

bool ContactService::decline(const QString &jid)
{
    if (!checkConnected(m_roster->refuseSubscription(jid)))
        return false;
    m_requests->remove(jid);
    return true;
}

bool ContactService::reportsSupported() const
{
    return m_blocking->reportsSupported();
}

bool ContactService::block(const QString &jid, bool reportSpam)
{
    if (!checkConnected(m_blocking->block(jid, reportSpam)))
        return false;
    if (m_requests->contains(jid)) {
        m_roster->refuseSubscription(jid);
        m_requests->remove(jid);
    }
    return true;
}

bool ContactService::unblock(const QString &jid)
{
    return checkConnected(m_blocking->unblock(jid));
}

void ContactService::handleBlocked(const QStringList &jids)
{
    for (const QString &jid : jids) {
        if (m_blocking->isBlocked(jid)) {
            m_activity->forget(jid);
            m_requests->remove(jid);
        }
        markChanged(jid);
    }
    Q_EMIT blockedChanged();
}

void ContactService::handleAvatar(const QString &jid, const QString &hash)
{
    auto it = m_contacts.find(jid);
    if (it == m_contacts.end() || it->avatarHash == hash)
        return;
    it->avatarHash = hash;
    if (accountId() != 0)
        m_store->setAvatarHash(accountId(), jid, hash);
    markChanged(jid);
}

void ContactService::handleNick(const QString &jid, const QString &nick)
{
    auto it = m_contacts.find(jid);
    if (it == m_contacts.end() || it->nick == nick)
        return;
    it->nick = nick;
    if (accountId() != 0)
        m_store->setNick(accountId(), jid, nick);
    markReset(); // the shown name, and with it the list's order, may change
}

bool ContactService::setOwnAvatar(const QUrl &file)
{
    QString error;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const bool ok = m_avatars->setOwnAvatar(path, &error);
    setErrorText(error);
    return ok;
}

void ContactService::markChanged(const QString &jid)
{
    m_dirty.insert(jid);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ContactService::markReset()
{
    m_resetPending = true;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

// One update per interval, however many presences arrived in it.
void ContactService::flush()
{
    const QStringList dirty = m_dirty.values();
    m_dirty.clear();
    if (std::exchange(m_resetPending, false))
        Q_EMIT contactsReset();
    else if (!dirty.isEmpty())
        Q_EMIT contactsChanged(dirty);
}

void ContactService::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace Natter
