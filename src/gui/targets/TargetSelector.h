#pragma once

#include "model/Profile.h"
#include "model/TargetOptions.h"
#include "secrets/ProfileSecrets.h"
#include "secrets/ProfileStore.h"

#include <QComboBox>

class QTimer;

namespace opsdash {

// The toolbar's target combo box: saved profiles, the command line's --db target when
// there is one, and "Add target…", "Edit target…", "Remove target". Choosing a profile
// reads its secrets from the keychain (asynchronously) and then emits targetChosen();
// the last one chosen reopens on the next start.
class TargetSelector final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetSelector)

public:
    explicit TargetSelector(QWidget* parent = nullptr);

    ProfileStore& store() { return m_store; }
    QString currentProfile() const { return m_current; }

    // Shows a target that is not a profile (opsdash --db ...) as the current entry.
    void showCommandLineTarget(const QString& description);
    // Shows a profile as current whose target is already being watched (secrets read).
    void showProfile(const QString& name);
    // Selects a profile and starts reading its secrets; false if there is no such profile.
    bool openProfile(const QString& name);

    void addTarget();
    void editTarget(const QString& name);
    void removeTarget(const QString& name);

signals:
    void targetChosen(const opsdash::TargetOptions& options);
    // Things the user must read: no keychain, keychain refused, ...
    void notice(const QString& text);
    void profilesChanged(int count);
    // A keychain read or write of a profile's secrets has gone unanswered for a moment
    // (true) or every one has ended (false): the window says it is waiting for the keychain.
    void keychainWaiting(bool waiting);

private:
    enum class Kind { Profile, CommandLine, Add, Edit, Remove };

    void rebuild();
    void onActivated(int index);
    void openDialog(
        const Profile& profile, const QString& previousName, const ProfileSecrets::Secrets& stored);
    void selectCurrentEntry();
    void beginKeychain();
    void endKeychain();

    ProfileStore m_store;
    ProfileSecrets* m_secrets;
    QString m_current; // profile shown as current; empty: the command-line target or none
    QString m_commandLine; // description of the --db target, if any
    QStringList m_told; // notices already shown this run: "no keychain" once, not per switch
    int m_keychainJobs{0}; // loads and saves under way
    QTimer* m_keychainDelay; // a quick answer shows no waiting state at all
    bool m_toldWaiting{false};
};

} // namespace opsdash
