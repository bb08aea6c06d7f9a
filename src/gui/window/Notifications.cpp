#include "gui/window/Notifications.h"

#include "gui/common/StatusIcon.h"
#include "gui/window/TrayNotifier.h"
#include "live/AlertLog.h"
#include "live/TargetFleet.h"
#include "model/SettingsKeys.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace opsdash {

Notifications::Notifications(AlertLog& alerts, QWidget* window)
    : QObject{window}
    , m_alerts{alerts}
    , m_mute{new QAction{tr("&Do not disturb"), window}}
    , m_menu{new QMenu{window}}
    , m_show{new QAction{tr("&Show opsdash"), this}}
    , m_quit{new QAction{tr("&Quit opsdash"), this}}
{
    m_mute->setObjectName(QStringLiteral("actionMuteNotifications"));
    m_mute->setCheckable(true);
    m_mute->setChecked(SettingsKeys::NotificationsMuted.read(QSettings{}));
    m_mute->setToolTip(tr("Keep listing events, but show no desktop notifications for any of "
                          "them (one alert or check: Acknowledge… or Mute… on its row)"));
    connect(m_mute, &QAction::toggled, this, [](bool muted) {
        QSettings settings;
        SettingsKeys::NotificationsMuted.write(settings, muted);
    });
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    connect(m_show, &QAction::triggered, this, &Notifications::activated);
    rebuildMenu();

    auto tray = std::make_unique<TrayNotifier>();
    connect(tray.get(), &TrayNotifier::activated, this, &Notifications::activated);
    tray->setMenu(m_menu);
    setNotifier(std::move(tray));
    connect(&m_alerts, &AlertLog::announced, this, &Notifications::onAlert);
    connect(&m_alerts, &AlertLog::statusChanged, this, &Notifications::refreshStatus);
}

Notifications::~Notifications() = default;

void Notifications::setNotifier(std::unique_ptr<Notifier> notifier)
{
    m_notifier = std::move(notifier);
    refreshStatus();
}

bool Notifications::canHoldWindow() const
{
    return m_notifier->canHoldWindow();
}

void Notifications::followFleet(TargetFleet& fleet)
{
    m_fleet = &fleet;
    connect(&fleet, &TargetFleet::changed, this, [this] {
        refreshStatus();
        refreshMenu();
    });
    connect(&fleet, &TargetFleet::added, this, &Notifications::rebuildMenu);
    connect(&fleet, &TargetFleet::removed, this, &Notifications::rebuildMenu);
    connect(
        &fleet, &TargetFleet::announced, this, [this](WatchedTarget* watched, const Alert& alert) {
            Alert named = alert;
            named.message = tr("%1: %2").arg(watched->name(), alert.message);
            notify(named);
        });
    refreshStatus();
    rebuildMenu();
}

void Notifications::onAlert(const Alert& alert)
{
    if (m_fleet != nullptr && m_windowTargetInFleet)
        return; // the fleet's own log announces it, with the target's name
    notify(alert);
}

void Notifications::notify(const Alert& alert)
{
    // What the user did never comes here (AlertLog::announced). Notices are already in the
    // status bar: no desktop popup on top (a quiet start).
    if (alert.kind != AlertKind::Notice && !m_mute->isChecked())
        m_notifier->notify(alert);
}

void Notifications::refreshStatus()
{
    Severity status
        = m_fleet != nullptr && m_windowTargetInFleet ? Severity::Info : m_alerts.status();
    QStringList reasons
        = m_fleet != nullptr && m_windowTargetInFleet ? QStringList{} : m_alerts.statusReasons();
    if (m_fleet != nullptr) {
        for (const WatchedTarget* watched : m_fleet->targets()) {
            status = std::max(status, watched->severity());
            for (const QString& reason : watched->alerts().statusReasons())
                reasons << tr("%1: %2").arg(watched->name(), reason);
        }
    }
    m_notifier->showStatus(status, reasons);
}

void Notifications::rebuildMenu()
{
    m_menu->clear();
    m_entries.clear();
    if (m_fleet != nullptr) {
        for (WatchedTarget* watched : m_fleet->targets()) {
            QAction* entry = m_menu->addAction(watched->name());
            connect(
                entry, &QAction::triggered, this, [this, watched] { emit targetChosen(watched); });
            m_entries << entry;
        }
        if (!m_fleet->targets().isEmpty())
            m_menu->addSeparator();
    }
    m_menu->addAction(m_show);
    m_menu->addAction(m_mute);
    m_menu->addSeparator();
    m_menu->addAction(m_quit);
    refreshMenu();
}

void Notifications::refreshMenu()
{
    if (m_fleet == nullptr || m_entries.size() != m_fleet->targets().size())
        return;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const WatchedTarget* watched = m_fleet->targets().at(i);
        const Severity severity = watched->severity();
        // The same icon again is no change: a menu entry re-laid out at every poll is not.
        const QIcon icon = StatusIcon::icon(severity);
        if (m_entries.at(i)->icon().cacheKey() != icon.cacheKey())
            m_entries.at(i)->setIcon(icon);
        m_entries.at(i)->setText(tr("%1 — %2").arg(watched->name(), StatusIcon::label(severity)));
    }
}

} // namespace opsdash
