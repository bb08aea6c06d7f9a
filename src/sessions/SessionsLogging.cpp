#include "SessionsLogging.h"

Q_LOGGING_CATEGORY(lcSessions, "opsdash.sessions", QtWarningMsg)
