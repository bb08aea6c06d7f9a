#include "WebConfig.h"

#include "serve/ServeConfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>

#include <crypt.h>
#include <memory>

namespace opsdash {

namespace {

constexpr qint64 kMaxFileBytes{64 * 1024};

const QLatin1String kTlsSection{"tls_server_config"};
const QLatin1String kUsersSection{"basic_auth_users"};

// Equal length and content, in time that depends on the length only.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// One `key: value` line of the subset: the key, and the scalar after the colon (empty
// when the line opens a mapping). An error message when the line is outside the subset.
struct Line
{
    int indent{0};
    QString key;
    QString value;
};

std::optional<QString> parseScalar(const QString& text, QString* value)
{
    if (text.isEmpty() || text.startsWith(u'#')) {
        value->clear();
        return std::nullopt;
    }
    const QChar first = text.front();
    if (first == u'\'' || first == u'"') {
        QString out;
        qsizetype i = 1;
        bool closed = false;
        for (; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (first == u'"' && c == u'\\')
                return WebConfig::tr("escape sequences in double quotes are not read here; "
                                     "use single quotes");
            if (c == first) {
                // '' inside single quotes is one quote.
                if (first == u'\'' && i + 1 < text.size() && text.at(i + 1) == u'\'') {
                    out += u'\'';
                    ++i;
                    continue;
                }
                closed = true;
                ++i;
                break;
            }
            out += c;
        }
        if (!closed)
            return WebConfig::tr("unterminated quoted string");
        const QString rest = text.mid(i).trimmed();
        if (!rest.isEmpty() && !rest.startsWith(u'#'))
            return WebConfig::tr("unexpected text after the quoted string");
        *value = out;
        return std::nullopt;
    }
    if (QStringLiteral("[{&*!|>%@`").contains(first)
        || (first == u'-' && (text.size() == 1 || text.at(1) == u' ')))
        return WebConfig::tr("only plain or quoted scalars are read here (no lists, flow "
                             "mappings, anchors, tags or block scalars)");
    const qsizetype comment = text.indexOf(QStringLiteral(" #"));
    *value = (comment < 0 ? text : text.left(comment)).trimmed();
    return std::nullopt;
}

std::optional<QString> parseLine(const QString& raw, Line* line)
{
    qsizetype indent = 0;
    while (indent < raw.size() && raw.at(indent) == u' ')
        ++indent;
    if (indent < raw.size() && raw.at(indent) == u'\t')
        return WebConfig::tr("a tab in the indentation (YAML indents with spaces)");
    const QString rest = raw.mid(indent);
    if (rest.startsWith(u'-') || rest.startsWith(u'[') || rest.startsWith(u'{')
        || rest.startsWith(u'\'') || rest.startsWith(u'"') || rest.startsWith(u'?'))
        return WebConfig::tr("expected `key: value` (lists, flow mappings and quoted keys "
                             "are not read here)");
    qsizetype colon = -1;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == u':' && (i + 1 == rest.size() || rest.at(i + 1) == u' ')) {
            colon = i;
            break;
        }
        if (rest.at(i) == u'#' && i > 0 && rest.at(i - 1) == u' ')
            break;
    }
    if (colon <= 0)
        return WebConfig::tr("expected `key: value`");
    line->indent = static_cast<int>(indent);
    line->key = rest.left(colon).trimmed();
    return parseScalar(rest.mid(colon + 1).trimmed(), &line->value);
}

} // namespace

Result<WebConfig> WebConfig::parse(const QByteArray& yaml, const QString& sourceName)
{
    static const QRegularExpression bcrypt{
        QStringLiteral(R"(^\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}$)")};
    const auto fail = [&](int lineNumber, const QString& message) {
        return Error{message, QStringLiteral("%1:%2").arg(sourceName).arg(lineNumber)};
    };

    WebConfig config;
    QString section; // the top-level mapping the current lines belong to
    int sectionLine = 0;
    int tlsLine = 0;
    int childIndent = -1;
    QSet<QString> sections;
    QSet<QString> keys; // in the current section
    const QList<QByteArray> lines = yaml.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = static_cast<int>(i + 1);
        QString raw = QString::fromUtf8(lines.at(i));
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (trimmed == QLatin1String{"---"} && sections.isEmpty() && raw.startsWith(u'-'))
            continue;
        Line line;
        if (const std::optional<QString> error = parseLine(raw, &line))
            return fail(number, *error);

        if (line.indent == 0) {
            if (line.key != kTlsSection && line.key != kUsersSection) {
                return fail(number,
                    tr("'%1' is not read by opsdash serve (it reads %2 with cert_file and "
                       "key_file, and %3)")
                        .arg(line.key, kTlsSection, kUsersSection));
            }
            if (!line.value.isEmpty())
                return fail(number, tr("'%1' takes an indented mapping").arg(line.key));
            if (sections.contains(line.key))
                return fail(number, tr("'%1' appears twice").arg(line.key));
            sections.insert(line.key);
            section = line.key;
            sectionLine = number;
            if (section == kTlsSection)
                tlsLine = number;
            childIndent = -1;
            keys.clear();
            continue;
        }
        if (section.isEmpty())
            return fail(
                number, tr("indented line outside %1 or %2").arg(kTlsSection, kUsersSection));
        if (childIndent < 0)
            childIndent = line.indent;
        if (line.indent != childIndent)
            return fail(number,
                tr("unexpected indentation (the entries of '%1' on line %2 are indented by %3)")
                    .arg(section)
                    .arg(sectionLine)
                    .arg(childIndent));
        if (line.value.isEmpty())
            return fail(number, tr("'%1' needs a value").arg(line.key));
        if (keys.contains(line.key))
            return fail(number, tr("'%1' appears twice in %2").arg(line.key, section));
        keys.insert(line.key);

        if (section == kTlsSection) {
            if (line.key == QLatin1String{"cert_file"}) {
                config.m_certFile = line.value;
            } else if (line.key == QLatin1String{"key_file"}) {
                config.m_keyFile = line.value;
            } else {
                return fail(number,
                    tr("%1.%2 is not supported by opsdash serve (it reads cert_file and key_file)")
                        .arg(section, line.key));
            }
        } else {
            if (!bcrypt.match(line.value).hasMatch())
                return fail(number,
                    tr("the password of '%1' is not a bcrypt hash ($2a$, $2b$ or $2y$, 60 "
                       "characters; make one with htpasswd -nB or mkpasswd -m bcrypt)")
                        .arg(line.key));
            config.m_users.insert(line.key.toUtf8(), line.value.toLatin1());
        }
    }
    if (sections.contains(kTlsSection)
        && (config.m_certFile.isEmpty() || config.m_keyFile.isEmpty()))
        return fail(tlsLine, tr("%1 needs both cert_file and key_file").arg(kTlsSection));
    return config;
}

Result<WebConfig> WebConfig::load(const QString& path)
{
    if (const std::optional<Error> error = ServeConfig::checkPrivate(path))
        return *error;
    QFile file{path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the web config: %1").arg(file.errorString()), path};
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return Error{tr("the file is larger than 64 KiB; a web config is a few lines"), path};
    Result<WebConfig> parsed = parse(bytes, path);
    if (!parsed)
        return parsed;
    WebConfig config = std::move(parsed).value();
    if (!config.hasTls())
        return config;

    const QString base = QFileInfo{path}.absolutePath();
    for (QString* name : {&config.m_certFile, &config.m_keyFile}) {
        if (QFileInfo{*name}.isRelative())
            *name = base + u'/' + *name;
    }
    QFile certFile{config.m_certFile};
    if (!certFile.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the TLS certificate: %1").arg(certFile.errorString()),
            config.m_certFile};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll());
    if (chain.isEmpty() || chain.constFirst().isNull())
        return Error{tr("no PEM certificate in this file"), config.m_certFile};
    QFile keyFile{config.m_keyFile};
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error{
            tr("cannot read the TLS key: %1").arg(keyFile.errorString()), config.m_keyFile};
    const QByteArray keyBytes = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey{keyBytes, algorithm, QSsl::Pem};
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error{
            tr("no unencrypted PEM private key (RSA, EC or DSA) in this file"), config.m_keyFile};
    config.m_tls = QSslConfiguration::defaultConfiguration();
    config.m_tls.setLocalCertificateChain(chain);
    config.m_tls.setPrivateKey(key);
    config.m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

bool WebConfig::verifyHash(const QByteArray& password, const QByteArray& hash)
{
    // libxcrypt (Debian 12's libcrypt) does bcrypt; crypt_rn() returns null on failure
    // instead of a "*0" token. crypt_data is 32 kB: on the heap.
    const auto data = std::make_unique<crypt_data>();
    const char* result = crypt_rn(
        password.constData(), hash.constData(), data.get(), static_cast<int>(sizeof(crypt_data)));
    if (result == nullptr)
        return false;
    return constantTimeEquals(QByteArray{result}, hash);
}

bool WebConfig::authorize(const QByteArray& authorization)
{
    if (m_users.isEmpty())
        return true;
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || authorization.left(space).compare("Basic", Qt::CaseInsensitive) != 0)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(
        authorization.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 0)
        return false;
    const QByteArray user = decoded.decoded.left(colon);
    const QByteArray password = decoded.decoded.mid(colon + 1);
    // A password with a NUL cannot be handed to crypt(), and matches no hash.
    if (password.contains('\0'))
        return false;

    if (m_salt.isEmpty()) {
        m_salt.resize(16);
        QRandomGenerator::system()->fillRange(
            reinterpret_cast<quint32*>(m_salt.data()), m_salt.size() / 4);
    }
    const QByteArray hash = m_users.value(user);
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray{m_salt + user + '\0' + password + '\0' + hash}, QCryptographicHash::Sha256);
    if (!hash.isEmpty() && m_verified.contains(digest))
        return true;

    // An unknown user costs the same bcrypt as a known one, so the time taken does not
    // tell which names exist: a hash of a random password, at the first user's cost.
    if (m_unknownUser.isEmpty()) {
        const QByteArray cost = m_users.cbegin().value().mid(4, 2);
        char setting[CRYPT_GENSALT_OUTPUT_SIZE];
        if (crypt_gensalt_rn("$2b$", cost.toULong(), nullptr, 0, setting, sizeof setting)
            != nullptr) {
            const auto data = std::make_unique<crypt_data>();
            const QByteArray random = m_salt.toHex();
            if (const char* made = crypt_rn(
                    random.constData(), setting, data.get(), static_cast<int>(sizeof(crypt_data))))
                m_unknownUser = made;
        }
    }
    bool matches = false;
    if (hash.isEmpty())
        verifyHash(password, m_unknownUser); // for its time, not its answer
    else
        matches = verifyHash(password, hash);
    if (matches) {
        if (m_verified.size() >= 1024)
            m_verified.clear();
        m_verified.insert(digest);
    }
    return matches;
}

} // namespace opsdash
