#include "HistoryLogging.h"

Q_LOGGING_CATEGORY(lcHistory, "opsdash.history", QtWarningMsg)
