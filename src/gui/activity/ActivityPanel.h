#pragma once

#include "model/Activity.h"
#include "model/Baseline.h"
#include "pg/BackendSignals.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QTableView;

namespace Ui {
class ActivityPanel;
}

namespace opsdash {

class ActivityFilterModel;
class ActivityModel;
class LiveTarget;

// pg_stat_activity as a table: every client session of the last poll with its pool,
// state, durations, wait event and query; filters, sorting, copy, and — only when the
// profile allows it — cancel query / terminate backend after a confirmation.
class ActivityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPanel)

public:
    // Asks the user; true means go ahead. Tests answer it themselves.
    using Confirmer = std::function<bool(const QString& title, const QString& text)>;

    explicit ActivityPanel(const Baseline& baseline, QWidget* parent = nullptr);
    ~ActivityPanel() override;

    // Follows `target` (null: none): its polls and its disconnections.
    void setTarget(opsdash::LiveTarget* target);

    void showSample(const ActivitySample& sample);
    void showWaiting(const QString& message);
    void showDisconnected(const QString& message);

    void setBackendSignalsAllowed(bool allowed);
    void setConfirmer(Confirmer confirmer);

    ActivityModel* model() const { return m_model; }
    ActivityFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const;
    std::optional<BackendSession> selectedSession() const;
    bool selectPid(int pid);

    void copySelectedRow();
    void copySelectedQuery();
    void cancelSelectedQuery();
    void terminateSelectedBackend();

signals:
    // Confirmed by the user; whoever owns the monitor's connection carries it out.
    void backendSignalRequested(
        opsdash::BackendSignals::Action action, const opsdash::BackendSession& session);

private:
    QAction* addPanelAction(const QString& text, const QKeySequence& shortcut);
    void requestSignal(BackendSignals::Action action);
    void showContextMenu(const QPoint& position);
    void updateSummary();
    void updateActions();
    void addPoolChoice(const QString& pool);

    std::unique_ptr<Ui::ActivityPanel> m_ui;
    ActivityModel* m_model{nullptr};
    ActivityFilterModel* m_filter{nullptr};
    QAction* m_copyRow{nullptr};
    QAction* m_copyQuery{nullptr};
    QAction* m_cancel{nullptr};
    QAction* m_terminate{nullptr};
    QAction* m_focusFilter{nullptr};
    Confirmer m_confirm;
    bool m_signalsAllowed{false};
    int m_selectedPid{0};
    QPointer<LiveTarget> m_target;
};

} // namespace opsdash
