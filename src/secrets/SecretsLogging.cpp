#include "SecretsLogging.h"

Q_LOGGING_CATEGORY(lcSecrets, "opsdash.secrets", QtWarningMsg)
