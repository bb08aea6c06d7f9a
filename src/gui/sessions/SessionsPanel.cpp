#include "gui/sessions/SessionsPanel.h"

#include "gui/common/Palette.h"
#include "gui/common/SteadyLabel.h"
#include "gui/sessions/ExpiryHistogram.h"
#include "gui/sessions/SessionsModel.h"
#include "secrets/SecretStore.h"
#include "sessions/AdminEndpointSource.h"
#include "sessions/CanarySource.h"
#include "sessions/SessionExpiry.h"
#include "sessions/SessionSourcePlan.h"
#include "sessions/SessionsTableSource.h"
#include "ui_SessionsPanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTimer>

namespace opsdash {

namespace {

QString timeOfDay(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
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
    , m_histogram{new ExpiryHistogram{this}}
    , m_countdown{new QTimer{this}}
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
    table->setModel(m_model);
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
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 1);
    m_ui->contentSplitter->setSizes({3000, 1000});

    m_countdown->setInterval(1000);
    m_countdown->setTimerType(Qt::PreciseTimer); // even steps of one second
    connect(m_countdown, &QTimer::timeout, this, &SessionsPanel::advanceCountdown);
    showNoSource();
}

SessionsPanel::~SessionsPanel() = default;

void SessionsPanel::setState(SourceState state)
{
    // Also on a repeat of the same state: the count or the error shown with it changed.
    m_state = state;
    emit sourceStateChanged();
}

void SessionsPanel::setMessage(const QString& html, const QString& toolTip)
{
    m_ui->sessionsStateMessage->setText(html);
    m_ui->sessionsStateMessage->setToolTip(toolTip);
    m_ui->sessionsStateMessage->setVisible(!html.isEmpty());
}

void SessionsPanel::dropSource()
{
    ++m_generation; // a keychain answer still on its way is for the old source
    if (m_source != nullptr) {
        m_source->disconnect(this);
        if (m_source->parent() == this) // made here; an attached one belongs to its caller
            m_source->deleteLater();
        m_source = nullptr;
    }
}

void SessionsPanel::showNoSource()
{
    dropSource();
    m_countdown->stop();
    m_model->clear();
    m_histogram->clear();
    m_error.reset();
    m_skewMs.reset();
    setKind(SourceKind::None);
    m_ui->sessionsSummary->setText(
        tr("No session source — start with --sessions URL or --db CONNINFO"));
    m_ui->sessionsDetail->setText(
        tr("opsdash reads login sessions from the app's admin endpoint (GET "
           "<base>/api/admin/sessions, bearer token from the keychain or "
           "OPSDASH_SESSIONS_TOKEN) or, without one, from the sessions table through the "
           "monitoring connection — never by polling a user's session."));
    setMessage({});
    setState(SourceState::None);
}

void SessionsPanel::showWaiting(const QString& target)
{
    m_target = target;
    m_ui->sessionsSummary->setText(
        tr("Waiting for the first answer from %1 …").arg(target.toHtmlEscaped()));
    m_ui->sessionsDetail->clear();
    setMessage({});
    setState(SourceState::Waiting);
}

void SessionsPanel::showSnapshot(const SessionSnapshot& snapshot)
{
    if (m_error && (m_state == SourceState::Stale || m_state == SourceState::Failed)) {
        emit sourceEvent(Alert{QDateTime::currentDateTimeUtc(), Severity::Info,
            QString{AlertKind::SessionSource}, QStringLiteral("recovered"),
            tr("%1 answers again (after %2)").arg(snapshot.source, m_error->kindName())});
    }
    m_model->setSnapshot(snapshot);
    m_sinceReceipt.start();
    m_receivedAt
        = snapshot.receivedAt.isValid() ? snapshot.receivedAt : QDateTime::currentDateTimeUtc();
    m_target = snapshot.source;
    m_error.reset();
    m_staleSince = {};
    m_skewMs = snapshot.receivedAt.isValid() && snapshot.serverTime.isValid()
        ? std::optional<qint64>{snapshot.serverTime.msecsTo(snapshot.receivedAt)}
        : std::nullopt;
    m_histogram->setStale(false);
    setMessage({});
    m_ui->sessionsDetail->setText(
        tr("%1 · times on the server's clock (%2) · received %3")
            .arg(snapshot.source, clockName(snapshot.clock), timeOfDay(m_receivedAt)));
    refreshSummary();
    // Restarted on every snapshot, so the ticks land just after whole seconds since
    // receipt and the countdown steps one second at a time instead of skipping.
    m_countdown->start();
    setState(SourceState::Fresh);
}

void SessionsPanel::showError(const SourceError& error)
{
    const bool failing = m_state == SourceState::Stale || m_state == SourceState::Failed;
    if (!failing || !m_error || m_error->kind != error.kind) {
        emit sourceEvent(Alert{QDateTime::currentDateTimeUtc(),
            m_model->hasSnapshot() ? Severity::Warning : Severity::Critical,
            QString{AlertKind::SessionSource}, error.kindName(), error.toString()});
    }
    m_error = error;
    const QString kind = error.kindName();
    if (m_model->hasSnapshot()) {
        if (m_state != SourceState::Stale)
            m_staleSince = QDateTime::currentDateTimeUtc();
        m_model->setStale(true);
        m_histogram->setStale(true);
        setMessage(QStringLiteral("<b style=\"color:%1\">%2</b> %3")
                       .arg(Palette::warning().name(),
                           tr("STALE since %1 — %2:").arg(timeOfDay(m_staleSince), kind),
                           tr("%1 (showing the data received at %2)")
                               .arg(error.toString(), timeOfDay(m_receivedAt))
                               .toHtmlEscaped()),
            error.toString());
        refreshSummary();
        setState(SourceState::Stale);
        return;
    }
    m_countdown->stop();
    m_ui->sessionsSummary->setText(tr("No session data"));
    setMessage(QStringLiteral("<b style=\"color:%1\">%2</b> %3")
                   .arg(Palette::critical().name(), tr("Error — %1:").arg(kind),
                       error.toString().toHtmlEscaped()),
        error.toString());
    setState(SourceState::Failed);
}

void SessionsPanel::attach(LoginSessionSource* source)
{
    if (source != m_source)
        dropSource();
    m_source = source;
    connect(source, &LoginSessionSource::updated, this, &SessionsPanel::showSnapshot);
    connect(source, &LoginSessionSource::failed, this, &SessionsPanel::showError);
    showWaiting(source->target());
}

void SessionsPanel::setKind(SourceKind kind)
{
    m_kind = kind;
    switch (kind) {
    case SourceKind::AdminEndpoint:
        m_ui->sessionsTitle->setText(tr("Login sessions — admin endpoint"));
        return;
    case SourceKind::SessionsTable:
        m_ui->sessionsTitle->setText(tr("Login sessions — sessions table"));
        return;
    case SourceKind::None:
    case SourceKind::Other:
        break;
    }
    m_ui->sessionsTitle->setText(tr("Login sessions"));
}

void SessionsPanel::startSessionsTable(ActivityMonitor& monitor)
{
    dropSource();
    m_model->clear(); // another source's sessions are not this one's, not even stale
    m_histogram->clear();
    setKind(SourceKind::SessionsTable);
    auto* source
        = new SessionsTableSource{monitor, SessionSourcePlan::tableOptions(m_baseline), this};
    attach(source);
    source->start();
}

void SessionsPanel::startCanary(const QUrl& baseUrl)
{
    stopCanary();
    const QString key = SecretStore::canaryCookieKey(AdminEndpointSource::origin(baseUrl));
    CanaryObservation observation;
    observation.url = HttpFetch::display(CanarySource::endpointUrl(baseUrl));
    if (const std::optional<QString> problem = AdminEndpointSource::checkBaseUrl(baseUrl)) {
        observation.state = CanaryObservation::State::Failed;
        observation.error = SourceError{SourceError::Kind::NetworkError,
            tr("canary URL: %1").arg(*problem), observation.url, {}};
        showCanary(observation);
        return;
    }
    m_ui->canaryState->setText(tr("canary: checking …"));
    m_ui->canaryState->setToolTip(observation.url);
    m_ui->canaryState->setVisible(true);
    // The keychain answers asynchronously: the UI never waits on it.
    auto* store = new SecretStore{this};
    connect(store, &SecretStore::lookedUp, this,
        [this, store, baseUrl, key, observation, generation = m_canaryGeneration](
            const QString&, const SecretStore::Lookup& cookie) mutable {
            store->deleteLater();
            if (generation != m_canaryGeneration)
                return; // stopped or restarted meanwhile
            if (cookie.status != SecretStore::Status::Found) {
                observation.state = CanaryObservation::State::NotConfigured;
                observation.observedAt = QDateTime::currentDateTimeUtc();
                observation.reason = tr("no canary account configured: %1")
                                         .arg(SecretStore::missingReason(
                                             cookie, SecretStore::kCanaryCookieVariable, key));
                showCanary(observation);
                return;
            }
            CanarySource::Options options;
            options.baseUrl = baseUrl;
            options.cookie = cookie.secret;
            m_canary = new CanarySource{options, this};
            connect(m_canary, &CanarySource::observed, this, &SessionsPanel::showCanary);
            m_canary->start();
        });
    store->lookup(key, SecretStore::kCanaryCookieVariable);
}

void SessionsPanel::stopCanary()
{
    ++m_canaryGeneration; // a keychain answer still on its way is for the old canary
    if (m_canary != nullptr) {
        m_canary->disconnect(this);
        m_canary->stop();
        m_canary->deleteLater();
        m_canary = nullptr;
    }
    m_ui->canaryState->clear();
    m_ui->canaryState->setToolTip({});
    m_ui->canaryState->setVisible(false);
    const bool had = m_canaryFinding.has_value();
    m_canaryFinding.reset();
    m_canaryObservation.reset();
    if (had)
        emit canaryStopped();
}

void SessionsPanel::showCanary(const CanaryObservation& observation)
{
    m_canaryObservation = observation;
    const Finding finding = CanaryCheck::evaluate(m_baseline, observation);
    m_canaryFinding = finding;
    const QString line = canaryText();
    QString html = line.toHtmlEscaped();
    switch (finding.status) {
    case CheckStatus::Pass: {
        const QString word = statusWord(CheckStatus::Pass);
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
    QStringList tip{tr("Expected: %1").arg(finding.expected)};
    if (!finding.actual.isEmpty())
        tip << tr("Actual: %1").arg(finding.actual);
    if (!finding.reason.isEmpty())
        tip << finding.reason;
    if (!finding.evidence.isEmpty())
        tip << finding.evidence;
    tip << tr("The canary is a dedicated account: checking it keeps it logged in.");
    m_ui->canaryState->setToolTip(tip.join(u'\n'));
    m_ui->canaryState->setVisible(true);
    emit canaryChecked(finding);
}

QString SessionsPanel::canaryText() const
{
    if (!m_canaryObservation || !m_canaryFinding)
        return {};
    const CanaryObservation& observation = *m_canaryObservation;
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
            statusWord(m_canaryFinding->status == CheckStatus::Pass ? CheckStatus::Pass
                                                                    : CheckStatus::Fail));
}

void SessionsPanel::startAdminEndpoint(const QUrl& baseUrl)
{
    dropSource();
    m_model->clear(); // another source's sessions are not this one's, not even stale
    m_histogram->clear();
    setKind(SourceKind::AdminEndpoint);
    const QString shown = HttpFetch::display(baseUrl);
    if (const std::optional<QString> problem = AdminEndpointSource::checkBaseUrl(baseUrl)) {
        showError(SourceError{
            SourceError::Kind::NetworkError, tr("--sessions: %1").arg(*problem), shown, {}});
        return;
    }
    showWaiting(shown);
    // The keychain answers asynchronously: the UI never waits on it.
    auto* store = new SecretStore{this};
    const QString key = SecretStore::sessionsTokenKey(AdminEndpointSource::origin(baseUrl));
    connect(store, &SecretStore::lookedUp, this,
        [this, store, baseUrl, key, shown, generation = m_generation](
            const QString&, const SecretStore::Lookup& token) {
            store->deleteLater();
            if (generation != m_generation)
                return; // the target changed meanwhile
            if (token.status != SecretStore::Status::Found) {
                showError(SourceError{SourceError::Kind::MissingSecret,
                    SecretStore::missingReason(token, SecretStore::kSessionsTokenVariable, key),
                    shown, {}});
                return;
            }
            AdminEndpointSource::Options options;
            options.baseUrl = baseUrl;
            options.token = token.secret;
            auto* source = new AdminEndpointSource{options, this};
            attach(source);
            source->start();
        });
    store->lookup(key, SecretStore::kSessionsTokenVariable);
}

void SessionsPanel::advanceCountdown()
{
    if (m_model->hasSnapshot())
        showElapsed(m_sinceReceipt.elapsed());
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
    QString line = SessionExpiry::summaryLine(summary, m_baseline.thresholds.session);
    if (m_state == SourceState::Stale || m_model->isStale()) {
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

QString SessionsPanel::summaryText() const
{
    return SessionExpiry::summaryLine(m_model->summary(), m_baseline.thresholds.session);
}

QString SessionsPanel::statusText() const
{
    const QString kind = m_error ? m_error->kindName() : QString{};
    switch (m_state) {
    case SourceState::None:
        return tr("Sessions: no source");
    case SourceState::Waiting:
        return tr("Sessions: waiting");
    case SourceState::Fresh:
        return tr("Sessions fresh · %1 active").arg(m_model->summary().active);
    case SourceState::Stale:
        return tr("Sessions STALE since %1 — %2").arg(timeOfDay(m_staleSince), kind);
    case SourceState::Failed:
        return tr("Sessions error — %1").arg(kind);
    }
    return {};
}

QColor SessionsPanel::statusColour() const
{
    switch (m_state) {
    case SourceState::Fresh:
        return Palette::ok();
    case SourceState::Stale:
        return Palette::warning();
    case SourceState::Failed:
        return Palette::critical();
    case SourceState::None:
    case SourceState::Waiting:
        break;
    }
    return Palette::disconnected();
}

std::optional<qint64> SessionsPanel::clockSkewMs() const
{
    return m_skewMs;
}

} // namespace opsdash
