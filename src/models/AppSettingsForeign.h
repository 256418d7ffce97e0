#pragma once

#include "AppSettings.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// AppSettings lives in a library without Qt Quick; the AccountSession owns it and pages reach it
// as session.appSettings (and its Theme values as AppSettings.Dark).
struct AppSettingsForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::AppSettings)
    QML_NAMED_ELEMENT(AppSettings)
    QML_UNCREATABLE("Owned by the AccountSession: use session.appSettings")
};
