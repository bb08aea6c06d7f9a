#include "gui/window/TrayNotifier.h"

#include "gui/common/StatusIcon.h"
#include "gui/events/EventsModel.h"

#include <QLoggingCategory>
#include <QSystemTrayIcon>

namespace opsdash {

namespace {
Q_LOGGING_CATEGORY(lcTray, "opsdash.gui.tray", QtWarningMsg)
} // namespace

TrayNotifier::TrayNotifier(QObject* parent)
    : QObject{parent}
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        static bool logged = false;
        if (!std::exchange(logged, true))
            qCInfo(lcTray) << "no system tray: desktop notifications are off";
        return;
    }
    m_tray = new QSystemTrayIcon{StatusIcon::icon(Severity::Info), this};
    m_tray->setToolTip(tr("opsdash"));
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::activated);
    m_tray->show();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::showStatus(Severity status, const QStringList& reasons)
{
    if (m_tray == nullptr)
        return;
    m_tray->setIcon(StatusIcon::icon(status));
    m_tray->setToolTip(reasons.isEmpty()
            ? tr("opsdash — all clear")
            : tr("opsdash — %1\n%2")
                  .arg(StatusIcon::label(status), reasons.join(QLatin1Char{'\n'})));
}

void TrayNotifier::setMenu(QMenu* menu)
{
    if (m_tray != nullptr)
        m_tray->setContextMenu(menu);
}

void TrayNotifier::notify(const Alert& alert)
{
    if (m_tray == nullptr)
        return;
    const QSystemTrayIcon::MessageIcon icon = alert.severity == Severity::Critical
        ? QSystemTrayIcon::Critical
        : alert.severity == Severity::Warning ? QSystemTrayIcon::Warning
                                              : QSystemTrayIcon::Information;
    m_tray->showMessage(
        tr("opsdash: %1").arg(EventsModel::kindLabel(alert.kind)), alert.message, icon);
}

} // namespace opsdash
