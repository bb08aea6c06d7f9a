#pragma once

#include "model/Alert.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class EventsPanel;
}

namespace opsdash {

class AcknowledgeActions;
class AcknowledgementMarks;
class AlertLog;
class EventsModel;

// The event log of the target: alerts as they are raised, and those of the last 24 h read
// back from history; newest first, filtered by severity. A row's condition can be
// acknowledged or muted (context menu, Ctrl+Shift+A / Ctrl+Shift+M); rows whose condition is
// marked so show it in the kind column (icon, tooltip).
class EventsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsPanel)

public:
    explicit EventsPanel(QWidget* parent = nullptr);
    ~EventsPanel() override;

    // Lists what `alerts` raises from now on, and the recent events it restores.
    void setAlerts(opsdash::AlertLog* alerts);

    void add(const Alert& alert);
    void addOlder(const QList<Alert>& alerts);
    void showMessage(const QString& message); // empty hides it
    // Only events at least this bad are listed.
    void setMinimumSeverity(Severity severity);

    EventsModel* model() const { return m_model; }
    QTableView* table() const;
    int shownRows() const;
    AcknowledgeActions* acknowledgeActions() const { return m_acknowledge; }
    AcknowledgementMarks* marks() const { return m_marks; }

private:
    void updateSummary();

    std::unique_ptr<Ui::EventsPanel> m_ui;
    EventsModel* m_model{nullptr};
    AcknowledgementMarks* m_marks{nullptr};
    QSortFilterProxyModel* m_filter{nullptr};
    AcknowledgeActions* m_acknowledge{nullptr};
};

} // namespace opsdash
