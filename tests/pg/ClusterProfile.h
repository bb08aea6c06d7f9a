#pragma once

// A throwaway cluster saved as a profile (its conninfo, polled every second), for the
// commands that take several saved targets (`evidence --profile A --profile B`, probe).
// The test's QSettings must be the executable's (organization and application "opsdash",
// XDG_CONFIG_HOME private to the test).
#include "TestCluster.h"
#include "model/Profile.h"
#include "secrets/ProfileStore.h"

inline void saveClusterProfile(const QString& name, const TestCluster& cluster)
{
    opsdash::Profile profile;
    profile.name = name;
    profile.style = opsdash::Profile::ConnectionStyle::Conninfo;
    profile.conninfo = QString::fromUtf8(cluster.conninfo());
    profile.intervalSeconds = 1;
    opsdash::ProfileStore{}.save(profile);
}
