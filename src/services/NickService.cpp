#include "NickService.h"

#include "AppSettings.h"
#include "NickSync.h"
#include "Nickname.h"
#include "ServiceLogging.h"
#include "Session.h"

#include <QSettings>

namespace Natter {

namespace {
// The nick this device and the server last agreed on; absent until they first did.
const QString AgreedKey = QStringLiteral("account/publishedNick");
} // namespace

NickService::NickService(
    Session *session, AppSettings *settings, const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_sync(new NickSync(session, this))
    , m_settingsPath(settingsPath)
{
    connect(m_settings, &AppSettings::profileNameChanged, this, &NickService::publishIfChanged);
    connect(m_session, &Session::connected, this, [this] {
        if (!m_sync->fetchOwn())
            publishIfChanged();
    });
    connect(m_sync, &NickSync::ownNickFetched, this, &NickService::reconcile);
    connect(m_sync, &NickSync::fetchFailed, this, [this](const QString &detail) {
        qCInfo(lcServices) << "own nick not fetched:" << detail;
        publishIfChanged();
    });
    connect(m_sync, &NickSync::published, this, [this](const QString &nick) {
        setAgreed(nick);
        setErrorText({});
        // The name may have changed again while the publish was under way.
        publishIfChanged();
    });
    connect(m_sync, &NickSync::publishFailed, this, &NickService::handlePublishFailed);
    connect(m_sync, &NickSync::nickReceived, this, &NickService::handleNick);
}

QString NickService::ownNick() const
{
    return Nickname::sanitized(m_settings->profileName());
}

std::optional<QString> NickService::agreed() const
{
    const QVariant value = QSettings(m_settingsPath, QSettings::IniFormat).value(AgreedKey);
    return value.isValid() ? std::optional(value.toString()) : std::nullopt;
}

void NickService::setAgreed(const QString &nick)
{
    QSettings(m_settingsPath, QSettings::IniFormat).setValue(AgreedKey, nick);
}

void NickService::publishIfChanged()
{
    const QString local = ownNick();
    // Nothing to say yet: an empty name on a device that never agreed with the server.
    if (local == agreed().value_or(QString()))
        return;
    if (m_session->state() == ConnectionState::Connected)
        m_sync->publish(local);
}

void NickService::refresh(const QStringList &jids)
{
    for (const QString &jid : jids)
        m_sync->fetch(jid);
}

void NickService::reconcile(const QString &serverNick, bool found)
{
    const QString server = Nickname::sanitized(serverNick);
    const QString local = ownNick();
    const std::optional<QString> base = agreed();
    // A fresh install, or a device that never changed the name: the server's copy is current.
    const bool changedHere = base ? local != *base : !local.isEmpty();
    if (!changedHere) {
        if (found && server != local)
            adopt(server);
        else if (!base)
            setAgreed(local);
        return;
    }
    if (found && server == local)
        setAgreed(local);
    else
        m_sync->publish(local);
}

void NickService::adopt(const QString &nick)
{
    qCInfo(lcServices) << "taking over the nick published elsewhere";
    // Agreed first, so the change below is not published back.
    setAgreed(nick);
    m_settings->setProfileName(nick);
}

void NickService::handleNick(const QString &jid, const QString &raw)
{
    const QString nick = Nickname::sanitized(raw);
    if (jid != m_session->settings().jid.bare()) {
        Q_EMIT contactNickChanged(jid, nick);
        return;
    }
    // Our own node: another device renamed us, unless a change of ours is still unpublished.
    const std::optional<QString> base = agreed();
    if (base && ownNick() == *base && nick != *base)
        adopt(nick);
}

void NickService::handlePublishFailed(bool unsupported, const QString &detail)
{
    // The name stays as the person typed it; the next connect tries again.
    setErrorText(unsupported
            ? tr("Your name could not be shared: your server does not support profile names.")
            : tr("Your name could not be shared: %1")
                  .arg(detail.isEmpty() ? tr("the server refused it.") : detail));
}

void NickService::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace Natter
