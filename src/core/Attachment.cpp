#include "Attachment.h"

namespace Natter {

MediaKind Attachment::kind() const
{
    const QString type = mimeType.toLower();
    if (type.startsWith(QLatin1String("image/")))
        return MediaKind::Image;
    if (type.startsWith(QLatin1String("video/")))
        return MediaKind::Video;
    if (type.startsWith(QLatin1String("audio/")))
        return MediaKind::Audio;
    return MediaKind::Document;
}

} // namespace Natter
