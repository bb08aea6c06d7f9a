#pragma once

// Writes a file with the given permissions — by default its owner's alone, as `opsdash
// serve` wants its config and secret files; false when it could not.
#include <QByteArray>
#include <QFile>
#include <QString>

inline constexpr QFileDevice::Permissions kOwnerOnly{
    QFileDevice::ReadOwner | QFileDevice::WriteOwner};

inline bool writeFile(const QString& path, const QByteArray& content,
    QFileDevice::Permissions permissions = kOwnerOnly)
{
    QFile file{path};
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(content);
    file.close();
    return QFile::setPermissions(path, permissions);
}
