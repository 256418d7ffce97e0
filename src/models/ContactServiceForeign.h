#pragma once

#include "ContactService.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// ContactService lives in a library without Qt Quick; the AccountSession owns it and pages reach
// it as session.contacts.
struct ContactServiceForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::ContactService)
    QML_NAMED_ELEMENT(ContactService)
    QML_UNCREATABLE("Owned by the AccountSession: use session.contacts")
};
