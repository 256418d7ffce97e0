// Wires the objects together and loads Main.qml; nothing else belongs here.
#include "AccountSession.h"
#include "AppSettings.h"
#include "CommandLine.h"
#include "DesktopNotifier.h"
#include "EmojiFallback.h"
#include "ImageProviders.h"
#include "InstanceService.h"
#include "LinkService.h"
#include "MediaBackend.h"
#include "NotificationService.h"
#include "Notifier.h"
#include "ProfileLock.h"
#include "ProfilePaths.h"
#include "Translations.h"
#include "TrayIcon.h"
#include "UnreadCounter.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QWindow>

Q_IMPORT_QML_PLUGIN(Natter_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Natter_UiPlugin)

// The person asked for this on the command line (the demo does); a wrong password or an unknown
// certificate then shows the sign-in page or the certificate dialog as usual.
static void signInFromCommandLine(
    Natter::AccountSession &session, const Natter::CommandLine &options)
{
    if (options.signInJid.isEmpty())
        return;
    // --trust-certificate is an explicit decision: the same exact pin the certificate dialog makes.
    if (!options.trustedCertificates.isEmpty())
        session.pinCertificates(options.signInJid, options.trustedCertificates);
    session.signIn(options.signInJid, options.password, options.host, options.port);
}

static void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Natter"));
    QCoreApplication::setOrganizationName(QStringLiteral("Natter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NATTER_VERSION));
}

int main(int argc, char *argv[])
{
    // --help and --version print and exit in parse(); they must work without a display.
    if (Natter::CommandLine::wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Natter::CommandLine::parse(app);
        return 0;
    }

    Natter::MediaBackend::select();
    // QApplication, not QGuiApplication: the tray icon and its menu are widgets.
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("im.natter.Natter"));
    Natter::Translations translations;

    const Natter::CommandLine options = Natter::CommandLine::parse(app);
    const Natter::ProfilePaths profile(options.profileDir);
    QString error;
    if (!profile.ensureExists(&error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    // One instance per profile: two writers would fight over the history and the outbox.
    // A second launch hands its link to the running instance, which raises its window.
    Natter::ProfileLock lock(profile.lockFile());
    const auto status = lock.tryLock();
    if (status == Natter::ProfileLock::Status::HeldByOther
        && Natter::InstanceService::sendToRunning(profile.root(), options.uri))
        return 0;
    if (status != Natter::ProfileLock::Status::Acquired) {
        qCritical("%s", qPrintable(lock.errorString()));
        return 1;
    }
    Natter::InstanceService instance(profile.root());
    instance.listen();

    Natter::AccountSession session(profile);
    translations.follow(session.appSettings());
    signInFromCommandLine(session, options);

    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Material"));
    Natter::EmojiFallback::install();
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({ { QStringLiteral("session"), QVariant::fromValue(&session) },
        { QStringLiteral("trayAvailable"), Natter::TrayIcon::isAvailable() } });
    Natter::addImageProviders(engine, &session);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    QObject::connect(
        &translations, &Natter::Translations::languageApplied, &engine, &QQmlEngine::retranslate);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Natter/Ui/Main.qml")));

    Natter::TrayIcon tray(session.unreadCounter());
    tray.setWindow(qobject_cast<QWindow *>(engine.rootObjects().value(0)));
    const std::unique_ptr<Natter::Notifier> notifier = Natter::createDesktopNotifier(&tray);
    session.notifications()->setNotifier(notifier.get());
    tray.setCloseToTray(session.appSettings()->closeToTray());
    QObject::connect(session.appSettings(), &Natter::AppSettings::closeToTrayChanged, &tray,
        [&] { tray.setCloseToTray(session.appSettings()->closeToTray()); });
    QObject::connect(&instance, &Natter::InstanceService::activationRequested, &session,
        [&](const QString &uri) {
            tray.showWindow();
            if (!uri.isEmpty())
                session.links()->open(uri);
        });
    if (!options.uri.isEmpty())
        QMetaObject::invokeMethod(
            session.links(), [&] { session.links()->open(options.uri); }, Qt::QueuedConnection);
    return QApplication::exec();
}
