#pragma once

#include "MessageRequests.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// MessageRequests lives in a library without Qt Quick; pages reach it as
// session.contacts.messageRequests.
struct MessageRequestsForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::MessageRequests)
    QML_NAMED_ELEMENT(MessageRequests)
    QML_UNCREATABLE("Owned by the ContactService: use session.contacts.messageRequests")
};
