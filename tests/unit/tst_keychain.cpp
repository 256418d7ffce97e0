// The password keychain against a real Secret Service (gnome-keyring on a private D-Bus): a
// round trip, and no late callback into a Keychain or session that is gone (issue 17: a crash in
// QKeychain::Job::emitFinishedWithError, called by libsecret after the job's owner was deleted).
#include "AccountSession.h"
#include "Keychain.h"
#include "ProfilePaths.h"
#include "TestKeyring.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Natter;
using namespace Qt::StringLiterals;

namespace {

const QString Account = u"romeo@localhost"_s;
const QString Password = u"s3cret wörd"_s;
constexpr int Rounds = 20;

// What a callback finds when it runs: whether its owner was already destroyed.
struct Late
{
    bool ownerGone = false;
    int calledAfterwards = 0;
};

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        m_service = u"Natter test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void storesReadsAndDeletesForReal()
    {
        Keychain keychain(m_service);
        QSignalSpy unavailable(&keychain, &Keychain::unavailable);
        keychain.writePassword(Account, Password);
        QCOMPARE(read(keychain, Account), Password);
        keychain.deletePassword(Account);
        QCOMPARE(read(keychain, Account), QString());
        QVERIFY(unavailable.isEmpty());
        QVERIFY(keychain.isAvailable());
    }

    // The owner goes while libsecret still has its request: each round lets the jobs get a little
    // further (0..19 turns of the event loop) before deleting the Keychain, then runs the loop
    // until they have finished. The callback must not run, and nothing may touch a freed job.
    void keychainDestroyedWithJobsInFlight()
    {
        for (int round = 0; round < Rounds; ++round) {
            auto late = std::make_shared<Late>();
            auto *keychain = new Keychain(m_service);
            keychain->writePassword(Account, Password);
            keychain->readPassword(Account, [late](const QString &) {
                if (late->ownerGone)
                    ++late->calledAfterwards;
            });
            keychain->deletePassword(Account);
            turnEventLoop(round);
            delete keychain;
            late->ownerGone = true;
            QVERIFY2(drained(), qPrintable(u"round %1"_s.arg(round)));
            QCOMPARE(late->calledAfterwards, 0);
        }
    }

    // The same through the account session, as the app and tst_contacts delete it: a session with
    // a saved account reads its password as it is built.
    void sessionDestroyedWithPasswordReadInFlight()
    {
        QTemporaryDir dir;
        const ProfilePaths profile(dir.filePath(u"profile"_s));
        QVERIFY(profile.ensureExists());
        {
            QSettings settings(profile.settings(), QSettings::IniFormat);
            settings.setValue(u"account/jid"_s, Account);
            // Nobody listens there: a read that wins the race connects nowhere.
            settings.setValue(u"account/host"_s, u"127.0.0.1"_s);
            settings.setValue(u"account/port"_s, 9);
        }
        Keychain saved(u"Natter "_s + profile.root());
        saved.writePassword(Account, Password);
        QCOMPARE(read(saved, Account), Password);

        for (int round = 0; round < Rounds; ++round) {
            auto session = std::make_unique<AccountSession>(profile);
            QVERIFY(session->hasAccount());
            turnEventLoop(round);
            session.reset();
            QVERIFY2(drained(), qPrintable(u"round %1"_s.arg(round)));
        }
        saved.deletePassword(Account);
        QVERIFY(drained());
    }

private:
    // Starts the queued jobs, then lets them get `turns` steps further without finishing.
    static void turnEventLoop(int turns)
    {
        QCoreApplication::sendPostedEvents();
        for (int i = 0; i < turns; ++i)
            QCoreApplication::processEvents();
    }

    // QtKeychain runs one job at a time, in order: once a fresh read answers, every earlier job
    // has finished and any late callback has run.
    bool drained() const
    {
        Keychain keychain(m_service);
        return answer(keychain, u"nobody@localhost"_s).has_value();
    }

    static QString read(Keychain &keychain, const QString &account)
    {
        return answer(keychain, account).value_or(u"(no answer)"_s);
    }

    static std::optional<QString> answer(Keychain &keychain, const QString &account)
    {
        // Shared: after a timeout the callback may still come while keychain lives on.
        auto result = std::make_shared<std::optional<QString>>();
        keychain.readPassword(account, [result](const QString &password) { *result = password; });
        if (!QTest::qWaitFor([&result] { return result->has_value(); }, 10000))
            return std::nullopt;
        return *result;
    }

    TestKeyring m_keyring;
    QString m_service;
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
