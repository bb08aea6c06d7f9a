#include "gui/chart/MarkReleaseDialog.h"

#include "ui_MarkReleaseDialog.h"

#include <QPushButton>

namespace opsdash {

MarkReleaseDialog::MarkReleaseDialog(const QString& proposedLabel, QWidget* parent)
    : QDialog{parent}
    , m_ui{std::make_unique<Ui::MarkReleaseDialog>()}
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("markReleaseDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Mark"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->labelEdit, &QLineEdit::textChanged, this, &MarkReleaseDialog::updateOk);
    setLabel(proposedLabel);
    m_ui->labelEdit->selectAll();
}

MarkReleaseDialog::~MarkReleaseDialog() = default;

QString MarkReleaseDialog::label() const
{
    return m_ui->labelEdit->text().trimmed();
}

void MarkReleaseDialog::setLabel(const QString& label)
{
    m_ui->labelEdit->setText(label);
    updateOk();
}

void MarkReleaseDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!label().isEmpty());
}

} // namespace opsdash
