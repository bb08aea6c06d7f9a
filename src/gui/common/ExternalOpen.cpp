#include "gui/common/ExternalOpen.h"

#include "model/SettingsKeys.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace opsdash {

namespace {

const QString FilePlaceholder = QStringLiteral("{file}");
const QString LinePlaceholder = QStringLiteral("{line}");

} // namespace

QString ExternalOpen::editorCommand()
{
    const QString saved = SettingsKeys::EditorCommand.read(QSettings{}).trimmed();
    return saved.isEmpty() ? defaultEditorCommand() : saved;
}

QString ExternalOpen::defaultEditorCommand()
{
    const QString visual = qEnvironmentVariable("VISUAL").trimmed();
    if (visual.isEmpty() || visual.contains(FilePlaceholder))
        return visual;
    const QStringList words = QProcess::splitCommand(visual);
    const QString program = words.isEmpty() ? QString{} : QFileInfo{words.first()}.fileName();
    static const QStringList vsCodeLike{QStringLiteral("code"), QStringLiteral("codium"),
        QStringLiteral("code-oss"), QStringLiteral("code-insiders")};
    if (vsCodeLike.contains(program))
        return visual + QStringLiteral(" -g {file}:{line}");
    return visual + QStringLiteral(" +{line} {file}");
}

QString ExternalOpen::startEditor(const QString& command, const QString& path, int line)
{
    QStringList words = QProcess::splitCommand(command);
    if (words.isEmpty())
        return tr("the editor command is empty");
    // Replaced in each word after splitting: a path with spaces stays one argument.
    const QString lineText = QString::number(std::max(line, 1));
    for (QString& word : words)
        word.replace(FilePlaceholder, path).replace(LinePlaceholder, lineText);
    const QString program = words.takeFirst();
    if (QStandardPaths::findExecutable(program).isEmpty()
        && !(QFileInfo{program}.isAbsolute() && QFileInfo{program}.isExecutable()))
        return tr("the editor “%1” was not found (Settings → Editor command)").arg(program);
    QProcess process;
    process.setProgram(program);
    process.setArguments(words);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!process.startDetached())
        return tr("the editor “%1” could not be started: %2").arg(program, process.errorString());
    return {};
}

bool ExternalOpen::openFile(QWidget* parent, const QString& path, int line)
{
    // What the clipboard gets when it cannot be opened: the location as Ctrl+C copies it.
    const QString location = line > 0 ? QStringLiteral("%1:%2").arg(path).arg(line) : path;
    const QString command = editorCommand();
    if (!command.isEmpty()) {
        const QString problem = startEditor(command, path, line);
        if (problem.isEmpty())
            return true;
        showFailure(parent, location, problem);
        return false;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return true;
    showFailure(parent, location,
        tr("the desktop has no application for this file; set an editor command in Settings → "
           "Editor command"));
    return false;
}

bool ExternalOpen::openFolder(QWidget* parent, const QString& path)
{
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return true;
    showFailure(parent, path, tr("the desktop has no file manager to show folders"));
    return false;
}

void ExternalOpen::showFailure(QWidget* parent, const QString& path, const QString& reason)
{
    const QString native = QDir::toNativeSeparators(path);
    QGuiApplication::clipboard()->setText(native);
    auto* box = new QMessageBox{QMessageBox::Warning, tr("Could not open"),
        tr("%1 could not be opened: %2.").arg(native, reason), QMessageBox::Close, parent};
    box->setObjectName(QStringLiteral("openFailed"));
    box->setInformativeText(tr("The path is copied to the clipboard."));
    box->setWindowModality(Qt::NonModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

} // namespace opsdash
