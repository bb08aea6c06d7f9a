#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace opsdash {

// Detached OpenPGP signatures through the user's own `gpg` (GnuPG 2.2+): their keyring,
// their gpg-agent and its pinentry. opsdash reads only gpg's machine interface
// (`--status-fd`, `--with-colons`), never its messages, and never sees a passphrase.
// Each call starts gpg and waits for it: call from the command line or a worker thread.
namespace GnuPG {

// A key given as fingerprint, key id or user id: its fingerprint and user id when the
// keyring holds a secret key for it; otherwise a clear error.
struct SecretKey
{
    QString fingerprint;
    QString userId;
};
Result<SecretKey> findSecretKey(const QString& key);

// An ASCII-armoured detached signature over data, made with key. A key with a passphrase
// asks for it through the agent's pinentry; without one that can ask (headless), the error
// says to sign with a passphrase-less key made for CI.
Result<QByteArray> signDetached(const QString& key, const QByteArray& data);

// What `gpg --verify signatureFile dataFile` found.
struct Verification
{
    bool good{false}; // a good signature by a key that is neither expired, revoked nor distrusted
    QString problem; // why not, when not good
    QString fingerprint; // the signing key's, when gpg knows the key
    QString userId;
    QDateTime signedAt; // UTC
    QString validity; // "ultimate", "full", "marginal", "unknown" (not certified), "never"
};
// An Error only when gpg could not be run at all.
Result<Verification> verifyDetached(const QString& signatureFile, const QString& dataFile);

} // namespace GnuPG

} // namespace opsdash
