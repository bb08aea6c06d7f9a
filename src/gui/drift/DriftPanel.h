#pragma once

#include "model/Baseline.h"
#include "model/Finding.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QModelIndex;
class QThread;

namespace Ui {
class DriftPanel;
}

class QCheckBox;

namespace opsdash {

class AcknowledgeActions;
class AlertLog;
class DriftModel;
class NoRowsMatch;
class LiveTarget;

// Every drift check grouped by plane, with counts per status in the header. The source
// checks run on a worker thread (never on the UI thread: they read the checkout) when the
// panel is made and on "Re-verify" (F6); without a checkout they show as not-checked.
// Server and live findings are pushed in by whoever watches the target, on each sample.
// A finding whose evidence is a file of the checkout opens it (Enter, double-click) and
// copies its location, absolute path:line (Ctrl+C, context menu). Rows come in the design's
// order until a header is clicked (status: worst first); "Only checks that do not pass"
// (Alt+O) hides the passing ones. Both choices are remembered.
class DriftPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftPanel)

public:
    DriftPanel(const Baseline& baseline, const QString& repoDir, QWidget* parent = nullptr);
    ~DriftPanel() override; // waits for a verification still running

    DriftModel* model() const { return m_model; }
    bool isVerifying() const { return m_worker != nullptr; }
    QDateTime verifiedAt() const { return m_verifiedAt; }

    // Follows `target` (null: none): its server, budget and live findings of each tick.
    void setTarget(opsdash::LiveTarget* target);
    // Checks can be acknowledged or muted through `alerts` (context menu, Ctrl+Shift+A /
    // Ctrl+Shift+M); marked ones show it on their check column.
    void setAlerts(opsdash::AlertLog* alerts);
    AcknowledgeActions* acknowledgeActions() const { return m_acknowledge; }

    // Runs the source checks again; one more run follows when asked while running.
    void reverify();
    // Another checkout (a target switch): verified at once, an empty path is not-checked.
    void setRepository(const QString& repoDir);
    // Server and live findings of the watched target (LiveTarget::findings()).
    void setTargetFindings(const QList<Finding>& findings);
    // Why there are no target findings ("no database target", "waiting …"); empty once
    // findings arrive.
    void setTargetState(const QString& message);
    void setSessionFindings(const QList<Finding>& findings);

    // The absolute "path:line" of a row whose evidence is a file of the checkout; empty
    // otherwise.
    QString locationAt(int row) const;
    bool openLocation(int row);
    bool copyLocation(int row);
    // Makes the check the current row and brings it into view; false when there is none.
    bool selectCheck(const QString& checkId);

signals:
    // The source findings were replaced by a finished run.
    void verified();

private:
    void startWorker();
    void onWorkerFinished(const QList<Finding>& findings);
    void updateHeader();
    void updateDetails();
    // Plane, status and check fitted to their texts, only when one of those texts changed:
    // ResizeToContents measured every cell of them on each poll's dataChanged.
    void fitNarrowColumns();
    void showFirstProblem();
    int currentRow() const;
    // "Only checks that do not pass": passing rows hidden; "no rows match" when none is left.
    void applyFilter();
    // The view's index of a model row's check, showing every check again if the filter hid it.
    QModelIndex shownIndex(int row);

    std::unique_ptr<Ui::DriftPanel> m_ui;
    Baseline m_baseline;
    QString m_repoDir;
    DriftModel* m_model{nullptr};
    AcknowledgeActions* m_acknowledge{nullptr};
    QCheckBox* m_notPassingOnly{nullptr};
    NoRowsMatch* m_noRows{nullptr};
    QThread* m_worker{nullptr};
    bool m_runAgain{false};
    QDateTime m_verifiedAt;
    QString m_targetState;
    QAction* m_openAction{nullptr};
    QAction* m_copyAction{nullptr};
    QAction* m_reverifyAction{nullptr};
    QStringList m_fittedTexts; // the narrow columns' texts the widths were fitted to
    QPointer<LiveTarget> m_target;
};

} // namespace opsdash
