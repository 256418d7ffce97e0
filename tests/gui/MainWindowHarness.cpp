#include "MainWindowHarness.h"

#include "AccountSession.h"
#include "ContactStore.h"
#include "EmojiFallback.h"
#include "HistoryService.h"
#include "ImageProviders.h"
#include "ProfilePaths.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QDir>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <algorithm>

namespace Natter::Test {

namespace {
QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg
        && !QString::fromUtf8(context.category).startsWith(u"natter."))
        g_warnings << message;
    g_previousHandler(type, context, message);
}
} // namespace

void QmlWarnings::install()
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (!g_previousHandler)
        g_previousHandler = qInstallMessageHandler(collect);
}

void QmlWarnings::clear()
{
    g_warnings.clear();
}

const QStringList &QmlWarnings::all()
{
    return g_warnings;
}

QQuickWindow *loadMainWindow(
    QQmlApplicationEngine &engine, AccountSession &session, const QVariantMap &extra)
{
    EmojiFallback::install();
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QVariantMap properties = extra;
    properties.insert(QStringLiteral("session"), QVariant::fromValue(&session));
    engine.setInitialProperties(properties);
    Natter::addImageProviders(engine, &session);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Natter/Ui/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (window && !QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

void saveScreenshot(QQuickWindow *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("NATTER_SCREENSHOTS");
    if (dir.isEmpty() || !window)
        return;
    window->grabWindow().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QQuickItem *findItem(QQuickItem *root, const QString &objectName)
{
    if (!root)
        return nullptr;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (child->objectName() == objectName)
            return child;
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    }
    return nullptr;
}

void typeText(QWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

QAbstractItemModel *openChat(QQuickWindow *window, const QString &peer, int rows)
{
    if (!window)
        return nullptr;
    window->requestActivate();
    QQuickItem *main = nullptr;
    if (!QTest::qWaitForWindowActive(window) || !QTest::qWaitFor([&] {
            return (main = findItem(window->contentItem(), QStringLiteral("mainPage")));
        })
        || !QMetaObject::invokeMethod(main, "openChat", Q_ARG(QString, peer), Q_ARG(int, 0)))
        return nullptr;
    auto *messages = window->findChild<QAbstractItemModel *>(QStringLiteral("conversationModel"));
    if (!messages || !QTest::qWaitFor([&] { return messages->rowCount() == rows; }))
        return nullptr;
    return messages;
}

void click(QQuickWindow *window, QQuickItem *item)
{
    // An item that just became visible sits where its layout puts it only after the next polish;
    // clicking before that would hit whatever was there (a busy machine gets there first).
    QVERIFY(QQuickTest::qWaitForPolish(window));
    // Material's popups fade in and out; a click during the fade lands on the popup's overlay.
    const auto fading = [window] {
        const auto objects = window->findChildren<QObject *>();
        return std::ranges::any_of(objects, [](const QObject *o) {
            return o->inherits("QQuickPopup") && o->property("visible").toBool()
                && !o->property("opened").toBool();
        });
    };
    QTRY_VERIFY(!fading());
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

qint64 prepareProfile(const QString &dir, const QList<std::pair<QString, QString>> &jidsAndNames)
{
    const ProfilePaths profile(dir);
    if (!profile.ensureExists())
        return 0;
    const QString me = QStringLiteral("me@example.org");
    QSettings(profile.settings(), QSettings::IniFormat).setValue(QStringLiteral("account/jid"), me);
    HistoryService history(profile.database());
    auto account = history.ensureAccount(me);
    account.waitForFinished();
    if (account.result() <= 0 || jidsAndNames.isEmpty())
        return account.result();
    QList<Contact> roster;
    for (const auto &[jid, name] : jidsAndNames) {
        Contact contact;
        contact.jid = jid;
        contact.name = name;
        contact.subscription = Subscription::Both;
        roster.append(contact);
    }
    auto saved = ContactStore(history.database())
                     .saveRoster(account.result(), roster, {}, true, QStringLiteral("1"));
    saved.waitForFinished();
    return saved.result() ? account.result() : 0;
}

qsizetype storeMessages(const QString &dir, qint64 accountId, const QList<SeedMessage> &seed)
{
    HistoryService history(ProfilePaths(dir).database());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Message> messages;
    for (const SeedMessage &row : seed) {
        Message m;
        m.accountId = accountId;
        m.peer = row.peer;
        m.direction = row.direction;
        m.body = row.body;
        m.timestamp = now - (seed.size() - messages.size()) * 60'000;
        m.stanzaId = QStringLiteral("seed%1").arg(messages.size());
        m.deliveryState = row.state;
        m.errorText = row.state == DeliveryState::Failed ? QStringLiteral("offline") : QString();
        m.read = true;
        messages.append(m);
    }
    auto stored = history.messages().insertMessages(messages);
    stored.waitForFinished();
    return stored.result().size();
}

RegistrationForm formWithEveryFieldType()
{
    using Type = RegistrationField::Type;
    const auto make = [](Type type, const char *key, const QVariant &value = {}) {
        RegistrationField field;
        field.type = type;
        field.key = QString::fromLatin1(key);
        field.label = QString::fromLatin1(key);
        field.value = value;
        return field;
    };
    RegistrationForm form;
    form.isDataForm = true;
    form.title = QStringLiteral("Join us");
    RegistrationField color = make(Type::ListSingle, "color", QStringLiteral("g"));
    color.options = { { QStringLiteral("Red"), QStringLiteral("r") },
        { QStringLiteral("Green"), QStringLiteral("g") } };
    RegistrationField topics = make(Type::ListMulti, "topics", QStringList());
    topics.options = { { QStringLiteral("News"), QStringLiteral("news") } };
    RegistrationField captcha = make(Type::Unsupported, "ocr");
    captcha.description = QStringLiteral("CAPTCHA not supported");
    form.fields = { make(Type::Hidden, "FORM_TYPE", QStringLiteral("jabber:iq:register")),
        make(Type::Fixed, "intro", QStringLiteral("Welcome")),
        make(Type::TextSingle, "username", QString()),
        make(Type::TextPrivate, "password", QString()), make(Type::Boolean, "tos", false), color,
        topics, make(Type::TextMulti, "about", QStringList()), captcha };
    return form;
}

} // namespace Natter::Test
