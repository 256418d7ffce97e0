#include "CommandLine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Natter::CommandLine;

namespace {
// A throw-away self-signed certificate (CN=demo.test); only its bytes matter here.
const QByteArray DemoCertificate
    = "-----BEGIN CERTIFICATE-----\n"
      "MIIBgDCCASWgAwIBAgIUStOaBx6BfiFxSmq+Nlm4q6VFXe0wCgYIKoZIzj0EAwIw\n"
      "FDESMBAGA1UEAwwJZGVtby50ZXN0MCAXDTI2MTEyODA3NTA0NFoYDzIxMjYxMTA0\n"
      "MDc1MDQ0WjAUMRIwEAYDVQQDDAlkZW1vLnRlc3QwWTATBgcqhkjOPQIBBggqhkjO\n"
      "PQMBBwNCAASu02QAKSA5ul9i9rpCNHvdE5ID6tjGVCZQ/LOwRagkoPZN5hrp0y/k\n"
      "jlRu0yYH0CxDy1vbuOYseischM2EyUaeo1MwUTAdBgNVHQ4EFgQU2O6Inv2lU+eC\n"
      "XcwXXGGZtHBDGKMwHwYDVR0jBBgwFoAU2O6Inv2lU+eCXcwXXGGZtHBDGKMwDwYD\n"
      "VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNJADBGAiEA1qa3XHH6hwEK5zLe1oY/\n"
      "Vw5o4FGwHyVo7NST9yjMUNYCIQDhR0p1BOYFqyBfXND7ACDSme8hIXYxqtrPrt4j\n"
      "ayYtYw==\n"
      "-----END CERTIFICATE-----\n";
const QString Secret = QStringLiteral("s3cret-ü");
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content,
        QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        file.close();
        file.setPermissions(permissions);
        return path;
    }

    static std::optional<CommandLine> parse(const QStringList &arguments, QString *error)
    {
        return CommandLine::fromArguments(
            QStringList { QStringLiteral("natter") } + arguments, error);
    }

    QStringList signInWith(const QString &passwordFile)
    {
        return { QStringLiteral("--sign-in"), QStringLiteral("alice@localhost"),
            QStringLiteral("--password-file"), passwordFile };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void noArgumentsMeanNoSignIn()
    {
        QString error;
        const auto options = parse({}, &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(options->profileDir.isEmpty());
        QVERIFY(options->uri.isEmpty());
        QVERIFY(options->signInJid.isEmpty());
        QVERIFY(options->password.isEmpty());
        QCOMPARE(options->port, 0);
    }

    void profileAndLinkStillWork()
    {
        QString error;
        const auto options = parse({ QStringLiteral("--profile"), QStringLiteral("/tmp/p"),
                                       QStringLiteral("xmpp:bob@example.org") },
            &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->profileDir, QStringLiteral("/tmp/p"));
        QCOMPARE(options->uri, QStringLiteral("xmpp:bob@example.org"));
        QVERIFY(!parse({ QStringLiteral("xmpp:") }, &error));
        QVERIFY(!parse({ QStringLiteral("--no-such-option") }, &error));
        QVERIFY(error.contains(QStringLiteral("no-such-option")));
    }

    void signInReadsPasswordFromPrivateFile()
    {
        const QString file = writeFile(QStringLiteral("ok.password"), Secret.toUtf8() + "\n");
        const QString cert = writeFile(QStringLiteral("server.crt"), DemoCertificate);
        QString error;
        const auto options
            = parse({ QStringLiteral("--sign-in"), QStringLiteral("Alice@LocalHost/phone"),
                        QStringLiteral("--password-file"), file, QStringLiteral("--host"),
                        QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                        QStringLiteral("5299"), QStringLiteral("--trust-certificate"), cert },
                &error);
        QVERIFY2(options, qPrintable(error));
        // The pin and the account are keyed by the bare JID, as the sign-in page does.
        QCOMPARE(options->signInJid, QStringLiteral("alice@localhost"));
        QCOMPARE(options->password, Secret);
        QCOMPARE(options->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(options->port, 5299);
        QCOMPARE(options->trustedCertificates.size(), 1);
        QCOMPARE(options->trustedCertificates.first().toPem(), DemoCertificate);
        // Natter removes nothing the person owns.
        QVERIFY(QFile::exists(file));
    }

    void onlyOneFinalNewlineIsDropped()
    {
        const QString file = writeFile(QStringLiteral("crlf.password"), "pass word \r\n\n");
        QString error;
        const auto options = parse(signInWith(file), &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->password, QStringLiteral("pass word \r\n"));
        const QString crlf = writeFile(QStringLiteral("crlf2.password"), "pw\r\n");
        QCOMPARE(parse(signInWith(crlf), &error)->password, QStringLiteral("pw"));
    }

    void passwordFileOthersCanAccessIsRefused_data()
    {
        QTest::addColumn<int>("extra");
        QTest::addColumn<QString>("mode");
        QTest::newRow("group-readable") << int(QFileDevice::ReadGroup) << QStringLiteral("0640");
        QTest::newRow("world-readable") << int(QFileDevice::ReadOther) << QStringLiteral("0604");
        QTest::newRow("group-writable") << int(QFileDevice::WriteGroup) << QStringLiteral("0620");
        QTest::newRow("world-writable") << int(QFileDevice::WriteOther) << QStringLiteral("0602");
    }

    void passwordFileOthersCanAccessIsRefused()
    {
#ifndef Q_OS_UNIX
        QSKIP("file modes are a Unix notion");
#endif
        QFETCH(int, extra);
        QFETCH(QString, mode);
        const auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::Permissions(QFileDevice::Permission(extra));
        const QString file
            = writeFile(QStringLiteral("open.password"), Secret.toUtf8(), permissions);
        QString error;
        QVERIFY(!parse(signInWith(file), &error));
        QVERIFY2(error.contains(mode), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("chmod 600")), qPrintable(error));
        QVERIFY(!error.contains(Secret));
        QVERIFY(QFile::exists(file));
    }

    void unusablePasswordFilesAreRefused()
    {
        QString error;
        QVERIFY(!parse(signInWith(m_dir.filePath(QStringLiteral("missing"))), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));

        QVERIFY(!parse(signInWith(m_dir.path()), &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));

        QVERIFY(!parse(signInWith(writeFile(QStringLiteral("empty"), "\n")), &error));
        QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));

        QVERIFY(
            !parse(signInWith(writeFile(QStringLiteral("big"), QByteArray(5000, 'x'))), &error));
        QVERIFY2(error.contains(QStringLiteral("too big")), qPrintable(error));
    }

    void signInNeedsPasswordFile()
    {
        QString error;
        QVERIFY(!parse({ QStringLiteral("--sign-in"), QStringLiteral("alice@localhost") }, &error));
        QVERIFY2(error.contains(QStringLiteral("--password-file")), qPrintable(error));
    }

    void signInOptionsNeedSignIn_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString file = QStringLiteral("/nonexistent");
        QTest::newRow("password-file") << QStringList { QStringLiteral("--password-file"), file };
        QTest::newRow("host") << QStringList { QStringLiteral("--host"), QStringLiteral("h") };
        QTest::newRow("port") << QStringList { QStringLiteral("--port"), QStringLiteral("5222") };
        QTest::newRow("trust-certificate")
            << QStringList { QStringLiteral("--trust-certificate"), file };
    }

    void signInOptionsNeedSignIn()
    {
        QFETCH(QStringList, arguments);
        QString error;
        QVERIFY(!parse(arguments, &error));
        QVERIFY2(error.contains(QStringLiteral("--sign-in")), qPrintable(error));
    }

    void badJidOrPortIsRefused()
    {
        const QString file = writeFile(QStringLiteral("port.password"), "pw");
        QString error;
        QVERIFY(!parse({ QStringLiteral("--sign-in"), QStringLiteral("@nodomain"),
                           QStringLiteral("--password-file"), file },
            &error));
        QVERIFY2(error.startsWith(QStringLiteral("--sign-in")), qPrintable(error));
        for (const QString &port :
            { QStringLiteral("0"), QStringLiteral("65536"), QStringLiteral("x") }) {
            QVERIFY(
                !parse(signInWith(file) + QStringList { QStringLiteral("--port"), port }, &error));
            QVERIFY2(error.contains(QStringLiteral("65535")), qPrintable(error));
        }
    }

    void trustCertificateNeedsPem()
    {
        const QString file = writeFile(QStringLiteral("cert.password"), "pw");
        QString error;
        const QString notPem = writeFile(QStringLiteral("not.pem"), "hello");
        QVERIFY(
            !parse(signInWith(file) + QStringList { QStringLiteral("--trust-certificate"), notPem },
                &error));
        QVERIFY2(error.contains(QStringLiteral("no PEM certificate")), qPrintable(error));
        QVERIFY(!parse(signInWith(file)
                + QStringList { QStringLiteral("--trust-certificate"),
                    m_dir.filePath(QStringLiteral("absent.pem")) },
            &error));
        QVERIFY2(error.contains(QStringLiteral("absent.pem")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
