#include "DesktopLogging.h"

namespace Natter {
Q_LOGGING_CATEGORY(lcDesktop, "natter.desktop", QtInfoMsg)
}
