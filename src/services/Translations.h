#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

namespace Natter {

class AppSettings;

// Where the compiled translations (natter_<language>.qm) live inside the application.
inline const QString TranslationsDirectory = QStringLiteral(":/natter/i18n");

// A language the person can choose: its code ("pt_BR") and its name in itself ("Português").
struct Language
{
    QString code;
    QString name;
};

// English and every language with a translation, in the order the settings offer them.
QList<Language> availableLanguages();

// Loads the translation for locale from directory; false, with translator left empty, when
// there is none or the file is unreadable or corrupt.
bool loadTranslation(QTranslator &translator, const QLocale &locale,
    const QString &directory = TranslationsDirectory);

// Installs the translation for the chosen language, else the system's, and swaps it when the
// choice changes.
class Translations : public QObject
{
    Q_OBJECT

public:
    // Starts with the system's languages, so that messages before the settings load are translated.
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // "" follows the system; "en" or a code without a translation shows the English source.
    void setLanguage(const QString &code);
    // Applies settings' language now and whenever it changes.
    void follow(const AppSettings *settings);

Q_SIGNALS:
    // A different translation is in place; QML engines retranslate on it (Qt 6.4 does not by
    // itself).
    void languageApplied();

private:
    QTranslator m_translator;
    // The locale before any choice: what "" returns to.
    const QLocale m_systemLocale;
    QString m_code;
    bool m_applied = false;
    bool m_installed = false;
};

} // namespace Natter
