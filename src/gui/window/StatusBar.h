#pragma once

#include <QDateTime>
#include <QPointer>
#include <QStatusBar>

#include <optional>

class QLabel;
class QTimer;

namespace opsdash {

class LiveTarget;
struct Error;
struct ServerFacts;

// The main window's status bar: the target's connection state, the server's version and
// capacity, the age of the last poll, the history file's state, the sessions source's state,
// clock skew and a keychain that has not answered. It follows the LiveTarget it is given
// (setTarget) and refreshes the poll age every second. Promoted from QStatusBar in
// ui/MainWindow.ui. Texts that change per tick sit in SteadyLabels (tst_ticklayout).
class StatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBar)

public:
    explicit StatusBar(QWidget* parent = nullptr);
    ~StatusBar() override;

    // Follows `target` (null: none) until the next call.
    void setTarget(LiveTarget* target);
    // The login sessions source: its state word in its colour, and the desktop's clock skew
    // against the server's when known.
    void showSessions(const QColor& colour, const QString& text, std::optional<qint64> skewMs);
    // While the keychain has not answered a profile's read or write.
    void setKeychainWaiting(bool waiting);
    // A notice for 30 s (the window also puts it in the events panel).
    void showNotice(const QString& text);
    // The connection state and the poll age as of now.
    void refresh();

private:
    void showHistoryProblem(const QString& text, const QString& toolTip);

    QPointer<LiveTarget> m_target;
    QLabel* m_connectionState{nullptr};
    QLabel* m_serverVersion{nullptr};
    QLabel* m_sessionSource{nullptr};
    QLabel* m_clockSkew{nullptr};
    QLabel* m_lastPoll{nullptr};
    QLabel* m_historyState{nullptr}; // writes delayed, or the file unavailable, and why
    QLabel* m_keychainState{nullptr};
    QTimer* m_timer{nullptr};
    QDateTime m_lastSampleAt; // desktop clock, UTC
    qint64 m_lastLatencyMs{0};
};

} // namespace opsdash
