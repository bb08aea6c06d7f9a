#pragma once

#include "model/Acknowledgement.h"
#include "model/DisplayZone.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AcknowledgeDialog;
}

namespace opsdash {

// Asks for a note and, to mute, for how long: an hour, until tomorrow 09:00 (local), or
// until a chosen time. OK stays disabled while a chosen time is not in the future. The
// chosen time is in the window's time zone (View → Time zone, as it was when the dialog
// opened), named beside the editor.
class AcknowledgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcknowledgeDialog)

public:
    AcknowledgeDialog(Acknowledgement::Kind kind, const QString& subject, const QDateTime& now,
        QWidget* parent = nullptr);
    ~AcknowledgeDialog() override;

    Acknowledgement::Kind kind() const { return m_kind; }
    QString note() const; // trimmed
    // A mute's end (UTC) as chosen; null for an acknowledgement.
    QDateTime until() const;
    // Chooses "until a chosen time" with this time.
    void chooseUntil(const QDateTime& until);

private:
    void updateOk();
    // The editor holds the wall-clock time of m_zone (its own spec is UTC, which has no
    // gaps or folds of its own): to and from an instant.
    void showInEditor(const QDateTime& until);
    QDateTime chosen() const;

    std::unique_ptr<Ui::AcknowledgeDialog> m_ui;
    Acknowledgement::Kind m_kind;
    QDateTime m_now;
    DisplayZone m_zone;
};

} // namespace opsdash
