#pragma once

#include "model/Profile.h"
#include "secrets/ProfileSecrets.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QWidget;

namespace Ui {
class ProfileDialog;
}

namespace opsdash {

class PgConnection;
struct Error;

// Adds or edits one target (ui/ProfileDialog.ui). Problems are shown inline as the user
// types and OK stays disabled while there are any. "Test connection" connects
// asynchronously with what the form says and reports libpq's own message or the server
// version. Secret fields start empty: what is typed replaces the keychain entry, an empty
// field leaves it as it is.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    // otherNames: the names of the other saved profiles (a name must be unique).
    ProfileDialog(const Profile& profile, const QStringList& otherNames, QWidget* parent = nullptr);
    ~ProfileDialog() override;

    Profile profile() const; // as the form says now
    ProfileSecrets::Secrets typedSecrets() const;
    // Secrets already saved for this profile: used by "Test connection" when the password
    // field is empty. Never shown.
    void setStoredSecrets(const ProfileSecrets::Secrets& secrets);

    QStringList problems() const; // what the form shows, in form order
    bool isAcceptable() const;
    QString testResult() const;

private:
    void fill(const Profile& profile);
    void validate();
    void updateStyle();
    void testConnection();
    void onTestConnected();
    void onTestFailed(const Error& error);
    QWidget* widgetFor(Profile::Field field) const;

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    QStringList m_otherNames;
    ProfileSecrets::Secrets m_stored;
    QStringList m_problems;
    PgConnection* m_test{nullptr};
};

} // namespace opsdash
