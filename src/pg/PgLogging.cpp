#include "PgLogging.h"

Q_LOGGING_CATEGORY(lcPg, "opsdash.pg", QtWarningMsg)
