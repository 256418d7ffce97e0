#pragma once

#include "ChatActions.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// ChatActions lives in a library without Qt Quick; pages reach it as session.chatActions.
struct ChatActionsForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::ChatActions)
    QML_NAMED_ELEMENT(ChatActions)
    QML_UNCREATABLE("Owned by the AccountSession: use session.chatActions")
};
