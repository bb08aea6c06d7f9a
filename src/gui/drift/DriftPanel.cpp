#include "gui/drift/DriftPanel.h"

#include "clock/Clock.h"
#include "drift/SourceChecks.h"
#include "gui/common/CheckStatusText.h"
#include "gui/common/ExternalOpen.h"
#include "gui/common/NoRowsMatch.h"
#include "gui/common/Palette.h"
#include "gui/common/TimeDisplay.h"
#include "gui/drift/DriftModel.h"
#include "gui/events/AcknowledgeActions.h"
#include "live/AlertLog.h"
#include "live/LiveTarget.h"
#include "model/SettingsKeys.h"
#include "ui_DriftPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QThread>

#include <memory>

namespace opsdash {

DriftPanel::DriftPanel(const Baseline& baseline, const QString& repoDir, QWidget* parent)
    : QWidget{parent}
    , m_ui{std::make_unique<Ui::DriftPanel>()}
    , m_baseline{baseline}
    // Absolute, so locations are usable anywhere; only the string, the disk is not touched.
    , m_repoDir{repoDir.isEmpty() ? QString{} : QDir::cleanPath(QDir{repoDir}.absolutePath())}
    , m_model{new DriftModel{this}}
{
    m_ui->setupUi(this);
    connect(&TimeDisplay::instance(), &TimeDisplay::changed, this, &DriftPanel::updateHeader);
    QFont title = m_ui->title->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->title->setFont(title);

    QTableView* view = m_ui->findingsView;
    view->setModel(m_model);
    const QSettings settings;
    m_notPassingOnly = new QCheckBox{tr("&Only checks that do not pass"), this};
    m_notPassingOnly->setObjectName(QStringLiteral("notPassingOnly"));
    m_notPassingOnly->setChecked(SettingsKeys::DriftKeys::NotPassingOnly.read(settings));
    m_ui->headerLayout->insertWidget(
        m_ui->headerLayout->indexOf(m_ui->verifyState), m_notPassingOnly);
    connect(m_notPassingOnly, &QCheckBox::toggled, this, [this](bool only) {
        QSettings changed;
        SettingsKeys::DriftKeys::NotPassingOnly.write(changed, only);
        applyFilter();
    });
    m_noRows = new NoRowsMatch{view,
        tr("No rows match: every check passes. Clear “Only checks that do not pass” to see "
           "them all."),
        [this] {
            const int rows = m_model->rowCount();
            for (int row = 0; row < rows; ++row) {
                if (!m_ui->findingsView->isRowHidden(row))
                    return false;
            }
            return rows > 0;
        }};
    connect(m_model, &QAbstractItemModel::modelReset, this, &DriftPanel::applyFilter);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DriftPanel::applyFilter);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DriftPanel::applyFilter);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &DriftPanel::applyFilter);
    view->setIconSize(QSize{16, 16});
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DriftModel::ExpectedColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DriftModel::ActualColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DriftModel::EvidenceColumn, QHeaderView::Stretch);
    // The design's order (grouped by plane) until a header is clicked (the model sorts); a
    // third click on it brings that order back. Both choices are remembered.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(SettingsKeys::DriftKeys::SortColumn.read(settings),
        static_cast<Qt::SortOrder>(SettingsKeys::DriftKeys::SortOrder.read(settings)));
    view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [](int column, Qt::SortOrder order) {
        QSettings changed;
        SettingsKeys::DriftKeys::SortColumn.write(changed, column);
        SettingsKeys::DriftKeys::SortOrder.write(changed, static_cast<int>(order));
    });
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);

    m_openAction = new QAction{tr("Open file"), view};
    m_openAction->setObjectName(QStringLiteral("openLocationAction"));
    m_openAction->setShortcuts({QKeySequence{Qt::Key_Return}, QKeySequence{Qt::Key_Enter}});
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_openAction, &QAction::triggered, this, [this] { openLocation(currentRow()); });
    m_copyAction = new QAction{tr("Copy location"), view};
    m_copyAction->setObjectName(QStringLiteral("copyLocationAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] { copyLocation(currentRow()); });
    view->addAction(m_openAction);
    view->addAction(m_copyAction);
    m_acknowledge = new AcknowledgeActions{
        view, [this](const QModelIndex& index) {
            return index.isValid() ? m_model->finding(index.row()).checkId : QString{};
        }};
    connect(view, &QAbstractItemView::doubleClicked, this,
        [this](const QModelIndex& index) { openLocation(index.row()); });

    m_reverifyAction = new QAction{tr("Re-verify"), this};
    m_reverifyAction->setObjectName(QStringLiteral("reverifyAction"));
    m_reverifyAction->setShortcut(QKeySequence{Qt::Key_F6});
    m_reverifyAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_reverifyAction, &QAction::triggered, this, &DriftPanel::reverify);
    addAction(m_reverifyAction);
    connect(m_ui->reverifyButton, &QPushButton::clicked, this, &DriftPanel::reverify);

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DriftPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DriftPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DriftPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DriftPanel::fitNarrowColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DriftPanel::fitNarrowColumns);

    reverify();
}

void DriftPanel::setAlerts(AlertLog* alerts)
{
    m_model->setMark([alerts = QPointer<AlertLog>{alerts}](const QString& checkId, int role) {
        return AcknowledgementMarks::markData(alerts, checkId, role);
    });
    connect(alerts, &AlertLog::acknowledgementsChanged, m_model, &DriftModel::refreshMarks);
    m_acknowledge->setAlerts(alerts);
}

void DriftPanel::fitNarrowColumns()
{
    constexpr int narrow[]{
        DriftModel::PlaneColumn, DriftModel::StatusColumn, DriftModel::CheckColumn};
    QStringList texts;
    texts.reserve(m_model->rowCount() * 3);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (const int column : narrow)
            texts << m_model->index(row, column).data().toString();
    }
    if (texts == m_fittedTexts)
        return;
    m_fittedTexts = std::move(texts);
    for (const int column : narrow)
        m_ui->findingsView->resizeColumnToContents(column);
}

DriftPanel::~DriftPanel()
{
    // The worker reads a few small files; it cannot be cancelled halfway, so let it end.
    if (m_worker != nullptr) {
        m_worker->wait();
        delete m_worker;
    }
}

void DriftPanel::setTarget(LiveTarget* target)
{
    if (m_target != nullptr)
        disconnect(m_target, nullptr, this, nullptr);
    m_target = target;
    setTargetFindings({});
    if (target == nullptr) {
        setTargetState(tr("no database target (start opsdash with --db CONNINFO)"));
        return;
    }
    setTargetState(tr("waiting for the first poll"));
    connect(target, &LiveTarget::findingsChanged, this, &DriftPanel::setTargetFindings);
}

void DriftPanel::reverify()
{
    if (m_repoDir.isEmpty()) {
        // Nothing to read: every source check is not-checked, never pass.
        m_model->setFindings(DriftModel::Feed::Source,
            SourceChecks::unavailable(
                m_baseline, CheckStatus::NotChecked, QString{}, tr("no repository given")));
        updateHeader();
        return;
    }
    if (m_worker != nullptr) {
        m_runAgain = true; // the checkout may have changed since that run started
        return;
    }
    startWorker();
}

void DriftPanel::setRepository(const QString& repoDir)
{
    const QString cleaned
        = repoDir.isEmpty() ? QString{} : QDir::cleanPath(QDir{repoDir}.absolutePath());
    if (cleaned == m_repoDir)
        return;
    m_repoDir = cleaned;
    reverify(); // a run of the old checkout in flight is followed by one of the new
    updateHeader();
}

void DriftPanel::startWorker()
{
    auto result = std::make_shared<QList<Finding>>();
    m_worker = QThread::create([result, baseline = m_baseline, repo = m_repoDir] {
        *result = SourceChecks::run(baseline, repo);
    });
    m_worker->setObjectName(QStringLiteral("driftVerify"));
    connect(m_worker, &QThread::finished, this, [this, result] { onWorkerFinished(*result); });
    m_worker->start(QThread::LowPriority);
    updateHeader();
}

void DriftPanel::onWorkerFinished(const QList<Finding>& findings)
{
    m_worker->wait(); // finished() comes from the thread's last moments
    // Owned by the panel until the deferred delete runs: `opsdash evidence` may end its
    // last event loop right after this, and a parentless thread object would leak.
    m_worker->setParent(this);
    m_worker->deleteLater();
    m_worker = nullptr;
    m_verifiedAt = Clock::current().nowUtc();
    m_model->setFindings(DriftModel::Feed::Source, findings);
    if (currentRow() < 0)
        showFirstProblem();
    if (m_runAgain) {
        m_runAgain = false;
        startWorker();
    }
    updateHeader();
    emit verified();
}

void DriftPanel::setTargetFindings(const QList<Finding>& findings)
{
    m_model->setFindings(DriftModel::Feed::Target, findings);
    if (!findings.isEmpty())
        m_targetState.clear();
    if (currentRow() < 0)
        showFirstProblem();
    updateHeader();
}

void DriftPanel::setTargetState(const QString& message)
{
    m_targetState = message;
    updateHeader();
}

void DriftPanel::setSessionFindings(const QList<Finding>& findings)
{
    m_model->setFindings(DriftModel::Feed::Sessions, findings);
    if (currentRow() < 0)
        showFirstProblem();
    updateHeader();
}

void DriftPanel::updateHeader()
{
    const StatusCounts counts = m_model->counts();
    QStringList parts;
    for (const CheckStatus status : {CheckStatus::Pass, CheckStatus::Fail, CheckStatus::Unknown,
             CheckStatus::Missing, CheckStatus::NotChecked}) {
        const int count = counts.count(status);
        const QColor colour = count > 0 ? Palette::forStatus(status) : Palette::disconnected();
        parts.append(
            QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2&nbsp;%3")
                .arg(colour.name())
                .arg(count > 0 ? QStringLiteral("<b>%1</b>").arg(count) : QString::number(count),
                    CheckStatusText::label(status).toHtmlEscaped()));
    }
    m_ui->statusCounts->setText(tr("%1 checks").arg(counts.total()) + QStringLiteral(" &nbsp; ")
        + parts.join(QStringLiteral(" &nbsp; ")));

    const bool haveRepo = !m_repoDir.isEmpty();
    if (m_worker != nullptr)
        m_ui->verifyState->setText(tr("verifying…"));
    else if (!haveRepo)
        m_ui->verifyState->setText(tr("no repository given"));
    else if (m_verifiedAt.isValid())
        m_ui->verifyState->setText(
            tr("verified at %1")
                .arg(TimeDisplay::format(m_verifiedAt, DisplayZone::Style::TimeOfDay)));
    else
        m_ui->verifyState->clear();
    m_ui->reverifyButton->setEnabled(haveRepo && m_worker == nullptr);
    m_reverifyAction->setEnabled(haveRepo);
    m_ui->reverifyButton->setToolTip(haveRepo
            ? tr("Check %1 against the baseline again (F6)").arg(m_repoDir)
            : tr("No repository: start opsdash with --repo DIR to check a checkout"));

    const QString source = haveRepo
        ? tr("Source: %1").arg(QDir::toNativeSeparators(m_repoDir))
        : tr("Source: no repository given (start opsdash with --repo DIR)");
    const QString target = m_targetState.isEmpty()
        ? tr("server and live: from the watched target, updated on each poll")
        : tr("server and live: %1").arg(m_targetState);
    m_ui->scopeLine->setText(source + QStringLiteral(" · ") + target);
}

void DriftPanel::updateDetails()
{
    const int row = currentRow();
    if (row < 0) {
        m_ui->findingDetails->setText(
            tr("Select a check to see why it has its status. Enter or a double-click opens "
               "the file of its evidence; Ctrl+C copies the location."));
        m_openAction->setEnabled(false);
        m_copyAction->setEnabled(false);
        return;
    }
    const Finding& finding = m_model->finding(row);
    const bool located = !locationAt(row).isEmpty();
    m_openAction->setEnabled(located);
    m_copyAction->setEnabled(located);
    QString text
        = QStringLiteral("<span style=\"color:%1\">●</span> <b>%2</b> %3 — ")
              .arg(Palette::forStatus(finding.status).name(), finding.checkId.toHtmlEscaped(),
                  CheckStatusText::label(finding.status).toHtmlEscaped())
        + tr("expected %1; actual %2; evidence %3")
              .arg(finding.expected.toHtmlEscaped(),
                  finding.actual.isEmpty() ? tr("none") : finding.actual.toHtmlEscaped(),
                  QStringLiteral("<tt>%1</tt>").arg(finding.evidence.toHtmlEscaped()));
    if (!finding.reason.isEmpty())
        text += QStringLiteral("<br>") + tr("Why: %1").arg(finding.reason.toHtmlEscaped());
    m_ui->findingDetails->setText(text);
}

void DriftPanel::showFirstProblem()
{
    // The table keeps the design's order; while the user has not picked a row, the first
    // check that does not pass is brought into view and explained in the details line, so
    // a failure is never below the fold.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->finding(row).status != CheckStatus::Pass) {
            const QModelIndex index = shownIndex(row);
            m_ui->findingsView->setCurrentIndex(index);
            m_ui->findingsView->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return;
        }
    }
}

bool DriftPanel::selectCheck(const QString& checkId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->finding(row).checkId == checkId) {
            const QModelIndex index = shownIndex(row);
            m_ui->findingsView->setCurrentIndex(index);
            m_ui->findingsView->scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_ui->findingsView->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void DriftPanel::applyFilter()
{
    const bool only = m_notPassingOnly->isChecked();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool hide = only && m_model->finding(row).status == CheckStatus::Pass;
        m_ui->findingsView->setRowHidden(row, hide);
    }
    m_noRows->refresh();
}

QModelIndex DriftPanel::shownIndex(int row)
{
    if (m_ui->findingsView->isRowHidden(row))
        m_notPassingOnly->setChecked(false); // asked for by name: show it
    return m_model->index(row, DriftModel::CheckColumn);
}

int DriftPanel::currentRow() const
{
    const QModelIndex current = m_ui->findingsView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString DriftPanel::locationAt(int row) const
{
    if (row < 0 || row >= m_model->rowCount() || m_repoDir.isEmpty())
        return {};
    const std::optional<DriftModel::Location> location
        = DriftModel::locationOf(m_model->finding(row));
    if (!location)
        return {};
    DriftModel::Location absolute = *location;
    absolute.path = QDir{m_repoDir}.filePath(location->path);
    return absolute.toString();
}

bool DriftPanel::openLocation(int row)
{
    if (locationAt(row).isEmpty())
        return false;
    const std::optional<DriftModel::Location> location
        = DriftModel::locationOf(m_model->finding(row));
    // The editor command opens it at the line; a file URL cannot carry the line.
    return ExternalOpen::openFile(this, QDir{m_repoDir}.filePath(location->path), location->line);
}

bool DriftPanel::copyLocation(int row)
{
    const QString location = locationAt(row);
    if (location.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(location);
    return true;
}

} // namespace opsdash
