#include "ThumbnailImageProvider.h"

#include "AccountSession.h"
#include "BlurredPreview.h"
#include "HistoryService.h"
#include "ImageDecoder.h"

#include <QBuffer>
#include <QImage>
#include <QThreadPool>

namespace Natter {

namespace {
constexpr int DefaultEdge = 256;

class ThumbnailResponse : public QQuickImageResponse
{
public:
    QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override { return m_image.isNull() ? m_error : QString(); }

    void finish(const QImage &image, const QString &error)
    {
        m_image = image;
        m_error = error;
        Q_EMIT finished();
    }

private:
    QImage m_image;
    QString m_error;
};

QImage decode(QByteArray bytes, bool blur, QSize size)
{
    if (bytes.isEmpty())
        return {};
    if (blur)
        return BlurredPreview::fromThumbnail(bytes, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return ImageDecoder::decodeScaled(&buffer, size, ImageDecoder::Limits::Thumbnail);
}
} // namespace

ThumbnailImageProvider::ThumbnailImageProvider(AccountSession *session)
    : QQuickAsyncImageProvider()
    , m_session(session)
{ }

QQuickImageResponse *ThumbnailImageProvider::requestImageResponse(
    const QString &id, const QSize &requestedSize)
{
    auto *response = new ThumbnailResponse;
    const QStringList parts = id.split(u'/');
    bool ok = false;
    const qint64 attachmentId = parts.value(0).toLongLong(&ok);
    const bool blur = parts.value(1) == QLatin1String("blur");
    const QSize size = requestedSize.isValid() && !requestedSize.isEmpty()
        ? requestedSize
        : QSize(DefaultEdge, DefaultEdge);
    if (!ok || !m_session) {
        response->finish({}, QStringLiteral("no such thumbnail"));
        return response;
    }
    // The response lives until QML is done with it; the store answers on its own thread, and the
    // decoding runs in the pool, never on the UI thread.
    m_session->history()
        ->attachment(attachmentId)
        .then([response, blur, size](const Attachment &a) {
            QThreadPool::globalInstance()->start([response, blur, size, bytes = a.thumbnail] {
                const QImage image = decode(bytes, blur, size);
                QMetaObject::invokeMethod(response, [response, image] {
                    response->finish(image, QStringLiteral("unreadable thumbnail"));
                });
            });
        });
    return response;
}

} // namespace Natter
