#pragma once

#include <QString>

class QCoreApplication;

namespace Natter {

// What the person asked for on the command line. --help and --version exit in parse().
struct CommandLine
{
    QString profileDir;

    static CommandLine parse(const QCoreApplication &app);
};

} // namespace Natter
