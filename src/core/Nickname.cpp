#include "Nickname.h"

#include <QList>
#include <QStringView>

#include <utility>

namespace Natter::Nickname {

namespace {
// Bidi embeddings, overrides and isolates could make a name reorder the text around it.
bool isDirectionControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
        || c == 0x200F || c == 0x061C;
}
} // namespace

QString sanitized(const QString &raw, qsizetype maxLength)
{
    QString out;
    out.reserve(qMin(raw.size(), maxLength * 2));
    qsizetype codePoints = 0;
    bool pendingSpace = false;
    const QStringView input = QStringView(raw).left(MaxInput);
    for (const char32_t c : input.toUcs4()) { // QList<uint>; a code point each
        if (QChar::isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        const auto category = QChar::category(c);
        // ZWJ and variation selectors (Cf/Mn) stay: emoji sequences need them.
        // U+FFFD is what broken UTF-16 (a lone surrogate) turns into; it names nobody.
        if (category == QChar::Other_Control || category == QChar::Other_Surrogate || c == 0xFFFD
            || isDirectionControl(c))
            continue;
        if (codePoints + (pendingSpace ? 2 : 1) > maxLength)
            break;
        if (std::exchange(pendingSpace, false)) {
            out.append(u' ');
            ++codePoints;
        }
        out.append(QString::fromUcs4(&c, 1));
        ++codePoints;
    }
    return out;
}

} // namespace Natter::Nickname
