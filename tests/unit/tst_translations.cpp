// Translations: every language is complete and keeps the source's placeholders; the chosen
// language, else the system's, is installed and switches live; English, a missing file or a
// corrupt file leave the English source text.
#include "Jid.h"
#include "LastSeenFormatter.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Natter;

namespace {

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", ... or empty when finished
    QStringList forms; // one translation, or one per plural form
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            messages.append({ context, {}, {}, {},
                xml.attributes().value(QStringLiteral("numerus")) == u"yes" });
        else if (xml.name() == u"source")
            messages.last().source = xml.readElementText();
        else if (xml.name() == u"translation") {
            messages.last().type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!messages.last().numerus)
                messages.last().forms = { xml.readElementText() };
        } else if (xml.name() == u"numerusform")
            messages.last().forms.append(xml.readElementText());
    }
    return xml.hasError() ? QList<TsMessage> {} : messages;
}

// %1…%99 and %n, each once: the order may change in a translation, the set may not.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (const auto &match : marker.globalMatch(text))
        found.append(match.captured(1));
    found.removeDuplicates();
    found.sort();
    return found;
}

// Russian counts one, few and many; the other languages one and other.
int pluralForms(const QString &code)
{
    return code == u"ru" ? 3 : 2;
}

QString tsPath(const QString &code)
{
    return QStringLiteral(NATTER_TRANSLATIONS_DIR "/natter_%1.ts").arg(code);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageIsComplete_data()
    {
        QTest::addColumn<QString>("code");
        for (const Language &language : availableLanguages()) {
            if (language.code != u"en")
                QTest::newRow(qPrintable(language.code)) << language.code;
        }
    }

    void everyLanguageIsComplete()
    {
        QFETCH(QString, code);
        const QList<TsMessage> messages = readTs(tsPath(code));
        QVERIFY2(!messages.isEmpty(), qPrintable(tsPath(code)));
        for (const TsMessage &message : messages) {
            const QString where = message.context + u": " + message.source;
            QVERIFY2(message.type.isEmpty(), qPrintable(message.type + u" - " + where));
            QCOMPARE(message.forms.size(), message.numerus ? pluralForms(code) : 1);
            for (const QString &form : message.forms) {
                QVERIFY2(!form.isEmpty(), qPrintable(u"empty - " + where));
                QVERIFY2(placeholders(form) == placeholders(message.source),
                    qPrintable(form + u" - " + where));
            }
        }
    }

    // Each .ts the build compiles is a language the settings offer, and each offered one loads.
    void choicesMatchTheFiles()
    {
        const QStringList files = QDir(QStringLiteral(NATTER_TRANSLATIONS_DIR))
                                      .entryList({ QStringLiteral("natter_*.ts") });
        QStringList offered;
        for (const Language &language : availableLanguages()) {
            if (language.code == u"en")
                continue;
            offered.append(u"natter_" + language.code + u".ts");
            QTranslator translator;
            QVERIFY2(
                loadTranslation(translator, QLocale(language.code)), qPrintable(language.code));
        }
        offered.sort();
        QCOMPARE(files, offered);
    }

    void germanIsCompiledIn()
    {
        QTranslator translator;
        QVERIFY(loadTranslation(translator, QLocale(QLocale::German, QLocale::Austria)));
        QCOMPARE(translator.translate("SettingsPage", "Settings"), QStringLiteral("Einstellungen"));
        QCOMPARE(translator.translate("ChatListPage", "New chat"), QStringLiteral("Neuer Chat"));
        QCOMPARE(translator.translate("ChatDelegate", ", %n unread", nullptr, 3),
            QStringLiteral(", %n ungelesen"));
    }

    void russianHasThreePluralForms()
    {
        QTranslator translator;
        QVERIFY(loadTranslation(translator, QLocale(QLocale::Russian)));
        const char *context = "VoiceRecorderBar";
        const char *source = "Recording, %n second(s)";
        QCOMPARE(translator.translate(context, source, nullptr, 1), u"Запись, %n секунда");
        QCOMPARE(translator.translate(context, source, nullptr, 3), u"Запись, %n секунды");
        QCOMPARE(translator.translate(context, source, nullptr, 5), u"Запись, %n секунд");
        QCOMPARE(translator.translate(context, source, nullptr, 21), u"Запись, %n секунда");
    }

    void englishNeedsNoFile()
    {
        QTranslator translator;
        QVERIFY(!loadTranslation(translator, QLocale(QLocale::English, QLocale::UnitedStates)));
        QVERIFY(translator.isEmpty());
        // A preferred English wins over a German further down the list.
        QVERIFY(!loadTranslation(translator, QLocale(QLocale::English, QLocale::Germany)));
    }

    void missingFileFallsBack()
    {
        QTemporaryDir dir;
        QTranslator translator;
        QVERIFY(!loadTranslation(translator, QLocale(QLocale::German), dir.path()));
        QVERIFY(!loadTranslation(translator, QLocale(QLocale::Zulu)));
    }

    void corruptFileFallsBackToEnglish()
    {
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("natter_de.qm")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(64, '\x3c') + "not a translation");
        broken.close();
        QTranslator translator;
        QVERIFY(!loadTranslation(translator, QLocale(QLocale::German), dir.path()));
        QVERIFY(translator.isEmpty());
        QCOMPARE(
            QCoreApplication::translate("SettingsPage", "Settings"), QStringLiteral("Settings"));
    }

    void followsTheSystemThenTheChoice()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        Translations translations;
        QCOMPARE(QCoreApplication::translate("SettingsPage", "Appearance"),
            QStringLiteral("Darstellung"));
        // What no file holds stays English rather than empty.
        QCOMPARE(QCoreApplication::translate("SettingsPage", "not in any file"),
            QStringLiteral("not in any file"));

        translations.setLanguage(QStringLiteral("fr"));
        QCOMPARE(
            QCoreApplication::translate("SettingsPage", "Appearance"), QStringLiteral("Apparence"));
        QCOMPARE(QLocale().language(), QLocale::French);
        translations.setLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("SettingsPage", "Appearance"),
            QStringLiteral("Appearance"));
        translations.setLanguage(QString());
        QCOMPARE(QCoreApplication::translate("SettingsPage", "Appearance"),
            QStringLiteral("Darstellung"));
        QCOMPARE(QLocale().language(), QLocale::German);
    }

    // Text from C++ helpers outside a QObject must be filed under the context it is looked up in.
    void cppHelpersAreTranslated()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        Translations translations;
        const QDateTime now(QDate(2024, 3, 5), QTime(12, 0));
        QCOMPARE(LastSeenFormatter::format({ true, true, 0, 0 }, now), QStringLiteral("schreibt…"));
        const qint64 morning = QDateTime(QDate(2024, 3, 5), QTime(9, 15)).toMSecsSinceEpoch();
        QVERIFY(LastSeenFormatter::format({ false, false, 0, morning }, now)
                    .startsWith(QStringLiteral("zuletzt online heute um")));
        QString error;
        QVERIFY(!Jid::parse(QString(), &error));
        QCOMPARE(error, QStringLiteral("Gib eine Adresse wie name@example.org ein."));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
