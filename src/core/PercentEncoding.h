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

// As an IRI (RFC 3987) keeps it: letters and digits of any script stay as typed, so other
// clients show them readably and the search index sees the words; a space becomes space
// (e.g. "+" or "%20"); anything else outside RFC 3986's unreserved set is escaped.
QString encodeIri(const QString &text, const QString &space);

// A URI never holds a raw space or control character; one that does is text, not a link.
bool hasRawSpaceOrControl(QStringView text);

} // namespace Natter::PercentEncoding
