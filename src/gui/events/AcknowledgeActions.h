#pragma once

#include "model/Acknowledgement.h"

#include <QIcon>
#include <QIdentityProxyModel>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QTableView;

namespace opsdash {

class AlertLog;

// The "Acknowledge…" (Ctrl+Shift+A) and "Mute…" (Ctrl+Shift+M) actions of a table whose rows
// name an alert condition or a check (the events, the drift checks): in its context menu and
// on its keys, they open an AcknowledgeDialog for the current row and hand the answer to the
// AlertLog (the engine decides what is notified). The dialog is opened, not executed, so a
// test finds it (objectName "acknowledgeDialog") and answers it.
class AcknowledgeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcknowledgeActions)

public:
    // subjectAt: the alert key or check id of a row of the view's model (empty: none).
    AcknowledgeActions(QTableView* view, std::function<QString(const QModelIndex&)> subjectAt);
    ~AcknowledgeActions() override;

    void setAlerts(AlertLog* alerts);
    QAction* acknowledgeAction() const { return m_acknowledge; }
    QAction* muteAction() const { return m_mute; }

private:
    void ask(Acknowledgement::Kind kind);
    void updateEnabled();

    QTableView* m_view;
    std::function<QString(const QModelIndex&)> m_subjectAt;
    QPointer<AlertLog> m_alerts;
    QAction* m_acknowledge;
    QAction* m_mute;
};

// A source model with its rows marked when their condition or check is acknowledged or muted:
// an icon in one column and a tooltip saying who, when, why and until when.
class AcknowledgementMarks final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcknowledgementMarks)

public:
    // subjectAt: the alert key or check id of a source row.
    AcknowledgementMarks(
        int column, std::function<QString(int sourceRow)> subjectAt, QObject* parent = nullptr);
    ~AcknowledgementMarks() override;

    void setAlerts(AlertLog* alerts);
    // The acknowledgement in force on a row of this model, if any.
    std::optional<Acknowledgement> markAt(int row) const;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "Muted by alice at … until …: note" (times in UTC).
    static QString describe(const Acknowledgement& acknowledgement);
    static QIcon icon(const Acknowledgement& acknowledgement);
    // The mark's icon (DecorationRole) or text (ToolTipRole) for `subject`; none: invalid.
    static QVariant markData(AlertLog* alerts, const QString& subject, int role);

private:
    void refresh();

    int m_column;
    std::function<QString(int)> m_subjectAt;
    QPointer<AlertLog> m_alerts;
};

} // namespace opsdash
