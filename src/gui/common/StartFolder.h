#pragma once

#include "model/SettingKey.h"

#include <QString>

namespace opsdash::StartFolder {

// Where a file dialog starts: the folder the setting `lastUsed` names while it exists, else
// documents(); never the process's working folder.
QString of(const SettingKey<QString>& lastUsed);
// The folder `lastUsed` names while it exists; empty otherwise.
QString remembered(const SettingKey<QString>& lastUsed);
// The user's documents folder, else the home folder.
QString documents();

} // namespace opsdash::StartFolder
