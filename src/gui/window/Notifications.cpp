#include "gui/window/Notifications.h"

#include "gui/window/TrayNotifier.h"
#include "live/AlertLog.h"
#include "model/SettingsKeys.h"

#include <QAction>
#include <QSettings>
#include <QWidget>

namespace opsdash {

Notifications::Notifications(AlertLog& alerts, QWidget* window)
    : QObject{window}
    , m_alerts{alerts}
    , m_mute{new QAction{tr("&Mute notifications"), window}}
{
    m_mute->setObjectName(QStringLiteral("actionMuteNotifications"));
    m_mute->setCheckable(true);
    m_mute->setChecked(SettingsKeys::NotificationsMuted.read(QSettings{}));
    m_mute->setToolTip(tr("Keep listing events, but show no desktop notifications for them"));
    connect(m_mute, &QAction::toggled, this, [](bool muted) {
        QSettings settings;
        SettingsKeys::NotificationsMuted.write(settings, muted);
    });

    auto tray = std::make_unique<TrayNotifier>();
    connect(tray.get(), &TrayNotifier::activated, this, &Notifications::activated);
    setNotifier(std::move(tray));
    connect(&m_alerts, &AlertLog::raised, this, &Notifications::onAlert);
    connect(&m_alerts, &AlertLog::statusChanged, this,
        [this](Severity status) { m_notifier->showStatus(status, m_alerts.statusReasons()); });
}

Notifications::~Notifications() = default;

void Notifications::setNotifier(std::unique_ptr<Notifier> notifier)
{
    m_notifier = std::move(notifier);
    m_notifier->showStatus(m_alerts.status(), m_alerts.statusReasons());
}

void Notifications::onAlert(const Alert& alert)
{
    const bool userAction = alert.kind == AlertKind::Backend || alert.kind == AlertKind::Annotation;
    // Notices are already in the status bar: no desktop popup on top (a quiet start).
    if (!userAction && alert.kind != AlertKind::Notice && !m_mute->isChecked())
        m_notifier->notify(alert);
}

} // namespace opsdash
