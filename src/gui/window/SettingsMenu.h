#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace opsdash {

// The Settings menu's entries that belong to this desktop rather than to a target profile:
// the editor command that opens source files at a line, and starting with the desktop
// session (Autostart).
class SettingsMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsMenu)

public:
    // Fills `menu`; dialogs open over `window`.
    SettingsMenu(QMenu* menu, QWidget* window);

    QAction* editorAction() const { return m_editor; }

signals:
    // A setting could not be applied (the autostart entry not written, say).
    void notice(const QString& message);

private:
    void askEditorCommand();

    QWidget* m_window;
    QAction* m_editor{nullptr};
};

} // namespace opsdash
