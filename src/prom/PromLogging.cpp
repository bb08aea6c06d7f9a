#include "PromLogging.h"

Q_LOGGING_CATEGORY(lcProm, "opsdash.prom", QtWarningMsg)
