#pragma once

#include <QLoggingCategory>

namespace Natter {
Q_DECLARE_LOGGING_CATEGORY(lcDesktop)
}
