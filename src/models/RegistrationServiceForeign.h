#pragma once

#include "RegistrationService.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// RegistrationService lives in a library without Qt Quick. A page creates one and gives it the
// AccountSession that signs the new account in.
struct RegistrationServiceForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::RegistrationService)
    QML_NAMED_ELEMENT(RegistrationService)
};
