#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
    parser.process(app);

    CommandLine result;
    result.profileDir = parser.value(profile);
    return result;
}

} // namespace Natter
