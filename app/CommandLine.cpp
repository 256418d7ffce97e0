#include "CommandLine.h"

#include "XmppUri.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace Natter {

CommandLine CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Natter, a desktop XMPP messenger."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine",
            "Keep all state (database, settings, media) in <dir>, so several people can run "
            "Natter side by side."),
        QStringLiteral("dir"));
    parser.addOption(profile);
    parser.addPositionalArgument(QStringLiteral("uri"),
        QCoreApplication::translate(
            "CommandLine", "An xmpp: link to open, e.g. xmpp:alice@example.org?message."),
        QStringLiteral("[uri]"));
    parser.process(app);

    CommandLine result;
    result.profileDir = parser.value(profile);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "CommandLine", "Natter opens one xmpp: link at a time.\n")),
            stderr);
        std::exit(1);
    }
    if (!positional.isEmpty()) {
        QString error;
        if (!XmppUri::parse(positional.first(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            std::exit(1);
        }
        result.uri = positional.first();
    }
    return result;
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
