#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace Natter {

// Where the compiled translations (natter_<language>.qm) live inside the application.
inline const QString TranslationsDirectory = QStringLiteral(":/natter/i18n");

// Loads the translation for locale from directory; false, with translator left empty, when
// there is none or the file is unreadable or corrupt.
bool loadTranslation(QTranslator &translator, const QLocale &locale,
    const QString &directory = TranslationsDirectory);

// Installs the translation for the system's languages; without one the English source stays.
void installTranslations(QCoreApplication &app);

} // namespace Natter
