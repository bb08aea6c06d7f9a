#include "gui/events/AcknowledgeDialog.h"

#include "gui/common/TimeDisplay.h"
#include "ui_AcknowledgeDialog.h"

#include <QPushButton>

namespace opsdash {

AcknowledgeDialog::AcknowledgeDialog(
    Acknowledgement::Kind kind, const QString& subject, const QDateTime& now, QWidget* parent)
    : QDialog{parent}
    , m_ui{std::make_unique<Ui::AcknowledgeDialog>()}
    , m_kind{kind}
    , m_now{now.toUTC()}
    , m_zone{TimeDisplay::zone()}
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("acknowledgeDialog"));
    const bool mute = kind == Acknowledgement::Kind::Mute;
    setWindowTitle(mute ? tr("Mute %1").arg(subject) : tr("Acknowledge %1").arg(subject));
    m_ui->explanation->setText(mute
            ? tr("No desktop notification for %1 until the time chosen; it stays listed, "
                 "marked. If it is still present then, it notifies again.")
                  .arg(subject)
            : tr("No desktop notification for %1 until its condition clears; it stays "
                 "listed, marked with your name and note.")
                  .arg(subject));
    m_ui->untilGroup->setVisible(mute);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(mute ? tr("&Mute") : tr("A&cknowledge"));
    m_ui->untilEdit->setTimeSpec(Qt::UTC);
    showInEditor(muteForAnHour(m_now));
    m_ui->untilZone->setText(m_zone.name(m_now));
    m_ui->untilZone->setToolTip(
        tr("The chosen time is in the window's time zone (View → Time zone)."));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->chosenTime, &QRadioButton::toggled, this, &AcknowledgeDialog::updateOk);
    connect(m_ui->untilEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_ui->chosenTime->setChecked(true);
        updateOk();
    });
    updateOk();
}

AcknowledgeDialog::~AcknowledgeDialog() = default;

QString AcknowledgeDialog::note() const
{
    return m_ui->noteEdit->text().trimmed();
}

QDateTime AcknowledgeDialog::until() const
{
    if (m_kind != Acknowledgement::Kind::Mute)
        return {};
    if (m_ui->forAnHour->isChecked())
        return muteForAnHour(m_now);
    if (m_ui->tomorrowMorning->isChecked())
        return tomorrowMorning(m_now);
    return chosen();
}

void AcknowledgeDialog::showInEditor(const QDateTime& until)
{
    const QDateTime wall = m_zone.convert(until);
    m_ui->untilEdit->setDateTime(QDateTime{wall.date(), wall.time(), Qt::UTC});
}

QDateTime AcknowledgeDialog::chosen() const
{
    const QDateTime wall = m_ui->untilEdit->dateTime();
    return QDateTime{wall.date(), wall.time(), m_zone.zone()}.toUTC();
}

void AcknowledgeDialog::chooseUntil(const QDateTime& until)
{
    // The editor shows minutes; a test may want seconds, so the time is kept as given.
    m_ui->untilEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    showInEditor(until);
    m_ui->chosenTime->setChecked(true);
    updateOk();
}

void AcknowledgeDialog::updateOk()
{
    const bool valid = m_kind != Acknowledgement::Kind::Mute || until() > m_now;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace opsdash
