#pragma once

#include <QDialog>

class QLineEdit;

namespace opsdash {

// What Capture evidence (Ctrl+E) asks before it writes: the new folder for the bundle, and
// the GnuPG key to sign it with (a fingerprint, key id or user id, as `gpg --local-user`
// takes it; empty: not signed). The key is remembered in the settings
// (`evidence/signingKey`) when the dialog is accepted; it is an identifier, not a secret.
class EvidenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceDialog)

public:
    EvidenceDialog(const QString& folder, QWidget* parent = nullptr);

    QString folder() const;
    QString signingKey() const;

    // The key remembered in the settings; empty: bundles are not signed.
    static QString savedSigningKey();

    void accept() override;

private:
    void browse();

    QLineEdit* m_folder{nullptr};
    QLineEdit* m_key{nullptr};
};

} // namespace opsdash
