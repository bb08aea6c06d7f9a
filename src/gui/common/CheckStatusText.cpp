#include "gui/common/CheckStatusText.h"

#include <QCoreApplication>

namespace opsdash::CheckStatusText {

QString label(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QCoreApplication::translate("CheckStatus", "pass");
    case CheckStatus::Fail:
        return QCoreApplication::translate("CheckStatus", "fail");
    case CheckStatus::Unknown:
        return QCoreApplication::translate("CheckStatus", "unknown");
    case CheckStatus::Missing:
        return QCoreApplication::translate("CheckStatus", "missing");
    case CheckStatus::NotChecked:
        return QCoreApplication::translate("CheckStatus", "not-checked");
    }
    return statusWord(status);
}

} // namespace opsdash::CheckStatusText
