#pragma once

#include "model/Profile.h"

#include <QSettings>
#include <QStringList>

#include <memory>
#include <optional>

namespace opsdash {

// Saved profiles in QSettings (keys: model/SettingsKeys.h), one group per profile, and
// the last one used. Secrets are not in a Profile and so can never land here.
class ProfileStore final
{
public:
    ProfileStore(); // the application's QSettings
    explicit ProfileStore(const QString& iniFile); // for tests and tools
    ~ProfileStore();
    ProfileStore(const ProfileStore&) = delete;
    ProfileStore& operator=(const ProfileStore&) = delete;

    QStringList names() const; // sorted, case-insensitively
    std::optional<Profile> load(const QString& name) const;
    // previousName: the name it was saved under before a rename (that entry goes).
    void save(const Profile& profile, const QString& previousName = {});
    void remove(const QString& name);

    // The profile that reopens on start; empty when none or when it was removed.
    QString lastUsed() const;
    void setLastUsed(const QString& name);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace opsdash
