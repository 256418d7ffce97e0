#pragma once

#include "MuteService.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// MuteService lives in a library without Qt Quick; pages reach it as session.mutes.
struct MuteServiceForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::MuteService)
    QML_NAMED_ELEMENT(MuteService)
    QML_UNCREATABLE("Owned by the AccountSession: use session.mutes")
};
