#include "AppSettings.h"

#include "Nickname.h"
#include "Translations.h"

#include <algorithm>

namespace Natter {

namespace {
const QString ProfileNameKey = QStringLiteral("account/profileName");
const QString NotificationsKey = QStringLiteral("notifications/enabled");
const QString PreviewsKey = QStringLiteral("notifications/previews");
const QString CloseToTrayKey = QStringLiteral("window/closeToTray");
const QString CloseToTrayChosenKey = QStringLiteral("window/closeToTrayChosen");
const QString ThemeKey = QStringLiteral("appearance/theme");
const QString AutoDownloadKey = QStringLiteral("media/autoDownloadImagesMb");
const QString CompressImagesKey = QStringLiteral("media/sendImagesCompressed");
const QString LanguageKey = QStringLiteral("appearance/language");

bool isAvailableLanguage(const QString &code)
{
    const QList<Language> all = availableLanguages();
    return std::any_of(all.cbegin(), all.cend(), [&](const Language &l) { return l.code == code; });
}
constexpr int DefaultAutoDownloadMb = 5;
// Larger limits would let a stranger fill the disk with one message.
constexpr int MaxAutoDownloadMb = 100;
} // namespace

AppSettings::AppSettings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(iniPath, QSettings::IniFormat)
{ }

QString AppSettings::profileName() const
{
    return m_settings.value(ProfileNameKey).toString();
}

void AppSettings::setProfileName(const QString &name)
{
    // The same rules as for the nicks of others: this one is published.
    store(ProfileNameKey, Nickname::sanitized(name), QString(), &AppSettings::profileNameChanged);
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings.value(NotificationsKey, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    store(NotificationsKey, enabled, true, &AppSettings::notificationsEnabledChanged);
}

bool AppSettings::notificationPreviews() const
{
    return m_settings.value(PreviewsKey, true).toBool();
}

void AppSettings::setNotificationPreviews(bool enabled)
{
    store(PreviewsKey, enabled, true, &AppSettings::notificationPreviewsChanged);
}

bool AppSettings::closeToTray() const
{
    return m_settings.value(CloseToTrayKey, false).toBool();
}

void AppSettings::setCloseToTray(bool enabled)
{
    store(CloseToTrayChosenKey, true, false, &AppSettings::closeToTrayChanged);
    store(CloseToTrayKey, enabled, false, &AppSettings::closeToTrayChanged);
}

bool AppSettings::closeToTrayChosen() const
{
    return m_settings.value(CloseToTrayChosenKey, false).toBool();
}

AppSettings::Theme AppSettings::theme() const
{
    // A hand-edited or future value reads as System rather than as garbage.
    const int stored = m_settings.value(ThemeKey, int(Theme::System)).toInt();
    if (stored < int(Theme::System) || stored > int(Theme::Dark))
        return Theme::System;
    return Theme(stored);
}

void AppSettings::setTheme(Theme theme)
{
    store(ThemeKey, int(theme), int(Theme::System), &AppSettings::themeChanged);
}

int AppSettings::autoDownloadImagesMb() const
{
    const int stored = m_settings.value(AutoDownloadKey, DefaultAutoDownloadMb).toInt();
    return qBound(0, stored, MaxAutoDownloadMb);
}

void AppSettings::setAutoDownloadImagesMb(int megabytes)
{
    store(AutoDownloadKey, qBound(0, megabytes, MaxAutoDownloadMb), DefaultAutoDownloadMb,
        &AppSettings::autoDownloadImagesMbChanged);
}

bool AppSettings::sendImagesCompressed() const
{
    return m_settings.value(CompressImagesKey, false).toBool();
}

void AppSettings::setSendImagesCompressed(bool compressed)
{
    store(CompressImagesKey, compressed, false, &AppSettings::sendImagesCompressedChanged);
}

QString AppSettings::language() const
{
    // A language that a later version dropped, or a hand-edited value, follows the system.
    const QString stored = m_settings.value(LanguageKey).toString();
    return isAvailableLanguage(stored) ? stored : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    store(LanguageKey, isAvailableLanguage(code) ? code : QString(), QString(),
        &AppSettings::languageChanged);
}

QVariantList AppSettings::languages()
{
    QVariantList choices;
    for (const Language &language : availableLanguages())
        choices.append(QVariantMap {
            { QStringLiteral("code"), language.code }, { QStringLiteral("name"), language.name } });
    return choices;
}

void AppSettings::store(const QString &key, const QVariant &value, const QVariant &fallback,
    void (AppSettings::*changed)())
{
    // The ini file hands values back as strings; compare in the type being written.
    QVariant current = m_settings.value(key, fallback);
    if (current.convert(value.metaType()) && current == value)
        return;
    m_settings.setValue(key, value);
    m_settings.sync();
    Q_EMIT(this->*changed)();
}

} // namespace Natter
