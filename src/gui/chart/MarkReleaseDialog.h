#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class MarkReleaseDialog;
}

namespace opsdash {

// Asks for the label of a release annotation ("release 14:05" proposed, selected so that
// typing replaces it). OK stays disabled while the label is blank.
class MarkReleaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkReleaseDialog)

public:
    explicit MarkReleaseDialog(const QString& proposedLabel, QWidget* parent = nullptr);
    ~MarkReleaseDialog() override;

    QString label() const; // trimmed
    void setLabel(const QString& label);

private:
    void updateOk();

    std::unique_ptr<Ui::MarkReleaseDialog> m_ui;
};

} // namespace opsdash
