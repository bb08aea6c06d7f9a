#include "EvidenceBundle.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace opsdash {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceBundle)
};

} // namespace

Result<void> EvidenceBundle::checkDirectory(const QString& dir)
{
    if (dir.isEmpty())
        return Error{Text::tr("no output directory given")};
    const QFileInfo info{dir};
    if (!info.exists())
        return {};
    if (!info.isDir())
        return Error{Text::tr("exists and is not a directory"), dir};
    if (!QDir{dir}.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Error{
            Text::tr("is not empty; evidence is never overwritten: choose a new directory"), dir};
    return {};
}

QByteArray EvidenceBundle::checksums(const QList<File>& files)
{
    QList<File> sorted = files;
    std::sort(
        sorted.begin(), sorted.end(), [](const File& a, const File& b) { return a.name < b.name; });
    QByteArray text;
    for (const File& file : sorted) {
        text += QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex();
        text += "  ";
        text += file.name.toUtf8();
        text += '\n';
    }
    return text;
}

Result<QStringList> EvidenceBundle::write(const QString& dir, const QList<File>& files)
{
    if (Result<void> checked = checkDirectory(dir); !checked)
        return std::move(checked).error();
    if (!QDir{}.mkpath(dir))
        return Error{Text::tr("cannot create the directory"), dir};
    QList<File> all = files;
    all.append(File{QLatin1String{ChecksumsName}, checksums(files)});
    QStringList written;
    for (const File& file : all) {
        if (file.name.contains(u'/') || file.name.startsWith(u'.'))
            return Error{Text::tr("not a plain file name"), file.name};
        const QString path = QDir{dir}.filePath(file.name);
        QSaveFile out{path};
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size()
            || !out.commit())
            return Error{Text::tr("cannot write: %1").arg(out.errorString()), path};
        written.append(path);
    }
    return written;
}

} // namespace opsdash
