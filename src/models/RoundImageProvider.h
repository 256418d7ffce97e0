#pragma once

#include <QQuickAsyncImageProvider>

namespace Natter {

// Serves avatars cut to a circle: "image://round/<file URL, percent-encoded>". ContactAvatar
// shows every picture (a contact's, a group's, ours) through it, round like the initials. The
// file is decoded and cut off the UI thread, bounded by the display limits.
class RoundImageProvider : public QQuickAsyncImageProvider
{
public:
    QQuickImageResponse *requestImageResponse(
        const QString &id, const QSize &requestedSize) override;

    // image as a circle of side edge on transparency: centred, cropped to a square, smooth edge.
    static QImage rounded(const QImage &image, int edge);
};

} // namespace Natter
