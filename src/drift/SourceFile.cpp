#include "SourceFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace opsdash {

SourceFile::SourceFile(QString relativePath, QByteArray bytes)
    : m_relativePath{std::move(relativePath)}
    , m_bytes{std::move(bytes)}
{ }

QString SourceFile::evidence(int line) const
{
    return m_relativePath + u':' + QString::number(line);
}

Result<SourceFile> SourceFile::read(const QString& root, const QString& relativePath)
{
    const QString path = QDir{root}.filePath(relativePath);
    const QFileInfo info{path};
    if (!info.exists())
        return Error{tr("no such file"), relativePath, kMissing};
    if (info.isDir())
        return Error{tr("is a directory, not a file"), relativePath, kUnreadable};
    if (info.size() > kMaxBytes) {
        return Error{tr("rejected: %1 bytes is over the %2 MiB limit for a source file")
                         .arg(info.size())
                         .arg(kMaxBytes / (1024 * 1024)),
            relativePath, kRejected};
    }

    QFile file{path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read: %1").arg(file.errorString()), relativePath, kUnreadable};
    // Read one byte past the limit: the size may have changed since stat().
    QByteArray bytes = file.read(kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{tr("cannot read: %1").arg(file.errorString()), relativePath, kUnreadable};
    if (bytes.size() > kMaxBytes) {
        return Error{
            tr("rejected: over the %1 MiB limit for a source file").arg(kMaxBytes / (1024 * 1024)),
            relativePath, kRejected};
    }
    if (bytes.contains('\0'))
        return Error{
            tr("rejected: binary content (NUL bytes), not a text file"), relativePath, kRejected};
    QStringDecoder decoder{QStringDecoder::Utf8};
    [[maybe_unused]] const QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{tr("rejected: not valid UTF-8 text"), relativePath, kRejected};
    return SourceFile{relativePath, std::move(bytes)};
}

} // namespace opsdash
