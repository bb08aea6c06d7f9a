#include "gui/events/EventsPanel.h"

#include "gui/common/NoRowsMatch.h"
#include "gui/common/StatusIcon.h"
#include "gui/events/AcknowledgeActions.h"
#include "gui/events/EventsModel.h"
#include "gui/export/ExportColumns.h"
#include "live/AlertLog.h"
#include "ui_EventsPanel.h"

#include <QAction>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace opsdash {

EventsPanel::EventsPanel(QWidget* parent)
    : QWidget{parent}
    , m_ui{std::make_unique<Ui::EventsPanel>()}
    , m_model{new EventsModel{this}}
    , m_marks{new AcknowledgementMarks{
          EventsModel::KindColumn, [this](int row) { return alertKey(m_model->alert(row)); }, this}}
    , m_filter{new QSortFilterProxyModel{this}}
{
    m_ui->setupUi(this);
    m_marks->setSourceModel(m_model);
    m_filter->setSourceModel(m_marks);
    m_filter->setFilterRole(EventsModel::SeverityRole);
    m_filter->setFilterKeyColumn(EventsModel::SeverityColumn);
    m_ui->eventsTable->setModel(m_filter);
    new NoRowsMatch{m_ui->eventsTable};
    QHeaderView* header = m_ui->eventsTable->horizontalHeader();
    const QFontMetrics metrics{font()};
    header->resizeSection(EventsModel::TimeColumn,
        metrics.horizontalAdvance(QStringLiteral("2026-11-27 08:41:07 UTC")) + 16);
    header->resizeSection(
        EventsModel::SeverityColumn, metrics.horizontalAdvance(QStringLiteral("Critical")) + 40);
    header->resizeSection(
        EventsModel::KindColumn, metrics.horizontalAdvance(QStringLiteral("Pool threshold")) + 20);
    m_ui->eventsTable->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);

    m_ui->severityFilter->addItem(tr("All events"), static_cast<int>(Severity::Info));
    m_ui->severityFilter->addItem(StatusIcon::icon(Severity::Warning), tr("Warnings and critical"),
        static_cast<int>(Severity::Warning));
    m_ui->severityFilter->addItem(StatusIcon::icon(Severity::Critical), tr("Critical only"),
        static_cast<int>(Severity::Critical));
    connect(m_ui->severityFilter, &QComboBox::currentIndexChanged, this, [this] {
        setMinimumSeverity(static_cast<Severity>(m_ui->severityFilter->currentData().toInt()));
    });

    QAction* copy = TableExport::addCopyAction(
        this, m_ui->eventsTable, ExportColumns::events(), tr("&Copy event"));
    m_ui->eventsTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->eventsTable->addAction(copy);
    m_acknowledge = new AcknowledgeActions{
        m_ui->eventsTable, [this](const QModelIndex& index) {
            if (!index.isValid())
                return QString{};
            const int row = m_marks->mapToSource(m_filter->mapToSource(index)).row();
            return alertKey(m_model->alert(row));
        }};

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EventsPanel::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &EventsPanel::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EventsPanel::updateSummary);
    updateSummary();
}

EventsPanel::~EventsPanel() = default;

QTableView* EventsPanel::table() const
{
    return m_ui->eventsTable;
}

void EventsPanel::setAlerts(AlertLog* alerts)
{
    connect(alerts, &AlertLog::raised, this, &EventsPanel::add);
    connect(alerts, &AlertLog::restored, this, &EventsPanel::addOlder);
    m_marks->setAlerts(alerts);
    m_acknowledge->setAlerts(alerts);
}

void EventsPanel::add(const Alert& alert)
{
    m_model->add(alert);
}

void EventsPanel::addOlder(const QList<Alert>& alerts)
{
    m_model->addOlder(alerts);
}

void EventsPanel::showMessage(const QString& message)
{
    m_ui->eventsMessage->setText(message);
    m_ui->eventsMessage->setVisible(!message.isEmpty());
}

void EventsPanel::setMinimumSeverity(Severity severity)
{
    // Severities are 0, 1, 2: "at least" is a character class.
    const int minimum = static_cast<int>(severity);
    m_filter->setFilterRegularExpression(
        minimum == 0 ? QString{} : QStringLiteral("^[%1-2]$").arg(minimum));
    const int index = m_ui->severityFilter->findData(minimum);
    if (index >= 0 && index != m_ui->severityFilter->currentIndex())
        m_ui->severityFilter->setCurrentIndex(index);
    updateSummary();
}

int EventsPanel::shownRows() const
{
    return m_filter->rowCount();
}

void EventsPanel::updateSummary()
{
    int warnings = 0;
    int critical = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Severity severity = m_model->alert(row).severity;
        warnings += severity == Severity::Warning ? 1 : 0;
        critical += severity == Severity::Critical ? 1 : 0;
    }
    m_ui->eventsSummary->setText(tr("%1 events · %2 warning · %3 critical · %4 shown")
                                     .arg(m_model->rowCount())
                                     .arg(warnings)
                                     .arg(critical)
                                     .arg(m_filter->rowCount()));
}

} // namespace opsdash
