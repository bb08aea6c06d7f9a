#include "gui/activity/ActivityPanel.h"

#include "gui/activity/ActivityFilterModel.h"
#include "gui/activity/ActivityModel.h"
#include "gui/common/NoRowsMatch.h"
#include "gui/common/Palette.h"
#include "gui/common/SteadyLabel.h"
#include "gui/export/ExportColumns.h"
#include "live/LiveTarget.h"
#include "ui_ActivityPanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>

namespace opsdash {

namespace {

constexpr BackendState FilterStates[]
    = {BackendState::Active, BackendState::Idle, BackendState::IdleInTransaction,
        BackendState::IdleInTransactionAborted, BackendState::Other, BackendState::Unknown};

} // namespace

ActivityPanel::ActivityPanel(const Baseline& baseline, QWidget* parent)
    : QWidget{parent}
    , m_ui{std::make_unique<Ui::ActivityPanel>()}
    , m_model{new ActivityModel{this}}
    , m_filter{new ActivityFilterModel{this}}
{
    m_ui->setupUi(this);
    // Its counts change with every poll: held so that they do not lay out the window.
    SteadyLabel::hold(m_ui->activitySummary,
        tr("%1 connections · %2 active · %3 shown").arg(99999).arg(99999).arg(99999));
    m_filter->setSourceModel(m_model);
    QTableView* view = m_ui->activityTable;
    view->setModel(m_filter);
    new NoRowsMatch{view};
    view->sortByColumn(ActivityModel::QueryDurationColumn, Qt::DescendingOrder);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    const QFontMetrics metrics{font()};
    const auto chars = [&](int n) {
        return metrics.averageCharWidth() * n + 12;
    };
    // Room for typical values; the query text takes the rest.
    const std::pair<int, int> widths[] = {{ActivityModel::PoolColumn, 12},
        {ActivityModel::PidColumn, 6}, {ActivityModel::UserColumn, 9},
        {ActivityModel::DatabaseColumn, 9}, {ActivityModel::ApplicationColumn, 11},
        {ActivityModel::ClientColumn, 11}, {ActivityModel::StateColumn, 15},
        {ActivityModel::QueryDurationColumn, 13}, {ActivityModel::TransactionDurationColumn, 13},
        {ActivityModel::BackendAgeColumn, 13}, {ActivityModel::WaitEventColumn, 14}};
    for (const auto& [column, n] : widths)
        header->resizeSection(column, chars(n));
    view->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);

    m_ui->poolFilter->addItem(tr("All pools"), QString{});
    for (const PoolSpec& pool : baseline.pools)
        addPoolChoice(pool.id);
    addPoolChoice(QString{Baseline::kMonitorPool});
    addPoolChoice(baseline.attributionFallback);
    m_ui->stateFilter->addItem(tr("All states"), -1);
    for (const BackendState state : FilterStates)
        m_ui->stateFilter->addItem(toString(state), static_cast<int>(state));

    connect(m_ui->activityFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updateSummary();
    });
    connect(m_ui->poolFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setPool(m_ui->poolFilter->currentData().toString());
        updateSummary();
    });
    connect(m_ui->stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_ui->stateFilter->currentData().toInt();
        m_filter->setState(
            state < 0 ? std::nullopt : std::optional{static_cast<BackendState>(state)});
        updateSummary();
    });
    connect(m_ui->hideIdle, &QCheckBox::toggled, this, [this](bool hide) {
        m_filter->setHideIdle(hide);
        updateSummary();
    });

    // Shortcuts work while the focus is anywhere in the panel, so other panels can use the
    // same keys for their own tables.
    m_focusFilter = addPanelAction(tr("Filter"), QKeySequence::Find);
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_ui->activityFilter->setFocus(Qt::ShortcutFocusReason);
        m_ui->activityFilter->selectAll();
    });
    m_copyRow = addPanelAction(tr("&Copy row"), QKeySequence::Copy);
    connect(m_copyRow, &QAction::triggered, this, &ActivityPanel::copySelectedRow);
    m_copyQuery = addPanelAction(tr("Copy &query"), QKeySequence{Qt::CTRL | Qt::SHIFT | Qt::Key_C});
    connect(m_copyQuery, &QAction::triggered, this, &ActivityPanel::copySelectedQuery);
    m_cancel = addPanelAction(tr("Ca&ncel query…"), {});
    connect(m_cancel, &QAction::triggered, this, &ActivityPanel::cancelSelectedQuery);
    m_terminate = addPanelAction(tr("&Terminate backend…"), {});
    connect(m_terminate, &QAction::triggered, this, &ActivityPanel::terminateSelectedBackend);

    connect(view, &QWidget::customContextMenuRequested, this, &ActivityPanel::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const std::optional<BackendSession> session = selectedSession();
        m_selectedPid = session ? session->pid : 0;
        updateActions();
    });

    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(
                   this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    setBackendSignalsAllowed(false);
    updateSummary();
}

ActivityPanel::~ActivityPanel() = default;

QAction* ActivityPanel::addPanelAction(const QString& text, const QKeySequence& shortcut)
{
    auto* action = new QAction{text, this};
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void ActivityPanel::addPoolChoice(const QString& pool)
{
    if (m_ui->poolFilter->findData(pool) < 0)
        m_ui->poolFilter->addItem(pool, pool);
}

QTableView* ActivityPanel::table() const
{
    return m_ui->activityTable;
}

void ActivityPanel::setTarget(LiveTarget* target)
{
    if (m_target != nullptr) {
        disconnect(m_target, nullptr, this, nullptr);
        disconnect(&m_target->monitor(), nullptr, this, nullptr);
    }
    m_target = target;
    if (target == nullptr) {
        showWaiting(tr("No target."));
        return;
    }
    connect(target, &LiveTarget::sampled, this, &ActivityPanel::showSample);
    connect(&target->monitor(), &ActivityMonitor::disconnected, this,
        [this](const Error& error) { showDisconnected(error.message); });
}

void ActivityPanel::showSample(const ActivitySample& sample)
{
    m_ui->activityMessage->setVisible(false);
    for (const PoolUsage& usage : sample.pools)
        addPoolChoice(usage.pool);
    m_model->setSample(sample);
    // Rows change in place, so the selection normally survives; after a reset it is found
    // again by pid.
    if (m_selectedPid != 0 && !selectedSession())
        selectPid(m_selectedPid);
    updateSummary();
}

void ActivityPanel::showWaiting(const QString& message)
{
    m_ui->activityMessage->setText(message);
    m_ui->activityMessage->setVisible(true);
}

void ActivityPanel::showDisconnected(const QString& message)
{
    m_ui->activityMessage->setText(
        QStringLiteral("<b style=\"color:%1\">%2</b> %3")
            .arg(Palette::critical().name(),
                m_model->rowCount() > 0 ? tr("Disconnected — the rows are from the last poll.")
                                        : tr("Disconnected."),
                message.toHtmlEscaped()));
    m_ui->activityMessage->setVisible(true);
}

void ActivityPanel::setBackendSignalsAllowed(bool allowed)
{
    m_signalsAllowed = allowed;
    // Says how to turn it on: the profile's setting, where it is.
    const QString readOnly
        = tr("Off: this target's profile is read-only. To allow it, choose Edit in the target "
             "list and tick “Allow cancel query and terminate backend”.");
    m_cancel->setToolTip(
        allowed ? tr("Ask the server to cancel this backend's running query") : readOnly);
    m_terminate->setToolTip(
        allowed ? tr("Ask the server to end this backend's connection") : readOnly);
    // The status bar says it too, for the menu entries (their tooltips show only on hover).
    m_cancel->setStatusTip(m_cancel->toolTip());
    m_terminate->setStatusTip(m_terminate->toolTip());
    updateActions();
}

void ActivityPanel::setConfirmer(Confirmer confirmer)
{
    m_confirm = std::move(confirmer);
}

std::optional<BackendSession> ActivityPanel::selectedSession() const
{
    const QModelIndexList rows = m_ui->activityTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_filter->mapToSource(rows.constFirst());
    if (!source.isValid())
        return std::nullopt;
    return m_model->session(source.row());
}

bool ActivityPanel::selectPid(int pid)
{
    const int row = m_model->rowOfPid(pid);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->activityTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void ActivityPanel::copySelectedRow()
{
    TableExport::copySelection(*m_ui->activityTable, ExportColumns::activity());
}

void ActivityPanel::copySelectedQuery()
{
    if (const std::optional<BackendSession> session = selectedSession())
        QApplication::clipboard()->setText(session->query);
}

void ActivityPanel::cancelSelectedQuery()
{
    requestSignal(BackendSignals::Action::CancelQuery);
}

void ActivityPanel::terminateSelectedBackend()
{
    requestSignal(BackendSignals::Action::TerminateBackend);
}

void ActivityPanel::requestSignal(BackendSignals::Action action)
{
    const std::optional<BackendSession> session = selectedSession();
    if (!m_signalsAllowed || !session)
        return;
    const bool cancel = action == BackendSignals::Action::CancelQuery;
    const QString title = cancel ? tr("Cancel query") : tr("Terminate backend");
    const QString question = cancel
        ? tr("Cancel the running query of this backend? The client sees an error for it.")
        : tr("Terminate this backend? Its connection closes and any open transaction is "
             "rolled back.");
    const QString text = tr("%1\n\npid: %2\napplication: %3\nuser: %4\nquery:\n%5")
                             .arg(question)
                             .arg(session->pid)
                             .arg(session->applicationName, session->usename, session->query);
    if (m_confirm && m_confirm(title, text))
        emit backendSignalRequested(action, *session);
}

void ActivityPanel::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_ui->activityTable->indexAt(position);
    if (index.isValid()) {
        m_ui->activityTable->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QMenu menu{this};
    menu.setToolTipsVisible(true);
    menu.addAction(m_copyRow);
    menu.addAction(m_copyQuery);
    menu.addSeparator();
    menu.addAction(m_cancel);
    menu.addAction(m_terminate);
    menu.exec(m_ui->activityTable->viewport()->mapToGlobal(position));
}

void ActivityPanel::updateActions()
{
    const bool selected = m_selectedPid != 0;
    m_copyRow->setEnabled(selected);
    m_copyQuery->setEnabled(selected);
    m_cancel->setEnabled(selected && m_signalsAllowed);
    m_terminate->setEnabled(selected && m_signalsAllowed);
}

void ActivityPanel::updateSummary()
{
    int active = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->session(row).state == BackendState::Active)
            ++active;
    }
    m_ui->activitySummary->setText(tr("%1 connections · %2 active · %3 shown")
                                       .arg(m_model->rowCount())
                                       .arg(active)
                                       .arg(m_filter->rowCount()));
}

} // namespace opsdash
