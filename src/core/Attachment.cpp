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

bool Attachment::isVoiceMessage() const
{
    return kind() == MediaKind::Audio
        && fileName.startsWith(QLatin1String("voice"), Qt::CaseInsensitive);
}

QString Attachment::durationText() const
{
    if (durationMs <= 0)
        return {};
    const qint64 seconds = (durationMs + 500) / 1000;
    const QString mmss = QStringLiteral("%1:%2")
                             .arg((seconds / 60) % 60, seconds >= 3600 ? 2 : 1, 10, QChar(u'0'))
                             .arg(seconds % 60, 2, 10, QChar(u'0'));
    return seconds >= 3600 ? QStringLiteral("%1:%2").arg(seconds / 3600).arg(mmss) : mmss;
}

} // namespace Natter
