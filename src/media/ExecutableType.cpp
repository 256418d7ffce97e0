#include "ExecutableType.h"

#include "FileNameSanitizer.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Natter {

namespace {
enum class Kind {
    WindowsProgram,
    Installer,
    Script,
    Launcher,
    MacApp,
    Java,
    LinuxProgram,
    Shortcut
};

// Extensions that a desktop's "open" runs, installs or hands to an interpreter.
constexpr auto Extensions = std::to_array<std::pair<QLatin1StringView, Kind>>({
    { "exe"_L1, Kind::WindowsProgram },
    { "com"_L1, Kind::WindowsProgram },
    { "scr"_L1, Kind::WindowsProgram },
    { "pif"_L1, Kind::WindowsProgram },
    { "cpl"_L1, Kind::WindowsProgram },
    { "dll"_L1, Kind::WindowsProgram },
    { "msi"_L1, Kind::Installer },
    { "msix"_L1, Kind::Installer },
    { "msp"_L1, Kind::Installer },
    { "appx"_L1, Kind::Installer },
    { "deb"_L1, Kind::Installer },
    { "rpm"_L1, Kind::Installer },
    { "pkg"_L1, Kind::Installer },
    { "mpkg"_L1, Kind::Installer },
    { "dmg"_L1, Kind::Installer },
    { "flatpakref"_L1, Kind::Installer },
    { "sh"_L1, Kind::Script },
    { "bash"_L1, Kind::Script },
    { "zsh"_L1, Kind::Script },
    { "csh"_L1, Kind::Script },
    { "ksh"_L1, Kind::Script },
    { "command"_L1, Kind::Script },
    { "bat"_L1, Kind::Script },
    { "cmd"_L1, Kind::Script },
    { "ps1"_L1, Kind::Script },
    { "vbs"_L1, Kind::Script },
    { "vbe"_L1, Kind::Script },
    { "js"_L1, Kind::Script },
    { "jse"_L1, Kind::Script },
    { "wsf"_L1, Kind::Script },
    { "wsh"_L1, Kind::Script },
    { "hta"_L1, Kind::Script },
    { "py"_L1, Kind::Script },
    { "pl"_L1, Kind::Script },
    { "rb"_L1, Kind::Script },
    { "applescript"_L1, Kind::Script },
    { "scpt"_L1, Kind::Script },
    { "desktop"_L1, Kind::Launcher },
    { "app"_L1, Kind::MacApp },
    { "jar"_L1, Kind::Java },
    { "jnlp"_L1, Kind::Java },
    { "appimage"_L1, Kind::LinuxProgram },
    { "run"_L1, Kind::LinuxProgram },
    { "lnk"_L1, Kind::Shortcut },
    { "reg"_L1, Kind::Shortcut },
    { "url"_L1, Kind::Shortcut },
});

// MIME types (and their subclasses) that content sniffing gives programs and scripts.
constexpr auto ContentTypes = std::to_array<std::pair<QLatin1StringView, Kind>>({
    { "application/x-ms-dos-executable"_L1, Kind::WindowsProgram },
    { "application/x-msdownload"_L1, Kind::WindowsProgram },
    { "application/x-msi"_L1, Kind::Installer },
    { "application/x-mach-binary"_L1, Kind::MacApp },
    { "application/x-shellscript"_L1, Kind::Script },
    { "application/x-desktop"_L1, Kind::Launcher },
    { "application/java-archive"_L1, Kind::Java },
    // Last: scripts and launchers are subclasses of it.
    { "application/x-executable"_L1, Kind::LinuxProgram },
    { "application/x-sharedlib"_L1, Kind::LinuxProgram },
    { "application/x-pie-executable"_L1, Kind::LinuxProgram },
});

// The start of a script any Unix runs directly when it is executable.
constexpr QByteArrayView Shebang = "#!";

QString kindText(Kind kind)
{
    switch (kind) {
    case Kind::WindowsProgram:
        return ExecutableType::tr("a Windows program");
    case Kind::Installer:
        return ExecutableType::tr("an installer");
    case Kind::Script:
        return ExecutableType::tr("a script");
    case Kind::Launcher:
        return ExecutableType::tr("a Linux launcher");
    case Kind::MacApp:
        return ExecutableType::tr("a macOS program");
    case Kind::Java:
        return ExecutableType::tr("a Java program");
    case Kind::LinuxProgram:
        return ExecutableType::tr("a Linux program");
    case Kind::Shortcut:
        return ExecutableType::tr("a Windows shortcut or setting");
    }
    return {};
}
} // namespace

QString ExecutableType::byExtension(const QString &suffix)
{
    for (const auto &[extension, kind] : Extensions) {
        if (suffix.compare(extension, Qt::CaseInsensitive) == 0)
            return kindText(kind);
    }
    return {};
}

QString ExecutableType::byContent(const QString &path)
{
    // Scripts first: the MIME database files them under application/x-executable too.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(Shebang.size()) == Shebang)
        return kindText(Kind::Script);
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
    for (const auto &[name, kind] : ContentTypes) {
        if (type.inherits(name))
            return kindText(kind);
    }
    return {};
}

QString ExecutableType::describe(const QString &path, const QString &fileName)
{
    const QString name = FileNameSanitizer::sanitizedFileName(fileName);
    const QString suffix = QFileInfo(name).suffix();
    const QString named = byExtension(suffix);
    if (!named.isEmpty())
        return tr("%1 (.%2)").arg(named, suffix.toLower());
    const QString sniffed = byContent(path);
    if (sniffed.isEmpty())
        return {};
    return suffix.isEmpty()
        ? sniffed
        : tr("%1, although its name ends in .%2").arg(sniffed, suffix.toLower());
}

QString ExecutableType::openQuestion(const QString &path, const QString &fileName)
{
    const QString what = describe(path, fileName);
    if (what.isEmpty())
        return {};
    return tr("“%1” is %2. Opening it can run it on this computer with all your rights. Open it "
              "only if you expected it from this person.")
        .arg(FileNameSanitizer::sanitizedFileName(fileName), what);
}

} // namespace Natter
