#pragma once

#include "evidence/GnuPG.h"
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
    // A detached OpenPGP signature over SHA256SUMS (`opsdash evidence --sign KEY`).
    static constexpr char SignatureName[] = "SHA256SUMS.asc";

    // What `opsdash evidence --verify DIR` found: every file against SHA256SUMS, and the
    // signature over SHA256SUMS.
    struct Verification
    {
        QStringList unchanged;
        QStringList changed;
        QStringList added; // in the folder, not in SHA256SUMS
        QStringList removed; // in SHA256SUMS, not in the folder
        std::optional<GnuPG::Verification> signature; // none: the bundle is not signed
        bool ok() const
        {
            return changed.isEmpty() && added.isEmpty() && removed.isEmpty() && signature
                && signature->good;
        }
    };

    // Empty when `dir` may receive a bundle; otherwise the reason it may not.
    static Result<void> checkDirectory(const QString& dir);

    // Creates `dir` (and parents), writes every file and SHA256SUMS in sha256sum's format
    // ("<64 hex>  <name>\n", sorted by name) so `sha256sum -c SHA256SUMS` passes inside it.
    // With a signature (signChecksums()), SHA256SUMS.asc beside it. Returns the paths
    // written.
    static Result<QStringList> write(
        const QString& dir, const QList<File>& files, const QByteArray& signature = {});
    // A detached signature over these files' SHA256SUMS with the user's GnuPG key.
    static Result<QByteArray> signChecksums(const QList<File>& files, const QString& key);
    // Checks the bundle in dir. An Error when dir holds no SHA256SUMS, SHA256SUMS cannot be
    // read as sha256sum's format, or gpg cannot be run to check a signature.
    static Result<Verification> verify(const QString& dir);

    // The SHA256SUMS text for these files.
    static QByteArray checksums(const QList<File>& files);
};

} // namespace opsdash
