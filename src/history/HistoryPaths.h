#pragma once

#include <QString>

namespace opsdash {

// Where a target's history file lives: one file per target under the XDG data dir.
class HistoryPaths final
{
public:
    // QStandardPaths::AppDataLocation + "/history".
    static QString defaultDirectory();
    // A safe, stable file name that differs for every target: the readable part is the
    // target with anything but [A-Za-z0-9._-] replaced, the suffix a short hash of the
    // exact target text (so "a/b" and "a_b" do not collide).
    static QString fileNameForTarget(const QString& target);
    static QString defaultPathForTarget(const QString& target);
};

} // namespace opsdash
