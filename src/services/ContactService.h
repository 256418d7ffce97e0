#pragma once

#include "Availability.h"
#include "Contact.h"
#include "SubscriptionRequests.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace Natter {

class AccountSession;
class ActivityService;
class AvatarService;
class BlockingService;
class MessageRequests;
class ContactStore;
class RosterSync;

// What the UI shows for one contact, gathered from roster, presence, last seen, avatar and
// the block list.
struct ContactView
{
    QString jid;
    QString name; // the roster name, else their nick, else the JID's local part
    QString initials;
    quint32 color = 0; // XEP-0392, 0xRRGGBB
    QString avatarPath; // a cached PNG, empty when none
    Availability availability = Availability::Offline;
    QString activityText; // "online", "last seen today at 14:02", ...
    Subscription subscription = Subscription::None;
    bool pendingOut = false;
    bool blocked = false;
    bool inRoster = false;
};

// The account's contacts: decides what enters the roster (never a stranger by themselves),
// merges roster, presence, last seen, avatars and blocking, and tells the models about changes
// at most a few times a second however fast presence arrives.
class ContactService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(
        bool shareLastSeen READ shareLastSeen WRITE setShareLastSeen NOTIFY shareLastSeenChanged)
    Q_PROPERTY(QString ownAvatarPath READ ownAvatarPath NOTIFY ownAvatarChanged)
    Q_PROPERTY(Natter::MessageRequests *messageRequests READ messageRequests CONSTANT)
    Q_MOC_INCLUDE("MessageRequests.h")

public:
    explicit ContactService(AccountSession *account);
    ~ContactService() override;

    // Roster contacts, in no particular order.
    QStringList contactJids() const { return m_contacts.keys(); }
    ContactView view(const QString &jid) const;
    // Incoming subscription requests waiting for the person, oldest first.
    QStringList requests() const { return m_requests->jids(); }
    QStringList blockedJids() const;
    Q_INVOKABLE bool isBlocked(const QString &jid) const;
    // Whether jid sees our presence (subscription from or both) and is not blocked.
    bool sharesPresenceWith(const QString &jid) const;

    QString errorText() const { return m_errorText; }
    bool shareLastSeen() const;
    void setShareLastSeen(bool share);
    QString ownAvatarPath() const;
    ActivityService *activity() const { return m_activity; }
    // Chats that strangers' messages opened.
    MessageRequests *messageRequests() const { return m_messageRequests; }

    // Accepts a JID or an xmpp: link; false with errorText set when it is not usable.
    Q_INVOKABLE bool addContact(const QString &address, const QString &name = {});
    Q_INVOKABLE bool rename(const QString &jid, const QString &name);
    Q_INVOKABLE bool remove(const QString &jid);
    Q_INVOKABLE bool accept(const QString &jid);
    Q_INVOKABLE bool decline(const QString &jid);
    // reportSpam: also report the JID as spam where the server takes reports (XEP-0377).
    Q_INVOKABLE bool block(const QString &jid, bool reportSpam = false);
    bool reportsSupported() const;
    // Whether jid has a roster entry (whatever its subscription).
    bool isInRoster(const QString &jid) const { return m_contacts.contains(jid); }
    Q_INVOKABLE bool unblock(const QString &jid);
    // Sets our avatar from an image file (a path or a file: URL).
    Q_INVOKABLE bool setOwnAvatar(const QUrl &file);
    Q_INVOKABLE void clearError() { setErrorText({}); }

Q_SIGNALS:
    // The set or order of contacts changed: models reload.
    void contactsReset();
    // These contacts changed; coalesced.
    void contactsChanged(const QStringList &jids);
    void requestsChanged();
    void blockedChanged();
    void reportsSupportedChanged();
    void errorTextChanged();
    void shareLastSeenChanged();
    void ownAvatarChanged();

private:
    void load();
    void handleRoster(const QList<Contact> &contacts, const QString &version);
    void afterRoster();
    void handlePush(const Contact &contact, const QString &version);
    void handleRemoved(const QString &jid, const QString &version);
    void handleRequest(const QString &jid, const QString &text, const QString &nick);
    void handleBlocked(const QStringList &jids);
    void handleAvatar(const QString &jid, const QString &hash);
    void handleNick(const QString &jid, const QString &nick);
    void markChanged(const QString &jid);
    void markReset();
    void flush();
    bool checkConnected(bool sent);
    void setErrorText(const QString &text);
    qint64 accountId() const;

    AccountSession *m_account;
    ContactStore *m_store;
    RosterSync *m_roster;
    BlockingService *m_blocking;
    AvatarService *m_avatars;
    ActivityService *m_activity;
    SubscriptionRequests *m_requests;
    MessageRequests *m_messageRequests;
    QHash<QString, Contact> m_contacts;
    QString m_errorText;
    QSet<QString> m_dirty;
    QString m_rosterVersion;
    bool m_haveServerRoster = false;
    bool m_resetPending = false;
    QTimer m_flushTimer;
};

} // namespace Natter
