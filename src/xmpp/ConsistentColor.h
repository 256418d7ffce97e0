#pragma once

#include <QString>

namespace Natter {

// The XEP-0392 colour of a JID as 0xRRGGBB, the same in every client that follows the XEP.
quint32 consistentColor(const QString &jid);

} // namespace Natter
