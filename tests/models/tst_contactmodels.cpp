// The contact models over a ContactService whose roster comes from the stored history, checked
// with QAbstractItemModelTester: list order and roles, details, requests and the block list.
#include "AccountSession.h"
#include "ActivityService.h"
#include "Await.h"
#include "BlockedContactModel.h"
#include "ContactDetails.h"
#include "ContactListModel.h"
#include "ContactService.h"
#include "ContactStore.h"
#include "HistoryService.h"
#include "SubscriptionRequestModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Natter;
using Natter::Test::await;

namespace {
const QString Me = QStringLiteral("me@example.org");

Contact contact(
    const QString &jid, const QString &name, Subscription subscription, bool pending = false)
{
    Contact c;
    c.jid = jid;
    c.name = name;
    c.subscription = subscription;
    c.pendingOut = pending;
    return c;
}
} // namespace

class TestContactModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ProfilePaths profile(m_dir.path());
        QVERIFY(profile.ensureExists());
        QSettings(profile.settings(), QSettings::IniFormat)
            .setValue(QStringLiteral("account/jid"), Me);
        HistoryService history(profile.database());
        const qint64 id = await(history.ensureAccount(Me));
        QVERIFY(id > 0);
        ContactStore store(history.database());
        QVERIFY(await(store.saveRoster(id,
            { contact(QStringLiteral("zoe@example.org"), QStringLiteral("Zoë Adams"),
                  Subscription::Both),
                contact(QStringLiteral("bob@example.org"), {}, Subscription::None, true),
                contact(QStringLiteral("amy@example.org"), QStringLiteral("amy lee"),
                    Subscription::To) },
            {}, true, QStringLiteral("v1"))));
        m_lastSeen = QDateTime::currentMSecsSinceEpoch() - qint64 { 5 } * 60 * 1000;
        QVERIFY(await(store.setLastSeen(id, QStringLiteral("zoe@example.org"), m_lastSeen)));
        QVERIFY(await(store.saveBlockedJids(id, { QStringLiteral("spam@example.net") })));
        QCOMPARE(await(store.rosterVersion(id)), QStringLiteral("v1"));
    }

    void listsStoredContactsSortedByName()
    {
        AccountSession account { ProfilePaths(m_dir.path()) };
        ContactListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setService(account.contacts());
        QTRY_COMPARE(model.rowCount(), 3);
        auto at = [&model](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(at(0, ContactListModel::NameRole).toString(), QStringLiteral("amy lee"));
        QCOMPARE(at(1, ContactListModel::NameRole).toString(), QStringLiteral("bob"));
        QCOMPARE(at(2, ContactListModel::NameRole).toString(), QStringLiteral("Zoë Adams"));
        QCOMPARE(at(2, ContactListModel::InitialsRole).toString(), QStringLiteral("ZA"));
        QCOMPARE(at(2, ContactListModel::JidRole).toString(), QStringLiteral("zoe@example.org"));
        QCOMPARE(at(2, ContactListModel::SubscriptionRole).toString(), QStringLiteral("both"));
        QCOMPARE(at(2, ContactListModel::PresenceRole).toString(), QStringLiteral("offline"));
        QVERIFY(at(2, ContactListModel::ActivityRole)
                    .toString()
                    .startsWith(QStringLiteral("last seen")));
        QVERIFY(at(1, ContactListModel::PendingRole).toBool());
        QVERIFY(at(0, ContactListModel::ColorRole).value<QColor>().isValid());
        QVERIFY(at(0, ContactListModel::AvatarRole).toUrl().isEmpty());
        QVERIFY(!at(0, ContactListModel::BlockedRole).toBool());
        // The same JID always gets the same colour (XEP-0392).
        QCOMPARE(at(0, ContactListModel::ColorRole),
            ContactListModel::value(account.contacts()->view(QStringLiteral("amy@example.org")),
                ContactListModel::ColorRole));
        QVERIFY(model.roleNames().values().contains("activity"));

        // A filter keeps the contacts whose name or address contains it, whatever the case.
        QSignalSpy filterChanged(&model, &ContactListModel::filterChanged);
        model.setFilter(QStringLiteral("ZOË"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(at(0, ContactListModel::JidRole).toString(), QStringLiteral("zoe@example.org"));
        model.setFilter(QStringLiteral("bob@"));
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(QStringLiteral("nobody"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(filterChanged.count(), 4);
    }

    void detailsFollowOneContact()
    {
        AccountSession account { ProfilePaths(m_dir.path()) };
        ContactDetails details;
        QSignalSpy changed(&details, &ContactDetails::changed);
        details.setService(account.contacts());
        details.setJid(QStringLiteral("zoe@example.org"));
        QTRY_COMPARE(details.name(), QStringLiteral("Zoë Adams"));
        QCOMPARE(details.subscription(), QStringLiteral("both"));
        QCOMPARE(details.presence(), QStringLiteral("offline"));
        QVERIFY(details.activity().startsWith(QStringLiteral("last seen")));
        QVERIFY(details.inRoster());
        QVERIFY(!details.blocked());
        QVERIFY(changed.count() > 0);
        QCOMPARE(
            account.contacts()->activity()->activity(QStringLiteral("zoe@example.org")).lastSeenMs,
            m_lastSeen);
    }

    void requestsAndBlockedLists()
    {
        AccountSession account { ProfilePaths(m_dir.path()) };
        SubscriptionRequestModel requests;
        QAbstractItemModelTester requestTester(
            &requests, QAbstractItemModelTester::FailureReportingMode::QtTest);
        requests.setService(account.contacts());
        BlockedContactModel blocked;
        QAbstractItemModelTester blockedTester(
            &blocked, QAbstractItemModelTester::FailureReportingMode::QtTest);
        blocked.setService(account.contacts());
        QTRY_COMPARE(blocked.rowCount(), 1);
        QCOMPARE(blocked.data(blocked.index(0), SubscriptionRequestModel::JidRole).toString(),
            QStringLiteral("spam@example.net"));
        QCOMPARE(blocked.data(blocked.index(0), SubscriptionRequestModel::NameRole).toString(),
            QStringLiteral("spam"));
        QVERIFY(account.contacts()->isBlocked(QStringLiteral("SPAM@example.net")));
        QCOMPARE(requests.rowCount(), 0);
        // Offline, nothing can be sent: the person is told why.
        QVERIFY(!account.contacts()->unblock(QStringLiteral("spam@example.net")));
        QVERIFY(!account.contacts()->errorText().isEmpty());
        QVERIFY(!account.contacts()->addContact(QStringLiteral("not a jid@")));
        QVERIFY(!account.contacts()->errorText().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    qint64 m_lastSeen = 0;
};

QTEST_MAIN(TestContactModels)
#include "tst_contactmodels.moc"
