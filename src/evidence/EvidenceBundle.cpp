#include "EvidenceBundle.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
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

Result<QByteArray> EvidenceBundle::signChecksums(const QList<File>& files, const QString& key)
{
    return GnuPG::signDetached(key, checksums(files));
}

Result<QStringList> EvidenceBundle::write(
    const QString& dir, const QList<File>& files, const QByteArray& signature)
{
    if (Result<void> checked = checkDirectory(dir); !checked)
        return std::move(checked).error();
    if (!QDir{}.mkpath(dir))
        return Error{Text::tr("cannot create the directory"), dir};
    QList<File> all = files;
    all.append(File{QLatin1String{ChecksumsName}, checksums(files)});
    if (!signature.isEmpty())
        all.append(File{QLatin1String{SignatureName}, signature});
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

Result<EvidenceBundle::Verification> EvidenceBundle::verify(const QString& dir)
{
    const QDir folder{dir};
    if (!QFileInfo{dir}.isDir())
        return Error{Text::tr("not a directory"), dir};
    QFile sumsFile{folder.filePath(QLatin1String{ChecksumsName})};
    if (!sumsFile.open(QIODevice::ReadOnly))
        return Error{Text::tr("no %1 to check the files against: not an evidence bundle")
                         .arg(QLatin1String{ChecksumsName}),
            dir};
    // sha256sum's format: "<64 hex>  <name>" (or " *<name>"), one a line.
    static const QRegularExpression line{QStringLiteral("^([0-9a-f]{64}) [ *]([^/]+)$")};
    QMap<QString, QByteArray> listed;
    int number = 0;
    for (const QByteArray& raw : sumsFile.readAll().split('\n')) {
        ++number;
        if (raw.isEmpty())
            continue;
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(raw));
        if (!match.hasMatch() || match.captured(2).startsWith(u'.'))
            return Error{Text::tr("line %1 is not \"<sha256>  <file name>\"").arg(number),
                sumsFile.fileName()};
        listed.insert(match.captured(2), match.captured(1).toLatin1());
    }

    Verification result;
    for (auto it = listed.constBegin(); it != listed.constEnd(); ++it) {
        QFile file{folder.filePath(it.key())};
        if (!QFileInfo{file.fileName()}.isFile() || !file.open(QIODevice::ReadOnly)) {
            result.removed.append(it.key());
            continue;
        }
        QCryptographicHash hash{QCryptographicHash::Sha256};
        hash.addData(&file);
        (hash.result().toHex() == it.value() ? result.unchanged : result.changed).append(it.key());
    }
    const QStringList present = folder.entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString& name : present) {
        if (!listed.contains(name) && name != QLatin1String{ChecksumsName}
            && name != QLatin1String{SignatureName})
            result.added.append(name);
    }
    if (present.contains(QLatin1String{SignatureName})) {
        const Result<GnuPG::Verification> signature = GnuPG::verifyDetached(
            folder.filePath(QLatin1String{SignatureName}), sumsFile.fileName());
        if (!signature)
            return signature.error();
        result.signature = *signature;
    }
    return result;
}

} // namespace opsdash
