#pragma once

#include "AccountSession.h"
#include "ConnectionState.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// The service classes live in libraries without Qt Quick; these declarations make them known
// to QML as typed, uncreatable objects, so Main.qml can declare `required property AccountSession`.
struct AccountSessionForeign
{
    Q_GADGET
    QML_FOREIGN(Natter::AccountSession)
    QML_NAMED_ELEMENT(AccountSession)
    QML_UNCREATABLE("Created by the application and passed to Main.qml")
};

namespace ConnectionStateForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Natter)
QML_NAMED_ELEMENT(Natter)
} // namespace ConnectionStateForeign
