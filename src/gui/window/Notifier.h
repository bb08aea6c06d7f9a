#pragma once

#include "model/Alert.h"

#include <QStringList>

namespace opsdash {

// Where desktop notifications go: the system tray in the application, a counter in tests
// (the offscreen platform has no tray).
class Notifier
{
public:
    virtual ~Notifier() = default;
    // The worst current status, with one line per raised condition.
    virtual void showStatus(Severity status, const QStringList& reasons) = 0;
    virtual void notify(const Alert& alert) = 0;
    // Whether the window may hide into it: a tray icon the user can click to come back.
    virtual bool canHoldWindow() const { return false; }
};

} // namespace opsdash
