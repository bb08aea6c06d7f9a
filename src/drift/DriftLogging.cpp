#include "DriftLogging.h"

Q_LOGGING_CATEGORY(lcDrift, "opsdash.drift", QtWarningMsg)
