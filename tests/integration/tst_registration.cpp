// In-band registration (XEP-0077) against the real ejabberd fixture: the form, a new account that
// can then sign in, and the server's own words when the name is taken or the form is empty.
#include "AccountSession.h"
#include "ProfilePaths.h"
#include "RegistrationService.h"
#include "RegistrationSync.h"
#include "Session.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Natter;

namespace {
QString uniqueName(const QString &prefix)
{
    return prefix + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

void setField(RegistrationForm &form, const QString &key, const QString &value)
{
    for (auto &field : form.fields) {
        if (field.key == key)
            field.value = value;
    }
}

struct Refusal
{
    RegistrationSync::Failure failure = RegistrationSync::Failure::Other;
    QString text;
};
} // namespace

class TestRegistration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.load(&error), qPrintable(error));
    }

    void serverOffersItsForm()
    {
        RegistrationSync sync;
        const RegistrationForm form = fetchForm(sync, serverSettings());
        QVERIFY(!form.isDataForm);
        QVERIFY2(!form.instructions.isEmpty(), "ejabberd explains its form");
        QCOMPARE(form.fields.size(), 2);
        QCOMPARE(form.fields.at(0).key, QStringLiteral("username"));
        QCOMPARE(form.fields.at(0).type, RegistrationField::Type::TextSingle);
        QVERIFY(form.fields.at(0).required);
        QCOMPARE(form.fields.at(1).key, QStringLiteral("password"));
        QCOMPARE(form.fields.at(1).type, RegistrationField::Type::TextPrivate);
        QVERIFY(form.fields.at(1).required);
    }

    void newAccountCanSignIn()
    {
        const QString name = uniqueName(QStringLiteral("newcomer"));
        const QString password = QStringLiteral("a long passphrase");
        RegistrationSync sync;
        RegistrationForm form = fetchForm(sync, serverSettings());
        QVERIFY(!form.isEmpty());
        setField(form, QStringLiteral("username"), name);
        setField(form, QStringLiteral("password"), password);
        QSignalSpy registered(&sync, &RegistrationSync::registered);
        QSignalSpy failed(&sync, &RegistrationSync::failed);
        sync.submit(form);
        QVERIFY(registered.wait(15000));
        QCOMPARE(failed.count(), 0);

        Session session;
        QSignalSpy connected(&session, &Session::connected);
        session.connectToServer(m_server.settingsFor(name + u'@' + m_server.domain(), password));
        QVERIFY2(connected.wait(15000), qPrintable(session.errorText()));
        QCOMPARE(session.state(), ConnectionState::Connected);
    }

    void takenNameGetsServersText()
    {
        const QString taken = m_server.createAccount(QStringLiteral("taken"), QStringLiteral("x"));
        QVERIFY(!taken.isEmpty());
        RegistrationSync sync;
        RegistrationForm form = fetchForm(sync, serverSettings());
        QVERIFY(!form.isEmpty());
        setField(form, QStringLiteral("username"), taken.section(u'@', 0, 0));
        setField(form, QStringLiteral("password"), QStringLiteral("another"));
        const Refusal refusal = submitExpectingRefusal(sync, form);
        QCOMPARE(refusal.failure, RegistrationSync::Failure::NameTaken);
        // The server's own <text/>, not our fallback sentence.
        QCOMPARE(refusal.text, QStringLiteral("User already exists"));

        // The stream stays usable: another name on the same form goes through.
        setField(form, QStringLiteral("username"), uniqueName(QStringLiteral("second-try")));
        QSignalSpy registered(&sync, &RegistrationSync::registered);
        sync.submit(form);
        QVERIFY(registered.wait(15000));
    }

    void emptySubmissionIsRefusedClearly()
    {
        RegistrationSync sync;
        const RegistrationForm form = fetchForm(sync, serverSettings());
        QVERIFY(!form.isEmpty());
        const Refusal refusal = submitExpectingRefusal(sync, form);
        QCOMPARE(refusal.failure, RegistrationSync::Failure::InvalidFields);
        QCOMPARE(refusal.text, QStringLiteral("Malformed username"));
    }

    void formIsResentAfterTheServerClosedTheStream()
    {
        RegistrationSync sync;
        RegistrationForm form = fetchForm(sync, serverSettings());
        QVERIFY(!form.isEmpty());
        QVERIFY(sync.hasOpenStream());
        sync.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.hasOpenStream(), 10000);
        const QString name = uniqueName(QStringLiteral("later"));
        setField(form, QStringLiteral("username"), name);
        setField(form, QStringLiteral("password"), QStringLiteral("pw later"));
        QSignalSpy registered(&sync, &RegistrationSync::registered);
        sync.submit(form);
        QVERIFY(registered.wait(15000));
        const QString users
            = m_server.ctl({ QStringLiteral("registered_users"), m_server.domain() });
        QVERIFY2(users.split(u'\n').contains(name), qPrintable(users));
    }

    void unpinnedCertificateIsReportedNotIgnored()
    {
        ConnectionSettings settings = serverSettings();
        settings.pinnedCertificates.clear();
        RegistrationSync sync;
        QSignalSpy untrusted(&sync, &RegistrationSync::untrustedCertificate);
        QSignalSpy failed(&sync, &RegistrationSync::failed);
        QSignalSpy received(&sync, &RegistrationSync::formReceived);
        sync.fetchForm(settings);
        QVERIFY(untrusted.wait(15000));
        QCOMPARE(untrusted.first().first().value<QSslCertificate>(), m_server.certificate());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.first().first().value<RegistrationSync::Failure>(),
            RegistrationSync::Failure::Untrusted);
        QCOMPARE(received.count(), 0);
    }

    void serviceChecksInputThenSignsTheNewAccountIn()
    {
        QTemporaryDir dir;
        ProfilePaths profile(dir.path());
        QVERIFY(profile.ensureExists());
        AccountSession account(profile);
        RegistrationService service;
        service.setAccount(&account);

        service.fetchForm(QStringLiteral("not a server@"));
        QVERIFY(!service.errorText().isEmpty());
        QCOMPARE(service.step(), RegistrationService::Step::Idle);

        // The fixture's self-signed certificate is refused until the person trusts exactly it.
        QSignalSpy pending(&service, &RegistrationService::pendingCertificateChanged);
        service.fetchForm(m_server.domain(), m_server.host(), m_server.c2sPort());
        QVERIFY(service.errorText().isEmpty());
        QVERIFY(pending.wait(15000));
        QTRY_COMPARE_WITH_TIMEOUT(service.step(), RegistrationService::Step::Idle, 15000);
        QVERIFY(!service.errorText().isEmpty());
        const QString fingerprint = QString::fromLatin1(
            m_server.certificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        QVERIFY2(service.pendingCertificateText().contains(fingerprint),
            qPrintable(service.pendingCertificateText()));
        service.trustCertificate();
        QTRY_COMPARE_WITH_TIMEOUT(service.step(), RegistrationService::Step::FormReady, 15000);
        QVERIFY(service.pendingCertificateText().isEmpty());
        QCOMPARE(service.form().fields.size(), 2);

        service.submit();
        QCOMPARE(service.errorText(), QStringLiteral("Fill in: Username, Password."));
        QCOMPARE(service.step(), RegistrationService::Step::FormReady);

        service.setFieldValue(0, QStringLiteral("has@at"));
        service.setFieldValue(1, QStringLiteral("pw"));
        service.submit();
        QVERIFY(service.errorText().contains(u'@'));
        QCOMPARE(service.step(), RegistrationService::Step::FormReady);

        const QString name = uniqueName(QStringLiteral("via-service"));
        QSignalSpy registered(&service, &RegistrationService::registered);
        service.setFieldValue(0, name);
        service.submit();
        QVERIFY(service.errorText().isEmpty());
        QVERIFY(registered.wait(15000));
        const QString jid = name + u'@' + m_server.domain();
        QCOMPARE(registered.first().first().toString(), jid);
        // The credentials went to the account's own sign-in.
        QCOMPARE(account.session()->settings().jid.bare(), jid);
        QVERIFY(service.step() == RegistrationService::Step::SigningIn
            || service.step() == RegistrationService::Step::Done);
    }

private:
    ConnectionSettings serverSettings() const
    {
        return m_server.settingsFor(m_server.domain(), {});
    }

    static RegistrationForm fetchForm(RegistrationSync &sync, const ConnectionSettings &settings)
    {
        RegistrationForm form;
        QString failure;
        QObject context;
        QObject::connect(&sync, &RegistrationSync::formReceived, &context,
            [&](const RegistrationForm &received) { form = received; });
        QObject::connect(&sync, &RegistrationSync::failed, &context,
            [&](RegistrationSync::Failure, const QString &text) { failure = text; });
        sync.fetchForm(settings);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!form.isEmpty() || !failure.isEmpty(), 15000); }();
        if (!failure.isEmpty())
            qWarning("fetching the form failed: %s", qPrintable(failure));
        return form;
    }

    static Refusal submitExpectingRefusal(RegistrationSync &sync, const RegistrationForm &form)
    {
        Refusal refusal;
        bool refused = false;
        QObject context;
        QObject::connect(&sync, &RegistrationSync::failed, &context,
            [&](RegistrationSync::Failure failure, const QString &text) {
                refusal = { failure, text };
                refused = true;
            });
        sync.submit(form);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(refused, 15000); }();
        return refusal;
    }

    Test::TestServer m_server;
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
