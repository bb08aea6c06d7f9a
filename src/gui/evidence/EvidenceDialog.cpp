#include "gui/evidence/EvidenceDialog.h"

#include "model/SettingsKeys.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace opsdash {

EvidenceDialog::EvidenceDialog(const QString& folder, QWidget* parent)
    : QDialog{parent}
    , m_folder{new QLineEdit{QDir::toNativeSeparators(folder), this}}
    , m_key{new QLineEdit{savedSigningKey(), this}}
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Capture evidence"));
    m_folder->setObjectName(QStringLiteral("evidenceFolder"));
    m_folder->setMinimumWidth(420);
    m_key->setObjectName(QStringLiteral("evidenceSigningKey"));
    m_key->setPlaceholderText(tr("empty: not signed"));
    m_key->setToolTip(tr("A GnuPG key's fingerprint, key id or user id (e-mail address)"));

    auto* browse = new QPushButton{tr("Browse…"), this};
    connect(browse, &QPushButton::clicked, this, &EvidenceDialog::browse);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("New folder:"), folderRow);
    form->addRow(tr("Sign with GnuPG key:"), m_key);
    auto* hint = new QLabel{tr("A signed bundle has SHA256SUMS.asc beside SHA256SUMS; "
                               "a reviewer checks it with opsdash evidence --verify DIR."),
        this};
    hint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox{QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this};
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Capture"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EvidenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EvidenceDialog::reject);

    auto* layout = new QVBoxLayout{this};
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

QString EvidenceDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

QString EvidenceDialog::signingKey() const
{
    return m_key->text().trimmed();
}

QString EvidenceDialog::savedSigningKey()
{
    return SettingsKeys::EvidenceSigningKey.read(QSettings{});
}

void EvidenceDialog::accept()
{
    if (folder().isEmpty())
        return;
    QSettings settings;
    SettingsKeys::EvidenceSigningKey.write(settings, signingKey());
    // The next capture proposes a new folder beside this one.
    SettingsKeys::EvidenceFolder.write(settings, QFileInfo{folder()}.absolutePath());
    QDialog::accept();
}

void EvidenceDialog::browse()
{
    const QString chosen
        = QFileDialog::getSaveFileName(this, tr("Capture evidence into a new folder"), folder(),
            QString{}, nullptr, QFileDialog::ShowDirsOnly | QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

} // namespace opsdash
