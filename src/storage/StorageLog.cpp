#include "StorageLog.h"

// Debug output only on request (QT_LOGGING_RULES="natter.*.debug=true"), like the other layers.
Q_LOGGING_CATEGORY(lcStorage, "natter.storage", QtInfoMsg)
