#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace Natter {

// What the person asked for on the command line. --help and --version exit in parse(), and so
// does an xmpp: link that is not valid.
struct CommandLine
{
    QString profileDir;
    // An xmpp: link to open (RFC 5122), as passed by the desktop's URI handler; empty when none.
    QString uri;

    // --sign-in: the bare JID to sign in without the sign-in page; empty when not asked for.
    QString signInJid;
    // Read from --password-file, never taken from the command line, where ps would show it.
    QString password;
    QString host;
    int port = 0;
    // --trust-certificate: the person's explicit decision, pinned like the certificate dialog's.
    QList<QSslCertificate> trustedCertificates;

    static CommandLine parse(const QCoreApplication &app);
    // The same rules without exiting: arguments start with the program name. Returns nothing,
    // with a reason for a person, when they are not usable; --help and --version are not handled.
    static std::optional<CommandLine> fromArguments(
        const QStringList &arguments, QString *error = nullptr);
    // True when the arguments only ask for --help or --version, which need no display.
    static bool wantsTextOnly(int argc, char **argv);
};

} // namespace Natter
