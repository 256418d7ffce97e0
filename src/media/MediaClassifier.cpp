#include "MediaClassifier.h"

#include "ImageDecoder.h"

#include <QMimeDatabase>

namespace Natter {

namespace {
bool isAudioOrVideo(const QString &mime)
{
    return mime.startsWith(u"audio/") || mime.startsWith(u"video/");
}
} // namespace

QString MediaClassifier::detectedMimeType(const QString &path)
{
    const QMimeDatabase db;
    const QMimeType content = db.mimeTypeForFile(path, QMimeDatabase::MatchContent);
    const QMimeType byName = db.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    if (content.isDefault()) {
        // Unknown bytes: a name may say "report.csv", but never that they are media.
        const QString name = byName.name();
        if (name.startsWith(u"image/") || isAudioOrVideo(name))
            return content.name();
        return byName.name();
    }
    if (byName.isValid() && byName != content && byName.inherits(content.name()))
        return byName.name();
    return content.name();
}

MediaKind MediaClassifier::displayKind(const QString &claimedMimeType, const QString &path)
{
    const QString detected = detectedMimeType(path);
    if (claimedMimeType.startsWith(u"image/") || detected.startsWith(u"image/"))
        return ImageDecoder::probe(path).isImage ? MediaKind::Image : MediaKind::Document;
    // A bare Ogg stream (no codec header recognised) counts as media when claimed so.
    const bool ogg = detected == u"application/ogg" && isAudioOrVideo(claimedMimeType);
    if (!isAudioOrVideo(detected) && !ogg)
        return MediaKind::Document;
    // MP4, Ogg and WebM hold either: the sender knows whether it is a voice note or a film.
    const QString kind = isAudioOrVideo(claimedMimeType) ? claimedMimeType : detected;
    return kind.startsWith(u"audio/") ? MediaKind::Audio : MediaKind::Video;
}

} // namespace Natter
