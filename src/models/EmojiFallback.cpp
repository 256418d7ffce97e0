#include "EmojiFallback.h"

#include "Format.h"

#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>

namespace Natter::EmojiFallback {

bool install()
{
    const QString emoji = Format::emojiFontFamily();
    if (emoji.isEmpty())
        return false;
    QFont font = QGuiApplication::font();
    // The default family is often an alias ("Sans Serif") that the font database does not list;
    // a list starting with it would make the emoji font the primary one, spaces included.
    const QString primary = QFontInfo(font).family();
    if (primary != emoji)
        font.setFamilies({ primary, emoji });
    QGuiApplication::setFont(font);
    return true;
}

} // namespace Natter::EmojiFallback
