#include "CommandLine.h"

#include "Jid.h"
#include "XmppUri.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace Natter {

namespace {

// A password is short; anything bigger is the wrong file, and is not read into memory.
constexpr qint64 MaxPasswordFileSize = 4096;

// lupdate files tr() in free functions here under "Natter"; the same context finds the translation.
QString tr(const char *text)
{
    return QCoreApplication::translate("Natter", text);
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Natter, a desktop XMPP messenger."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { QStringLiteral("profile"),
            tr("Keep all state (database, settings, media) in <dir>, so several people can run "
               "Natter side by side."),
            QStringLiteral("dir") },
        { QStringLiteral("sign-in"),
            tr("Sign in as <jid> at start, without the sign-in page. Needs --password-file."),
            QStringLiteral("jid") },
        { QStringLiteral("password-file"),
            tr("Read the --sign-in password from <file> (one line; a final newline is dropped). "
               "The file must be readable by you alone (chmod 600); Natter never deletes it, and "
               "never takes a password on the command line, where other users could see it."),
            QStringLiteral("file") },
        { QStringLiteral("host"),
            tr("Connect to <host> instead of looking up the --sign-in domain."),
            QStringLiteral("host") },
        { QStringLiteral("port"), tr("Connect to <port> (usually with --host)."),
            QStringLiteral("port") },
        { QStringLiteral("trust-certificate"),
            tr("Trust the server certificate(s) in <pem-file> for the --sign-in account, exactly "
               "as if you had accepted them in the certificate dialog: Natter pins them in the "
               "profile and then connects to a server presenting them although no certificate "
               "authority vouches for it. Use it only for a certificate you know, such as the "
               "demo server's."),
            QStringLiteral("pem-file") },
    });
    parser.addPositionalArgument(QStringLiteral("uri"),
        tr("An xmpp: link to open, e.g. xmpp:alice@example.org?message."), QStringLiteral("[uri]"));
}

// The mode as chmod writes it, for the message that asks to change it.
QString octalMode(QFileDevice::Permissions permissions)
{
    int mode = 0;
    int bit = 0400;
    for (const auto flag : { QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner,
             QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup,
             QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther }) {
        if (permissions.testFlag(flag))
            mode |= bit;
        bit >>= 1;
    }
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

std::optional<QString> readPasswordFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("--password-file: %1 does not exist.").arg(path);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = tr("--password-file: %1 is not a regular file.").arg(path);
        return std::nullopt;
    }
#ifdef Q_OS_UNIX
    // Like ssh with a private key: a secret others can read or replace is refused, not used.
    const auto othersMay = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & othersMay) {
        *error = tr("--password-file: %1 is accessible by other users (mode %2); make it yours "
                    "alone with: chmod 600 %1")
                     .arg(path, octalMode(info.permissions()));
        return std::nullopt;
    }
#endif
    if (info.size() > MaxPasswordFileSize) {
        *error = tr("--password-file: %1 is too big to hold a password.").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("--password-file: cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.read(MaxPasswordFileSize + 1);
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty()) {
        *error = tr("--password-file: %1 is empty.").arg(path);
        return std::nullopt;
    }
    return QString::fromUtf8(bytes);
}

std::optional<QList<QSslCertificate>> readCertificates(const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = tr("--trust-certificate: %1 is not a readable file.").arg(path);
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = tr("--trust-certificate: %1 holds no PEM certificate.").arg(path);
        return std::nullopt;
    }
    return certificates;
}

// Fills the --sign-in part of result; false with a reason when it is not usable.
bool takeSignIn(const QCommandLineParser &parser, CommandLine &result, QString *error)
{
    const QString signIn = QStringLiteral("sign-in");
    if (!parser.isSet(signIn)) {
        for (const char *option : { "password-file", "host", "port", "trust-certificate" }) {
            if (parser.isSet(QLatin1String(option))) {
                *error = tr("--%1 works only together with --sign-in.").arg(QLatin1String(option));
                return false;
            }
        }
        return true;
    }
    QString reason;
    const auto jid = Jid::parse(parser.value(signIn), &reason);
    if (!jid) {
        *error = tr("--sign-in: %1").arg(reason);
        return false;
    }
    result.signInJid = jid->bare();
    const QString passwordFile = QStringLiteral("password-file");
    if (!parser.isSet(passwordFile)) {
        *error = tr("--sign-in needs --password-file <file>: Natter never takes a password on "
                    "the command line.");
        return false;
    }
    const auto password = readPasswordFile(parser.value(passwordFile), error);
    if (!password)
        return false;
    result.password = *password;
    result.host = parser.value(QStringLiteral("host")).trimmed();
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        result.port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || result.port < 1 || result.port > 65535) {
            *error = tr("--port must be a number from 1 to 65535.");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("trust-certificate"))) {
        const auto certificates
            = readCertificates(parser.value(QStringLiteral("trust-certificate")), error);
        if (!certificates)
            return false;
        result.trustedCertificates = *certificates;
    }
    return true;
}

std::optional<CommandLine> fromParser(const QCommandLineParser &parser, QString *error)
{
    CommandLine result;
    result.profileDir = parser.value(QStringLiteral("profile"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = tr("Natter opens one xmpp: link at a time.");
        return std::nullopt;
    }
    if (!positional.isEmpty()) {
        if (!XmppUri::parse(positional.first(), error))
            return std::nullopt;
        result.uri = positional.first();
    }
    if (!takeSignIn(parser, result, error))
        return std::nullopt;
    return result;
}

} // namespace

CommandLine CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    describe(parser);
    // --help, --version and unknown options print and exit here.
    parser.process(app);
    QString error;
    const auto result = fromParser(parser, &error);
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    return *result;
}

std::optional<CommandLine> CommandLine::fromArguments(const QStringList &arguments, QString *error)
{
    QString ignored;
    QString &reason = error ? *error : ignored;
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(arguments)) {
        reason = parser.errorText();
        return std::nullopt;
    }
    return fromParser(parser, &reason);
}

bool CommandLine::wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : { "-h", "--help", "--help-all", "-v", "--version" }) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace Natter
