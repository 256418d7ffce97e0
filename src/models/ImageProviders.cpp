#include "ImageProviders.h"

#include "RoundImageProvider.h"
#include "ThumbnailImageProvider.h"

#include <QQmlEngine>

namespace Natter {

void addImageProviders(QQmlEngine &engine, AccountSession *session)
{
    engine.addImageProvider(QStringLiteral("thumbnail"), new ThumbnailImageProvider(session));
    engine.addImageProvider(QStringLiteral("round"), new RoundImageProvider);
}

} // namespace Natter
