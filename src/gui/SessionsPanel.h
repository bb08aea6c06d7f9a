#pragma once

#include "model/Alert.h"
#include "model/Baseline.h"
#include "sessions/LoginSessionSource.h"
#include "sessions/SessionSnapshot.h"
#include "sessions/SourceError.h"

#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QTimer;
class QUrl;

namespace Ui {
class SessionsPanel;
}

namespace opsdash {

class ExpiryHistogram;
class SessionsModel;

// Login sessions at a glance: the summary line, the sessions nearest expiry with a live
// countdown on the server's clock, warn/critical rows coloured, and the expiry histogram of
// the next 24 h. States: no source, waiting, fresh, stale (the last good data kept, greyed,
// with the error by name) and failed (an error before any data).
class SessionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPanel)

public:
    enum class SourceState { None, Waiting, Fresh, Stale, Failed };
    Q_ENUM(SourceState)

    explicit SessionsPanel(const Baseline& baseline, QWidget* parent = nullptr);
    ~SessionsPanel() override;

    void showNoSource();
    void showWaiting(const QString& target);
    void showSnapshot(const SessionSnapshot& snapshot);
    void showError(const SourceError& error);

    // Feeds the panel from a source's updated()/failed() (the source stays the caller's).
    void attach(LoginSessionSource* source);
    // The admin endpoint under baseUrl with its token from the keychain or
    // OPSDASH_SESSIONS_TOKEN (looked up asynchronously), polled at the source's interval.
    // The source is the panel's child.
    void startAdminEndpoint(const QUrl& baseUrl);
    LoginSessionSource* source() const { return m_source; }

    SourceState sourceState() const { return m_state; }
    // For the status bar: "Sessions fresh · 412 active", "Sessions STALE — timeout", …
    QString statusText() const;
    QColor statusColour() const;
    // desktop − server, from the latest good snapshot.
    std::optional<qint64> clockSkewMs() const;
    QString summaryText() const;

    SessionsModel* model() const { return m_model; }
    ExpiryHistogram* histogram() const { return m_histogram; }

    // One step of the countdown (the panel's 1 s timer calls it; tests may too).
    void advanceCountdown();
    // The countdown at a given time since the data arrived (benchmarks, tests).
    void showElapsed(qint64 milliseconds);

signals:
    void sourceStateChanged();
    // For the event log: the source failed (once per kind of error in a row, not every
    // poll) or answers again after failing. Severity: warning while stale data is shown,
    // critical when there is none; info on recovery.
    void sourceEvent(const opsdash::Alert& alert);

private:
    void setState(SourceState state);
    void dropSource();
    void refreshSummary();
    void setMessage(const QString& html, const QString& toolTip = {});

    std::unique_ptr<Ui::SessionsPanel> m_ui;
    Baseline m_baseline;
    SessionsModel* m_model{nullptr};
    ExpiryHistogram* m_histogram{nullptr};
    QTimer* m_countdown{nullptr};
    QElapsedTimer m_sinceReceipt;
    QPointer<LoginSessionSource> m_source;
    quint64 m_generation{0}; // bumped whenever the source is dropped
    SourceState m_state{SourceState::None};
    std::optional<SourceError> m_error;
    QDateTime m_staleSince; // desktop clock: when the first failure after good data arrived
    QDateTime m_receivedAt; // desktop clock: when the shown data arrived
    std::optional<qint64> m_skewMs;
    QString m_target;
};

} // namespace opsdash
