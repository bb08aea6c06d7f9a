#include "I18nLogging.h"

Q_LOGGING_CATEGORY(lcI18n, "opsdash.i18n", QtWarningMsg)
