#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Natter::PercentEncoding {

// Percent-decodes one URI component; nothing when an escape is malformed or the bytes are not
// UTF-8, so that a link from the network is either understood exactly or refused.
std::optional<QString> decode(QStringView text);

// Every character outside RFC 3986's unreserved set escaped.
QString encode(const QString &text);

// A URI never holds a raw space or control character; one that does is text, not a link.
bool hasRawSpaceOrControl(QStringView text);

} // namespace Natter::PercentEncoding
