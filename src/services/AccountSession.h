#pragma once

#include "ConnectionState.h"
#include "ProfilePaths.h"

#include <QObject>
#include <QSettings>
#include <QSslCertificate>
#include <QVariantMap>

namespace Natter {

class AppSettings;
class ArchiveService;
class ArchiveSync;
class CarbonSync;
class ChatStateService;
class BookmarkSync;
class ContactService;
class GroupAdmin;
class Corrections;
class Forwarding;
class GroupMessaging;
class GroupPrivateMessaging;
class GroupReceipts;
class Reactions;
class GroupService;
class GroupTyping;
class MuteService;
class ChatActions;
class Retractions;
class Stars;
class MucOwnerSync;
class MucSync;
class HistoryService;
class LinkService;
class NotificationService;
class UnreadCounter;
class MediaService;
class MessagingService;
class Keychain;
class MessageSync;
class NickService;
class ReadSync;
class ReconnectService;
class Session;
struct ConnectionSettings;

// The root object of one account: it owns the connection and the feature services, keeps the
// account's settings and secrets where they belong, and is what main.cpp hands to QML.
class AccountSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Natter::ConnectionState state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(QString jid READ jid NOTIFY accountChanged)
    Q_PROPERTY(bool hasAccount READ hasAccount NOTIFY accountChanged)
    Q_PROPERTY(bool needsPassword READ needsPassword NOTIFY needsPasswordChanged)
    Q_PROPERTY(QString keychainMessage READ keychainMessage NOTIFY keychainMessageChanged)
    Q_PROPERTY(QVariantMap certificatePrompt READ certificatePrompt NOTIFY certificatePromptChanged)
    Q_PROPERTY(QString historyNotice READ historyNotice NOTIFY historyNoticeChanged)
    Q_PROPERTY(bool historyBlocked READ historyBlocked NOTIFY historyNoticeChanged)
    Q_PROPERTY(bool readReceipts READ readReceipts WRITE setReadReceipts NOTIFY readReceiptsChanged)
    Q_PROPERTY(QString profileDir READ profileDir CONSTANT)
    Q_PROPERTY(Natter::ContactService *contacts READ contacts CONSTANT)
    Q_PROPERTY(Natter::AppSettings *appSettings READ appSettings CONSTANT)
    Q_MOC_INCLUDE("ContactService.h")
    Q_MOC_INCLUDE("AppSettings.h")
    Q_PROPERTY(Natter::NotificationService *notifications READ notifications CONSTANT)
    Q_PROPERTY(Natter::LinkService *links READ links CONSTANT)
    Q_MOC_INCLUDE("LinkService.h")
    Q_MOC_INCLUDE("NotificationService.h")
    Q_PROPERTY(Natter::MediaService *media READ media CONSTANT)
    Q_MOC_INCLUDE("MediaService.h")
    Q_PROPERTY(Natter::NickService *nicks READ nicks CONSTANT)
    Q_MOC_INCLUDE("NickService.h")
    Q_PROPERTY(Natter::GroupService *groups READ groups CONSTANT)
    Q_MOC_INCLUDE("GroupService.h")
    Q_PROPERTY(Natter::GroupReceipts *groupReceipts READ groupReceipts CONSTANT)
    Q_MOC_INCLUDE("GroupReceipts.h")
    Q_PROPERTY(Natter::GroupTyping *groupTyping READ groupTyping CONSTANT)
    Q_PROPERTY(Natter::MuteService *mutes READ mutes CONSTANT)
    Q_MOC_INCLUDE("Retractions.h")
    Q_PROPERTY(Natter::Retractions *retractions READ retractions CONSTANT)
    Q_MOC_INCLUDE("Forwarding.h")
    Q_PROPERTY(Natter::Forwarding *forwarding READ forwarding CONSTANT)
    Q_MOC_INCLUDE("GroupTyping.h")
    Q_MOC_INCLUDE("MuteService.h")
    Q_PROPERTY(Natter::Reactions *reactions READ reactions CONSTANT)
    Q_MOC_INCLUDE("Reactions.h")
    Q_PROPERTY(Natter::ChatActions *chatActions READ chatActions CONSTANT)
    Q_MOC_INCLUDE("ChatActions.h")

public:
    explicit AccountSession(const ProfilePaths &profile, QObject *parent = nullptr);
    ~AccountSession() override;

    ConnectionState state() const;
    QString errorText() const;
    // One line for a person: what the connection does now, and why when it is down.
    QString statusText() const;
    QString jid() const { return m_jid; }
    bool hasAccount() const { return !m_jid.isEmpty(); }
    bool needsPassword() const { return m_needsPassword; }
    QString keychainMessage() const { return m_keychainMessage; }
    // Empty unless an untrusted certificate waits for the person's decision. Keys: subject,
    // issuer, validFrom, validUntil, fingerprint (SHA-256) and fingerprintRows (the same on two
    // lines), reason, changed (a pin existed).
    QVariantMap certificatePrompt() const { return m_certificatePrompt; }
    QString profileDir() const { return m_profile.root(); }
    QString historyNotice() const;
    bool historyBlocked() const;
    // The account's row in the history; 0 until known.
    qint64 accountId() const { return m_accountId; }

    Session *session() const { return m_session; }
    MessageSync *messages() const { return m_messages; }
    HistoryService *history() const { return m_history; }
    ContactService *contacts() const { return m_contacts; }
    MessagingService *messaging() const { return m_messaging; }
    ReadSync *readSync() const { return m_readSync; }
    ArchiveService *archive() const { return m_archive; }
    ChatStateService *chatStates() const { return m_chatStates; }
    AppSettings *appSettings() const { return m_appSettings; }
    NotificationService *notifications() const { return m_notifications; }
    LinkService *links() const { return m_links; }
    UnreadCounter *unreadCounter() const { return m_unread; }
    MediaService *media() const { return m_media; }
    NickService *nicks() const { return m_nicks; }
    GroupService *groups() const { return m_groups; }
    GroupAdmin *groupAdmin() const { return m_groupAdmin; }
    GroupMessaging *groupMessaging() const { return m_groupMessaging; }
    GroupPrivateMessaging *groupPrivate() const { return m_groupPrivate; }
    GroupReceipts *groupReceipts() const { return m_groupReceipts; }
    GroupTyping *groupTyping() const { return m_groupTyping; }
    MuteService *mutes() const { return m_mutes; }
    Reactions *reactions() const { return m_reactions; }
    MucSync *muc() const { return m_muc; }
    Corrections *corrections() const { return m_corrections; }
    Retractions *retractions() const { return m_retractions; }
    Forwarding *forwarding() const { return m_forwarding; }
    ChatActions *chatActions() const { return m_chatActions; }
    Stars *stars() const { return m_stars; }

    // WhatsApp's "read receipts": off, no displayed markers go out (delivery receipts still do).
    bool readReceipts() const;
    void setReadReceipts(bool enabled);

    // Validates before connecting; an invalid JID sets errorText and changes nothing else.
    Q_INVOKABLE void signIn(const QString &jid, const QString &password, const QString &host = {},
        int port = 0, bool directTls = false);
    // Disconnects and forgets the password; history stays.
    Q_INVOKABLE void signOut();
    // Signs out and deletes the account's settings, pins and local data.
    Q_INVOKABLE void removeAccount();
    Q_INVOKABLE void trustCertificate();
    // Records a certificate the person already trusted elsewhere (e.g. while registering).
    void pinCertificates(const QString &bareJid, const QList<QSslCertificate> &certificates);
    Q_INVOKABLE void rejectCertificate();
    Q_INVOKABLE void retryNow();
    // The window's focus, for Client State Indication and for notifications.
    Q_INVOKABLE void setWindowActive(bool active);

Q_SIGNALS:
    void stateChanged();
    void errorTextChanged();
    void statusTextChanged();
    void accountChanged();
    void needsPasswordChanged();
    void keychainMessageChanged();
    void certificatePromptChanged();
    void signedIn();
    void historyNoticeChanged();
    void accountIdChanged();
    void readReceiptsChanged();

private:
    void connectWith(const ConnectionSettings &settings);
    void handleConnected();
    void handleUntrustedCertificate(const QSslCertificate &certificate, const QString &reason);
    QList<QSslCertificate> pinsFor(const QString &bareJid) const;
    void setNeedsPassword(bool needs);
    void resolveAccountId();
    void setLocalError(const QString &text);

    ProfilePaths m_profile;
    QSettings m_settings;
    HistoryService *m_history;
    qint64 m_accountId = 0;
    Session *m_session;
    MessageSync *m_messages;
    CarbonSync *m_carbons;
    ArchiveSync *m_archiveSync;
    MessagingService *m_messaging;
    ArchiveService *m_archive;
    ChatStateService *m_chatStates;
    ReconnectService *m_reconnect;
    Keychain *m_keychain;
    QString m_jid;
    QString m_localError;
    QString m_keychainMessage;
    bool m_needsPassword = true;
    QVariantMap m_certificatePrompt;
    QSslCertificate m_pendingCertificate;
    ContactService *m_contacts = nullptr;
    AppSettings *m_appSettings;
    NickService *m_nicks;
    NotificationService *m_notifications = nullptr;
    ReadSync *m_readSync = nullptr;
    LinkService *m_links = nullptr;
    UnreadCounter *m_unread = nullptr;
    MediaService *m_media = nullptr;
    MucSync *m_muc = nullptr;
    MucOwnerSync *m_mucOwner = nullptr;
    BookmarkSync *m_bookmarks = nullptr;
    GroupMessaging *m_groupMessaging = nullptr;
    GroupPrivateMessaging *m_groupPrivate = nullptr;
    GroupService *m_groups = nullptr;
    GroupAdmin *m_groupAdmin = nullptr;
    GroupReceipts *m_groupReceipts = nullptr;
    GroupTyping *m_groupTyping = nullptr;
    MuteService *m_mutes = nullptr;
    Corrections *m_corrections = nullptr;
    Retractions *m_retractions = nullptr;
    Forwarding *m_forwarding = nullptr;
    Reactions *m_reactions = nullptr;
    ChatActions *m_chatActions = nullptr;
    Stars *m_stars = nullptr;
};

} // namespace Natter
