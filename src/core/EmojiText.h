#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>

// Where emoji are in text. Qt 6.4 picks a font per character by plain fallback, so an emoji
// takes the first font that has any glyph for it: DejaVu Sans draws 😀 in black and white.
// Rich text therefore names a colour emoji font for these runs explicitly.
namespace Natter::EmojiText {

// The colour emoji fonts of Linux, macOS and Windows; Qt uses the first one installed.
inline constexpr std::array<const char *, 3> FontFamilies
    = { "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji" };

struct Run
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the run
};

// Runs of emoji (with their joiners, variation selectors, skin tones, keycaps and tags), in
// order. Characters that are text by default, like ❤ or ©, count only when followed by U+FE0F.
QList<Run> runs(QStringView text);

} // namespace Natter::EmojiText
