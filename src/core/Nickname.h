#pragma once

#include <QString>

// A person's name as published by them (XEP-0172). It comes from the network and is shown in
// lists and titles, so it is made plain, one-line and short before anything keeps it.
namespace Natter::Nickname {

// Longest name kept, in code points; a longer one is cut there.
inline constexpr qsizetype MaxLength = 64;
// Anything longer is not a name, and is not even looked at.
inline constexpr qsizetype MaxInput = 4096;

// Drops control and text-direction characters, folds whitespace runs into one space, trims and
// cuts at maxLength code points without splitting a character. Markup stays as literal text.
QString sanitized(const QString &raw, qsizetype maxLength = MaxLength);

} // namespace Natter::Nickname
