// QtQuickTest runner for every tst_*.qml in this folder, with Natter's static QML modules
// (Natter.Models, Natter.Ui) importable and the Material style the app uses. Settings live in a
// test-only location and start empty. Add a test by dropping a tst_*.qml file here; begin its
// init() with failOnWarning(/.?/) and create objects there, so every QML warning fails it.
#include <QCoreApplication>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QSettings>
#include <QStandardPaths>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("NatterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Where a test may save screenshots for a person to look at; empty: none are saved.
        engine->globalObject().setProperty(
            QStringLiteral("natterShotDir"), qEnvironmentVariable("NATTER_SHOT_DIR"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(natter_qml, Setup)

#include "main.moc"
