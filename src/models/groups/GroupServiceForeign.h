#pragma once

#include "GroupService.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// GroupService lives in a library without Qt Quick; the AccountSession owns it and pages reach
// it as session.groups.
struct GroupServiceForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::GroupService)
    QML_NAMED_ELEMENT(GroupService)
    QML_UNCREATABLE("Owned by the AccountSession: use session.groups")
};
