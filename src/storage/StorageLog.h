#pragma once

#include <QLoggingCategory>

// The storage layer's one logging category. Message bodies are logged at debug level at most.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
