#include "GnuPG.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <unistd.h>

namespace opsdash::GnuPG {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GnuPG)
};

constexpr int kQuickMs{60 * 1000};
// Signing may wait for a person at the pinentry.
constexpr int kSigningMs{5 * 60 * 1000};

// gpg-error codes (libgpg-error's err-codes.h) that the status lines carry.
enum ErrorCode : int {
    BadPassphrase = 11,
    NoSecretKey = 17,
    Timeout = 62,
    NoAgent = 77,
    NoPinentry = 85,
    Canceled = 99,
    NoTerminal = 32870, // ENOTTY: a terminal pinentry without a terminal
};

struct Run
{
    int exitCode{-1};
    QByteArray out;
    QList<QByteArrayList> status; // "[GNUPG:] KEYWORD arg…" lines, without the prefix
    QString lastMessage; // gpg's last "gpg: …" line, for errors nothing else explains
};

QProcessEnvironment gpgEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // An agent started by this gpg inherits its environment: a Qt pinentry must not open
    // on the offscreen platform opsdash renders its evidence on.
    if (environment.value(QStringLiteral("QT_QPA_PLATFORM")) == QLatin1String{"offscreen"})
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // gpg's stdin is a pipe: tell a terminal pinentry which terminal the user is at.
    if (!environment.contains(QStringLiteral("GPG_TTY")) && ::isatty(STDIN_FILENO) == 1) {
        if (const char* tty = ::ttyname(STDIN_FILENO))
            environment.insert(QStringLiteral("GPG_TTY"), QString::fromLocal8Bit(tty));
    }
    return environment;
}

// Status lines go to stderr with gpg's messages (stdout may carry a signature).
Result<Run> runGpg(const QStringList& arguments, const QByteArray& input, int timeoutMs)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("gpg"));
    if (program.isEmpty())
        return Error{Text::tr("gpg (GnuPG) is not installed: install the gnupg package")};
    QProcess gpg;
    gpg.setProcessEnvironment(gpgEnvironment());
    gpg.start(program,
        QStringList{QStringLiteral("--batch"), QStringLiteral("--status-fd"), QStringLiteral("2")}
            + arguments);
    if (!gpg.waitForStarted(kQuickMs))
        return Error{Text::tr("gpg could not be started: %1").arg(gpg.errorString())};
    gpg.write(input);
    gpg.closeWriteChannel();
    if (!gpg.waitForFinished(timeoutMs)) {
        gpg.kill();
        gpg.waitForFinished(kQuickMs);
        return Error{Text::tr("gpg did not finish within %1 s").arg(timeoutMs / 1000)};
    }
    Run run;
    run.exitCode = gpg.exitStatus() == QProcess::NormalExit ? gpg.exitCode() : -1;
    run.out = gpg.readAllStandardOutput();
    const QByteArray statusPrefix{"[GNUPG:] "};
    for (const QByteArray& line : gpg.readAllStandardError().split('\n')) {
        if (line.startsWith(statusPrefix))
            run.status.append(line.mid(statusPrefix.size()).split(' '));
        else if (line.startsWith("gpg: "))
            run.lastMessage = QString::fromUtf8(line.mid(5)).trimmed();
    }
    return run;
}

int failureCode(const Run& run)
{
    for (const QByteArrayList& status : run.status) {
        if (status.value(0) == "FAILURE" || status.value(0) == "ERROR")
            return status.value(2).toInt() & 0xffff;
    }
    return 0;
}

// Status lines escape with "%XX", colon listings with "\xXX".
QString unescape(const QByteArray& text)
{
    QByteArray plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\\' && i + 3 < text.size() && text.at(i + 1) == 'x') {
            plain += static_cast<char>(text.mid(i + 2, 2).toInt(nullptr, 16));
            i += 3;
            continue;
        }
        if (text.at(i) == '%' && i + 2 < text.size()) {
            plain += static_cast<char>(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
            continue;
        }
        plain += text.at(i);
    }
    return QString::fromUtf8(plain);
}

} // namespace

Result<SecretKey> findSecretKey(const QString& key)
{
    if (key.trimmed().isEmpty())
        return Error{Text::tr("no signing key given")};
    const Result<Run> run
        = runGpg({QStringLiteral("--with-colons"), QStringLiteral("--list-secret-keys"),
                     QStringLiteral("--"), key},
            {}, kQuickMs);
    if (!run)
        return run.error();
    SecretKey found;
    QByteArray validity;
    QByteArray capabilities;
    for (const QByteArray& line : run->out.split('\n')) {
        const QByteArrayList fields = line.split(':');
        const QByteArray& kind = fields.value(0);
        if (kind == "sec") {
            if (!found.fingerprint.isEmpty())
                break; // the first key that matches is the one gpg signs with
            validity = fields.value(1);
            capabilities = fields.value(11);
        } else if (kind == "fpr" && found.fingerprint.isEmpty()) {
            found.fingerprint = QString::fromLatin1(fields.value(9));
        } else if (kind == "uid" && found.userId.isEmpty()) {
            found.userId = unescape(fields.value(9));
        }
    }
    if (found.fingerprint.isEmpty())
        return Error{Text::tr("no secret key for '%1' in the GnuPG keyring (gpg --list-secret-keys "
                              "shows the keys that can sign)")
                         .arg(key)};
    if (validity == "e" || validity == "r" || validity == "d")
        return Error{validity == "e" ? Text::tr("the key %1 has expired").arg(found.fingerprint)
                : validity == "r"    ? Text::tr("the key %1 is revoked").arg(found.fingerprint)
                                     : Text::tr("the key %1 is disabled").arg(found.fingerprint)};
    if (!capabilities.contains('S'))
        return Error{Text::tr("the key %1 cannot sign").arg(found.fingerprint)};
    return found;
}

Result<QByteArray> signDetached(const QString& key, const QByteArray& data)
{
    const Result<Run> run = runGpg(
        {QStringLiteral("--local-user"), key, QStringLiteral("--armor"),
            QStringLiteral("--detach-sign"), QStringLiteral("--output"), QStringLiteral("-")},
        data, kSigningMs);
    if (!run)
        return run.error();
    bool created = false;
    for (const QByteArrayList& status : run->status)
        created = created || status.value(0) == "SIG_CREATED";
    if (run->exitCode == 0 && created && run->out.startsWith("-----BEGIN PGP SIGNATURE-----"))
        return run->out;

    switch (failureCode(*run)) {
    case NoSecretKey:
        return Error{Text::tr("no secret key for '%1' in the GnuPG keyring").arg(key)};
    case NoAgent:
    case NoPinentry:
    case NoTerminal:
    case Timeout:
        return Error{Text::tr(
            "the key '%1' needs its passphrase, and no gpg-agent pinentry could ask for it (%2): "
            "in headless CI, sign with a key made for CI without a passphrase (--sign CI-KEY; "
            "see docs/evidence.md)")
                         .arg(key, run->lastMessage)};
    case Canceled:
        return Error{Text::tr("signing was cancelled at the passphrase prompt")};
    case BadPassphrase:
        return Error{Text::tr("the passphrase for '%1' was wrong").arg(key)};
    default:
        return Error{
            Text::tr("gpg could not sign with '%1': %2")
                .arg(key,
                    run->lastMessage.isEmpty() ? Text::tr("exit status %1").arg(run->exitCode)
                                               : run->lastMessage)};
    }
}

Result<Verification> verifyDetached(const QString& signatureFile, const QString& dataFile)
{
    const Result<Run> run = runGpg(
        {QStringLiteral("--verify"), QStringLiteral("--"), signatureFile, dataFile}, {}, kQuickMs);
    if (!run)
        return run.error();
    Verification result;
    bool goodSignature = false;
    QStringList problems;
    for (const QByteArrayList& status : run->status) {
        const QByteArray& keyword = status.value(0);
        const QString keyId = QString::fromLatin1(status.value(1));
        const QString userId = unescape(status.mid(2).join(' '));
        if (keyword == "GOODSIG") {
            goodSignature = true;
            result.userId = userId;
        } else if (keyword == "VALIDSIG") {
            // The primary key's fingerprint when the signing key is a subkey.
            result.fingerprint = QString::fromLatin1(status.value(10, status.value(1)));
            result.signedAt = QDateTime::fromSecsSinceEpoch(status.value(3).toLongLong(), Qt::UTC);
        } else if (keyword == "BADSIG") {
            result.userId = userId;
            problems << Text::tr("BAD signature by %1: the signed file was changed after it was "
                                 "signed")
                            .arg(userId);
        } else if (keyword == "EXPKEYSIG") {
            result.userId = userId;
            problems << Text::tr("signed by %1 with a key that has expired").arg(userId);
        } else if (keyword == "REVKEYSIG") {
            result.userId = userId;
            problems << Text::tr("signed by %1 with a key that is revoked").arg(userId);
        } else if (keyword == "EXPSIG") {
            problems << Text::tr("the signature has expired");
        } else if (keyword == "ERRSIG") {
            problems << (status.value(6) == "9"
                    ? Text::tr("signed by key %1, which is not in your keyring: import the "
                               "signer's public key (gpg --import) and verify again")
                          .arg(keyId)
                    : Text::tr("the signature by key %1 could not be checked (error %2)")
                          .arg(keyId, QString::fromLatin1(status.value(6))));
        } else if (keyword == "NODATA") {
            problems << Text::tr("the signature file holds no OpenPGP signature");
        } else if (keyword.startsWith("TRUST_")) {
            static const QHash<QByteArray, QString> words{
                {"TRUST_ULTIMATE", QStringLiteral("ultimate")},
                {"TRUST_FULLY", QStringLiteral("full")},
                {"TRUST_MARGINAL", QStringLiteral("marginal")},
                {"TRUST_UNDEFINED", QStringLiteral("unknown")},
                {"TRUST_NEVER", QStringLiteral("never")},
            };
            result.validity = words.value(keyword, QString::fromLatin1(keyword));
            if (keyword == "TRUST_NEVER")
                problems << Text::tr("the signing key is marked as never to be trusted");
        }
    }
    problems.removeDuplicates();
    result.good = goodSignature && problems.isEmpty() && run->exitCode == 0;
    if (!result.good) {
        if (problems.isEmpty())
            problems << (run->lastMessage.isEmpty()
                    ? Text::tr("gpg found no good signature (exit status %1)").arg(run->exitCode)
                    : run->lastMessage);
        result.problem = problems.join(QStringLiteral("; "));
    }
    return result;
}

} // namespace opsdash::GnuPG
