#pragma once

#include <QAbstractSocket>
#include <QString>

namespace Natter {

// What a socket failure means for a person, in one sentence.
QString describeSocketError(QAbstractSocket::SocketError error);

} // namespace Natter
