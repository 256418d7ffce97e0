#pragma once

#include "NickService.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// NickService lives in a library without Qt Quick; the settings page reaches it as session.nicks.
struct NickServiceForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::NickService)
    QML_NAMED_ELEMENT(NickService)
    QML_UNCREATABLE("Owned by the AccountSession: use session.nicks")
};
