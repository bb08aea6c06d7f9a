#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace opsdash {

// `opsdash serve --web-config FILE`: basic-auth users and a TLS certificate, in the format
// of Prometheus' exporter toolkit (docs/serve.md):
//
//   tls_server_config:
//     cert_file: server.crt
//     key_file: server.key
//   basic_auth_users:
//     prometheus: $2y$10$...
//
// Only that subset of YAML is read: two top-level mappings of plain or quoted scalars,
// comments and blank lines. Anything else (another key, a list, a flow mapping, a tab) is
// an error located FILE:LINE. The file must be its owner's alone, like every secret file;
// relative paths are relative to it. Passwords are checked with libxcrypt's crypt_rn()
// (bcrypt: $2a$, $2b$, $2y$), never by hand-written bcrypt.
class WebConfig final
{
    Q_DECLARE_TR_FUNCTIONS(WebConfig)

public:
    // Reads the file, its certificate and its key: everything that can fail does so here,
    // at start, with the file it concerns.
    static Result<WebConfig> load(const QString& path);
    // The parse alone (no file access); paths are left as written.
    static Result<WebConfig> parse(const QByteArray& yaml, const QString& sourceName);

    bool hasTls() const { return !m_certFile.isEmpty(); }
    bool hasUsers() const { return !m_users.isEmpty(); }
    const QString& certFile() const { return m_certFile; }
    const QString& keyFile() const { return m_keyFile; }
    QList<QByteArray> users() const { return m_users.keys(); }
    // The certificate chain and key; valid after load() when hasTls().
    const QSslConfiguration& tls() const { return m_tls; }

    // An `Authorization` header's value: true when it is `Basic` with a known user and
    // the right password, or when there are no users at all. Takes bcrypt's time (tens of
    // milliseconds) once per user and password; a success is remembered (a salted digest,
    // not the password), as the exporter toolkit does, so each scrape does not pay it.
    bool authorize(const QByteArray& authorization);

    // True when password matches the crypt(3) hash. Exposed for the tests.
    static bool verifyHash(const QByteArray& password, const QByteArray& hash);

private:
    QString m_certFile;
    QString m_keyFile;
    QHash<QByteArray, QByteArray> m_users; // name → bcrypt hash
    QSslConfiguration m_tls;
    QSet<QByteArray> m_verified; // digests of (salt, user, password) that matched
    QByteArray m_salt; // random per process, so the digests mean nothing elsewhere
    QByteArray m_unknownUser; // a hash checked for unknown names, to take the same time
};

} // namespace opsdash
