#pragma once

#include <QPointer>
#include <QQuickAsyncImageProvider>

namespace Natter {

class AccountSession;

// Serves the thumbnails that arrive inside messages: "image://thumbnail/<attachment id>" as
// sent, ".../blur" blurred for a file not downloaded yet. The bytes come from the store and are
// decoded off the UI thread under the thumbnail limits, so a hostile one costs nothing.
class ThumbnailImageProvider : public QQuickAsyncImageProvider
{
public:
    explicit ThumbnailImageProvider(AccountSession *session);

    QQuickImageResponse *requestImageResponse(
        const QString &id, const QSize &requestedSize) override;

private:
    QPointer<AccountSession> m_session;
};

} // namespace Natter
