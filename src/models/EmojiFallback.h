#pragma once

namespace Natter::EmojiFallback {

// Qt 6.4 falls back per character in fontconfig's order, which puts DejaVu Sans (monochrome
// emoji glyphs) before Noto Color Emoji, and QML 6.4 has no font.families. Naming the colour
// emoji font right after the default family in the application font makes every item that does
// not choose its own family (names, previews, headers) draw emoji in colour, as plain text.
// Call once after the application object exists and before QML is loaded; a no-op without an
// installed colour emoji font. Returns whether the application font now names one.
bool install();

} // namespace Natter::EmojiFallback
