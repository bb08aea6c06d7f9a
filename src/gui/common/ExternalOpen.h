#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace opsdash {

// Opening a file or folder outside opsdash, never silently: a source file goes to the user's
// editor command at its line when there is one, anything else to the desktop's handler. When
// neither can open it, a non-modal message says why and the path is on the clipboard.
class ExternalOpen final
{
    Q_DECLARE_TR_FUNCTIONS(ExternalOpen)

public:
    // The editor command: the setting (SettingsKeys::EditorCommand), else one made from
    // $VISUAL; empty: none, the desktop opens files. {file} and {line} are replaced.
    static QString editorCommand();
    // From $VISUAL: "code -g {file}:{line}" for VS Code and its kin, "EDITOR +{line} {file}"
    // for the rest (vi, emacs, nano, gedit…), a value with placeholders as it is; empty
    // without $VISUAL.
    static QString defaultEditorCommand();

    // Starts command (placeholders replaced, one argument each) detached; empty when it
    // started, else why not ("… was not found", "… could not be started: …").
    static QString startEditor(const QString& command, const QString& path, int line);

    // A source file at a line (line < 1: none): the editor command, else the desktop.
    static bool openFile(QWidget* parent, const QString& path, int line);
    static bool openFolder(QWidget* parent, const QString& path);

private:
    // The message beside `parent` (non-modal) and the path on the clipboard.
    static void showFailure(QWidget* parent, const QString& path, const QString& reason);
};

} // namespace opsdash
