#pragma once

#include "Mention.h"

#include <QString>
#include <QStringList>

// A plain message body as Qt rich text for a read-only TextEdit (textFormat RichText), so the
// text stays selectable. Every character of the body reaches the output HTML-escaped; only the
// structure added here is markup.
//
// Message Styling (XEP-0393): *bold*, _italic_, ~strike~, `code`, ``` blocks and > quotes.
// The styling markers stay visible, dimmed (as Conversations shows them), so selecting and
// copying a bubble gives back exactly what was typed, and nothing typed ever disappears.
// Links (http, https, xmpp, mailto and nothing else) become <a href>. Spaces and newlines are
// kept. Bidi controls show as a dimmed "‹RLO›" and other invisible format characters go (see
// FormatCharacters), so no body reads as something other than it is.
namespace Natter::MessageMarkup {

// Longest body shown, in UTF-16 code units; a longer one is cut and ends in "…".
inline constexpr qsizetype MaxShownLength = qsizetype { 64 } * 1024;
// Combining marks kept on one character; a longer stack ("Zalgo" text) would paint over the
// bubbles around it and is cut. Real scripts and emoji sequences need far fewer.
inline constexpr int MaxMarksPerCharacter = 16;
// How deeply > quotes nest before further > are shown as plain text.
inline constexpr int MaxQuoteDepth = 8;

// The text that toHtml shows: body with both caps applied and invisible format characters
// other than bidi controls removed.
QString shownText(const QString &body);

// The rich text for a message bubble. Each mention (UTF-16 ranges of body) is highlighted, one
// that names us more strongly; the mentioned text is escaped like the rest.
// matches: words of an in-chat find (see FindWords); each place a word of text starts with one,
// ignoring case, is marked like a highlighter pen. The matched text is escaped like the rest.
QString toHtml(
    const QString &body, const QList<Mention> &mentions = {}, const QStringList &matches = {});

// The text that shows the link to href in body's bubble, as toHtml shows it; empty when body
// shows no such link (then opening it must be confirmed).
QString linkText(const QString &body, const QString &href);

// See MessageLinks::needsConfirmation: true when opening href from a link that shows shownText
// must be confirmed first.
bool linkNeedsConfirmation(const QString &shownText, const QString &href);

// text with & < > " ' replaced by entities, safe in element content and quoted attributes.
QString escaped(QStringView text);

} // namespace Natter::MessageMarkup
