#include "gui/window/CloseToTray.h"

#include "model/SettingsKeys.h"

#include <QAction>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace opsdash {

namespace {

const QString Tray = QStringLiteral("tray");
const QString Quit = QStringLiteral("quit");

void remember(bool keepWatching)
{
    QSettings settings;
    SettingsKeys::CloseToTray.write(settings, keepWatching ? Tray : Quit);
}

} // namespace

CloseToTray::CloseToTray(QWidget* window)
    : QObject{window}
    , m_window{window}
    , m_action{new QAction{tr("&Keep watching in the tray when closed"), window}}
    , m_ask{[](QWidget* parent) {
        return QMessageBox::question(parent, tr("Keep watching?"),
                   tr("Keep watching every target from the tray when the window closes? "
                      "Alerts keep coming; Quit in the tray menu stops everything.\n\n"
                      "You can change this later in Monitor → Keep watching in the tray "
                      "when closed."),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes;
    }}
{
    m_action->setObjectName(QStringLiteral("actionCloseToTray"));
    m_action->setCheckable(true);
    m_action->setChecked(SettingsKeys::CloseToTray.read(QSettings{}) == Tray);
    m_action->setToolTip(tr("Closing the window hides it; the tray keeps watching and "
                            "notifying until Quit"));
    connect(m_action, &QAction::toggled, this, [](bool on) { remember(on); });
}

bool CloseToTray::keepWatching(bool trayAvailable)
{
    if (!trayAvailable)
        return false;
    const QString chosen = SettingsKeys::CloseToTray.read(QSettings{});
    if (chosen == Tray || chosen == Quit)
        return chosen == Tray;
    const bool keep = m_ask(m_window);
    m_action->setChecked(keep); // remembers it
    remember(keep);
    return keep;
}

} // namespace opsdash
