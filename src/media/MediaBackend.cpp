#include "MediaBackend.h"

#include <QByteArray>
#include <QtGlobal>

namespace Natter {

void MediaBackend::select()
{
#ifdef Q_OS_LINUX
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", QByteArrayLiteral("ffmpeg"));
#endif
}

} // namespace Natter
