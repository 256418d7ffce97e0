#pragma once

#include <QObject>
#include <QSettings>
#include <QVariantList>

namespace Natter {

// The person's preferences for this profile (notifications, tray, theme, media), kept in the
// profile's settings.ini so that two profiles never share them.
class AppSettings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString profileName READ profileName WRITE setProfileName NOTIFY profileNameChanged)
    Q_PROPERTY(bool notificationsEnabled READ notificationsEnabled WRITE setNotificationsEnabled
            NOTIFY notificationsEnabledChanged)
    Q_PROPERTY(bool notificationPreviews READ notificationPreviews WRITE setNotificationPreviews
            NOTIFY notificationPreviewsChanged)
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY closeToTrayChanged)
    Q_PROPERTY(bool closeToTrayChosen READ closeToTrayChosen NOTIFY closeToTrayChanged)
    Q_PROPERTY(Natter::AppSettings::Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(int autoDownloadImagesMb READ autoDownloadImagesMb WRITE setAutoDownloadImagesMb
            NOTIFY autoDownloadImagesMbChanged)
    Q_PROPERTY(bool sendImagesCompressed READ sendImagesCompressed WRITE setSendImagesCompressed
            NOTIFY sendImagesCompressedChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit AppSettings(const QString &iniPath, QObject *parent = nullptr);

    // Our name, published to contacts by NickService (XEP-0172); empty shows the JID.
    QString profileName() const;
    void setProfileName(const QString &name);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    // Off: notifications name the sender but never show the message text.
    bool notificationPreviews() const;
    void setNotificationPreviews(bool enabled);
    bool closeToTray() const;
    // Either way, a choice: the window asks no more what its close button should do.
    void setCloseToTray(bool enabled);
    // False until the person chose, in the settings or when the window first closed.
    bool closeToTrayChosen() const;
    Theme theme() const;
    void setTheme(Theme theme);
    // Images up to this size download by themselves; 0 never.
    int autoDownloadImagesMb() const;
    void setAutoDownloadImagesMb(int megabytes);
    // Where the attachment tray's "compressed" option starts; off sends originals.
    bool sendImagesCompressed() const;
    void setSendImagesCompressed(bool compressed);
    // A code from availableLanguages() ("pt_BR"); empty follows the system.
    QString language() const;
    void setLanguage(const QString &code);
    // The choices for language(), each { code, name } with the name in its own language.
    static QVariantList languages();

Q_SIGNALS:
    void profileNameChanged();
    void notificationsEnabledChanged();
    void notificationPreviewsChanged();
    void closeToTrayChanged();
    void themeChanged();
    void autoDownloadImagesMbChanged();
    void sendImagesCompressedChanged();
    void languageChanged();

private:
    // Writes value under key and emits changed, unless it is already stored.
    void store(const QString &key, const QVariant &value, const QVariant &fallback,
        void (AppSettings::*changed)());

    QSettings m_settings;
};

} // namespace Natter
