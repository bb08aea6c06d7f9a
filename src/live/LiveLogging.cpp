#include "LiveLogging.h"

Q_LOGGING_CATEGORY(lcLive, "opsdash.live", QtWarningMsg)
