#pragma once

// What the web-config tests make for themselves: a bcrypt hash (`mkpasswd -m bcrypt` when
// installed, else libxcrypt's crypt_gensalt + crypt, the same library serve checks with)
// and a throwaway self-signed certificate for 127.0.0.1 (`openssl req`).
#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <crypt.h>
#include <memory>

// A bcrypt hash of password at cost 5 (the tests check many times); empty on failure.
inline QByteArray bcryptHash(const QByteArray& password)
{
    if (!QStandardPaths::findExecutable(QStringLiteral("mkpasswd")).isEmpty()) {
        QProcess mkpasswd;
        mkpasswd.start(QStringLiteral("mkpasswd"),
            {QStringLiteral("-m"), QStringLiteral("bcrypt"), QStringLiteral("-R"),
                QStringLiteral("5"), QStringLiteral("-s")});
        mkpasswd.write(password + '\n');
        mkpasswd.closeWriteChannel();
        if (mkpasswd.waitForFinished(10000) && mkpasswd.exitCode() == 0)
            return mkpasswd.readAllStandardOutput().trimmed();
    }
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    if (crypt_gensalt_rn("$2b$", 5, nullptr, 0, setting, sizeof setting) == nullptr)
        return {};
    const auto data = std::make_unique<crypt_data>();
    const char* hash
        = crypt_rn(password.constData(), setting, data.get(), static_cast<int>(sizeof(crypt_data)));
    return hash == nullptr ? QByteArray{} : QByteArray{hash};
}

// A self-signed certificate for 127.0.0.1 and localhost (also its own CA) and its key;
// openssl's stderr when it failed, else empty.
inline QString makeCertificate(const QString& certPath, const QString& keyPath)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
            QStringLiteral("/CN=opsdash test"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"),
            keyPath, QStringLiteral("-out"), certPath});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return QString::fromUtf8(openssl.readAllStandardError()) + QStringLiteral(" (openssl)");
    return {};
}
