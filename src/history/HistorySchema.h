#pragma once

#include <QStringList>

#include <span>

namespace opsdash {

// The history file's schema. Version N is reached by applying migrations 1..N in order;
// the version lives in PRAGMA user_version, the file's owner in PRAGMA application_id.
class HistorySchema final
{
public:
    // Marks a file as an opsdash history ("opsd"), so a foreign SQLite file is never
    // taken for ours.
    static constexpr int ApplicationId = 0x6f707364;

    // One entry per version, oldest first. Never edit a released entry: append a new one.
    static std::span<const QStringList> migrations();
    static int currentVersion() { return static_cast<int>(migrations().size()); }
};

} // namespace opsdash
