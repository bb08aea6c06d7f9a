#include "gui/sessions/SessionsPanel.h"

#include "clock/ClockTimer.h"
#include "gui/common/NoRowsMatch.h"
#include "gui/common/Palette.h"
#include "gui/common/SteadyLabel.h"
#include "gui/common/TimeDisplay.h"
#include "gui/export/ExportColumns.h"
#include "gui/sessions/ExpiryHistogram.h"
#include "gui/sessions/SessionsFilterModel.h"
#include "gui/sessions/SessionsModel.h"
#include "sessions/SessionExpiry.h"
#include "ui_SessionsPanel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>

namespace opsdash {

namespace {

QString timeOfDay(const QDateTime& time)
{
    return TimeDisplay::format(time, DisplayZone::Style::TimeOfDay);
}

QString clockName(ServerClock clock)
{
    switch (clock) {
    case ServerClock::ResponseServerTime:
        return SessionsPanel::tr("the response's serverTime");
    case ServerClock::HttpDate:
        return SessionsPanel::tr("the HTTP Date header");
    case ServerClock::DatabaseNow:
        return SessionsPanel::tr("the database's now()");
    }
    return {};
}

// A whole number of hours as "24 h", anything else as the countdown writes it.
QString span(qint64 milliseconds)
{
    if (milliseconds > 0 && milliseconds % (3600 * 1000) == 0)
        return SessionsPanel::tr("%1 h").arg(milliseconds / (3600 * 1000));
    return SessionExpiry::formatLeft(milliseconds);
}

// The live idle limit; from two days on, in days too (a 30-day maxAge reads as such).
QString idleLimit(qint64 milliseconds)
{
    const QString text = SessionExpiry::formatLeft(milliseconds);
    constexpr qint64 day{24 * 3600 * 1000};
    if (milliseconds < 2 * day)
        return text;
    return SessionsPanel::tr("%1 (%2 days)")
        .arg(text, QLocale{}.toString(static_cast<double>(milliseconds) / day, 'g', 4));
}

QString tolerance(qint64 milliseconds)
{
    return milliseconds < 600 * 1000 ? SessionsPanel::tr("%1 s").arg(milliseconds / 1000)
                                     : SessionExpiry::formatLeft(milliseconds);
}

} // namespace

SessionsPanel::SessionsPanel(const Baseline& baseline, QWidget* parent)
    : QWidget{parent}
    , m_ui{std::make_unique<Ui::SessionsPanel>()}
    , m_baseline{baseline}
    , m_model{new SessionsModel{baseline.thresholds.session, this}}
    , m_shown{new SessionsFilterModel{this}}
    , m_histogram{new ExpiryHistogram{this}}
    , m_countdown{new ClockTimer{this}}
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("sessionsPanel"));
    QFont title = m_ui->sessionsTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->sessionsTitle->setFont(title);
    // The summary is what an on-call engineer reads from across the desk.
    QFont summary = m_ui->sessionsSummary->font();
    summary.setPointSizeF(summary.pointSizeF() * 1.3);
    m_ui->sessionsSummary->setFont(summary);
    // The summary and the receipt line change with every read and countdown step: held so
    // that a new text does not lay out the window (tst_ticklayout).
    ExpirySummary widest;
    widest.active = 99999;
    widest.warn = 9999;
    widest.critical = 9999;
    SteadyLabel::hold(m_ui->sessionsSummary,
        QStringLiteral("● ") + SessionExpiry::summaryLine(widest, baseline.thresholds.session));
    SteadyLabel::hold(m_ui->sessionsDetail,
        tr("%1 · times on the server's clock (%2) · received %3")
            .arg(QStringLiteral("https://app.example.com/api/admin/sessions"),
                clockName(ServerClock::ResponseServerTime), QStringLiteral("00:00:00")));

    m_ui->histogramLayout->addWidget(m_histogram);
    m_histogram->setObjectName(QStringLiteral("expiryHistogram"));

    QTableView* table = m_ui->sessionsTable;
    m_shown->setSourceModel(m_model);
    table->setModel(m_shown);
    // The model's order (nearest expiry first) until a header is clicked; a third click
    // brings it back.
    table->horizontalHeader()->setSortIndicatorClearable(true);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    m_filter = new QLineEdit{this};
    QLineEdit* filter = m_filter;
    filter->setObjectName(QStringLiteral("sessionsFilter"));
    filter->setPlaceholderText(tr("Filter by user or session (Ctrl+F)"));
    filter->setClearButtonEnabled(true);
    filter->setMaximumWidth(fontMetrics().averageCharWidth() * 36);
    m_ui->headerLayout->addWidget(filter);
    connect(filter, &QLineEdit::textChanged, m_shown, &SessionsFilterModel::setText);
    auto* find = new QAction{tr("Filter"), this};
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, filter, [filter] {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });
    new NoRowsMatch{table};
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The user column takes what is left: names are what people scan for.
    table->horizontalHeader()->setSectionResizeMode(SessionsModel::User, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {{SessionsModel::Status, 10}, {SessionsModel::User, 28},
        {SessionsModel::Created, 18}, {SessionsModel::LastSeen, 16}, {SessionsModel::ExpiresIn, 14},
        {SessionsModel::Age, 14}};
    for (const auto& [column, chars] : widths)
        table->setColumnWidth(column, chars * ch + 16);
    TableExport::addCopyAction(this, table, ExportColumns::sessions(), tr("&Copy"));
    // Takes the height the table leaves when it is hidden (no source, team mode), so the
    // lines above stay together at the top.
    m_ui->panelLayout->addStretch();
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 1);
    m_ui->contentSplitter->setSizes({3000, 1000});

    m_countdown->setInterval(1000);
    m_countdown->setTimerType(Qt::PreciseTimer); // even steps of one second
    connect(m_countdown, &ClockTimer::timeout, this, &SessionsPanel::advanceCountdown);
    // "received 10:12:03", "STALE since …": again in the new zone (the table follows itself).
    connect(&TimeDisplay::instance(), &TimeDisplay::changed, this, &SessionsPanel::showState);
    showState();
    showCanary();
}

SessionsPanel::~SessionsPanel() = default;

void SessionsPanel::setTarget(LiveSessions* sessions)
{
    if (m_sessions != nullptr)
        m_sessions->disconnect(this);
    m_sessions = sessions;
    m_shownSerial = 0;
    if (sessions != nullptr) {
        connect(sessions, &LiveSessions::changed, this, &SessionsPanel::showState);
        connect(sessions, &LiveSessions::canaryChanged, this, &SessionsPanel::showCanary);
    }
    showState();
    showCanary();
}

SessionsPanel::SourceState SessionsPanel::sourceState() const
{
    return m_sessions != nullptr ? m_sessions->state() : SourceState::None;
}

SessionsPanel::SourceKind SessionsPanel::sourceKind() const
{
    return m_sessions != nullptr ? m_sessions->sourceKind() : SourceKind::None;
}

LoginSessionSource* SessionsPanel::source() const
{
    return m_sessions != nullptr ? m_sessions->source() : nullptr;
}

std::optional<Finding> SessionsPanel::canaryFinding() const
{
    return m_sessions != nullptr ? m_sessions->canaryFinding() : std::nullopt;
}

void SessionsPanel::setMessage(const QString& html, const QString& toolTip)
{
    m_ui->sessionsStateMessage->setText(html);
    m_ui->sessionsStateMessage->setToolTip(toolTip);
    m_ui->sessionsStateMessage->setVisible(!html.isEmpty());
}

void SessionsPanel::showKind(SourceKind kind)
{
    switch (kind) {
    case SourceKind::AdminEndpoint:
        m_ui->sessionsTitle->setText(tr("Login sessions — admin endpoint"));
        return;
    case SourceKind::SessionsTable:
        m_ui->sessionsTitle->setText(tr("Login sessions — sessions table"));
        return;
    case SourceKind::Prometheus:
        m_ui->sessionsTitle->setText(tr("Login sessions — from Prometheus"));
        return;
    case SourceKind::None:
    case SourceKind::Other:
        break;
    }
    m_ui->sessionsTitle->setText(tr("Login sessions"));
}

void SessionsPanel::showState()
{
    const LiveSessions* sessions = m_sessions;
    showKind(sourceKind());
    // Another source's sessions are not this one's, not even stale.
    if (sessions == nullptr || !sessions->snapshot()) {
        if (m_model->hasSnapshot()) {
            m_model->clear();
            m_histogram->clear();
        }
        m_shownSerial = 0;
    } else if (sessions->snapshotSerial() != m_shownSerial) {
        m_model->setSnapshot(*sessions->snapshot());
        m_model->setElapsed(sessions->elapsedMs());
        m_shownSerial = sessions->snapshotSerial();
        // Restarted on every snapshot, so the ticks land just after whole seconds since
        // receipt and the countdown steps one second at a time instead of skipping.
        m_countdown->start();
    }

    switch (sourceState()) {
    case SourceState::None:
        m_countdown->stop();
        m_ui->sessionsSummary->setText(
            tr("No session source — start with --sessions URL or --db CONNINFO"));
        m_ui->sessionsDetail->setText(
            tr("opsdash reads login sessions from the app's admin endpoint (GET "
               "<base>/api/admin/sessions, bearer token from the keychain or "
               "OPSDASH_SESSIONS_TOKEN) or, without one, from the sessions table through the "
               "monitoring connection — never by polling a user's session."));
        setMessage({});
        break;
    case SourceState::NotConfigured:
    case SourceState::NotApplicable:
        // Neutral: nothing failed, there is only nothing (or nothing server-side) to watch.
        m_countdown->stop();
        m_ui->sessionsSummary->setText(sourceState() == SourceState::NotConfigured
                ? tr("No session source configured")
                : tr("Server-side session monitoring does not apply to JWT sessions"));
        m_ui->sessionsDetail->setText(sessions->notWatchedReason());
        setMessage({});
        break;
    case SourceState::Waiting:
        m_ui->sessionsSummary->setText(
            tr("Waiting for the first answer from %1 …").arg(sessions->target().toHtmlEscaped()));
        m_ui->sessionsDetail->clear();
        setMessage({});
        break;
    case SourceState::Fresh: {
        if (sourceKind() == SourceKind::Prometheus) {
            // One line says why there is no table; the counts are all there is.
            setMessage(tr("Team mode: Prometheus keeps only the counts by level "
                          "(opsdash_login_sessions), no series per session, so no session is "
                          "listed here."));
            showCounts();
            break;
        }
        const SessionSnapshot& snapshot = *sessions->snapshot();
        m_histogram->setStale(false);
        m_model->setStale(false);
        setMessage({});
        m_ui->sessionsDetail->setText(tr("%1 · times on the server's clock (%2) · received %3")
                                          .arg(snapshot.source, clockName(snapshot.clock),
                                              timeOfDay(sessions->receivedAt())));
        refreshSummary();
        break;
    }
    case SourceState::Stale: {
        const SourceError& error = *sessions->error();
        m_model->setStale(true);
        m_histogram->setStale(true);
        setMessage(QStringLiteral("<b style=\"color:%1\">%2</b> %3")
                       .arg(Palette::warning().name(),
                           tr("STALE since %1 — %2:")
                               .arg(timeOfDay(sessions->staleSince()), error.kindName()),
                           tr("%1 (showing the data received at %2)")
                               .arg(error.toString(), timeOfDay(sessions->receivedAt()))
                               .toHtmlEscaped()),
            error.toString());
        if (sourceKind() == SourceKind::Prometheus)
            showCounts();
        else
            refreshSummary();
        break;
    }
    case SourceState::Failed: {
        const SourceError& error = *sessions->error();
        m_countdown->stop();
        m_ui->sessionsSummary->setText(tr("No session data"));
        setMessage(QStringLiteral("<b style=\"color:%1\">%2</b> %3")
                       .arg(Palette::critical().name(), tr("Error — %1:").arg(error.kindName()),
                           error.toString().toHtmlEscaped()),
            error.toString());
        break;
    }
    }
    // No empty table where there is nothing to list, only the words why.
    m_ui->contentSplitter->setVisible(sourceState() != SourceState::NotConfigured
        && sourceState() != SourceState::NotApplicable && sourceKind() != SourceKind::Prometheus);
    // Nothing to filter where no session is listed.
    m_filter->setVisible(sourceKind() != SourceKind::Prometheus);
    emit sourceStateChanged();
}

void SessionsPanel::showCanary()
{
    const std::optional<Finding> finding = canaryFinding();
    if (!finding) {
        const bool checking = m_sessions != nullptr && m_sessions->canaryChecking();
        m_ui->canaryState->setText(checking ? tr("canary: checking …") : QString{});
        m_ui->canaryState->setToolTip({});
        m_ui->canaryState->setVisible(checking);
        if (std::exchange(m_canaryShown, false))
            emit canaryStopped();
        return;
    }
    m_canaryShown = true;
    const QString line = canaryText();
    QString html = line.toHtmlEscaped();
    switch (finding->status) {
    case CheckStatus::Pass: {
        const QString word = tr("pass");
        html = line.left(line.size() - word.size()).toHtmlEscaped()
            + QStringLiteral("<b style=\"color:%1\">%2</b>").arg(Palette::ok().name(), word);
        break;
    }
    case CheckStatus::Fail:
        html = QStringLiteral("<b style=\"color:%1\">%2</b>")
                   .arg(Palette::critical().name(), line.toHtmlEscaped());
        break;
    case CheckStatus::Unknown:
        html = QStringLiteral("<span style=\"color:%1\">%2</span>")
                   .arg(Palette::warning().name(), html);
        break;
    default:
        html = QStringLiteral("<span style=\"color:%1\">%2</span>")
                   .arg(Palette::disconnected().name(), html);
        break;
    }
    m_ui->canaryState->setText(html);
    QStringList tip{tr("Expected: %1").arg(finding->expected)};
    if (!finding->actual.isEmpty())
        tip << tr("Actual: %1").arg(finding->actual);
    if (!finding->reason.isEmpty())
        tip << finding->reason;
    if (!finding->evidence.isEmpty())
        tip << finding->evidence;
    tip << tr("The canary is a dedicated account: checking it keeps it logged in.");
    m_ui->canaryState->setToolTip(tip.join(u'\n'));
    m_ui->canaryState->setVisible(true);
    emit canaryChecked(*finding);
}

QString SessionsPanel::canaryText() const
{
    const std::optional<Finding> finding = canaryFinding();
    if (m_sessions == nullptr || !m_sessions->canaryObservation() || !finding)
        return {};
    const CanaryObservation& observation = *m_sessions->canaryObservation();
    switch (observation.state) {
    case CanaryObservation::State::NotConfigured:
        return tr("canary: not configured");
    case CanaryObservation::State::NoSession:
        return tr("canary: no session — log the canary account in again");
    case CanaryObservation::State::Failed:
        return tr("canary: %1")
            .arg(observation.error ? observation.error->kindName() : tr("failed"));
    case CanaryObservation::State::Observed:
        break;
    }
    return tr("canary: idle limit %1 (baseline %2 ± %3) — %4")
        .arg(idleLimit(observation.idleLimitMs()), span(m_baseline.session.maxAge.milliseconds()),
            tolerance(m_baseline.thresholds.live.canaryTolerance.milliseconds()),
            finding->status == CheckStatus::Pass ? tr("pass") : tr("fail"));
}

void SessionsPanel::advanceCountdown()
{
    if (m_model->hasSnapshot() && m_sessions != nullptr)
        showElapsed(m_sessions->elapsedMs());
}

void SessionsPanel::showElapsed(qint64 milliseconds)
{
    m_model->setElapsed(milliseconds);
    refreshSummary();
}

void SessionsPanel::refreshSummary()
{
    const ExpirySummary& summary = m_model->summary();
    m_histogram->setBins(summary.histogram, summary.later);
    showSummary(SessionExpiry::summaryLine(summary, m_baseline.thresholds.session), summary,
        sourceState() == SourceState::Stale || m_model->isStale());
}

void SessionsPanel::showSummary(const QString& line, const ExpirySummary& summary, bool stale)
{
    if (stale) {
        m_ui->sessionsSummary->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(Palette::disconnected().name(), tr("STALE — %1").arg(line).toHtmlEscaped()));
        return;
    }
    QString colour;
    if (summary.critical + summary.overAge > 0)
        colour = Palette::critical().name();
    else if (summary.warn > 0)
        colour = Palette::warning().name();
    m_ui->sessionsSummary->setText(colour.isEmpty()
            ? line.toHtmlEscaped()
            : QStringLiteral("<span style=\"color:%1\">●</span> %2")
                  .arg(colour, line.toHtmlEscaped()));
}

void SessionsPanel::showCounts()
{
    const LiveSessions& sessions = *m_sessions;
    m_ui->sessionsDetail->setText(tr("from %1 · counted by opsdash serve · received %2")
                                      .arg(sessions.target(), timeOfDay(sessions.receivedAt())));
    showSummary(summaryText(), sessions.summary(), sourceState() == SourceState::Stale);
}

QString SessionsPanel::summaryText() const
{
    if (sourceKind() == SourceKind::Prometheus && m_sessions->levelCounts()) {
        const ExpirySummary summary = m_sessions->summary();
        return tr("%1 active · %2 ok · %3 warn · %4 critical")
            .arg(summary.active)
            .arg(summary.ok)
            .arg(summary.warn)
            .arg(summary.critical);
    }
    return SessionExpiry::summaryLine(m_model->summary(), m_baseline.thresholds.session);
}

QString SessionsPanel::statusText() const
{
    const LiveSessions* sessions = m_sessions;
    const QString kind
        = sessions != nullptr && sessions->error() ? sessions->error()->kindName() : QString{};
    switch (sourceState()) {
    case SourceState::None:
        return tr("Sessions: no source");
    case SourceState::Waiting:
        return tr("Sessions: waiting");
    case SourceState::Fresh:
        return tr("Sessions fresh · %1 active")
            .arg(sourceKind() == SourceKind::Prometheus ? sessions->summary().active
                                                        : m_model->summary().active);
    case SourceState::Stale:
        return tr("Sessions STALE since %1 — %2").arg(timeOfDay(sessions->staleSince()), kind);
    case SourceState::Failed:
        // The database is down: the window says so already; the sessions only wait for it.
        if (waitsForDatabase())
            return tr("Sessions: waiting for the database");
        return tr("Sessions error — %1").arg(kind);
    case SourceState::NotConfigured:
        return tr("Sessions: no session source configured");
    case SourceState::NotApplicable:
        return tr("Sessions: JWT, nothing server-side to watch");
    }
    return {};
}

QColor SessionsPanel::statusColour() const
{
    switch (sourceState()) {
    case SourceState::Fresh:
        return Palette::ok();
    case SourceState::Stale:
        return Palette::warning();
    case SourceState::Failed:
        return waitsForDatabase() ? Palette::disconnected() : Palette::critical();
    case SourceState::None:
    case SourceState::Waiting:
    case SourceState::NotConfigured:
    case SourceState::NotApplicable:
        break;
    }
    return Palette::disconnected();
}

bool SessionsPanel::waitsForDatabase() const
{
    return m_sessions != nullptr && m_sessions->error()
        && m_sessions->error()->kind == SourceError::Kind::DatabaseUnavailable;
}

std::optional<qint64> SessionsPanel::clockSkewMs() const
{
    return m_sessions != nullptr ? m_sessions->clockSkewMs() : std::nullopt;
}

} // namespace opsdash
