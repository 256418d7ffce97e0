#include "FormatCharacters.h"

#include <QList>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Natter::FormatCharacters {

namespace {
constexpr std::array<std::pair<char32_t, QLatin1StringView>, 12> BidiControls { {
    { 0x061C, "ALM"_L1 },
    { 0x200E, "LRM"_L1 },
    { 0x200F, "RLM"_L1 },
    { 0x202A, "LRE"_L1 },
    { 0x202B, "RLE"_L1 },
    { 0x202C, "PDF"_L1 },
    { 0x202D, "LRO"_L1 },
    { 0x202E, "RLO"_L1 },
    { 0x2066, "LRI"_L1 },
    { 0x2067, "RLI"_L1 },
    { 0x2068, "FSI"_L1 },
    { 0x2069, "PDI"_L1 },
} };
} // namespace

bool isBidiControl(char32_t c)
{
    return !abbreviation(c).isEmpty();
}

QLatin1StringView abbreviation(char32_t c)
{
    for (const auto &[control, name] : BidiControls) {
        if (control == c)
            return name;
    }
    return {};
}

bool isKeptInBody(char32_t c)
{
    const bool joiner = c == 0x200C || c == 0x200D;
    const bool softHyphen = c == 0x00AD;
    const bool emojiTag = c >= 0xE0020 && c <= 0xE007F;
    const bool concatenationMark = (c >= 0x0600 && c <= 0x0605) || c == 0x06DD || c == 0x070F
        || c == 0x0890 || c == 0x0891 || c == 0x08E2 || c == 0x110BD || c == 0x110CD;
    return joiner || softHyphen || emojiTag || concatenationMark;
}

QString plainLine(const QString &text)
{
    QString line;
    for (const char32_t c : text.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Other_Control
            || (category == QChar::Other_Format && !isKeptInBody(c)))
            continue;
        line += QString::fromUcs4(&c, 1);
    }
    return line.simplified();
}

} // namespace Natter::FormatCharacters
