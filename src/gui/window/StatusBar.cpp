#include "gui/window/StatusBar.h"

#include "clock/Clock.h"
#include "clock/ClockTimer.h"
#include "gui/common/ElidedLabel.h"
#include "gui/common/Palette.h"
#include "gui/common/SteadyLabel.h"
#include "gui/common/TimeDisplay.h"
#include "gui/sessions/SessionsPanel.h"
#include "history/HistoryStore.h"
#include "live/LiveTarget.h"
#include "pg/ActivityMonitor.h"
#include "prom/PrometheusSource.h"
#include "secrets/SecretStore.h"
#include "sessions/SessionExpiry.h"

#include <QLabel>

namespace opsdash {

StatusBar::StatusBar(QWidget* parent)
    : QStatusBar{parent}
    , m_connectionState{new ElidedLabel{this}}
    , m_serverVersion{new ElidedLabel{this}}
    , m_sessionSource{new ElidedLabel{this}}
    , m_clockSkew{new ElidedLabel{this}}
    , m_lastPoll{new ElidedLabel{this}}
    , m_historyState{new ElidedLabel{this}}
    , m_keychainState{new ElidedLabel{this}}
    , m_doNotDisturb{new ElidedLabel{this}}
    , m_timeZone{new ElidedLabel{this}}
    , m_timer{new ClockTimer{this}}
{
    m_connectionState->setObjectName(QStringLiteral("connectionState"));
    m_serverVersion->setObjectName(QStringLiteral("serverVersion"));
    m_lastPoll->setObjectName(QStringLiteral("lastPoll"));
    // A long error must not push the session source and poll age out of sight: the label
    // gives way (its tooltip has the whole text).
    m_connectionState->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Texts that change while polling sit in SteadyLabels: a new text does not lay out the
    // window (tst_ticklayout).
    // It gives way first, down to its state word and the start of the target (the whole in
    // its tooltip; the target selector names it too): at 1280 px every other item is whole.
    auto* connectionState = new SteadyLabel{m_connectionState};
    connectionState->setMinimumWidth(200);
    addWidget(connectionState, 1);
    // Short enough to stay whole at 1280 px: it never gives way (the connection state does).
    m_serverVersion->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    addWidget(m_serverVersion);
    // Sized for a poll up to a quarter of an hour old and 10 s slow: older, the connection
    // state says why, and the text elides (whole in its tooltip).
    addPermanentWidget(
        new SteadyLabel{m_lastPoll, tr("last poll %1 s ago · %2 ms").arg(999).arg(9999)});
    m_historyState->setObjectName(QStringLiteral("historyState"));
    m_historyState->setVisible(false);
    addPermanentWidget(m_historyState);
    // Shown while a profile's secrets are read or written and the keychain has not answered
    // yet (TargetSelector waits a moment first). Permanent: a notice does not hide it.
    m_keychainState->setBadge(Palette::warning(), tr("Waiting for the keychain…"));
    m_keychainState->setObjectName(QStringLiteral("keychainState"));
    m_keychainState->setDetail(
        tr("The system keychain (Secret Service) has not answered yet. The window keeps "
           "working; opsdash gives up after %1 s and says so.")
            .arg(SecretStore::timeout().count() / 1000));
    m_keychainState->setVisible(false);
    addPermanentWidget(m_keychainState);
    m_doNotDisturb->setObjectName(QStringLiteral("doNotDisturbState"));
    m_doNotDisturb->setBadge(Palette::warning(), tr("Do not disturb"));
    m_doNotDisturb->setDetail(tr("No desktop notifications: events are still listed and the "
                                 "tray still shows the status. Monitor → Do not disturb ends it."));
    m_doNotDisturb->setVisible(false);
    // Short, and what the user must see: whole, the sessions state and the connection
    // state give way first.
    m_doNotDisturb->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    addPermanentWidget(m_doNotDisturb);
    // Which zone every time in the window is in; a "Server" choice without a server zone says
    // it fell back to local time.
    m_timeZone->setObjectName(QStringLiteral("timeZoneState"));
    m_timeZone->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    addPermanentWidget(m_timeZone);
    connect(&TimeDisplay::instance(), &TimeDisplay::changed, this, &StatusBar::showTimeZone);
    showTimeZone();

    m_sessionSource->setObjectName(QStringLiteral("sessionSourceState"));
    m_clockSkew->setObjectName(QStringLiteral("clockSkew"));
    m_clockSkew->setVisible(false);
    // Sized for its longest usual text, a stale source with a long kind of error; a longer
    // one (German, say) elides.
    auto* sessionSource = new SteadyLabel{m_sessionSource,
        QStringLiteral("● ")
            + SessionsPanel::tr("Sessions STALE since %1 — %2")
                  .arg(QStringLiteral("00:00:00"), QStringLiteral("wrong-content-type"))};
    // Where room is short (1280 px) it gives way down to its usual fresh state (a badge: bold,
    // after its dot); a longer state elides, the whole in its tooltip and in the panel.
    QFont bold = m_sessionSource->font();
    bold.setBold(true);
    sessionSource->setMinimumWidth(QFontMetrics{bold}.horizontalAdvance(QStringLiteral("● ")
                                       + SessionsPanel::tr("Sessions fresh · %1 active").arg(9999))
        + 4);
    addWidget(sessionSource);
    addWidget(m_clockSkew);

    connect(m_timer, &ClockTimer::timeout, this, &StatusBar::refresh);
    m_timer->start(1000);
    refresh();
}

StatusBar::~StatusBar() = default;

void StatusBar::setDoNotDisturb(bool on)
{
    m_doNotDisturb->setVisible(on);
}

void StatusBar::setTarget(LiveTarget* target)
{
    if (m_target != nullptr) {
        disconnect(m_target, nullptr, this, nullptr);
        disconnect(&m_target->monitor(), nullptr, this, nullptr);
        disconnect(&m_target->history(), nullptr, this, nullptr);
    }
    m_target = target;
    m_lastSampleAt = {};
    m_lastLatencyMs = 0;
    m_serverVersion->clear();
    m_serverVersion->setDetail({});
    m_historyState->setVisible(false);
    if (target != nullptr) {
        connect(target, &LiveTarget::sampled, this, [this](const ActivitySample& sample) {
            m_lastSampleAt = sample.receivedAt;
            m_lastLatencyMs = sample.latencyMs;
            refresh();
        });
        connect(target, &LiveTarget::sourceChanged, this, &StatusBar::refresh);
        ActivityMonitor* monitor = &target->monitor();
        connect(monitor, &ActivityMonitor::stateChanged, this, &StatusBar::refresh);
        connect(monitor, &ActivityMonitor::disconnected, this, &StatusBar::refresh);
        connect(monitor, &ActivityMonitor::serverFactsRead, this, [this](const ServerFacts& facts) {
            m_serverVersion->setText(tr("PostgreSQL %1 · max_connections %2 · %3 usable")
                                         .arg(facts.version.section(u' ', 0, 0))
                                         .arg(facts.maxConnections)
                                         .arg(facts.usableSlots()));
            m_serverVersion->setDetail(
                tr("max_connections %1 − superuser_reserved_connections %2 − "
                   "reserved_connections %3 = %4 connections usable by the applications.")
                    .arg(facts.maxConnections)
                    .arg(facts.superuserReservedConnections)
                    .arg(facts.reservedConnections)
                    .arg(facts.usableSlots()));
        });
        HistoryStore* history = &target->history();
        // Another program holding the history file's lock delays the writes, loses nothing.
        connect(history, &HistoryStore::writesDelayed, this,
            [this](qint64 pending, qint64 blockedMs, const Error& error) {
                m_historyState->setBadge(Palette::warning(),
                    tr("History writes delayed %1 s — %2 polls waiting")
                        .arg(blockedMs / 1000)
                        .arg(pending));
                m_historyState->setDetail(
                    tr("Another program holds the history file's lock (%1). The polls wait in "
                       "memory and are written when it lets go; the chart shows what is "
                       "written.")
                        .arg(error.toString()));
                m_historyState->setVisible(true);
            });
        // A file that cannot be opened, written or read says why, until it works again.
        connect(target, &LiveTarget::historyUnavailable, this, [this](const Error& error) {
            showHistoryProblem(tr("History file unavailable"),
                tr("The history file cannot be opened or written: %1. The window keeps "
                   "polling; the chart shows the polls since opsdash started.")
                    .arg(error.toString()));
        });
        connect(history, &HistoryStore::rangeFailed, this, [this](quint64, const Error& error) {
            // Team mode has no history file: its ranges come from Prometheus.
            if (m_target != nullptr && m_target->prometheus() != nullptr)
                return;
            if (m_historyState->isHidden())
                showHistoryProblem(tr("History cannot be read"),
                    tr("The history file cannot be read: %1.").arg(error.toString()));
        });
        const auto working = [this] {
            m_historyState->setVisible(false);
        };
        connect(history, &HistoryStore::writesResumed, this, working);
        connect(history, &HistoryStore::flushed, this, working);
    }
    refresh();
}

void StatusBar::showHistoryProblem(const QString& text, const QString& toolTip)
{
    m_historyState->setBadge(Palette::critical(), text);
    m_historyState->setDetail(toolTip);
    m_historyState->setVisible(true);
}

void StatusBar::showSessions(
    const QColor& colour, const QString& text, std::optional<qint64> skewMs)
{
    m_sessionSource->setBadge(colour, text);
    // Only worth a word when over 5 s: all session times use the server's clock anyway.
    const bool notable = skewMs && qAbs(*skewMs) > ExpirySummary::kNotableSkewMs;
    m_clockSkew->setVisible(notable);
    if (notable) {
        m_clockSkew->setBadge(Palette::warning(),
            tr("clock skew: desktop %1%2")
                .arg(*skewMs > 0 ? QStringLiteral("+") : QStringLiteral("−"),
                    SessionExpiry::formatLeft(qAbs(*skewMs))));
        ExpirySummary summary;
        summary.clockSkewMs = *skewMs;
        m_clockSkew->setDetail(SessionExpiry::skewLine(summary));
    }
}

QString StatusBar::timeZoneText() const
{
    return m_timeZone->fullText();
}

void StatusBar::showTimeZone()
{
    const DisplayZone& zone = TimeDisplay::zone();
    const QString text = zone.statusText(Clock::current().nowUtc());
    if (zone.fellBack())
        m_timeZone->setBadge(Palette::warning(), text);
    else
        m_timeZone->setText(text);
    m_timeZone->setDetail(zone.fellBack()
            ? zone.fallbackReason()
            : tr("Every time in the window is shown in this zone (View → Time zone); ages are "
                 "not affected, evidence keeps UTC."));
}

void StatusBar::setKeychainWaiting(bool waiting)
{
    m_keychainState->setVisible(waiting);
}

void StatusBar::showNotice(const QString& text)
{
    showMessage(text, 30000);
}

void StatusBar::refresh()
{
    if (m_target == nullptr) {
        m_connectionState->setBadge(Palette::disconnected(), tr("No target"));
        m_lastPoll->clear();
        return;
    }
    if (const PrometheusSource* prometheus = m_target->prometheus()) {
        showPrometheusState(*prometheus);
    } else {
        showMonitorState(m_target->monitor());
    }
    if (m_lastSampleAt.isValid()) {
        const qint64 age = m_lastSampleAt.secsTo(Clock::current().nowUtc());
        m_lastPoll->setText(tr("last poll %1 s ago · %2 ms").arg(age).arg(m_lastLatencyMs));
    } else {
        m_lastPoll->setText(tr("no poll yet"));
    }
}

void StatusBar::showPrometheusState(const PrometheusSource& prometheus)
{
    // Team mode names where the data comes from, never a database it does not touch.
    const QString source = prometheus.describe();
    switch (prometheus.state()) {
    case PrometheusSource::State::Stopped:
        m_connectionState->setBadge(
            Palette::disconnected(), tr("Stopped — from Prometheus %1").arg(source));
        break;
    case PrometheusSource::State::Waiting:
        m_connectionState->setBadge(
            Palette::warning(), tr("Reading — from Prometheus %1").arg(source));
        break;
    case PrometheusSource::State::Reading:
        m_connectionState->setBadge(Palette::ok(),
            prometheus.isPaused() ? tr("Paused — from Prometheus %1").arg(source)
                                  : tr("Live — from Prometheus %1").arg(source));
        break;
    case PrometheusSource::State::Failed: {
        const std::optional<SourceError> error = prometheus.lastError();
        m_connectionState->setBadge(Palette::critical(),
            tr("Prometheus %1 — %2: %3")
                .arg(source, error ? error->kindName() : QString{},
                    error ? error->message : QString{}));
        break;
    }
    }
}

void StatusBar::showMonitorState(const ActivityMonitor& monitor)
{
    const QString target = monitor.target();
    switch (monitor.state()) {
    case ActivityMonitor::State::Stopped:
        m_connectionState->setBadge(Palette::disconnected(),
            monitor.isPaused() ? tr("Paused, disconnected (by you) — %1").arg(target)
                               : tr("Disconnected (by you) — %1").arg(target));
        break;
    case ActivityMonitor::State::Connecting:
        m_connectionState->setBadge(Palette::warning(), tr("Connecting — %1").arg(target));
        break;
    case ActivityMonitor::State::Connected:
        m_connectionState->setBadge(Palette::ok(),
            monitor.isPaused() ? tr("Connected, paused — %1").arg(target)
                               : tr("Connected — %1").arg(target));
        break;
    case ActivityMonitor::State::Disconnected: {
        const qint64 inSeconds
            = std::max<qint64>(0, Clock::current().nowUtc().secsTo(monitor.nextRetry()));
        const QString error = monitor.lastError() ? monitor.lastError()->message : QString{};
        m_connectionState->setBadge(Palette::critical(),
            monitor.isPaused() ? tr("Paused, disconnected — %1 — retrying in %2 s: %3")
                                     .arg(target)
                                     .arg(inSeconds)
                                     .arg(error)
                               : tr("Disconnected — %1 — retrying in %2 s: %3")
                                     .arg(target)
                                     .arg(inSeconds)
                                     .arg(error));
        break;
    }
    }
}

} // namespace opsdash
