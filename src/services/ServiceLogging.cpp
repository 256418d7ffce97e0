#include "ServiceLogging.h"

namespace Natter {
Q_LOGGING_CATEGORY(lcServices, "natter.services", QtInfoMsg)
}
