#include "EmojiText.h"

#include <algorithm>
#include <array>
#include <utility>

namespace Natter::EmojiText {

namespace {
constexpr char32_t VariationSelector16 = 0xFE0F;
constexpr char32_t ZeroWidthJoiner = 0x200D;

// Basic Multilingual Plane characters with Emoji_Presentation (Unicode emoji-data.txt, 15.0):
// shown as emoji even without U+FE0F.
constexpr std::array<std::pair<char32_t, char32_t>, 34> BmpPresentation { {
    { 0x231A, 0x231B },
    { 0x23E9, 0x23EC },
    { 0x23F0, 0x23F0 },
    { 0x23F3, 0x23F3 },
    { 0x25FD, 0x25FE },
    { 0x2614, 0x2615 },
    { 0x2648, 0x2653 },
    { 0x267F, 0x267F },
    { 0x2693, 0x2693 },
    { 0x26A1, 0x26A1 },
    { 0x26AA, 0x26AB },
    { 0x26BD, 0x26BE },
    { 0x26C4, 0x26C5 },
    { 0x26CE, 0x26CE },
    { 0x26D4, 0x26D4 },
    { 0x26EA, 0x26EA },
    { 0x26F2, 0x26F3 },
    { 0x26F5, 0x26F5 },
    { 0x26FA, 0x26FA },
    { 0x26FD, 0x26FD },
    { 0x2705, 0x2705 },
    { 0x270A, 0x270B },
    { 0x2728, 0x2728 },
    { 0x274C, 0x274C },
    { 0x274E, 0x274E },
    { 0x2753, 0x2755 },
    { 0x2757, 0x2757 },
    { 0x2795, 0x2797 },
    { 0x27B0, 0x27B0 },
    { 0x27BF, 0x27BF },
    { 0x2B1B, 0x2B1C },
    { 0x2B50, 0x2B50 },
    { 0x2B55, 0x2B55 },
    { 0x3030, 0x3030 },
} };

struct CodePoint
{
    char32_t value = 0;
    qsizetype length = 0;
};

CodePoint at(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return {};
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return { QChar::surrogateToUcs4(text[i], text[i + 1]), 2 };
    return { text[i].unicode(), 1 };
}

bool presentsAsEmoji(char32_t c)
{
    if (c >= 0x1F000 && c <= 0x1FAFF) // pictographs, flags' regional indicators, skin tones
        return true;
    return std::any_of(BmpPresentation.begin(), BmpPresentation.end(),
        [c](const auto &range) { return c >= range.first && c <= range.second; });
}

// Characters that continue an emoji sequence: selectors, keycap, tags.
bool continues(char32_t c)
{
    return c == VariationSelector16 || c == 0x20E3 || (c >= 0xE0020 && c <= 0xE007F);
}
} // namespace

QList<Run> runs(QStringView text)
{
    QList<Run> result;
    qsizetype i = 0;
    while (i < text.size()) {
        const CodePoint first = at(text, i);
        const bool starts = presentsAsEmoji(first.value)
            || at(text, i + first.length).value == VariationSelector16;
        if (!starts) {
            i += first.length;
            continue;
        }
        const qsizetype start = i;
        i += first.length;
        for (CodePoint next = at(text, i); next.length > 0; next = at(text, i)) {
            if (next.value == ZeroWidthJoiner && at(text, i + 1).length > 0) {
                i += 1 + at(text, i + 1).length; // the joiner and whatever it joins
            } else if (continues(next.value) || presentsAsEmoji(next.value)
                || at(text, i + next.length).value == VariationSelector16) {
                i += next.length;
            } else {
                break;
            }
        }
        result.append({ start, i });
    }
    return result;
}

} // namespace Natter::EmojiText
