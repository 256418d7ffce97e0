#pragma once

#include <QLatin1StringView>
#include <QString>

// Invisible format characters (Unicode category Cf) that could make text read as something it
// is not: "invoice\u202Efdp.exe" shows as "invoiceexe.pdf". Each kind of text neutralises them in
// one place: bodies in MessageMarkup (bidi controls shown as a marker, other invisibles gone),
// links in MessageLinks (a link ends at any of them) and file names in FileNameSanitizer (all go).
namespace Natter::FormatCharacters {

// Explicit embedding, override and isolate controls and the directional marks (U+061C, U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069). Right-to-left scripts need none of them to show.
bool isBidiControl(char32_t c);

// Their Unicode abbreviation ("RLO" for U+202E), for a visible stand-in; empty for others.
QLatin1StringView abbreviation(char32_t c);

// Format characters that real text needs and a body keeps: ZWNJ and ZWJ (Persian and Indic
// words, emoji sequences such as "woman, ZWJ, laptop"), the soft hyphen, emoji tag sequences
// (subdivision flags) and the visible prepended concatenation marks (Arabic number signs).
bool isKeptInBody(char32_t c);

// Untrusted text for one line of a card (a place's or a person's name): control characters and
// the format characters a body would not keep removed, whitespace runs made one space.
QString plainLine(const QString &text);

} // namespace Natter::FormatCharacters
