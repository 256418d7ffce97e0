#pragma once

#include <QString>

class QCoreApplication;

namespace Natter {

// What the person asked for on the command line. --help and --version exit in parse(), and so
// does an xmpp: link that is not valid.
struct CommandLine
{
    QString profileDir;
    // An xmpp: link to open (RFC 5122), as passed by the desktop's URI handler; empty when none.
    QString uri;

    static CommandLine parse(const QCoreApplication &app);
    // True when the arguments only ask for --help or --version, which need no display.
    static bool wantsTextOnly(int argc, char **argv);
};

} // namespace Natter
