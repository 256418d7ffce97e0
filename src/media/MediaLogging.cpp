#include "MediaLogging.h"

namespace Natter {
Q_LOGGING_CATEGORY(lcMedia, "natter.media", QtInfoMsg)
}
