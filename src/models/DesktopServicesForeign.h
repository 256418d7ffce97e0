#pragma once

#include "LinkService.h"
#include "NotificationService.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// Owned by the AccountSession; pages reach them as session.notifications and session.links.
struct NotificationServiceForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::NotificationService)
    QML_NAMED_ELEMENT(NotificationService)
    QML_UNCREATABLE("Owned by the AccountSession: use session.notifications")
};

struct LinkServiceForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::LinkService)
    QML_NAMED_ELEMENT(LinkService)
    QML_UNCREATABLE("Owned by the AccountSession: use session.links")
};
