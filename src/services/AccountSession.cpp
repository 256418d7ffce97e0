#include "AccountSession.h"

#include "AppSettings.h"
#include "ArchiveService.h"
#include "ArchiveSync.h"
#include "AwayChanges.h"
#include "BookmarkSync.h"
#include "CarbonSync.h"
#include "ChatActions.h"
#include "ChatStateService.h"
#include "ContactService.h"
#include "Corrections.h"
#include "Forwarding.h"
#include "GroupAdmin.h"
#include "GroupMessaging.h"
#include "GroupPrivateMessaging.h"
#include "GroupReceipts.h"
#include "GroupService.h"
#include "GroupTyping.h"
#include "HistoryService.h"
#include "Jid.h"
#include "Keychain.h"
#include "LinkService.h"
#include "MdsSync.h"
#include "MediaService.h"
#include "MessageRequests.h"
#include "MessageSync.h"
#include "MessagingService.h"
#include "MucOwnerSync.h"
#include "MucSync.h"
#include "MuteService.h"
#include "NickService.h"
#include "NotificationService.h"
#include "Reactions.h"
#include "ReadSync.h"
#include "ReconnectService.h"
#include "Retractions.h"
#include "RoomAdminSync.h"
#include "ServiceLogging.h"
#include "Session.h"
#include "Stars.h"
#include "UnreadCounter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLocale>
#include <QPointer>
#include <QUuid>

namespace Natter {

namespace {
const QString JidKey = QStringLiteral("account/jid");
const QString HostKey = QStringLiteral("account/host");
const QString PortKey = QStringLiteral("account/port");
const QString DirectTlsKey = QStringLiteral("account/directTls");
const QString ReadReceiptsKey = QStringLiteral("privacy/readReceipts");
const QString ResourceKey = QStringLiteral("device/resource");

QString pinKey(const QString &bareJid)
{
    return QStringLiteral("pins/") + QString::fromLatin1(bareJid.toUtf8().toHex());
}

QString fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}
} // namespace

AccountSession::AccountSession(const ProfilePaths &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_settings(profile.settings(), QSettings::IniFormat)
    , m_history(new HistoryService(profile.database(), this))
    , m_session(new Session(this))
    , m_messages(new MessageSync(m_session, this))
    , m_carbons(new CarbonSync(m_session, this))
    , m_archiveSync(new ArchiveSync(m_session, this))
    , m_messaging(new MessagingService(m_session, m_messages, m_history, this))
    , m_archive(new ArchiveService(m_session, m_archiveSync, m_history, this))
    , m_chatStates(new ChatStateService(m_messages, this))
    , m_reconnect(new ReconnectService(m_session, this))
    , m_keychain(new Keychain(QStringLiteral("Natter ") + profile.root(), this))
    , m_jid(m_settings.value(JidKey).toString())
    , m_appSettings(new AppSettings(profile.settings(), this))
    , m_nicks(new NickService(m_session, m_appSettings, profile.settings(), this))
{
    m_contacts = new ContactService(this);
    m_muc = new MucSync(m_session, this);
    m_mucOwner = new MucOwnerSync(m_session, this);
    m_bookmarks = new BookmarkSync(m_session, this);
    m_groupMessaging = new GroupMessaging(m_session, m_muc, m_archiveSync, m_history, this);
    m_groups = new GroupService(
        m_session, m_muc, m_mucOwner, m_bookmarks, m_groupMessaging, m_history, this);
    m_groups->setDefaultNick([this] { return m_nicks->ownNick(); });
    m_groupAdmin = new GroupAdmin(m_session, m_muc, m_mucOwner, new RoomAdminSync(m_session, this),
        m_groups, profile.mediaCache() + QStringLiteral("/avatars"), this);
    // What changed in a private group's membership while we were away gets its lines on entry.
    auto *awayChanges = new AwayChanges(m_session, m_muc, m_groups, m_history, this);
    connect(m_groupAdmin, &GroupAdmin::membersRead, awayChanges, &AwayChanges::take);
    m_groups->setPictureRoute(
        [this](const QString &path, QString *error) {
            return m_groupAdmin->preparePicture(path, error);
        },
        [this](qint64 chatId, const QByteArray &png) {
            m_groupAdmin->publishPicture(chatId, png).then(this, [](const QString &error) {
                if (!error.isEmpty())
                    qCInfo(lcServices) << "a new group's picture was not set:" << error;
            });
        });
    m_messaging->setGroupTransport([this](const QString &peer) { return m_groups->isGroup(peer); },
        [this](const Message &message) { m_groupMessaging->transmit(message); });
    m_messaging->setGroupMentions([this](const QString &room, const QString &body) {
        return m_groupMessaging->mentionsIn(room, body);
    });
    m_groupPrivate = new GroupPrivateMessaging(m_muc, m_groups, m_groupMessaging, m_history, this);
    m_messaging->setPrivateTransport(
        [this](const QString &peer) { return m_groups->isPrivateChat(peer); },
        [this](const Message &message) { m_groupPrivate->transmit(message); });
    m_groupReceipts = new GroupReceipts(
        m_session, m_muc, m_mucOwner, m_groups, m_groupMessaging, m_history, this);
    m_messaging->setGroupMarkers(
        [this](const Message &message) { m_groupReceipts->markDisplayed(message); });
    m_groupTyping = new GroupTyping(m_muc, m_groups, this);
    m_corrections = new Corrections(m_history, m_messaging, this);
    m_reactions = new Reactions(
        m_session, m_messages, m_muc, m_archiveSync, m_groupMessaging, m_history, this);
    m_chatStates->setGroupRoute([this](const QString &peer) { return m_groups->isGroup(peer); },
        [this](const QString &room, ChatState state) { m_groupTyping->tell(room, state); });
    m_notifications = new NotificationService(m_messaging, m_contacts, this);
    connect(m_groupMessaging, &GroupMessaging::messagesStored, m_notifications,
        &NotificationService::handleStored);
    connect(m_groupPrivate, &GroupPrivateMessaging::messagesStored, m_notifications,
        &NotificationService::handleStored);
    m_notifications->setGroupNames([this](const QString &peer) {
        return m_groups->isGroup(peer) ? m_groups->groupFor(peer).name
                                       : m_groups->privateChatTitle(peer);
    });
    connect(m_archive, &ArchiveService::newsCaughtUp, m_notifications,
        &NotificationService::announceCaughtUp);
    // A message the archive brought gets its receipt too, so its sender sees it delivered.
    connect(
        m_archive, &ArchiveService::receiptsOwed, m_messaging, &MessagingService::sendOwedReceipts);
    // Reading a chat anywhere reads it everywhere, and its notifications go.
    m_readSync = new ReadSync(new MdsSync(m_session, this), m_history, this);
    m_readSync->setGroupFilter([this](const QString &peer) { return m_groups->isGroup(peer); });
    connect(m_messaging, &MessagingService::messageDisplayed, m_readSync, &ReadSync::read);
    connect(m_archive, &ArchiveService::catchUpFinished, m_readSync, &ReadSync::catchUp);
    connect(m_readSync, &ReadSync::readElsewhere, m_notifications, &NotificationService::withdraw);
    m_unread = new UnreadCounter(m_history, this);
    // A muted chat stays quiet unless it mentions us, and leaves the tray's total.
    m_mutes = new MuteService(m_history->chats(), this);
    m_notifications->setMuteFilter([this](qint64 chatId) { return m_mutes->isMuted(chatId); });
    m_unread->setMuteFilter([this](qint64 chatId) { return m_mutes->isMuted(chatId); });
    connect(m_mutes, &MuteService::mutesChanged, m_unread, &UnreadCounter::recount);
    m_links = new LinkService(m_contacts, this);
    m_media = new MediaService(
        m_session, m_history, m_messaging, m_contacts, m_appSettings, profile.mediaCache(), this);
    m_retractions = new Retractions(m_session, m_messages, m_muc, m_groupMessaging, m_archive,
        m_history, profile.mediaCache(), this);
    m_retractions->setGroupFilter([this](const QString &jid) { return m_groups->isGroup(jid); });
    m_forwarding = new Forwarding(m_history, m_messaging, profile.mediaCache(), this);
    m_chatActions = new ChatActions(m_history, m_messaging, m_groups, profile.mediaCache(), this);
    m_stars = new Stars(m_history, this);
    // The person's notification choices reach the service now and whenever they change.
    auto applyNotificationSettings = [this] {
        m_notifications->setEnabled(m_appSettings->notificationsEnabled());
        m_notifications->setPreviews(m_appSettings->notificationPreviews());
    };
    applyNotificationSettings();
    connect(
        m_appSettings, &AppSettings::notificationsEnabledChanged, this, applyNotificationSettings);
    connect(
        m_appSettings, &AppSettings::notificationPreviewsChanged, this, applyNotificationSettings);
    auto isBlocked = [this](const QString &jid) { return m_contacts->isBlocked(jid); };
    m_messaging->setBlockedFilter(isBlocked);
    m_groups->setBlockedFilter(isBlocked);
    m_groupPrivate->setBlockedFilter(isBlocked);
    // Our archive holds no one's message from a room's address: a room is not a person.
    m_archive->setBlockedFilter([this](const QString &jid) {
        return m_contacts->isBlocked(jid) || m_groups->isGroup(jid);
    });
    // Receipts, markers and typing tell that we are here and reading, as presence does: only
    // whoever sees our presence (and is not blocked) learns it; our own devices may too.
    auto isContact = [this](const QString &jid) {
        return jid == m_jid || m_contacts->sharesPresenceWith(jid);
    };
    m_messaging->setContactFilter(isContact);
    // A stranger's message opens a request, which counts in no badge until it is accepted.
    MessageRequests *requests = m_contacts->messageRequests();
    // A room, or someone in it, is the group's business.
    auto isStranger = [this, requests](const QString &jid) {
        return !jid.contains(u'/') && !m_groups->isGroup(jid) && requests->isStranger(jid);
    };
    auto openRequests = [requests](const QStringList &peers) { return requests->open(peers); };
    m_messaging->setRequests(isStranger, openRequests);
    m_archive->setRequests(isStranger, openRequests);
    m_unread->setRequestFilter(
        [requests](qint64 chatId) { return requests->isRequestChat(chatId); });
    connect(requests, &MessageRequests::changed, m_unread, &UnreadCounter::recount);
    m_chatStates->setContactFilter(isContact);
    m_groups->setContactFilter(isContact);
    // Live stanza-ids move the archive catch-up point, once their messages are stored.
    connect(m_messaging, &MessagingService::messagesStored, m_archive,
        &ArchiveService::liveMessagesStored);
    connect(m_session, &Session::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected)
            handleConnected();
        Q_EMIT stateChanged();
    });
    connect(m_session, &Session::errorTextChanged, this, &AccountSession::errorTextChanged);
    connect(m_session, &Session::untrustedCertificate, this,
        &AccountSession::handleUntrustedCertificate);
    connect(m_reconnect, &ReconnectService::pendingChanged, this, &AccountSession::stateChanged);
    connect(m_reconnect, &ReconnectService::secondsLeftChanged, this,
        &AccountSession::statusTextChanged);
    connect(this, &AccountSession::stateChanged, this, &AccountSession::statusTextChanged);
    connect(this, &AccountSession::errorTextChanged, this, &AccountSession::statusTextChanged);
    connect(m_keychain, &Keychain::unavailable, this, [this](const QString &reason) {
        m_keychainMessage = reason;
        Q_EMIT keychainMessageChanged();
    });

    connect(m_history, &HistoryService::noticeChanged, this, &AccountSession::historyNoticeChanged);
    connect(this, &AccountSession::accountIdChanged, this, [this] {
        m_messaging->setAccountId(m_accountId);
        m_archive->setAccountId(m_accountId);
        m_unread->setAccountId(m_accountId);
        m_mutes->setAccountId(m_accountId);
        m_contacts->messageRequests()->setAccount(m_accountId, m_jid);
        m_groups->setAccountId(m_accountId);
        m_groupPrivate->setAccountId(m_accountId);
        m_readSync->setAccount(m_accountId, m_jid);
        m_retractions->setAccountId(m_accountId);
        m_reactions->setAccountId(m_accountId);
        m_stars->setAccountId(m_accountId);
    });
    m_messaging->setReadReceipts(readReceipts());
    resolveAccountId();

    if (hasAccount()) {
        m_keychain->readPassword(m_jid, [this](const QString &password) {
            if (password.isEmpty() || m_session->state() != ConnectionState::Offline)
                return;
            ConnectionSettings settings;
            settings.jid = *Jid::parse(m_jid);
            settings.password = password;
            settings.host = m_settings.value(HostKey).toString();
            settings.port = static_cast<quint16>(m_settings.value(PortKey).toUInt());
            settings.tlsMode
                = m_settings.value(DirectTlsKey).toBool() ? TlsMode::DirectTls : TlsMode::StartTls;
            setNeedsPassword(false);
            connectWith(settings);
        });
    }
}

void AccountSession::resolveAccountId()
{
    if (!hasAccount() || m_history->isBlocked())
        return;
    m_history->ensureAccount(m_jid).then(this, [this, jid = m_jid](qint64 id) {
        if (jid != m_jid || id == m_accountId)
            return;
        m_accountId = id;
        Q_EMIT accountIdChanged();
    });
}

bool AccountSession::readReceipts() const
{
    return m_settings.value(ReadReceiptsKey, true).toBool();
}

void AccountSession::setReadReceipts(bool enabled)
{
    if (enabled == readReceipts())
        return;
    m_settings.setValue(ReadReceiptsKey, enabled);
    m_settings.sync();
    m_messaging->setReadReceipts(enabled);
    Q_EMIT readReceiptsChanged();
}

QString AccountSession::historyNotice() const
{
    return m_history->notice();
}

bool AccountSession::historyBlocked() const
{
    return m_history->isBlocked();
}

AccountSession::~AccountSession()
{
    // QObject deletes children in creation order: the history first, while the session, closing,
    // still fails its pending queries, whose continuations would store into a closed database.
    // Reverse order, as members would go: each object before those it was built on.
    QList<QPointer<QObject>> built;
    for (QObject *child : children())
        built.append(child);
    for (auto it = built.crbegin(); it != built.crend(); ++it)
        delete it->data();
}

ConnectionState AccountSession::state() const
{
    return m_reconnect->isPending() ? ConnectionState::Retrying : m_session->state();
}

QString AccountSession::errorText() const
{
    return m_localError.isEmpty() ? m_session->errorText() : m_localError;
}

QString AccountSession::statusText() const
{
    switch (state()) {
    case ConnectionState::Connected:
        return tr("Online");
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Retrying:
        return QCoreApplication::translate(
            "AccountSession", "Offline: %1 Retrying in %n s…", nullptr, m_reconnect->secondsLeft())
            .arg(errorText());
    case ConnectionState::Offline:
        break;
    }
    const QString reason = errorText();
    return reason.isEmpty() ? tr("Offline") : tr("Offline: %1").arg(reason);
}

void AccountSession::signIn(
    const QString &jid, const QString &password, const QString &host, int port, bool directTls)
{
    QString reason;
    const auto parsed = Jid::parse(jid, &reason);
    if (!parsed)
        return setLocalError(reason);
    if (password.isEmpty())
        return setLocalError(tr("Enter your password."));
    if (port < 0 || port > 65535)
        return setLocalError(tr("The port must be 1 to 65535."));
    setLocalError({});
    ConnectionSettings settings;
    settings.jid = parsed->toBare();
    settings.password = password;
    settings.host = host.trimmed();
    settings.port = static_cast<quint16>(port);
    settings.tlsMode = directTls ? TlsMode::DirectTls : TlsMode::StartTls;
    connectWith(settings);
}

void AccountSession::connectWith(const ConnectionSettings &settings)
{
    ConnectionSettings withPins = settings;
    withPins.pinnedCertificates = pinsFor(settings.jid.bare());
    // Each device needs its own resource, or two of them would keep kicking each other off.
    QString resource = m_settings.value(ResourceKey).toString();
    if (resource.isEmpty()) {
        resource = QStringLiteral("natter-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_settings.setValue(ResourceKey, resource);
    }
    withPins.resource = resource;
    m_reconnect->setEnabled(true);
    m_session->connectToServer(withPins);
}

void AccountSession::handleConnected()
{
    const ConnectionSettings &settings = m_session->settings();
    if (m_jid != settings.jid.bare()) {
        // The first successful sign-in makes this the profile's account.
        m_jid = settings.jid.bare();
        m_settings.setValue(JidKey, m_jid);
        m_settings.setValue(HostKey, settings.host);
        m_settings.setValue(PortKey, settings.port);
        m_settings.setValue(DirectTlsKey, settings.tlsMode == TlsMode::DirectTls);
        m_settings.sync();
        Q_EMIT accountChanged();
        resolveAccountId();
    }
    if (m_needsPassword) {
        m_keychain->writePassword(m_jid, settings.password);
        setNeedsPassword(false);
        Q_EMIT signedIn();
    }
}

void AccountSession::signOut()
{
    m_reconnect->setEnabled(false);
    m_session->disconnectFromServer();
    if (hasAccount())
        m_keychain->deletePassword(m_jid);
    setNeedsPassword(true);
    Q_EMIT stateChanged();
}

void AccountSession::removeAccount()
{
    const QString jid = m_jid;
    signOut();
    m_settings.remove(QStringLiteral("account"));
    m_settings.remove(pinKey(jid));
    m_settings.sync();
    // Its contacts, chats and messages go with it; media files are the profile's only account's.
    if (!m_history->isBlocked())
        m_history->removeAccount(jid);
    QDir(m_profile.mediaCache()).removeRecursively();
    QDir().mkpath(m_profile.mediaCache());
    m_jid.clear();
    m_accountId = 0;
    Q_EMIT accountIdChanged();
    Q_EMIT accountChanged();
}

void AccountSession::handleUntrustedCertificate(
    const QSslCertificate &certificate, const QString &reason)
{
    m_pendingCertificate = certificate;
    const bool changed = !pinsFor(m_session->settings().jid.bare()).isEmpty();
    m_certificatePrompt = {
        { QStringLiteral("subject"), certificate.subjectDisplayName() },
        { QStringLiteral("issuer"), certificate.issuerDisplayName() },
        { QStringLiteral("validFrom"),
            QLocale().toString(certificate.effectiveDate(), QLocale::LongFormat) },
        { QStringLiteral("validUntil"),
            QLocale().toString(certificate.expiryDate(), QLocale::LongFormat) },
        { QStringLiteral("fingerprint"), fingerprint(certificate) },
        // Two rows of 16 bytes, so a person can compare it half by half.
        { QStringLiteral("fingerprintRows"),
            QString(fingerprint(certificate).left(47) + u'\n' + fingerprint(certificate).mid(48)) },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("changed"), changed },
    };
    Q_EMIT certificatePromptChanged();
}

void AccountSession::trustCertificate()
{
    if (m_pendingCertificate.isNull())
        return;
    const QString jid = m_session->settings().jid.bare();
    // Exactly this certificate replaces any earlier pin: a changed one was looked at again.
    m_settings.setValue(pinKey(jid), m_pendingCertificate.toPem());
    m_settings.sync();
    m_pendingCertificate = QSslCertificate();
    m_certificatePrompt.clear();
    Q_EMIT certificatePromptChanged();
    connectWith(m_session->settings());
}

void AccountSession::pinCertificates(
    const QString &bareJid, const QList<QSslCertificate> &certificates)
{
    QByteArray pem;
    for (const QSslCertificate &certificate : certificates)
        pem += certificate.toPem();
    m_settings.setValue(pinKey(bareJid), pem);
    m_settings.sync();
}

void AccountSession::rejectCertificate()
{
    m_pendingCertificate = QSslCertificate();
    m_certificatePrompt.clear();
    Q_EMIT certificatePromptChanged();
    m_reconnect->setEnabled(false);
    setLocalError(tr("Not connected: you did not trust the server's certificate."));
}

void AccountSession::retryNow()
{
    m_reconnect->retryNow();
}

void AccountSession::setWindowActive(bool active)
{
    m_session->setActive(active);
    m_notifications->setWindowActive(active);
}

QList<QSslCertificate> AccountSession::pinsFor(const QString &bareJid) const
{
    return QSslCertificate::fromData(m_settings.value(pinKey(bareJid)).toByteArray());
}

void AccountSession::setNeedsPassword(bool needs)
{
    if (m_needsPassword == needs)
        return;
    m_needsPassword = needs;
    Q_EMIT needsPasswordChanged();
}

void AccountSession::setLocalError(const QString &text)
{
    if (m_localError == text)
        return;
    m_localError = text;
    Q_EMIT errorTextChanged();
}

} // namespace Natter
