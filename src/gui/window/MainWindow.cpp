#include "gui/window/MainWindow.h"

#include "Version.h"
#include "clock/Clock.h"
#include "gui/activity/ActivityPanel.h"
#include "gui/chart/HistoryChart.h"
#include "gui/chart/ReleaseMarker.h"
#include "gui/common/TimeDisplay.h"
#include "gui/drift/DriftModel.h"
#include "gui/drift/DriftPanel.h"
#include "gui/drift/DriftSummary.h"
#include "gui/events/EventsPanel.h"
#include "gui/evidence/EvidenceCapture.h"
#include "gui/export/ExportColumns.h"
#include "gui/export/ExportDialog.h"
#include "gui/overview/OverviewPage.h"
#include "gui/pools/PoolBudgetPanel.h"
#include "gui/sessions/SessionsPanel.h"
#include "gui/targets/TargetSelector.h"
#include "gui/window/CloseToTray.h"
#include "gui/window/KeyboardNavigation.h"
#include "gui/window/MainToolBar.h"
#include "gui/window/Notifications.h"
#include "gui/window/Notifier.h"
#include "gui/window/PauseBanner.h"
#include "gui/window/PoolColumn.h"
#include "gui/window/SettingsMenu.h"
#include "gui/window/ShortcutsDialog.h"
#include "gui/window/StaleData.h"
#include "gui/window/StatusBar.h"
#include "gui/window/WelcomePage.h"
#include "gui/window/WindowTitle.h"
#include "live/AlertLog.h"
#include "live/LiveSessions.h"
#include "live/LiveTarget.h"
#include "live/TargetFleet.h"
#include "model/SettingsKeys.h"
#include "pg/ActivityMonitor.h"
#include "pg/BackendSignals.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>

namespace opsdash {

MainWindow::MainWindow(const Baseline& baseline, const TargetOptions& options, QWidget* parent)
    : QMainWindow{parent}
    , m_ui{std::make_unique<Ui::MainWindow>()}
    , m_baseline{baseline}
    , m_options{options}
{
    m_ui->setupUi(this);
    m_statusBar = m_ui->statusBar;
    buildDashboard();
    buildToolBar();
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quitEverything);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(new SettingsMenu{m_ui->menuSettings, this}, &SettingsMenu::notice, this,
        &MainWindow::showNotice);
    connectActions();
    // The tabs exist before a target does: targetChanged re-points them.
    buildTabs();
    buildTimeZoneMenu();
    buildReleaseMarker();
    buildOverview();
    buildStaleData();
    // Tab walks the window as it is drawn: toolbar, pools, chart, tab bar, panel, status bar.
    // The tab bar is the stop; the tab widget around it, through its focus proxy, would be a
    // second one wherever the chain happened to hold it.
    m_ui->panelTabs->setFocusProxy(nullptr);
    m_ui->panelTabs->setFocusPolicy(Qt::NoFocus);
    m_keyboard = new KeyboardNavigation{this,
        {m_ui->mainToolBar, m_poolPanel->parentWidget(), m_chart, m_ui->panelTabs->tabBar(),
            m_ui->panelTabs, m_statusBar}};

    m_windowBaselinePath = options.baselinePath;
    if (options.hasDatabase || options.prometheus.isSet()) {
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
    m_keyboard->apply();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // The engines stop while every view is still alive; after that nothing they say while the
    // children go reaches a view already deleted (the title reads the drift model).
    if (m_fleet != nullptr)
        m_fleet->stopAll();
    if (m_staleData != nullptr)
        m_staleData->disconnect();
}

void MainWindow::buildDashboard()
{
    m_poolPanel = new PoolBudgetPanel{m_baseline, m_ui->panelSplitter};
    m_poolPanel->setObjectName(QStringLiteral("poolBudgetPanel"));
    m_poolPanel->setFocusPolicy(Qt::StrongFocus); // a Tab stop between toolbar and chart
    m_ui->panelSplitter->addWidget(m_poolPanel);
    m_chart = new HistoryChart{m_baseline, m_ui->panelSplitter};
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
    connect(this, &MainWindow::targetChanged, m_poolPanel, &PoolBudgetPanel::setTarget);
    connect(this, &MainWindow::targetChanged, m_chart, &HistoryChart::setTarget);
    connect(this, &MainWindow::targetChanged, m_statusBar, &StatusBar::setTarget);
}

void MainWindow::buildToolBar()
{
    m_targetSelector = new TargetSelector{this};
    m_ui->mainToolBar->setUp(
        m_targetSelector, m_ui->menuView, static_cast<int>(m_options.interval.count()));
    connect(m_targetSelector, &TargetSelector::targetChosen, this, &MainWindow::setTarget);
    connect(m_targetSelector, &TargetSelector::notice, this, &MainWindow::showNotice);
    connect(m_targetSelector, &TargetSelector::profilesChanged, this, [this](int count) {
        if (count == 0 && m_target == nullptr)
            showWelcomeIfNoTargets();
    });
    connect(m_targetSelector, &TargetSelector::keychainWaiting, m_statusBar,
        &StatusBar::setKeychainWaiting);
    connect(m_ui->welcomePage, &WelcomePage::addTargetRequested, m_targetSelector,
        &TargetSelector::addTarget);
}

void MainWindow::buildTabs()
{
    setUpSessions(); // the first tab: what on-call looks at after the pools
    m_driftPanel = new DriftPanel{m_baseline, m_options.repoDir, this};
    addTabPanel(m_driftPanel, tr("Drift"));
    connect(this, &MainWindow::targetChanged, m_driftPanel, &DriftPanel::setTarget);
    m_driftPanel->setSessionFindings(m_sessions->findings()); // before the drift panel existed
    buildPoolColumn();

    m_alerts = new AlertLog{m_baseline, this};
    m_alerts->attach(*m_sessions); // session alerts come from the engine, not from a view
    m_activityPanel = new ActivityPanel{m_baseline, this};
    m_activityPanel->setBackendSignalsAllowed(m_options.allowBackendSignals);
    addTabPanel(m_activityPanel, tr("Activity"));
    connect(this, &MainWindow::targetChanged, m_activityPanel, &ActivityPanel::setTarget);
    m_eventsPanel = new EventsPanel{this};
    m_eventsPanel->setObjectName(QStringLiteral("eventsPanel"));
    addTabPanel(m_eventsPanel, tr("Events"));
    m_eventsPanel->setAlerts(m_alerts);
    m_driftPanel->setAlerts(m_alerts);
    m_ui->menuFile->insertAction(m_ui->actionQuit, ExportDialog::createAction(this, [this] {
        return QList<ExportSource>{
            {QStringLiteral("sessions"), tr("Login sessions"),
                m_sessionsPanel->findChild<QTableView*>(QStringLiteral("sessionsTable")),
                ExportColumns::sessions()},
            {QStringLiteral("activity"), tr("Activity"), m_activityPanel->table(),
                ExportColumns::activity()},
            {QStringLiteral("events"), tr("Events"), m_eventsPanel->table(),
                ExportColumns::events()}};
    }));

    m_notifications = new Notifications{*m_alerts, this};
    m_ui->menuMonitor->addSeparator();
    m_ui->menuMonitor->addAction(m_notifications->muteAction());
    connect(
        m_notifications->muteAction(), &QAction::toggled, m_statusBar, &StatusBar::setDoNotDisturb);
    m_statusBar->setDoNotDisturb(m_notifications->muteAction()->isChecked());
    connect(m_notifications, &Notifications::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        if (!isShowingOverview())
            showPanel(m_eventsPanel);
    });
    connect(m_notifications->quitAction(), &QAction::triggered, this, &MainWindow::quitEverything);
    m_closeToTray = new CloseToTray{this};
    m_ui->menuMonitor->addAction(m_closeToTray->action());
}

void MainWindow::buildTimeZoneMenu()
{
    // One submenu, in the View menu and in the Settings menu.
    QMenu* zones = TimeDisplay::instance().createMenu(this);
    m_ui->menuView->addSeparator();
    m_ui->menuView->addMenu(zones);
    m_ui->menuSettings->addSeparator();
    m_ui->menuSettings->addMenu(zones);
}

void MainWindow::followServerZone()
{
    // The server's zone is the current target's, read again with its facts on each connect.
    const std::optional<ServerFacts> facts
        = m_target != nullptr ? m_target->serverFacts() : std::nullopt;
    TimeDisplay::instance().setServerZone(facts ? facts->timeZone : QString{});
    if (m_target != nullptr)
        connect(m_target, &LiveTarget::serverFactsRead, m_targetScope,
            [](const ServerFacts& read) { TimeDisplay::instance().setServerZone(read.timeZone); });
}

void MainWindow::buildStaleData()
{
    // Paused or disconnected: a banner (paused), greyed data and the title say it is not live.
    auto* banner = new PauseBanner{m_ui->actionPause, m_ui->centralWidget};
    m_ui->centralLayout->insertWidget(0, banner);
    m_staleData = new StaleData{m_ui->actionPause, this};
    connect(m_staleData, &StaleData::changed, banner,
        [this, banner] { banner->setDisconnected(m_staleData->isDisconnected()); });
    m_staleData->addView(m_activityPanel->table());
    m_staleData->addView(m_statusBar->findChild<QWidget*>(QStringLiteral("serverVersion")));
    connect(m_staleData, &StaleData::changed, m_poolPanel, [this](StaleData::Reason reason) {
        m_poolPanel->setStale(reason != StaleData::Reason::Live);
        // The summary's server and live lines are as old as the pool bars.
        const QDateTime lastPoll = m_poolPanel->lastPollAt();
        m_driftSummary->setStaleSince(
            reason == StaleData::Reason::Live || !lastPoll.isValid() ? QDateTime{} : lastPoll);
    });
    connect(this, &MainWindow::targetChanged, m_staleData, &StaleData::setTarget);
    // The chart's axis keeps moving through a pause or an outage, the span shaded as it grows.
    // An outage is a connection that dropped; not one the user closed or never opened.
    // A pause and an outage overlap when one starts during the other: each span keeps its start.
    connect(m_staleData, &StaleData::changed, m_chart, [this](StaleData::Reason reason) {
        const QDateTime now = Clock::current().nowUtc();
        const bool paused = reason == StaleData::Reason::Paused;
        if (paused != m_chart->pausedSince().isValid())
            m_chart->setPausedSince(paused ? now : QDateTime{});
        const LiveTarget::Link link
            = m_target != nullptr ? m_target->link() : LiveTarget::Link::Stopped;
        const bool dropped = m_staleData->isDisconnected()
            && (link == LiveTarget::Link::Lost
                || (link == LiveTarget::Link::Connecting
                    && m_chart->disconnectedSince().isValid()));
        if (dropped != m_chart->disconnectedSince().isValid())
            m_chart->setDisconnectedSince(dropped ? now : QDateTime{});
    });
    m_title = new WindowTitle{this, m_driftPanel->model(), m_staleData};
}

void MainWindow::buildPoolColumn()
{
    // Each problem line of the drift summary opens its row in the Drift tab.
    m_driftSummary = new DriftSummary{m_driftPanel->model()};
    m_driftSummary->setObjectName(QStringLiteral("driftSummary"));
    new PoolColumn{m_poolPanel, m_driftSummary};
    // The checked source's session strategy: JWT sessions leave nothing server-side to list.
    connect(m_driftPanel->model(), &QAbstractItemModel::modelReset, this, [this] {
        for (const Finding& finding : m_driftPanel->model()->findings()) {
            if (finding.checkId == QLatin1String{"session.strategy"})
                m_sessions->setSourceStrategy(finding.actual);
        }
    });
    m_ui->panelSplitter->setSizes({2000, 3000});
    connect(m_driftSummary, &DriftSummary::checkActivated, this, [this](const QString& id) {
        showPanel(m_driftPanel);
        if (!id.isEmpty())
            m_driftPanel->selectCheck(id);
    });
}

void MainWindow::setTarget(const TargetOptions& options)
{
    dropTarget();
    m_ui->actionPause->setChecked(false); // a new target starts live
    m_options = options;
    m_driftPanel->setRepository(options.repoDir); // the tabs follow the target's checkout
    // A team-mode profile has no database but a target all the same: Prometheus.
    if (!options.hasDatabase && !options.prometheus.isSet()) {
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
    m_ui->pages->setCurrentWidget(m_ui->centralWidget);
    for (QAction* action : {m_ui->actionConnect, m_ui->actionPause, m_ui->actionRefresh})
        action->setEnabled(true);
    m_ui->mainToolBar->setPollControlsEnabled(true);
    // The profile's interval without poking a monitor that does not exist yet.
    m_ui->mainToolBar->showInterval(static_cast<int>(options.interval.count()));

    // With the overview on, a profile's engine is the overview's: one backend per target.
    WatchedTarget* watched = m_fleetStarted && !options.profile.isEmpty()
        ? m_fleet->watch(options.profile, options)
        : nullptr;
    m_targetBorrowed = watched != nullptr;
    m_target = m_targetBorrowed ? &watched->target() : new LiveTarget{m_baseline, this};
    if (!m_targetBorrowed)
        m_target->setPoolMetricsUrls(options.poolMetricsUrls, MetricsUrlOrigin::Profile);
    emit targetChanged(m_target); // every view subscribes before the first tick
    m_title->setTargetName(options.profile.isEmpty()
            ? PgConnection::describeTarget(options.conninfo.toUtf8(), options.connectionParameters)
            : options.profile);
    // The overview's own alert log stores its rule alerts; this one only what the user did.
    m_alerts->attach(*m_target,
        m_targetBorrowed ? AlertLog::Persist::UserActionsOnly : AlertLog::Persist::Everything);
    m_activityPanel->setBackendSignalsAllowed(m_options.allowBackendSignals);
    // The target's own: gone with it when the user switches targets.
    m_targetScope = new QObject{this};
    followServerZone();
    auto* signaller = new BackendSignals{m_target->monitor(), m_targetScope};
    connect(
        m_activityPanel, &ActivityPanel::backendSignalRequested, signaller, &BackendSignals::send);
    connect(signaller, &BackendSignals::finished, m_alerts, &AlertLog::record);
    m_notifications->setWindowTargetWatchedByFleet(m_targetBorrowed);
    if (m_targetBorrowed)
        showBorrowedState();
    else
        startMonitoring();
    startSessions(); // after the monitor: the sessions table rides on its connection
    // After start(): the read is queued behind the opening of the target's history file
    // (team mode has none: Prometheus keeps the history).
    if (!m_options.prometheus.isSet())
        m_alerts->restoreRecent();
    replaceEvidenceCapture();
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
    m_ui->mainToolBar->insertBeforeTheme(m_evidence->action());
    if (m_keyboard != nullptr) // its new toolbar button takes its place in the Tab order
        m_keyboard->apply();
}

void MainWindow::buildReleaseMarker()
{
    m_releaseMarker = new ReleaseMarker{*m_alerts, this};
    m_ui->mainToolBar->insertSeparatorBeforeTheme();
    m_ui->mainToolBar->insertBeforeTheme(m_releaseMarker->action());
    m_ui->menuMonitor->insertAction(m_notifications->muteAction(), m_releaseMarker->action());
    m_ui->menuMonitor->insertSeparator(m_notifications->muteAction());
    connect(this, &MainWindow::targetChanged, m_releaseMarker, &ReleaseMarker::setTarget);
    // Drawn at once: the range read includes the event just written.
    connect(m_releaseMarker, &ReleaseMarker::marked, this, [this](const Alert& annotation) {
        m_chart->reloadHistory();
        if (m_evidence != nullptr)
            m_evidence->annotate(annotation.time, annotation.message);
    });
}

void MainWindow::buildOverview()
{
    m_fleet = new TargetFleet{m_baseline, this};
    m_overview = new OverviewPage{m_baseline, *m_fleet, m_ui->pages};
    m_ui->pages->addWidget(m_overview);
    QAction* overview = m_overview->makeShowAction(this);
    connect(overview, &QAction::triggered, this, &MainWindow::showOverview);
    m_ui->menuView->insertAction(m_ui->menuView->actions().value(0), overview);
    m_ui->mainToolBar->insertSeparatorBeforeTheme();
    m_ui->mainToolBar->insertBeforeTheme(overview);
    addAction(overview);
    connect(m_overview, &OverviewPage::openRequested, this, &MainWindow::openWatched);
    connect(m_notifications, &Notifications::targetChosen, this, [this](WatchedTarget* watched) {
        showNormal();
        raise();
        activateWindow();
        openWatched(watched);
    });
    connect(m_fleet, &TargetFleet::notice, m_statusBar, &StatusBar::showNotice);
    connect(m_targetSelector, &TargetSelector::profilesChanged, this, [this] {
        if (m_fleetStarted) // the overview follows the saved profiles
            m_fleet->watchProfiles(m_targetSelector->store(), m_target);
    });
}

void MainWindow::showOverview()
{
    if (!std::exchange(m_fleetStarted, true)) {
        m_notifications->followFleet(*m_fleet);
        m_fleet->watchProfiles(m_targetSelector->store());
        if (m_target != nullptr && !m_targetBorrowed && !m_options.profile.isEmpty())
            setTarget(m_options); // hand the profile over to the overview's engine
    }
    m_ui->pages->setCurrentWidget(m_overview);
    m_overview->focusTile(m_fleet->find(m_options.profile));
}

bool MainWindow::isShowingOverview() const
{
    return m_ui->pages->currentWidget() == m_overview;
}

void MainWindow::openWatched(WatchedTarget* watched)
{
    if (m_target != &watched->target()) {
        m_targetSelector->showProfile(watched->name());
        setTarget(watched->options());
    }
    m_ui->pages->setCurrentWidget(m_ui->centralWidget);
    m_poolPanel->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showBorrowedState()
{
    // Already polling: the controls show its state instead of starting it.
    {
        const QSignalBlocker connect{m_ui->actionConnect};
        m_ui->actionConnect->setChecked(m_target->link() != LiveTarget::Link::Stopped);
        const QSignalBlocker pause{m_ui->actionPause};
        m_ui->actionPause->setChecked(m_target->isPaused());
    }
    m_ui->mainToolBar->showInterval(static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(m_target->interval()).count()));
    m_statusBar->refresh();
}

bool MainWindow::openProfile(const QString& name)
{
    return m_targetSelector->openProfile(name);
}

void MainWindow::showWelcomeIfNoTargets()
{
    if (m_target == nullptr && m_targetSelector->store().names().isEmpty())
        m_ui->pages->setCurrentWidget(m_ui->welcomePage);
}

bool MainWindow::isShowingWelcome() const
{
    return m_ui->pages->currentWidget() == m_ui->welcomePage;
}

void MainWindow::dropTarget()
{
    if (m_target == nullptr)
        return;
    // Stopped at once (its socket closes, no tick fires); destroyed from the event loop.
    LiveTarget* target = std::exchange(m_target, nullptr);
    emit targetChanged(nullptr);
    TimeDisplay::instance().setServerZone({});
    m_alerts->detach();
    delete std::exchange(m_targetScope, nullptr);
    // The sessions table reads through the target's monitor, team mode follows the target.
    const bool sessionsRideOnTarget
        = m_sessions->sourceKind() == LiveSessions::SourceKind::SessionsTable
        || m_sessions->sourceKind() == LiveSessions::SourceKind::Prometheus;
    if (std::exchange(m_targetBorrowed, false)) {
        if (sessionsRideOnTarget)
            m_sessions->showNoSource();
        return; // the overview keeps watching it
    }
    target->stop();
    if (m_evidence != nullptr && m_evidence->isBusy()) // its collector still reads the target
        connect(m_evidence, &EvidenceCapture::captured, target, &QObject::deleteLater);
    else
        target->deleteLater();
    if (sessionsRideOnTarget)
        m_sessions->showNoSource(); // it read through the target that just went
}

void MainWindow::showNoTarget()
{
    emit targetChanged(nullptr);
    TimeDisplay::instance().setServerZone({});
    if (m_title != nullptr)
        m_title->setTargetName({});
    {
        const QSignalBlocker blocker{m_ui->actionConnect};
        m_ui->actionConnect->setChecked(false);
        m_ui->actionConnect->setText(tr("&Connect"));
    }
    for (QAction* action : {m_ui->actionConnect, m_ui->actionPause, m_ui->actionRefresh})
        action->setEnabled(false);
    m_ui->mainToolBar->setPollControlsEnabled(false);
}

void MainWindow::showNotice(const QString& text)
{
    // Never a dialog: the status bar now, the events panel to read it again later.
    m_statusBar->showNotice(text);
    if (m_alerts != nullptr)
        m_alerts->record(
            Alert{Clock::current().nowUtc(), Severity::Info, QString{AlertKind::Notice}, {}, text});
}

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
    KeyboardNavigation::mainControl(panel)->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::setNotifier(std::unique_ptr<Notifier> notifier)
{
    m_notifications->setNotifier(std::move(notifier));
}

ActivityMonitor* MainWindow::monitor() const
{
    return m_target != nullptr ? &m_target->monitor() : nullptr;
}

void MainWindow::connectActions()
{
    // Once per window; they act on whichever target is current.
    // The button names what it does, never the state (the status bar says that).
    connect(m_ui->actionConnect, &QAction::toggled, this,
        [this](bool on) { m_ui->actionConnect->setText(on ? tr("&Disconnect") : tr("&Connect")); });
    connect(m_ui->actionConnect, &QAction::toggled, this, [this](bool on) {
        if (m_target == nullptr)
            return;
        if (on && m_target->link() == LiveTarget::Link::Stopped)
            startMonitoring();
        else if (!on) {
            m_target->stop();
            m_poolPanel->showWaiting(tr("Disconnected by you. Press Ctrl+K to connect again."));
            m_activityPanel->showWaiting(tr("Disconnected by you."));
        }
        m_statusBar->refresh();
    });
    connect(m_ui->actionPause, &QAction::toggled, this, [this](bool paused) {
        if (m_target == nullptr)
            return;
        m_target->setPaused(paused);
        m_statusBar->refresh();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (m_target == nullptr)
            return;
        m_target->pollNow();
    });
    connect(m_ui->mainToolBar, &MainToolBar::intervalChosen, this, [this](int seconds) {
        if (m_target != nullptr)
            m_target->setInterval(std::chrono::seconds{seconds});
    });
    connect(m_ui->mainToolBar, &MainToolBar::rangeChosen, m_chart, &HistoryChart::setRangeSeconds);
}

void MainWindow::startMonitoring()
{
    ActivityMonitor::Options options;
    options.conninfo = m_options.conninfo.toUtf8();
    options.parameters = m_options.connectionParameters;
    options.interval = std::chrono::seconds{m_ui->mainToolBar->intervalSeconds()};
    m_ui->actionConnect->setChecked(true);
    if (m_options.prometheus.isSet()) {
        // Team mode: no database connection at all, whatever the profile's other fields say.
        m_target->startPrometheus(m_options.prometheus, options.interval);
        const QString reading = tr("Reading %1 …").arg(m_target->dataSource());
        m_activityPanel->showWaiting(reading);
        m_poolPanel->showWaiting(reading);
        return;
    }
    m_target->setPgBouncerAdmin(m_options.pgbouncerAdmin);
    m_target->start(options);
    const QString connecting = tr("Connecting to %1 …").arg(m_target->monitor().target());
    m_activityPanel->showWaiting(connecting);
    m_poolPanel->showWaiting(connecting);
}

void MainWindow::setUpSessions()
{
    // The window's one sessions engine: it follows the target (startSessions) and the
    // panel shows it.
    m_sessions = new LiveSessions{m_baseline, this};
    m_sessionsPanel = new SessionsPanel{m_baseline, this};
    m_sessionsPanel->setTarget(m_sessions);
    connect(m_sessionsPanel, &SessionsPanel::sourceStateChanged, this,
        &MainWindow::refreshSessionsStatus);
    addTabPanel(m_sessionsPanel, tr("Sessions"));
    // The live.session.* findings join the drift panel's live findings.
    connect(m_sessions, &LiveSessions::findingsChanged, this, [this](const QList<Finding>& found) {
        if (m_driftPanel != nullptr)
            m_driftPanel->setSessionFindings(found);
    });
    startSessions();
}

void MainWindow::startSessions()
{
    // Team mode: serve's counts by level, read with the target's Prometheus polls.
    if (m_target != nullptr && m_target->prometheus() != nullptr)
        m_sessions->followPrometheus(*m_target);
    else // the sessions table reads through the target's monitor: one backend per target
        m_sessions->start(m_options, monitor());
    refreshSessionsStatus();
}

void MainWindow::refreshSessionsStatus()
{
    m_statusBar->showSessions(m_sessionsPanel->statusColour(), m_sessionsPanel->statusText(),
        m_sessionsPanel->clockSkewMs());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    // With the overview watching, the tray may keep watching (asked once).
    if (!m_quitting && m_fleetStarted
        && m_closeToTray->keepWatching(m_notifications->canHoldWindow())) {
        event->ignore();
        hide();
        QGuiApplication::setQuitOnLastWindowClosed(false); // a dialog closing must not end it
        return;
    }
    event->accept();
    if (!QGuiApplication::quitOnLastWindowClosed())
        QCoreApplication::quit();
}

void MainWindow::quitEverything()
{
    m_quitting = true;
    m_fleet->stopAll();
    if (m_target != nullptr && !m_targetBorrowed)
        m_target->stop();
    close();
    QCoreApplication::quit();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About opsdash"),
        tr("<b>opsdash %1</b><p>Watches PostgreSQL connection pools, login sessions and "
           "configuration drift against a sign-off baseline.</p><p>Baseline: %2 (%3)</p>")
            .arg(QLatin1String{Version}, m_baseline.name.toHtmlEscaped(),
                m_baseline.sourcePath.toHtmlEscaped()));
}

void MainWindow::showShortcuts()
{
    if (m_shortcuts == nullptr)
        m_shortcuts = new ShortcutsDialog{this};
    m_shortcuts->refresh();
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::restoreWindowState()
{
    namespace K = SettingsKeys::WindowKeys;
    const QSettings settings;
    restoreGeometry(K::Geometry.read(settings));
    restoreState(K::State.read(settings));
    m_ui->panelSplitter->restoreState(K::PanelSplitter.read(settings));
    m_ui->mainSplitter->restoreState(K::MainSplitter.read(settings));
    m_ui->mainToolBar->setRangeSeconds(K::ChartRangeSeconds.read(settings));
}

void MainWindow::restoreTabState()
{
    // Panels arrive one by one; select the saved tab as soon as it exists.
    const int saved = SettingsKeys::WindowKeys::CurrentTab.read(QSettings{});
    if (saved == m_ui->panelTabs->count() - 1)
        m_ui->panelTabs->setCurrentIndex(saved);
}

void MainWindow::saveWindowState() const
{
    namespace K = SettingsKeys::WindowKeys;
    QSettings settings;
    K::Geometry.write(settings, saveGeometry());
    K::State.write(settings, saveState());
    K::PanelSplitter.write(settings, m_ui->panelSplitter->saveState());
    K::MainSplitter.write(settings, m_ui->mainSplitter->saveState());
    K::CurrentTab.write(settings, m_ui->panelTabs->currentIndex());
    K::ChartRangeSeconds.write(settings, m_ui->mainToolBar->rangeSeconds());
}

} // namespace opsdash
