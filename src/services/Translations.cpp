#include "Translations.h"

#include "AppSettings.h"
#include "ServiceLogging.h"

#include <QCoreApplication>

namespace Natter {

QList<Language> availableLanguages()
{
    // Each in its own name, so that someone lost in a foreign interface still finds theirs.
    return {
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)") },
        { QStringLiteral("ru"), QStringLiteral("Русский") },
    };
}

bool loadTranslation(QTranslator &translator, const QLocale &locale, const QString &directory)
{
    for (QString language : locale.uiLanguages()) {
        language.replace(u'-', u'_');
        // English is the source: a preferred English must not fall through to a second language.
        if (language == u"C" || language.startsWith(u"en"))
            return false;
        // "de_AT" finds natter_de_AT.qm, else natter_de.qm.
        if (translator.load(QStringLiteral("natter_") + language, directory))
            return true;
    }
    return false;
}

Translations::Translations(QObject *parent)
    : QObject(parent)
    , m_systemLocale(QLocale())
{
    setLanguage(QString());
}

Translations::~Translations()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

void Translations::setLanguage(const QString &code)
{
    if (m_applied && code == m_code)
        return;
    m_applied = true;
    m_code = code;
    // Removing posts LanguageChange too, so a switch to English retranslates as well.
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    // Dates and numbers follow the chosen language too, so a German screen says "3. März".
    const QLocale locale = code.isEmpty() ? m_systemLocale : QLocale(code);
    QLocale::setDefault(locale);
    m_installed = loadTranslation(m_translator, locale);
    if (m_installed)
        QCoreApplication::installTranslator(&m_translator);
    else
        qCDebug(lcServices) << "no translation for" << locale.uiLanguages() << "- English";
    Q_EMIT languageApplied();
}

void Translations::follow(const AppSettings *settings)
{
    setLanguage(settings->language());
    connect(settings, &AppSettings::languageChanged, this,
        [this, settings] { setLanguage(settings->language()); });
}

} // namespace Natter
