#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace opsdash {

// The files of one evidence bundle and the checksum list that seals them. Evidence is
// never overwritten: the output directory must not exist yet or be empty
// (docs/evidence.md), so an earlier bundle — already pasted into a sign-off — stays as it
// was.
class EvidenceBundle final
{
public:
    struct File
    {
        QString name; // plain file name: "report.md"
        QByteArray content;
    };

    static constexpr char ChecksumsName[] = "SHA256SUMS";

    // Empty when `dir` may receive a bundle; otherwise the reason it may not.
    static Result<void> checkDirectory(const QString& dir);

    // Creates `dir` (and parents), writes every file and SHA256SUMS in sha256sum's format
    // ("<64 hex>  <name>\n", sorted by name) so `sha256sum -c SHA256SUMS` passes inside it.
    // Returns the paths written.
    static Result<QStringList> write(const QString& dir, const QList<File>& files);

    // The SHA256SUMS text for these files.
    static QByteArray checksums(const QList<File>& files);
};

} // namespace opsdash
