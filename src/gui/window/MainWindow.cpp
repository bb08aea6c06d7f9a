#include "gui/window/MainWindow.h"

#include "Version.h"
#include "gui/activity/ActivityPanel.h"
#include "gui/chart/HistoryChart.h"
#include "gui/chart/ReleaseMarker.h"
#include "gui/common/Palette.h"
#include "gui/common/SteadyLabel.h"
#include "gui/common/Theme.h"
#include "gui/drift/DriftPanel.h"
#include "gui/drift/DriftSummary.h"
#include "gui/events/EventsPanel.h"
#include "gui/evidence/EvidenceCapture.h"
#include "gui/pools/PoolBudgetPanel.h"
#include "gui/sessions/SessionsModel.h"
#include "gui/sessions/SessionsPanel.h"
#include "gui/targets/TargetSelector.h"
#include "gui/window/TrayNotifier.h"
#include "gui/window/WelcomePage.h"
#include "history/AlertLog.h"
#include "history/HistoryStore.h"
#include "history/LiveTarget.h"
#include "pg/ActivityMonitor.h"
#include "pg/BackendSignals.h"
#include "secrets/SecretStore.h"
#include "sessions/SessionExpiry.h"
#include "sessions/SessionSourcePlan.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace opsdash {

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");
const QString MainSplitterKey = QStringLiteral("mainWindow/mainSplitter");
const QString CurrentTabKey = QStringLiteral("mainWindow/currentTab");
const QString ChartRangeKey = QStringLiteral("mainWindow/chartRangeSeconds");
const QString MutedKey = QStringLiteral("notifications/muted");

QString stateBadge(const QColor& colour, const QString& text)
{
    return QStringLiteral("<span style=\"color:%1\">●</span> <b>%2</b>")
        .arg(colour.name(), text.toHtmlEscaped());
}
} // namespace

MainWindow::MainWindow(const Baseline& baseline, const TargetOptions& options, QWidget* parent)
    : QMainWindow{parent}
    , m_ui{std::make_unique<Ui::MainWindow>()}
    , m_baseline{baseline}
    , m_options{options}
    , m_statusTimer{new QTimer{this}}
{
    m_ui->setupUi(this);

    m_poolPanel = new PoolBudgetPanel{baseline, m_ui->panelSplitter};
    m_poolPanel->setObjectName(QStringLiteral("poolBudgetPanel"));
    m_ui->panelSplitter->addWidget(m_poolPanel);
    m_chart = new HistoryChart{baseline, m_ui->panelSplitter};
    m_ui->panelSplitter->addWidget(m_chart);
    m_ui->panelSplitter->setStretchFactor(0, 2);
    m_ui->panelSplitter->setStretchFactor(1, 3);
    m_ui->panelSplitter->setSizes({2000, 3000}); // 2 : 3 until the user drags it
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->mainSplitter->setSizes({3000, 2000});
    m_ui->panelTabs->setVisible(false); // until a panel is added
    connect(m_ui->actionShowPools, &QAction::triggered, this,
        [this] { m_poolPanel->setFocus(Qt::ShortcutFocusReason); });

    m_intervalBox = new QComboBox{this};
    m_intervalBox->setObjectName(QStringLiteral("intervalBox"));
    m_intervalBox->setToolTip(tr("Poll interval"));
    for (const int seconds : {1, 2, 5, 10, 30, 60})
        m_intervalBox->addItem(tr("every %1 s").arg(seconds), seconds);
    const int current = m_intervalBox->findData(static_cast<int>(options.interval.count()));
    if (current < 0)
        m_intervalBox->addItem(tr("every %1 s").arg(options.interval.count()),
            static_cast<int>(options.interval.count()));
    m_intervalBox->setCurrentIndex(
        std::max(0, m_intervalBox->findData(static_cast<int>(options.interval.count()))));
    m_ui->mainToolBar->addWidget(m_intervalBox);

    m_rangeBox = new QComboBox{this};
    m_rangeBox->setObjectName(QStringLiteral("rangeBox"));
    m_rangeBox->setToolTip(tr("Time range of the chart"));
    const std::pair<QString, int> ranges[] = {{tr("last 15 min"), 15 * 60}, {tr("last 1 h"), 3600},
        {tr("last 6 h"), 6 * 3600}, {tr("last 24 h"), 24 * 3600}, {tr("last 7 d"), 7 * 24 * 3600}};
    for (const auto& [label, seconds] : ranges)
        m_rangeBox->addItem(label, seconds);
    m_ui->mainToolBar->addWidget(m_rangeBox);
    m_chartTimer = new QTimer{this};

    // The dashboard and the first-start welcome page share the central area.
    m_dashboardPage = takeCentralWidget();
    m_pages = new QStackedWidget{this};
    m_pages->addWidget(m_dashboardPage);
    m_welcome = new WelcomePage{m_pages};
    m_pages->addWidget(m_welcome);
    setCentralWidget(m_pages);

    m_targetSelector = new TargetSelector{this};
    m_ui->mainToolBar->insertWidget(m_ui->actionConnect, m_targetSelector);
    m_ui->mainToolBar->insertSeparator(m_ui->actionConnect);
    connect(m_targetSelector, &TargetSelector::targetChosen, this, &MainWindow::setTarget);
    connect(m_targetSelector, &TargetSelector::notice, this, &MainWindow::showNotice);
    connect(m_targetSelector, &TargetSelector::profilesChanged, this, [this](int count) {
        if (count == 0 && m_target == nullptr)
            showWelcomeIfNoTargets();
    });
    connect(
        m_welcome, &WelcomePage::addTargetRequested, m_targetSelector, &TargetSelector::addTarget);
    buildThemeMenu();

    buildStatusBar();
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer->start(1000);
    connectActions();

    // The tabs exist before a target does: switching targets re-points them (setTarget).
    setUpSessions(); // the first tab: what on-call looks at after the pools
    m_driftPanel = new DriftPanel{baseline, options.repoDir, this};
    addTabPanel(m_driftPanel, tr("Drift"));
    if (const std::optional<Finding> canary = m_sessionsPanel->canaryFinding())
        m_driftPanel->setSessionFindings({*canary}); // told before the drift panel existed
    {
        // The drift checks stay in view under the pool budgets whichever tab is in front
        // (a screenshot shows them too); each problem line opens its row in the Drift tab.
        auto* poolColumn = new QWidget{};
        poolColumn->setObjectName(QStringLiteral("poolColumn"));
        poolColumn->setSizePolicy(m_poolPanel->sizePolicy()); // with its splitter stretch
        auto* columnLayout = new QVBoxLayout{poolColumn};
        columnLayout->setContentsMargins({});
        columnLayout->setSpacing(0);
        m_ui->panelSplitter->replaceWidget(m_ui->panelSplitter->indexOf(m_poolPanel), poolColumn);
        columnLayout->addWidget(m_poolPanel);
        // The pool panel keeps its natural height; the summary takes the space below it.
        m_poolPanel->setSizePolicy(
            m_poolPanel->sizePolicy().horizontalPolicy(), QSizePolicy::Maximum);
        m_poolPanel->show(); // replaceWidget() hid it
        m_driftSummary = new DriftSummary{m_driftPanel->model(), poolColumn};
        m_driftSummary->setObjectName(QStringLiteral("driftSummary"));
        // It fits its lines to the width it gets and never asks for more: the splitter
        // keeps deciding the column's width.
        m_driftSummary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        columnLayout->addWidget(m_driftSummary, 1);
        m_ui->panelSplitter->setSizes({2000, 3000});
        connect(m_driftSummary, &DriftSummary::checkActivated, this, [this](const QString& id) {
            showPanel(m_driftPanel);
            if (!id.isEmpty())
                m_driftPanel->selectCheck(id);
        });
    }
    buildActivityAndEvents();
    buildReleaseMarker();

    m_windowBaselinePath = options.baselinePath;
    if (options.hasDatabase) {
        if (options.profile.isEmpty())
            m_targetSelector->showCommandLineTarget(PgConnection::describeTarget(
                options.conninfo.toUtf8(), options.connectionParameters));
        else
            m_targetSelector->showProfile(options.profile);
        setTarget(options);
    } else {
        showNoTarget();
    }
    if (m_evidence == nullptr)
        replaceEvidenceCapture();
    refreshStatus();
    restoreWindowState();
}

void MainWindow::setTarget(const TargetOptions& options)
{
    dropTarget();
    m_options = options;
    // The tabs follow the target: its checkout, its session source, its findings.
    m_driftPanel->setRepository(options.repoDir);
    m_driftPanel->setTargetFindings({});
    m_driftPanel->setTargetState(options.hasDatabase
            ? tr("waiting for the first poll")
            : tr("no database target (start opsdash with --db CONNINFO)"));
    if (!options.hasDatabase) {
        startSessions();
        showNoTarget();
        if (m_evidence != nullptr)
            replaceEvidenceCapture();
        return;
    }
    if (options.baselinePath != m_windowBaselinePath) {
        showNotice(tr("“%1” names the baseline %2, but this window was opened with %3. Restart "
                      "opsdash with --profile “%1” to check against it.")
                       .arg(options.profile,
                           options.baselinePath.isEmpty() ? tr("built-in") : options.baselinePath,
                           m_windowBaselinePath.isEmpty() ? tr("the built-in one")
                                                          : m_windowBaselinePath));
    }
    m_pages->setCurrentWidget(m_dashboardPage);
    for (QAction* action : {m_ui->actionConnect, m_ui->actionPause, m_ui->actionRefresh})
        action->setEnabled(true);
    m_intervalBox->setEnabled(true);
    m_rangeBox->setEnabled(true);
    {
        // The profile's interval without poking a monitor that does not exist yet.
        const QSignalBlocker blocker{m_intervalBox};
        const int seconds = static_cast<int>(options.interval.count());
        if (m_intervalBox->findData(seconds) < 0)
            m_intervalBox->addItem(tr("every %1 s").arg(seconds), seconds);
        m_intervalBox->setCurrentIndex(m_intervalBox->findData(seconds));
    }

    m_target = new LiveTarget{m_baseline, this};
    m_monitor = &m_target->monitor();
    connectMonitor();
    connect(&m_target->history(), &HistoryStore::rangeReady, this, &MainWindow::onHistoryRange);
    m_chartTimer->start(5000);
    m_chart->showMessage(tr("Sessions per pool — waiting for the first samples"));
    startMonitoring();
    startSessions(); // after the monitor: the sessions table rides on its connection
    // After start(): the read is queued behind the opening of the target's history file.
    m_alerts->restoreRecent();
    replaceEvidenceCapture();
    emit targetChanged(m_target);
}

void MainWindow::replaceEvidenceCapture()
{
    // A capture observes one LiveTarget from when it was made: each target gets its own.
    if (m_evidence != nullptr) {
        QAction* action = m_evidence->action();
        m_ui->menuFile->removeAction(action);
        m_ui->mainToolBar->removeAction(action);
        action->setEnabled(false);
        action->deleteLater();
        if (m_evidence->isBusy()) // let a bundle being written finish first
            connect(m_evidence, &EvidenceCapture::captured, m_evidence, &QObject::deleteLater);
        else
            m_evidence->deleteLater();
    }
    m_evidence = new EvidenceCapture{m_baseline, m_options, m_target, this};
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_evidence->action());
    m_ui->mainToolBar->insertAction(m_themeToolAction, m_evidence->action());
}

void MainWindow::buildReleaseMarker()
{
    m_releaseMarker = new ReleaseMarker{*m_alerts, this};
    m_ui->mainToolBar->insertSeparator(m_themeToolAction);
    m_ui->mainToolBar->insertAction(m_themeToolAction, m_releaseMarker->action());
    m_ui->menuMonitor->insertAction(m_muteNotifications, m_releaseMarker->action());
    m_ui->menuMonitor->insertSeparator(m_muteNotifications);
    connect(this, &MainWindow::targetChanged, m_releaseMarker, &ReleaseMarker::setTarget);
    // Drawn at once: the range read includes the event just written.
    connect(m_releaseMarker, &ReleaseMarker::marked, this, [this](const Alert& annotation) {
        requestHistory();
        if (m_evidence != nullptr)
            m_evidence->annotate(annotation.time, annotation.message);
    });
}

bool MainWindow::openProfile(const QString& name)
{
    return m_targetSelector->openProfile(name);
}

void MainWindow::showWelcomeIfNoTargets()
{
    if (m_target == nullptr && m_targetSelector->store().names().isEmpty())
        m_pages->setCurrentWidget(m_welcome);
}

bool MainWindow::isShowingWelcome() const
{
    return m_pages->currentWidget() == m_welcome;
}

void MainWindow::dropTarget()
{
    if (m_target == nullptr)
        return;
    // Stopped at once (its socket closes, no tick fires); destroyed from the event loop.
    disconnect(m_target, nullptr, this, nullptr);
    disconnect(m_monitor, nullptr, this, nullptr);
    disconnect(&m_target->history(), nullptr, this, nullptr);
    m_target->stop();
    if (m_evidence != nullptr && m_evidence->isBusy()) // its collector still reads the target
        connect(m_evidence, &EvidenceCapture::captured, m_target, &QObject::deleteLater);
    else
        m_target->deleteLater();
    m_target = nullptr;
    m_monitor = nullptr;
    if (m_sessionsPanel->sourceKind() == SessionsPanel::SourceKind::SessionsTable)
        m_sessionsPanel->showNoSource(); // it read through the monitor that just went
    m_chartTimer->stop();
    m_pendingRange = 0;
    m_lastSampleAt = {};
    m_lastServerTime = {};
    m_lastLatencyMs = 0;
    m_serverVersion->clear();
    m_historyState->setVisible(false);
    emit targetChanged(nullptr);
}

void MainWindow::showNoTarget()
{
    m_activityPanel->showWaiting(tr("No target."));
    m_driftPanel->setTargetFindings({});
    m_driftPanel->setTargetState(tr("no database target (start opsdash with --db CONNINFO)"));
    {
        const QSignalBlocker blocker{m_ui->actionConnect};
        m_ui->actionConnect->setChecked(false);
    }
    m_ui->actionConnect->setEnabled(false);
    m_ui->actionPause->setEnabled(false);
    m_ui->actionRefresh->setEnabled(false);
    m_intervalBox->setEnabled(false);
    m_rangeBox->setEnabled(false);
    m_chart->showMessage(tr("Sessions per pool — no target"));
    m_poolPanel->showWaiting(
        tr("No target. Choose or add one in the toolbar's target list, or start opsdash with "
           "--db CONNINFO (a conninfo string, a postgresql:// URI or service=NAME)."));
    refreshStatus();
}

void MainWindow::showNotice(const QString& text)
{
    statusBar()->showMessage(text, 30000);
    auto* box = new QMessageBox{QMessageBox::Warning, tr("opsdash"), text, QMessageBox::Ok, this};
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::buildThemeMenu()
{
    auto* menu = m_ui->menuView->addMenu(tr("&Theme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto* group = new QActionGroup{this};
    for (const Theme::Choice choice :
        {Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark}) {
        QAction* action = menu->addAction(Theme::displayName(choice));
        action->setObjectName(QStringLiteral("actionTheme_") + Theme::name(choice));
        action->setCheckable(true);
        action->setChecked(Theme::current() == choice);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [choice] {
            Theme::apply(choice);
            Theme::save(choice);
        });
    }
    auto* button = new QToolButton{this};
    button->setObjectName(QStringLiteral("themeButton"));
    button->setText(tr("Theme"));
    button->setToolTip(tr("Light, dark or as the system"));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    m_themeToolAction = m_ui->mainToolBar->addWidget(button);
}

MainWindow::~MainWindow() = default;

int MainWindow::addTabPanel(QWidget* panel, const QString& title)
{
    const int index = m_ui->panelTabs->addTab(panel, title);
    m_ui->panelTabs->setVisible(true);
    if (index < 4) {
        auto* show = new QAction{title, this};
        show->setShortcut(QKeySequence{Qt::CTRL | static_cast<Qt::Key>(Qt::Key_2 + index)});
        show->setToolTip(tr("Show the %1 panel (%2)")
                             .arg(title, show->shortcut().toString(QKeySequence::NativeText)));
        connect(show, &QAction::triggered, this, [this, panel] { showPanel(panel); });
        m_ui->menuView->addAction(show);
        addAction(show);
    }
    restoreTabState();
    return index;
}

void MainWindow::showPanel(QWidget* panel)
{
    m_ui->panelTabs->setCurrentWidget(panel);
    panel->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::buildActivityAndEvents()
{
    m_alerts = new AlertLog{m_baseline, this};
    m_activityPanel = new ActivityPanel{m_baseline, this};
    m_activityPanel->setBackendSignalsAllowed(m_options.allowBackendSignals);
    addTabPanel(m_activityPanel, tr("Activity"));
    m_eventsPanel = new EventsPanel{this};
    m_eventsPanel->setObjectName(QStringLiteral("eventsPanel"));
    addTabPanel(m_eventsPanel, tr("Events"));

    m_muteNotifications = new QAction{tr("&Mute notifications"), this};
    m_muteNotifications->setObjectName(QStringLiteral("actionMuteNotifications"));
    m_muteNotifications->setCheckable(true);
    m_muteNotifications->setChecked(QSettings{}.value(MutedKey, false).toBool());
    m_muteNotifications->setToolTip(
        tr("Keep listing events, but show no desktop notifications for them"));
    connect(m_muteNotifications, &QAction::toggled, this,
        [](bool muted) { QSettings{}.setValue(MutedKey, muted); });
    m_ui->menuMonitor->addSeparator();
    m_ui->menuMonitor->addAction(m_muteNotifications);

    auto tray = std::make_unique<TrayNotifier>();
    connect(tray.get(), &TrayNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showPanel(m_eventsPanel);
    });
    setNotifier(std::move(tray));
    connect(m_alerts, &AlertLog::raised, this, &MainWindow::onAlert);
    connect(m_alerts, &AlertLog::restored, m_eventsPanel, &EventsPanel::addOlder);
    connect(m_alerts, &AlertLog::statusChanged, this,
        [this](Severity status) { m_notifier->showStatus(status, m_alerts->statusReasons()); });
}

void MainWindow::setNotifier(std::unique_ptr<Notifier> notifier)
{
    m_notifier = std::move(notifier);
    m_notifier->showStatus(m_alerts->status(), m_alerts->statusReasons());
}

void MainWindow::onAlert(const Alert& alert)
{
    m_eventsPanel->add(alert);
    // What the user did themselves is logged, not announced back to them.
    const bool userAction = alert.kind == AlertKind::Backend || alert.kind == AlertKind::Annotation;
    if (!userAction && !m_muteNotifications->isChecked())
        m_notifier->notify(alert);
}

ActivityMonitor* MainWindow::monitor() const
{
    return m_monitor;
}

void MainWindow::buildStatusBar()
{
    m_connectionState = new QLabel{this};
    m_connectionState->setObjectName(QStringLiteral("connectionState"));
    m_serverVersion = new QLabel{this};
    m_serverVersion->setObjectName(QStringLiteral("serverVersion"));
    m_lastPoll = new QLabel{this};
    m_lastPoll->setObjectName(QStringLiteral("lastPoll"));
    // A long error must not push the session source and poll age out of sight: the label
    // gives way (its tooltip has the whole text).
    m_connectionState->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Texts that change while polling sit in SteadyLabels: a new text does not lay out the
    // window (tst_ticklayout).
    auto* connectionState = new SteadyLabel{m_connectionState};
    connectionState->setMinimumWidth(320);
    statusBar()->addWidget(connectionState, 2);
    statusBar()->addWidget(m_serverVersion, 1);
    statusBar()->addPermanentWidget(
        new SteadyLabel{m_lastPoll, tr("last poll %1 s ago · %2 ms").arg(99999).arg(99999)});
    m_historyState = new QLabel{this};
    m_historyState->setObjectName(QStringLiteral("historyState"));
    m_historyState->setVisible(false);
    statusBar()->addPermanentWidget(m_historyState);
    // Shown while a profile's secrets are read or written and the keychain has not answered
    // yet (TargetSelector waits a moment first). Permanent: a notice does not hide it.
    auto* keychainState
        = new QLabel{stateBadge(Palette::warning(), tr("Waiting for the keychain…")), this};
    keychainState->setObjectName(QStringLiteral("keychainState"));
    keychainState->setToolTip(
        tr("The system keychain (Secret Service) has not answered yet. The window keeps "
           "working; opsdash gives up after %1 s and says so.")
            .arg(SecretStore::timeout().count() / 1000));
    keychainState->setVisible(false);
    statusBar()->addPermanentWidget(keychainState);
    connect(
        m_targetSelector, &TargetSelector::keychainWaiting, keychainState, &QWidget::setVisible);
}

void MainWindow::connectActions()
{
    // Once per window; they act on whichever target is current.
    connect(m_ui->actionConnect, &QAction::toggled, this, [this](bool on) {
        if (m_monitor == nullptr)
            return;
        if (on && m_monitor->state() == ActivityMonitor::State::Stopped)
            startMonitoring();
        else if (!on) {
            m_monitor->stop();
            m_poolPanel->showWaiting(tr("Disconnected by you. Press Ctrl+K to connect again."));
            m_activityPanel->showWaiting(tr("Disconnected by you."));
        }
        refreshStatus();
    });
    connect(m_ui->actionPause, &QAction::toggled, this, [this](bool paused) {
        if (m_monitor == nullptr)
            return;
        m_monitor->setPaused(paused);
        refreshStatus();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (m_monitor != nullptr)
            m_monitor->pollNow();
    });
    connect(m_intervalBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_monitor != nullptr)
            m_monitor->setInterval(std::chrono::seconds{m_intervalBox->currentData().toInt()});
    });
    connect(m_chartTimer, &QTimer::timeout, this, &MainWindow::requestHistory);
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, &MainWindow::requestHistory);
}

void MainWindow::connectMonitor()
{
    connect(m_target, &LiveTarget::sampled, this, &MainWindow::onSample);
    m_alerts->attach(*m_target);
    m_activityPanel->setBackendSignalsAllowed(m_options.allowBackendSignals);
    connect(m_target, &LiveTarget::sampled, m_activityPanel, &ActivityPanel::showSample);
    // The target's own: gone with it when the user switches targets.
    auto* signaller = new BackendSignals{*m_monitor, m_target};
    connect(
        m_activityPanel, &ActivityPanel::backendSignalRequested, signaller, &BackendSignals::send);
    connect(signaller, &BackendSignals::finished, m_alerts, &AlertLog::record);
    connect(m_monitor, &ActivityMonitor::serverFactsRead, this, &MainWindow::onServerFacts);
    connect(m_monitor, &ActivityMonitor::disconnected, this, &MainWindow::onDisconnected);
    connect(m_monitor, &ActivityMonitor::stateChanged, this, &MainWindow::refreshStatus);
    // Another program holding the history file's lock delays the writes, loses nothing.
    connect(&m_target->history(), &HistoryStore::writesDelayed, this,
        [this](qint64 pending, qint64 blockedMs, const Error& error) {
            m_historyState->setText(stateBadge(Palette::warning(),
                tr("History writes delayed %1 s — %2 polls waiting")
                    .arg(blockedMs / 1000)
                    .arg(pending)));
            m_historyState->setToolTip(
                tr("Another program holds the history file's lock (%1). The polls wait in "
                   "memory and are written when it lets go; the chart shows what is written.")
                    .arg(error.toString()));
            m_historyState->setVisible(true);
        });
    connect(&m_target->history(), &HistoryStore::writesResumed, m_historyState,
        [this] { m_historyState->setVisible(false); });
}

void MainWindow::startMonitoring()
{
    ActivityMonitor::Options options;
    options.conninfo = m_options.conninfo.toUtf8();
    options.parameters = m_options.connectionParameters;
    options.interval = std::chrono::seconds{m_intervalBox->currentData().toInt()};
    m_ui->actionConnect->setChecked(true);
    m_poolPanel->showWaiting(tr("Connecting to %1 …").arg(m_monitor->target()));
    m_target->start(options);
    m_activityPanel->showWaiting(tr("Connecting to %1 …").arg(m_monitor->target()));
    m_poolPanel->showWaiting(tr("Connecting to %1 …").arg(m_monitor->target()));
}

void MainWindow::onSample(const ActivitySample& sample)
{
    const bool first = !m_lastSampleAt.isValid();
    m_lastSampleAt = sample.receivedAt;
    m_lastServerTime = sample.serverTime;
    m_lastLatencyMs = sample.latencyMs;
    m_poolPanel->showUsage(sample, m_target->window());
    m_driftPanel->setTargetFindings(m_target->findings());
    if (first)
        requestHistory();
    refreshStatus();
}

void MainWindow::requestHistory()
{
    if (m_target == nullptr)
        return;
    // Around two points per pixel column: the store returns min and max per bucket.
    const QDateTime to
        = (m_lastServerTime.isValid() ? m_lastServerTime : QDateTime::currentDateTimeUtc())
              .addSecs(1);
    const QDateTime from = to.addSecs(-m_rangeBox->currentData().toInt());
    const int columns = std::max(100, static_cast<int>(m_chart->chart()->plotArea().width()));
    m_rangeFrom = from;
    m_rangeTo = to;
    m_pendingRange = m_target->history().requestRange(from, to, columns);
}

void MainWindow::onHistoryRange(quint64 id, const HistoryRange& range)
{
    if (id != m_pendingRange)
        return; // an older request; a newer one is on its way
    m_chart->showRange(range, m_rangeFrom, m_rangeTo);
}

void MainWindow::onServerFacts(const ServerFacts& facts)
{
    m_serverVersion->setText(tr("PostgreSQL %1 · max_connections %2 · %3 usable")
                                 .arg(facts.version.section(u' ', 0, 0))
                                 .arg(facts.maxConnections)
                                 .arg(facts.usableSlots()));
    m_poolPanel->showServerFacts(facts);
}

void MainWindow::onDisconnected(const Error& error, const QDateTime& retryAt)
{
    m_activityPanel->showDisconnected(error.message);
    m_poolPanel->showDisconnected(
        tr("Next attempt at %1. %2")
            .arg(retryAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), error.message));
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    // Sessions entering critical are an alert like a pool crossing its threshold; the
    // countdown moves them between bands, so they are looked at every second.
    if (const SessionsModel* sessions = m_sessionsPanel ? m_sessionsPanel->model() : nullptr;
        m_alerts != nullptr && sessions != nullptr && sessions->hasSnapshot())
        m_alerts->setCriticalSessions(sessions->summary().critical, sessions->serverNow());
    if (m_monitor == nullptr) {
        m_connectionState->setText(stateBadge(Palette::disconnected(), tr("No target")));
        m_lastPoll->clear();
        return;
    }
    const QString target = m_monitor->target();
    switch (m_monitor->state()) {
    case ActivityMonitor::State::Stopped:
        m_connectionState->setText(
            stateBadge(Palette::disconnected(), tr("Disconnected (by you) — %1").arg(target)));
        break;
    case ActivityMonitor::State::Connecting:
        m_connectionState->setText(
            stateBadge(Palette::warning(), tr("Connecting — %1").arg(target)));
        break;
    case ActivityMonitor::State::Connected:
        m_connectionState->setText(stateBadge(Palette::ok(),
            m_monitor->isPaused() ? tr("Connected, paused — %1").arg(target)
                                  : tr("Connected — %1").arg(target)));
        break;
    case ActivityMonitor::State::Disconnected: {
        const qint64 inSeconds
            = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_monitor->nextRetry()));
        m_connectionState->setText(stateBadge(Palette::critical(),
            tr("Disconnected — %1 — retrying in %2 s: %3")
                .arg(target)
                .arg(inSeconds)
                .arg(m_monitor->lastError() ? m_monitor->lastError()->message : QString{})));
        break;
    }
    }
    m_connectionState->setToolTip(m_connectionState->text());
    if (m_lastSampleAt.isValid()) {
        const qint64 age = m_lastSampleAt.secsTo(QDateTime::currentDateTimeUtc());
        m_lastPoll->setText(tr("last poll %1 s ago · %2 ms").arg(age).arg(m_lastLatencyMs));
    } else {
        m_lastPoll->setText(tr("no poll yet"));
    }
}

void MainWindow::setUpSessions()
{
    m_sessionsPanel = new SessionsPanel{m_baseline, this};
    m_sessionSource = new QLabel{this};
    m_sessionSource->setObjectName(QStringLiteral("sessionSourceState"));
    m_clockSkew = new QLabel{this};
    m_clockSkew->setObjectName(QStringLiteral("clockSkew"));
    m_clockSkew->setVisible(false);
    statusBar()->addWidget(
        new SteadyLabel{m_sessionSource,
            stateBadge(Palette::ok(), SessionsPanel::tr("Sessions fresh · %1 active").arg(99999))},
        1);
    statusBar()->addWidget(m_clockSkew);
    connect(m_sessionsPanel, &SessionsPanel::sourceStateChanged, this,
        &MainWindow::refreshSessionsStatus);
    // Failures and recoveries of the sessions source go to the event log (and history).
    connect(m_sessionsPanel, &SessionsPanel::sourceEvent, this, [this](const Alert& alert) {
        if (m_alerts != nullptr)
            m_alerts->record(alert);
    });
    addTabPanel(m_sessionsPanel, tr("Sessions"));
    // The canary's live.session.maxAge joins the drift panel's live findings.
    connect(m_sessionsPanel, &SessionsPanel::canaryChecked, this, [this](const Finding& finding) {
        if (m_driftPanel != nullptr)
            m_driftPanel->setSessionFindings({finding});
    });
    connect(m_sessionsPanel, &SessionsPanel::canaryStopped, this, [this] {
        if (m_driftPanel != nullptr)
            m_driftPanel->setSessionFindings({});
    });
    startSessions();
}

void MainWindow::startSessions()
{
    // The sessions table reads through the target's monitor: one backend per target.
    const SessionSourcePlan plan = SessionSourcePlan::forTarget(m_options, m_monitor != nullptr);
    switch (plan.sessions) {
    case SessionSourcePlan::Sessions::AdminEndpoint:
        m_sessionsPanel->startAdminEndpoint(plan.adminUrl);
        break;
    case SessionSourcePlan::Sessions::SessionsTable:
        m_sessionsPanel->startSessionsTable(*m_monitor);
        break;
    case SessionSourcePlan::Sessions::None:
        m_sessionsPanel->showNoSource();
        break;
    }
    if (plan.canaryUrl.isEmpty())
        m_sessionsPanel->stopCanary();
    else
        m_sessionsPanel->startCanary(plan.canaryUrl);
    refreshSessionsStatus();
}

void MainWindow::refreshSessionsStatus()
{
    m_sessionSource->setText(
        stateBadge(m_sessionsPanel->statusColour(), m_sessionsPanel->statusText()));
    // Only worth a word when over 5 s: all session times use the server's clock anyway.
    const std::optional<qint64> skew = m_sessionsPanel->clockSkewMs();
    const bool notable = skew && qAbs(*skew) > ExpirySummary::kNotableSkewMs;
    m_clockSkew->setVisible(notable);
    if (notable) {
        m_clockSkew->setText(stateBadge(Palette::warning(),
            tr("clock skew: desktop %1%2")
                .arg(*skew > 0 ? QStringLiteral("+") : QStringLiteral("−"),
                    SessionExpiry::formatLeft(qAbs(*skew)))));
        ExpirySummary summary;
        summary.clockSkewMs = *skew;
        m_clockSkew->setToolTip(SessionExpiry::skewLine(summary));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About opsdash"),
        tr("<b>opsdash %1</b><p>Watches PostgreSQL connection pools, login sessions and "
           "configuration drift against a sign-off baseline.</p><p>Baseline: %2 (%3)</p>")
            .arg(QLatin1String{Version}, m_baseline.name.toHtmlEscaped(),
                m_baseline.sourcePath.toHtmlEscaped()));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_ui->panelSplitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(MainSplitterKey).toByteArray());
    if (const int range = m_rangeBox->findData(settings.value(ChartRangeKey).toInt()); range >= 0)
        m_rangeBox->setCurrentIndex(range);
}

void MainWindow::restoreTabState()
{
    // Panels arrive one by one; select the saved tab as soon as it exists.
    const int saved = QSettings{}.value(CurrentTabKey, 0).toInt();
    if (saved == m_ui->panelTabs->count() - 1)
        m_ui->panelTabs->setCurrentIndex(saved);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_ui->panelSplitter->saveState());
    settings.setValue(MainSplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(CurrentTabKey, m_ui->panelTabs->currentIndex());
    settings.setValue(ChartRangeKey, m_rangeBox->currentData().toInt());
}

} // namespace opsdash
