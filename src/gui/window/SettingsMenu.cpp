#include "gui/window/SettingsMenu.h"

#include "gui/common/ExternalOpen.h"
#include "gui/window/Autostart.h"
#include "model/SettingsKeys.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>

namespace opsdash {

SettingsMenu::SettingsMenu(QMenu* menu, QWidget* window)
    : QObject{menu}
    , m_window{window}
    , m_editor{menu->addAction(tr("&Editor command…"))}
{
    m_editor->setObjectName(QStringLiteral("actionEditorCommand"));
    m_editor->setStatusTip(tr("The command that opens a source file of the Drift tab at its line"));
    connect(m_editor, &QAction::triggered, this, &SettingsMenu::askEditorCommand);
    auto* autostart = new Autostart{this};
    menu->addAction(autostart->action());
    connect(autostart, &Autostart::failed, this, [this](const QString& message) {
        emit notice(tr("Start with the desktop session: %1").arg(message));
    });
}

void SettingsMenu::askEditorCommand()
{
    const QString fromVisual = ExternalOpen::defaultEditorCommand();
    QInputDialog dialog{m_window};
    dialog.setObjectName(QStringLiteral("editorCommandDialog"));
    dialog.setWindowTitle(tr("Editor command"));
    dialog.setLabelText(tr("Opens a source file at its line; {file} and {line} are replaced, e.g. "
                           "code -g {file}:{line}.\nEmpty: %1.")
                            .arg(fromVisual.isEmpty() ? tr("the desktop's application for the file")
                                                      : tr("from $VISUAL, %1").arg(fromVisual)));
    dialog.setTextValue(SettingsKeys::EditorCommand.read(QSettings{}));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    SettingsKeys::EditorCommand.write(settings, dialog.textValue().trimmed());
}

} // namespace opsdash
