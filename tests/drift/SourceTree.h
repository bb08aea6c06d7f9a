#pragma once

// A small checkout written by a test: path, content, path, content, … under a root.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

// path, content, path, content, …
using SourceTree = QStringList;

// Writes each file (creating its folders); false when one cannot be written.
inline bool writeTree(const QString& root, const SourceTree& tree)
{
    for (qsizetype i = 0; i + 1 < tree.size(); i += 2) {
        const QString path = QDir{root}.filePath(tree.at(i));
        if (!QDir{}.mkpath(QFileInfo{path}.path()))
            return false;
        QFile file{path};
        if (!file.open(QIODevice::WriteOnly) || file.write(tree.at(i + 1).toUtf8()) < 0)
            return false;
    }
    return true;
}
