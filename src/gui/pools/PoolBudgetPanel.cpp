#include "gui/pools/PoolBudgetPanel.h"

#include "gui/common/Palette.h"
#include "gui/common/StaleLook.h"
#include "gui/common/SteadyLabel.h"
#include "gui/common/TimeDisplay.h"
#include "gui/pools/PoolBar.h"
#include "live/LiveTarget.h"
#include "ui_PoolBudgetPanel.h"

#include <QLabel>

namespace opsdash {

namespace {

// The legend speaks the user's language; toString() stays the pg_stat_activity value that
// JSON and the command line show.
QString stateLabel(BackendState state)
{
    switch (state) {
    case BackendState::Active:
        return PoolBudgetPanel::tr("active");
    case BackendState::Idle:
        return PoolBudgetPanel::tr("idle");
    case BackendState::IdleInTransaction:
        return PoolBudgetPanel::tr("idle in transaction");
    case BackendState::IdleInTransactionAborted:
        return PoolBudgetPanel::tr("idle in transaction (aborted)");
    case BackendState::Other:
        return PoolBudgetPanel::tr("other");
    case BackendState::Unknown:
        break;
    }
    return PoolBudgetPanel::tr("unknown");
}

QString swatch(BackendState state)
{
    return QStringLiteral("<span style=\"color:%1\">■</span> %2")
        .arg(Palette::forState(state).name(), stateLabel(state).toHtmlEscaped());
}

} // namespace

PoolBudgetPanel::PoolBudgetPanel(const Baseline& baseline, QWidget* parent)
    : QWidget{parent}
    , m_ui{std::make_unique<Ui::PoolBudgetPanel>()}
    , m_baseline{baseline}
{
    m_ui->setupUi(this);
    // Its numbers change with every poll: held so that they do not lay out the window.
    SteadyLabel::hold(m_ui->capacityLine,
        tr("client sessions %1 / %2 usable — max_connections %3, %4 reserved")
            .arg(9999)
            .arg(9999)
            .arg(9999)
            .arg(99));
    QFont title = m_ui->title->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->title->setFont(title);
    m_ui->pgbouncerLine->setVisible(false);
    setStale(false);

    for (const PoolSpec& pool : baseline.pools) {
        barFor(pool.id);
        if (pool.metricsUrl.isEmpty())
            continue;
        QLabel* line = statisticsLineFor(pool.id);
        line->setText(tr("%1's own statistics: waiting for %2").arg(pool.id, pool.metricsUrl));
        line->setToolTip(pool.metricsUrl);
    }
    barFor(QString{Baseline::kMonitorPool});
    barFor(baseline.attributionFallback);

    QStringList legend;
    for (const BackendState state :
        {BackendState::Active, BackendState::Idle, BackendState::IdleInTransaction,
            BackendState::IdleInTransactionAborted, BackendState::Unknown})
        legend << swatch(state);
    m_ui->legend->setText(
        legend.join(QStringLiteral("&nbsp;&nbsp;")) + tr("&nbsp;&nbsp;┊ peak in window"));
    showWaiting(tr("Not connected"));
}

PoolBudgetPanel::~PoolBudgetPanel() = default;

void PoolBudgetPanel::setTarget(LiveTarget* target)
{
    if (m_target != nullptr) {
        disconnect(m_target, nullptr, this, nullptr);
        disconnect(&m_target->monitor(), nullptr, this, nullptr);
    }
    m_target = target;
    if (target == nullptr) {
        m_ui->pgbouncerLine->setVisible(false);
        showWaiting(
            tr("No target. Choose or add one in the toolbar's target list, or start opsdash with "
               "--db CONNINFO (a conninfo string, a postgresql:// URI or service=NAME)."));
        return;
    }
    connect(target, &LiveTarget::sampled, this, [this](const ActivitySample& sample) {
        showUsage(sample, m_target->window());
        showLimits(m_target->connectionLimits());
    });
    connect(target, &LiveTarget::serverFactsRead, this, &PoolBudgetPanel::showServerFacts);
    // The target's own URLs (a profile's in place of the baseline's) are the ones read; a
    // pool this target reads no page for has no line.
    for (QLabel* line : std::as_const(m_statisticsLines))
        line->setVisible(false);
    for (const PoolMetricsPoller* poller : target->poolMetrics()) {
        const PoolStatistics& statistics = poller->statistics();
        QLabel* line = statisticsLineFor(statistics.poolId());
        line->setText(tr("%1's own statistics: waiting for %2")
                          .arg(statistics.poolId(), statistics.urlInEffect()));
        line->setToolTip(statistics.urlInEffect());
        line->setVisible(true);
    }
    connect(target, &LiveTarget::poolMetricsUpdated, this, [this](const QString& pool) {
        if (const PoolMetricsPoller* poller = m_target->poolMetrics(pool))
            showPoolStatistics(poller->statistics());
    });
    connect(target, &LiveTarget::pgbouncerChanged, this, [this] {
        showPgBouncer(m_target->watchesPgBouncer(), m_target->pgbouncer(),
            m_target->pgbouncerMonitor().state() == PgBouncerMonitor::State::Connected
                ? QString{}
                : m_target->pgbouncerMonitor().stateText());
    });
    showPgBouncer(target->watchesPgBouncer(), target->pgbouncer(), {});
    connect(&target->monitor(), &ActivityMonitor::disconnected, this,
        [this](const Error& error, const QDateTime& retryAt) {
            showDisconnected(tr("Next attempt at %1. %2")
                                 .arg(TimeDisplay::format(retryAt, DisplayZone::Style::TimeOfDay),
                                     error.message));
        });
}

PoolBar* PoolBudgetPanel::barFor(const QString& pool)
{
    for (PoolBar* bar : std::as_const(m_bars)) {
        if (bar->pool() == pool)
            return bar;
    }
    const PoolSpec* spec = m_baseline.pool(pool);
    auto* bar = new PoolBar{pool, spec ? std::optional<qint64>{spec->budget} : std::nullopt, this};
    bar->setThresholds(static_cast<double>(m_baseline.thresholds.pool.warnPercent),
        static_cast<double>(m_baseline.thresholds.pool.criticalPercent));
    m_ui->barsLayout->addWidget(bar);
    m_bars << bar;
    return bar;
}

QLabel* PoolBudgetPanel::statisticsLineFor(const QString& pool)
{
    if (QLabel* line = m_statisticsLines.value(pool))
        return line;
    auto* line = new QLabel{this};
    line->setObjectName(QStringLiteral("statisticsLine_%1").arg(pool));
    line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line->setWordWrap(true);
    // Under the pool's bar, where there is one.
    const PoolBar* under = bar(pool);
    const int at = under != nullptr ? m_ui->barsLayout->indexOf(under) : -1;
    if (at >= 0)
        m_ui->barsLayout->insertWidget(at + 1, line);
    else
        m_ui->barsLayout->addWidget(line);
    m_statisticsLines.insert(pool, line);
    return line;
}

const PoolBar* PoolBudgetPanel::bar(const QString& pool) const
{
    for (const PoolBar* bar : m_bars) {
        if (bar->pool() == pool)
            return bar;
    }
    return nullptr;
}

void PoolBudgetPanel::showWaiting(const QString& message)
{
    m_ui->stateMessage->setText(message);
    m_ui->stateMessage->setVisible(true);
    for (PoolBar* bar : std::as_const(m_bars))
        bar->setStale(true);
}

void PoolBudgetPanel::showDisconnected(const QString& message)
{
    const QString headline = m_hasData
        ? tr("Disconnected — greyed: the last data, polled at %1.")
              .arg(TimeDisplay::format(m_lastPollAt, DisplayZone::Style::TimeOfDay))
        : tr("Disconnected — no data yet.");
    m_ui->stateMessage->setText(
        QStringLiteral("<b style=\"color:%1\">%2</b><br>%3")
            .arg(Palette::critical().name(), headline, message.toHtmlEscaped()));
    m_ui->stateMessage->setToolTip(message);
    m_ui->stateMessage->setVisible(true);
    for (PoolBar* bar : std::as_const(m_bars))
        bar->setStale(true);
}

void PoolBudgetPanel::setStale(bool stale)
{
    m_stale = stale;
    m_ui->overCommitBadge->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; padding: 6px; border-radius: 4px; "
                       "font-weight: bold; }")
            .arg((stale ? Palette::disconnected() : Palette::critical()).name()));
    StaleLook::apply(m_ui->capacityLine, stale);
    if (stale) {
        for (PoolBar* bar : std::as_const(m_bars))
            bar->setStale(true);
        for (QLabel* line : std::as_const(m_statisticsLines))
            StaleLook::apply(line, true);
    }
}

void PoolBudgetPanel::showServerFacts(const ServerFacts& facts)
{
    m_facts = facts;
    const Capacity capacity = Capacity::of(m_baseline, facts);
    m_ui->overCommitBadge->setVisible(capacity.overCommitted());
    m_ui->overCommitBadge->setText(
        tr("OVER-COMMITTED by %1: %2 > %3 usable slots (%4). server.capacity: fail")
            .arg(capacity.committed() - capacity.usable())
            .arg(capacity.committedExplained())
            .arg(capacity.usable())
            .arg(capacity.usableExplained()));
}

void PoolBudgetPanel::showLimits(const ConnectionLimits& limits)
{
    if (!m_facts)
        return;
    for (const PoolSpec& pool : m_baseline.pools)
        barFor(pool.id)->setLimit(limits.limitOf(pool.id, *m_facts));
}

const QLabel* PoolBudgetPanel::statisticsLine(const QString& pool) const
{
    return m_statisticsLines.value(pool);
}

void PoolBudgetPanel::showPoolStatistics(const PoolStatistics& statistics)
{
    QLabel* line = statisticsLineFor(statistics.poolId());
    line->setToolTip(statistics.urlInEffect());
    const std::optional<PoolStatsReading> reading = statistics.latest();
    if (!reading) {
        line->setText(tr("%1's own statistics: %2").arg(statistics.poolId(), statistics.error()));
        StaleLook::apply(line, true);
        return;
    }
    const PoolSpec* spec = m_baseline.pool(statistics.poolId());
    QString text = tr("%1 (app): in use %2 · idle %3 · open %4 / %5")
                       .arg(statistics.poolId())
                       .arg(reading->inUse)
                       .arg(reading->idle)
                       .arg(reading->open)
                       .arg(spec ? spec->budget : 0);
    if (const std::optional<PoolStatistics::PollWindow> window = statistics.pollWindow()) {
        text += tr(" · waits %1/s").arg(window->waitsPerSecond(), 0, 'f', 1);
        if (const std::optional<double> average = window->averageWaitSeconds())
            text += tr(", average wait %1 ms").arg(*average * 1000.0, 0, 'f', 1);
    }
    if (statistics.stale()) {
        text += tr(" — stale since %1: %2")
                    .arg(TimeDisplay::format(statistics.errorAt(), DisplayZone::Style::TimeOfDay),
                        statistics.error());
    }
    line->setText(text);
    StaleLook::apply(line, statistics.stale() || m_stale);
}

void PoolBudgetPanel::showPgBouncer(bool watched, const PgBouncerWatch& watch, const QString& state)
{
    m_ui->pgbouncerLine->setVisible(watched);
    if (!watched)
        return;
    // Its bar (made by the first sample that counts its backends) is used against the
    // server connections its pool sizes allow.
    if (watch.hasSample()) {
        const qint64 bound = watch.sample()->serverConnectionBound();
        barFor(QString{Baseline::kPgBouncerPool})
            ->setBudget(bound > 0 ? std::optional<qint64>{bound} : std::nullopt);
    }
    if (!state.isEmpty()) {
        m_ui->pgbouncerLine->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                         .arg(Palette::critical().name(), state.toHtmlEscaped()));
        return;
    }
    if (!watch.hasSample()) {
        m_ui->pgbouncerLine->setText(
            tr("PgBouncer: waiting for its admin console").toHtmlEscaped());
        return;
    }
    QStringList lines;
    for (const PgBouncerPool& pool : watch.sample()->pools) {
        const QString line = PgBouncerWatch::describe(pool).toHtmlEscaped();
        // Waiting clients are what the server cannot see: they stand out.
        lines << (pool.clWaiting > 0 ? QStringLiteral("<b style=\"color:%1\">%2</b>")
                                           .arg(Palette::critical().name(), line)
                                     : line);
    }
    lines << watch.sizesLine(m_facts ? m_facts->usableSlots() : 0).toHtmlEscaped();
    m_ui->pgbouncerLine->setText(lines.join(QStringLiteral("<br>")));
}

void PoolBudgetPanel::showUsage(const ActivitySample& sample, const UsageWindow& window)
{
    m_ui->stateMessage->setVisible(false);
    m_hasData = true;
    m_lastPollAt = sample.receivedAt;
    const int usable = m_facts ? m_facts->usableSlots() : 0;
    for (const PoolUsage& usage : sample.pools) {
        PoolBar* bar = barFor(usage.pool);
        const UsageWindow::PoolStats* stats = window.pool(usage.pool);
        bar->setUsage(usage, stats ? stats->peak : usage.total(), usable);
        bar->setStale(m_stale);
    }
    if (m_facts) {
        m_ui->capacityLine->setText(
            tr("client sessions %1 / %2 usable — max_connections %3, %4 reserved")
                .arg(sample.clientSessions())
                .arg(usable)
                .arg(m_facts->maxConnections)
                .arg(m_facts->superuserReservedConnections + m_facts->reservedConnections));
    }
}

} // namespace opsdash
