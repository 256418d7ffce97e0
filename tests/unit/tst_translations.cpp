// Translations: German is compiled in and used for a German locale; English, a missing file or a
// corrupt file leave the English source text.
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Natter;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsCompiledIn()
    {
        QTranslator translator;
        QVERIFY(loadTranslation(translator, QLocale(QLocale::German, QLocale::Austria)));
        QCOMPARE(translator.translate("SettingsPage", "Settings"), QStringLiteral("Einstellungen"));
        QCOMPARE(translator.translate("ChatListPage", "New chat"), QStringLiteral("Neuer Chat"));
        QCOMPARE(translator.translate("ChatDelegate", ", %n unread", nullptr, 3),
            QStringLiteral(", %n ungelesen"));
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

    void installFollowsTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("SettingsPage", "Appearance"),
            QStringLiteral("Darstellung"));
        // What the German file leaves out stays English rather than empty.
        QCOMPARE(QCoreApplication::translate("SettingsPage", "not in any file"),
            QStringLiteral("not in any file"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
