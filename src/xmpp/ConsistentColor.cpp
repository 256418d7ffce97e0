#include "ConsistentColor.h"

#include <QXmppColorGeneration.h>

namespace Natter {

quint32 consistentColor(const QString &jid)
{
    const auto rgb = QXmppColorGeneration::generateRgb(jid);
    return (quint32(rgb.red) << 16) | (quint32(rgb.green) << 8) | quint32(rgb.blue);
}

} // namespace Natter
