#include "Translations.h"

#include "ServiceLogging.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Natter {

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

void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (!loadTranslation(*translator, QLocale())) {
        qCDebug(lcServices) << "no translation for" << QLocale().uiLanguages() << "- English";
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
}

} // namespace Natter
