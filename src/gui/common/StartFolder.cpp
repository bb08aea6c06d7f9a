#include "gui/common/StartFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace opsdash::StartFolder {

QString of(const SettingKey<QString>& lastUsed)
{
    const QString last = remembered(lastUsed);
    return last.isEmpty() ? documents() : last;
}

QString remembered(const SettingKey<QString>& lastUsed)
{
    const QString last = lastUsed.read(QSettings{});
    const QFileInfo info{last};
    return !last.isEmpty() && info.isAbsolute() && info.isDir() ? last : QString{};
}

QString documents()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() || QDir::isRelativePath(documents) ? QDir::homePath() : documents;
}

} // namespace opsdash::StartFolder
