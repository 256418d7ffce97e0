#include "Format.h"

#include "ChatTime.h"
#include "EmojiText.h"
#include "MessageMarkup.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>

#include <algorithm>

namespace Natter {

Format::Format(QObject *parent)
    : QObject(parent)
{ }

QString Format::emojiFontFamily()
{
    static const QString family = [] {
        const QStringList installed = QFontDatabase::families();
        for (const char *candidate : EmojiText::FontFamilies) {
            if (installed.contains(QLatin1StringView(candidate)))
                return QString::fromLatin1(candidate);
        }
        return QString();
    }();
    return family;
}

QString Format::textFontFamily()
{
    return QFontInfo(QGuiApplication::font()).family();
}

QString Format::chatTime(qint64 ms) const
{
    return ms > 0
        ? ChatTime::listTime(QDateTime::fromMSecsSinceEpoch(ms), QDateTime::currentDateTime())
        : QString();
}

QString Format::daySeparator(qint64 ms) const
{
    return ms > 0
        ? ChatTime::daySeparator(QDateTime::fromMSecsSinceEpoch(ms), QDateTime::currentDateTime())
        : QString();
}

QString Format::linkText(const QString &body, const QString &href) const
{
    return MessageMarkup::linkText(body, href);
}

bool Format::linkNeedsConfirmation(const QString &shownText, const QString &href) const
{
    return MessageMarkup::linkNeedsConfirmation(shownText, href);
}

bool Format::isTypedText(const QString &text) const
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isPrint() || c.isSurrogate();
    });
}

} // namespace Natter
