#include "gui/events/AcknowledgeActions.h"

#include "gui/common/TimeDisplay.h"
#include "gui/events/AcknowledgeDialog.h"
#include "gui/events/EventsModel.h"
#include "live/AlertLog.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QTableView>

namespace opsdash {

AcknowledgeActions::AcknowledgeActions(
    QTableView* view, std::function<QString(const QModelIndex&)> subjectAt)
    : QObject{view}
    , m_view{view}
    , m_subjectAt{std::move(subjectAt)}
    , m_acknowledge{new QAction{tr("&Acknowledge…"), view}}
    , m_mute{new QAction{tr("M&ute…"), view}}
{
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAction"));
    m_acknowledge->setShortcut(QKeySequence{Qt::CTRL | Qt::SHIFT | Qt::Key_A});
    m_acknowledge->setShortcutContext(Qt::WidgetShortcut);
    m_acknowledge->setToolTip(
        tr("No notification for this until its condition clears, with your name and a note"));
    m_mute->setObjectName(QStringLiteral("muteAction"));
    m_mute->setShortcut(QKeySequence{Qt::CTRL | Qt::SHIFT | Qt::Key_M});
    m_mute->setShortcutContext(Qt::WidgetShortcut);
    m_mute->setToolTip(tr("No notification for this for an hour, until tomorrow 09:00 or until "
                          "a chosen time"));
    connect(m_acknowledge, &QAction::triggered, this, [this] { ask(Acknowledgement::Kind::Ack); });
    connect(m_mute, &QAction::triggered, this, [this] { ask(Acknowledgement::Kind::Mute); });
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(m_acknowledge);
    view->addAction(m_mute);
    updateEnabled();
}

AcknowledgeActions::~AcknowledgeActions() = default;

void AcknowledgeActions::setAlerts(AlertLog* alerts)
{
    m_alerts = alerts;
    // The view's selection model exists once it has a model; it may be replaced with it.
    if (m_view->selectionModel() != nullptr) {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AcknowledgeActions::updateEnabled, Qt::UniqueConnection);
    }
    updateEnabled();
}

void AcknowledgeActions::updateEnabled()
{
    const bool enabled = m_alerts != nullptr && !m_subjectAt(m_view->currentIndex()).isEmpty();
    m_acknowledge->setEnabled(enabled);
    m_mute->setEnabled(enabled);
}

void AcknowledgeActions::ask(Acknowledgement::Kind kind)
{
    const QString subject = m_subjectAt(m_view->currentIndex());
    if (m_alerts == nullptr || subject.isEmpty())
        return;
    auto* dialog = new AcknowledgeDialog{
        kind, subject, m_alerts->acknowledgements().now(), m_view->window()};
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, subject] {
        if (m_alerts == nullptr)
            return;
        if (dialog->kind() == Acknowledgement::Kind::Mute)
            m_alerts->mute(subject, dialog->note(), dialog->until());
        else
            m_alerts->acknowledge(subject, dialog->note());
    });
    dialog->open();
}

AcknowledgementMarks::AcknowledgementMarks(
    int column, std::function<QString(int sourceRow)> subjectAt, QObject* parent)
    : QIdentityProxyModel{parent}
    , m_column{column}
    , m_subjectAt{std::move(subjectAt)}
{ }

AcknowledgementMarks::~AcknowledgementMarks() = default;

void AcknowledgementMarks::setAlerts(AlertLog* alerts)
{
    if (m_alerts != nullptr)
        disconnect(m_alerts, nullptr, this, nullptr);
    m_alerts = alerts;
    if (alerts != nullptr) {
        connect(alerts, &AlertLog::acknowledgementsChanged, this, &AcknowledgementMarks::refresh);
    }
    refresh();
}

void AcknowledgementMarks::refresh()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, m_column), index(rowCount() - 1, m_column),
            {Qt::DecorationRole, Qt::ToolTipRole});
}

std::optional<Acknowledgement> AcknowledgementMarks::markAt(int row) const
{
    if (m_alerts == nullptr || row < 0 || row >= rowCount())
        return std::nullopt;
    const QString subject = m_subjectAt(mapToSource(index(row, 0)).row());
    if (subject.isEmpty())
        return std::nullopt;
    return m_alerts->acknowledgements().inForce(subject);
}

QVariant AcknowledgementMarks::data(const QModelIndex& index, int role) const
{
    if (index.column() == m_column && (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        const QVariant mark = markData(m_alerts, m_subjectAt(mapToSource(index).row()), role);
        if (mark.isValid()) {
            const QString own = QIdentityProxyModel::data(index, role).toString();
            return role == Qt::DecorationRole || own.isEmpty()
                ? mark
                : QVariant{own + QLatin1Char{'\n'} + mark.toString()};
        }
    }
    return QIdentityProxyModel::data(index, role);
}

QIcon AcknowledgementMarks::icon(const Acknowledgement& acknowledgement)
{
    return QApplication::style()->standardIcon(acknowledgement.kind == Acknowledgement::Kind::Mute
            ? QStyle::SP_MediaVolumeMuted
            : QStyle::SP_DialogApplyButton);
}

QVariant AcknowledgementMarks::markData(AlertLog* alerts, const QString& subject, int role)
{
    if (alerts == nullptr || subject.isEmpty())
        return {};
    const std::optional<Acknowledgement> mark = alerts->acknowledgements().inForce(subject);
    if (!mark)
        return {};
    if (role == Qt::DecorationRole)
        return icon(*mark);
    if (role == Qt::ToolTipRole)
        return describe(*mark);
    return {};
}

QString AcknowledgementMarks::describe(const Acknowledgement& acknowledgement)
{
    const QString when = TimeDisplay::format(acknowledgement.when);
    const QString note = acknowledgement.note.isEmpty() ? tr("no note") : acknowledgement.note;
    if (acknowledgement.kind == Acknowledgement::Kind::Mute) {
        return tr("Muted by %1 at %2 until %3: %4")
            .arg(acknowledgement.who, when, TimeDisplay::format(acknowledgement.until), note);
    }
    return tr("Acknowledged by %1 at %2, until its condition clears: %3")
        .arg(acknowledgement.who, when, note);
}

} // namespace opsdash
