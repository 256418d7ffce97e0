#include "FileNameSanitizer.h"

#include "MediaLimits.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QStringList>
#include <QTextBoundaryFinder>

namespace Natter {

namespace {
// An extension longer than this is part of the name, not a type (".longnamewithdots").
constexpr int MaxExtensionChars = 16;

qsizetype extensionStart(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || name.size() - dot - 1 > MaxExtensionChars || dot == name.size() - 1)
        return name.size();
    return dot;
}
} // namespace

QString FileNameSanitizer::sanitizedFileName(const QString &proposed, const QString &mimeType)
{
    QString name
        = withoutUnsafeCharacters(lastComponent(proposed.normalized(QString::NormalizationForm_C)));
    name = trimmedDotsAndSpaces(name);
    if (isReservedDeviceName(name))
        name.prepend(u'_');
    name = limitedLength(name, MediaLimits::MaxFileNameBytes);
    if (name.isEmpty())
        name = QStringLiteral("file") + extensionFor(mimeType);
    return name;
}

QString FileNameSanitizer::uniqueFilePath(const QString &dir, const QString &name)
{
    const QString first = dir + u'/' + name;
    if (!QFileInfo::exists(first))
        return first;
    const qsizetype split = extensionStart(name);
    const QString extension = name.mid(split);
    // A bound: a directory with this many copies is hostile or broken, and the caller gets a
    // name that NewOnly will refuse instead of an endless loop.
    for (int n = 2; n < 10000; ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n) + extension;
        const int room = MediaLimits::MaxFileNameBytes - int(suffix.toUtf8().size());
        const QString base = limitedLength(name.left(split), room);
        const QString candidate = dir + u'/' + base + suffix;
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
    return first;
}

QString FileNameSanitizer::lastComponent(const QString &path)
{
    QString unified = path;
    unified.replace(u'\\', u'/');
    const QStringList parts = unified.split(u'/', Qt::SkipEmptyParts);
    QString last = parts.isEmpty() ? QString() : parts.constLast();
    // "C:name" is relative to the current directory of drive C on Windows.
    if (last.size() >= 2 && last.at(1) == u':' && last.at(0).isLetter()
        && last.at(0).unicode() < 128)
        last.remove(0, 2);
    return last;
}

QString FileNameSanitizer::withoutUnsafeCharacters(const QString &name)
{
    static const QString invalidOnWindows = QStringLiteral("<>:\"/\\|?*");
    QString out;
    out.reserve(name.size());
    for (const char32_t ucs : name.toUcs4()) {
        switch (QChar::category(ucs)) {
        case QChar::Other_Control: // C0, DEL, C1
        case QChar::Other_Format: // bidi overrides (U+202E), zero-width characters
        case QChar::Other_Surrogate: // unpaired halves
        case QChar::Other_NotAssigned:
        case QChar::Other_PrivateUse:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            continue;
        default:
            break;
        }
        if (ucs < 128 && invalidOnWindows.contains(QChar(ucs)))
            out += u'_';
        else
            out += QString::fromUcs4(&ucs, 1);
    }
    return out;
}

QString FileNameSanitizer::trimmedDotsAndSpaces(QString name)
{
    // Leading dots make hidden files; trailing dots and spaces vanish on Windows.
    name = name.trimmed();
    qsizetype start = 0;
    while (start < name.size() && (name.at(start) == u'.' || name.at(start).isSpace()))
        ++start;
    qsizetype end = name.size();
    while (end > start && (name.at(end - 1) == u'.' || name.at(end - 1).isSpace()))
        --end;
    return name.mid(start, end - start);
}

bool FileNameSanitizer::isReservedDeviceName(const QString &name)
{
    // Windows ignores the extension and trailing spaces: "nul.txt" and "COM1 .log" are devices.
    const QString base = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList fixed
        = { QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
              QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$") };
    if (fixed.contains(base))
        return true;
    if (base.size() != 4 || !(base.startsWith(u"COM") || base.startsWith(u"LPT")))
        return false;
    const QChar digit = base.at(3);
    return (digit >= u'1' && digit <= u'9') || digit == QChar(0xb9) || digit == QChar(0xb2)
        || digit == QChar(0xb3);
}

QString FileNameSanitizer::limitedLength(const QString &name, int maxBytes)
{
    if (name.toUtf8().size() <= maxBytes)
        return name;
    const qsizetype split = extensionStart(name);
    QString extension = name.mid(split);
    if (extension.toUtf8().size() >= maxBytes / 2)
        extension.clear();
    const QString base = name.left(split);
    const int room = maxBytes - int(extension.toUtf8().size());
    // Cut between graphemes, so no emoji or accented letter is left half.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, base);
    qsizetype cut = 0;
    int bytes = 0;
    for (qsizetype next = graphemes.toNextBoundary(); next > 0; next = graphemes.toNextBoundary()) {
        bytes += int(QStringView(base).sliced(cut, next - cut).toUtf8().size());
        if (bytes > room)
            break;
        cut = next;
    }
    const QString kept = trimmedDotsAndSpaces(base.left(cut));
    return kept.isEmpty() ? QString() : kept + extension;
}

QString FileNameSanitizer::extensionFor(const QString &mimeType)
{
    const QString suffix = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
    // The suffix comes from the system's MIME database; it is sanitized like any other name.
    const QString safe = trimmedDotsAndSpaces(withoutUnsafeCharacters(suffix));
    return safe.isEmpty() ? QString() : u'.' + safe;
}

} // namespace Natter
