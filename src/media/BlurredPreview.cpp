#include "BlurredPreview.h"

#include "ImageDecoder.h"

#include <QBuffer>

namespace Natter {

namespace {
// The blur comes mostly from scaling down to this and back up; the box blur hides the blocks.
constexpr int SmallEdge = 24;
// A bubble is never larger; 4096² ARGB is 64 MB, the most a caller's mistake may cost.
constexpr int MaxOutputEdge = 4096;
} // namespace

QImage BlurredPreview::fromThumbnail(const QByteArray &bytes, const QSize &size)
{
    if (size.isEmpty() || size.width() > MaxOutputEdge || size.height() > MaxOutputEdge)
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QImage thumbnail = ImageDecoder::decodeScaled(
        &buffer, QSize(SmallEdge * 4, SmallEdge * 4), ImageDecoder::Limits::Thumbnail);
    if (thumbnail.isNull())
        return {};
    const QImage small
        = thumbnail.convertToFormat(QImage::Format_ARGB32_Premultiplied)
              .scaled(SmallEdge, SmallEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return boxBlurred(boxBlurred(small))
        .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QImage BlurredPreview::boxBlurred(const QImage &image)
{
    // 3 × 3 mean with clamped edges; premultiplied, so transparent pixels do not darken.
    QImage out(image.size(), image.format());
    const int w = image.width();
    const int h = image.height();
    for (int y = 0; y < h; ++y) {
        auto *dst = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < w; ++x) {
            int sum[4] = {};
            for (int dy = -1; dy <= 1; ++dy) {
                const auto *src
                    = reinterpret_cast<const QRgb *>(image.constScanLine(qBound(0, y + dy, h - 1)));
                for (int dx = -1; dx <= 1; ++dx) {
                    const QRgb p = src[qBound(0, x + dx, w - 1)];
                    sum[0] += qRed(p);
                    sum[1] += qGreen(p);
                    sum[2] += qBlue(p);
                    sum[3] += qAlpha(p);
                }
            }
            dst[x] = qRgba(sum[0] / 9, sum[1] / 9, sum[2] / 9, sum[3] / 9);
        }
    }
    return out;
}

} // namespace Natter
