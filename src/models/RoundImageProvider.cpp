#include "RoundImageProvider.h"

#include "ImageDecoder.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QThreadPool>
#include <QUrl>

#include <algorithm>

namespace Natter {

namespace {
// Avatars are cached at 256 px (AvatarCache::StoredSide); a larger request is still bounded.
constexpr int DefaultEdge = 256;
constexpr int MaxEdge = 1024;

class RoundResponse : public QQuickImageResponse
{
public:
    QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override { return m_error; }

    void finish(const QImage &image, const QString &error)
    {
        m_image = image;
        m_error = image.isNull() ? error : QString();
        Q_EMIT finished();
    }

private:
    QImage m_image;
    QString m_error;
};
} // namespace

QImage RoundImageProvider::rounded(const QImage &image, int edge)
{
    if (image.isNull() || edge <= 0)
        return {};
    const QImage square
        = image.scaled(edge, edge, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    QImage out(edge, edge, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, edge, edge));
    painter.setClipPath(circle);
    painter.drawImage(
        QPointF((edge - square.width()) / 2.0, (edge - square.height()) / 2.0), square);
    return out;
}

QQuickImageResponse *RoundImageProvider::requestImageResponse(
    const QString &id, const QSize &requestedSize)
{
    auto *response = new RoundResponse;
    const QUrl url(QUrl::fromPercentEncoding(id.toUtf8()));
    const QString path = url.isLocalFile() ? url.toLocalFile() : QString();
    const int edge = requestedSize.isValid() && !requestedSize.isEmpty()
        ? std::min(std::max(requestedSize.width(), requestedSize.height()), MaxEdge)
        : DefaultEdge;
    if (path.isEmpty()) {
        response->finish({}, QStringLiteral("not a local picture"));
        return response;
    }
    QThreadPool::globalInstance()->start([response, path, edge] {
        QString error;
        const QImage image
            = rounded(ImageDecoder::decodeScaled(path, QSize(edge, edge) * 2, &error), edge);
        QMetaObject::invokeMethod(
            response, [response, image, error] { response->finish(image, error); });
    });
    return response;
}

} // namespace Natter
