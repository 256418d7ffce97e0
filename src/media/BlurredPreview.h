#pragma once

#include <QByteArray>
#include <QImage>

namespace Natter {

// The "thumbnail first, blurred" picture of a bubble, made from a received thumbnail before the
// image itself is downloaded.
class BlurredPreview
{
public:
    // The thumbnail decoded under the thumbnail limits (declared size checked first), blurred
    // and stretched to size (pass the attachment's aspect ratio). Null for hostile or broken
    // bytes, or a size beyond 4096 px per edge.
    static QImage fromThumbnail(const QByteArray &bytes, const QSize &size);

private:
    static QImage boxBlurred(const QImage &image);
};

} // namespace Natter
