#pragma once

#include "MediaService.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// MediaService lives in a library without Qt Quick; pages reach it as session.media.
struct MediaServiceForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::MediaService)
    QML_NAMED_ELEMENT(MediaService)
    QML_UNCREATABLE("Owned by the AccountSession: use session.media")
};
