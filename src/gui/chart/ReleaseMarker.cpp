#include "gui/chart/ReleaseMarker.h"

#include "clock/Clock.h"
#include "gui/chart/MarkReleaseDialog.h"
#include "gui/common/TimeDisplay.h"
#include "live/AlertLog.h"
#include "live/LiveTarget.h"

#include <QAction>
#include <QWidget>

namespace opsdash {

ReleaseMarker::ReleaseMarker(AlertLog& alerts, QWidget* dialogParent)
    : QObject{dialogParent}
    , m_alerts{alerts}
    , m_dialogParent{dialogParent}
    , m_action{new QAction{tr("&Mark release…"), this}}
{
    m_action->setObjectName(QStringLiteral("actionMarkRelease"));
    m_action->setShortcut(QKeySequence{Qt::CTRL | Qt::Key_M});
    m_action->setToolTip(tr("Mark a release at this moment on the history chart and in the "
                            "events (Ctrl+M)"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &ReleaseMarker::ask);
}

ReleaseMarker::~ReleaseMarker() = default;

void ReleaseMarker::setTarget(LiveTarget* target)
{
    if (m_target != nullptr)
        disconnect(m_target, nullptr, this, nullptr);
    m_target = target;
    m_serverOffsetMs = 0;
    m_action->setEnabled(target != nullptr);
    if (target == nullptr)
        return;
    connect(target, &LiveTarget::sampled, this, [this](const ActivitySample& sample) {
        if (sample.serverTime.isValid() && sample.receivedAt.isValid())
            m_serverOffsetMs = sample.receivedAt.msecsTo(sample.serverTime);
    });
}

QDateTime ReleaseMarker::serverNow() const
{
    return Clock::current().nowUtc().addMSecs(m_serverOffsetMs);
}

QString ReleaseMarker::proposedLabel(const QDateTime& at)
{
    return tr("release %1").arg(TimeDisplay::format(at, DisplayZone::Style::ShortTime));
}

void ReleaseMarker::mark(const QString& label, const QDateTime& at)
{
    if (m_target == nullptr || label.trimmed().isEmpty())
        return;
    const Alert annotation{
        at.toUTC(), Severity::Info, QString{AlertKind::Annotation}, {}, label.trimmed()};
    m_alerts.record(annotation);
    emit marked(annotation);
}

void ReleaseMarker::ask()
{
    // The release happened when the user asked, not when they finished typing the label.
    const QDateTime at = serverNow();
    auto* dialog = new MarkReleaseDialog{proposedLabel(at), m_dialogParent};
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, at] { mark(dialog->label(), at); });
    dialog->open();
}

} // namespace opsdash
