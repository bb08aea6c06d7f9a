#include "gui/common/Palette.h"

namespace opsdash::Palette {

QColor forState(BackendState state)
{
    switch (state) {
    case BackendState::Active:
        return QColor{0x1f, 0x77, 0xb4}; // blue
    case BackendState::Idle:
        return QColor{0x9e, 0xc9, 0xe2}; // pale blue
    case BackendState::IdleInTransaction:
        return QColor{0xff, 0x7f, 0x0e}; // orange
    case BackendState::IdleInTransactionAborted:
        return QColor{0xd6, 0x27, 0x28}; // red
    case BackendState::Other:
        return QColor{0x94, 0x67, 0xbd}; // purple
    case BackendState::Unknown:
        return QColor{0x8c, 0x8c, 0x8c}; // grey
    }
    return QColor{0x8c, 0x8c, 0x8c};
}

QColor ok()
{
    return QColor{0x2e, 0x7d, 0x32};
}

QColor warning()
{
    return QColor{0xe6, 0x9f, 0x00};
}

QColor critical()
{
    return QColor{0xc6, 0x28, 0x28};
}

QColor disconnected()
{
    return QColor{0x75, 0x75, 0x75};
}

QColor forStatus(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return ok();
    case CheckStatus::Fail:
        return critical();
    case CheckStatus::Unknown:
        return warning();
    case CheckStatus::Missing:
        return QColor{0x8e, 0x44, 0xad}; // purple, as magenta in `opsdash verify`
    case CheckStatus::NotChecked:
        return disconnected();
    }
    return disconnected();
}

QColor forUsage(double percent, double warnPercent, double criticalPercent)
{
    if (percent >= criticalPercent)
        return critical();
    if (percent >= warnPercent)
        return warning();
    return ok();
}

} // namespace opsdash::Palette
