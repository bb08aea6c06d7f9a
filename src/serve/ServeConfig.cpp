#include "ServeConfig.h"

#include "model/BaselineLoader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace opsdash {

namespace {

constexpr QFileDevice::Permissions kOthers{QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther};

QString octal(QFileDevice::Permissions permissions)
{
    int mode = 0;
    const auto bit = [&](QFileDevice::Permission p, int value) {
        if (permissions.testFlag(p))
            mode |= value;
    };
    bit(QFileDevice::ReadOwner, 0400);
    bit(QFileDevice::WriteOwner, 0200);
    bit(QFileDevice::ExeOwner, 0100);
    bit(QFileDevice::ReadGroup, 040);
    bit(QFileDevice::WriteGroup, 020);
    bit(QFileDevice::ExeGroup, 010);
    bit(QFileDevice::ReadOther, 04);
    bit(QFileDevice::WriteOther, 02);
    bit(QFileDevice::ExeOther, 01);
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char{'0'});
}

} // namespace

std::optional<Error> ServeConfig::checkPrivate(const QString& path)
{
    const QFileInfo info{path};
    if (!info.exists())
        return Error{tr("no such file"), path};
    const QFileDevice::Permissions permissions = info.permissions();
    if ((permissions & kOthers) != 0) {
        return Error{tr("permissions %1 are too open: other users can read or change this "
                        "file, which holds secrets; run chmod 600 on it")
                         .arg(octal(permissions)),
            path};
    }
    return std::nullopt;
}

Result<QByteArray> ServeConfig::readSecretFile(const QString& path)
{
    if (const std::optional<Error> error = checkPrivate(path))
        return *error;
    QFile file{path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the password file: %1").arg(file.errorString()), path};
    const QByteArray secret = file.read(4096).split('\n').constFirst().trimmed();
    if (secret.isEmpty())
        return Error{tr("the password file is empty"), path};
    return secret;
}

Result<ServeConfig> ServeConfig::load(const QString& path)
{
    if (const std::optional<Error> error = checkPrivate(path))
        return *error;
    QFile file{path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read the config: %1").arg(file.errorString()), path};
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return Error{tr("the file is larger than 1 MiB; a config is a few kilobytes"), path};
    return parse(bytes, path);
}

Result<ServeConfig> ServeConfig::parse(const QByteArray& json, const QString& sourceName)
{
    const Result<QJsonObject> root = BaselineLoader::parseObject(json, sourceName);
    if (!root)
        return root.error();
    const auto fail = [&](const QString& path, const QString& message) {
        return Error{message, sourceName + QStringLiteral(": ") + path};
    };
    const auto unknownKeys = [&](const QJsonObject& object, const QString& path,
                                 const QStringList& known) -> std::optional<Error> {
        for (const QString& key : object.keys()) {
            if (!known.contains(key)) {
                return fail(path.isEmpty() ? key : path + u'.' + key,
                    tr("unknown key (known: %1)").arg(known.join(QStringLiteral(", "))));
            }
        }
        return std::nullopt;
    };

    ServeConfig config;
    if (auto error = unknownKeys(*root, {},
            {QStringLiteral("$schema"), QStringLiteral("listen"), QStringLiteral("targets")}))
        return *error;
    if (root->contains(QStringLiteral("listen"))) {
        const QJsonValue listen = root->value(QStringLiteral("listen"));
        if (!listen.isString() || listen.toString().isEmpty())
            return fail(QStringLiteral("listen"), tr("expected \"ADDRESS:PORT\""));
        config.listen = listen.toString();
    }
    const QJsonValue targets = root->value(QStringLiteral("targets"));
    if (!targets.isArray() || targets.toArray().isEmpty())
        return fail(QStringLiteral("targets"), tr("expected a non-empty array of targets"));

    static const QRegularExpression namePattern{QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:-]*$")};
    const QStringList known{QStringLiteral("name"), QStringLiteral("conninfo"),
        QStringLiteral("baseline"), QStringLiteral("history"), QStringLiteral("passwordFile"),
        QStringLiteral("intervalSeconds"), QStringLiteral("sessionsUrl"),
        QStringLiteral("sessionsTable"), QStringLiteral("canaryUrl"), QStringLiteral("checkout"),
        QStringLiteral("pgbouncer"), QStringLiteral("poolMetricsUrls")};
    QSet<QString> names;
    const QJsonArray list = targets.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("targets[%1]").arg(i);
        if (!list.at(i).isObject())
            return fail(path, tr("expected an object"));
        const QJsonObject object = list.at(i).toObject();
        if (auto error = unknownKeys(object, path, known))
            return *error;
        ServeTargetConfig target;
        const auto text
            = [&](const char* key, bool required, QString& into) -> std::optional<Error> {
            const QString name = QLatin1String{key};
            const QJsonValue value = object.value(name);
            if (value.isUndefined()) {
                if (required)
                    return fail(path + u'.' + name, tr("required"));
                return std::nullopt;
            }
            if (!value.isString() || value.toString().isEmpty())
                return fail(path + u'.' + name, tr("expected a non-empty string"));
            into = value.toString();
            return std::nullopt;
        };
        for (const auto& [key, required, into] :
            {std::tuple<const char*, bool, QString*>{"name", true, &target.name},
                {"conninfo", true, &target.conninfo}, {"baseline", false, &target.baselinePath},
                {"history", false, &target.historyPath},
                {"passwordFile", false, &target.passwordFile},
                {"sessionsUrl", false, &target.sessionsUrl},
                {"canaryUrl", false, &target.canaryUrl}, {"checkout", false, &target.checkout}}) {
            if (auto error = text(key, required, *into))
                return *error;
        }
        if (!namePattern.match(target.name).hasMatch()) {
            return fail(path + QStringLiteral(".name"),
                tr("'%1' is not a target name (letters, digits, _ . : -)").arg(target.name));
        }
        if (names.contains(target.name)) {
            return fail(path + QStringLiteral(".name"),
                tr("'%1' names another target already").arg(target.name));
        }
        names.insert(target.name);
        if (object.contains(QStringLiteral("sessionsTable"))) {
            const QJsonValue value = object.value(QStringLiteral("sessionsTable"));
            if (!value.isBool())
                return fail(path + QStringLiteral(".sessionsTable"), tr("expected true or false"));
            target.sessionsTable = value.toBool();
        }
        const auto notHttp = [](const QString& url) {
            const QUrl parsed{url};
            return !url.isEmpty()
                && (!parsed.isValid()
                    || (parsed.scheme() != QLatin1String{"http"}
                        && parsed.scheme() != QLatin1String{"https"}));
        };
        for (const QString* url : {&target.sessionsUrl, &target.canaryUrl}) {
            if (notHttp(*url)) {
                return fail(path
                        + (url == &target.sessionsUrl ? QStringLiteral(".sessionsUrl")
                                                      : QStringLiteral(".canaryUrl")),
                    tr("'%1' is not an http or https URL").arg(*url));
            }
        }
        if (object.contains(QStringLiteral("pgbouncer"))) {
            const QString at = path + QStringLiteral(".pgbouncer");
            const QJsonValue value = object.value(QStringLiteral("pgbouncer"));
            if (!value.isObject())
                return fail(at, tr("expected an object with conninfo (and passwordFile)"));
            const QJsonObject pgbouncer = value.toObject();
            if (auto error = unknownKeys(
                    pgbouncer, at, {QStringLiteral("conninfo"), QStringLiteral("passwordFile")}))
                return *error;
            for (const auto& [key, required, into] :
                {std::tuple<const char*, bool, QString*>{
                     "conninfo", true, &target.pgbouncerConninfo},
                    {"passwordFile", false, &target.pgbouncerPasswordFile}}) {
                const QString name = QLatin1String{key};
                const QJsonValue field = pgbouncer.value(name);
                if (field.isUndefined() && !required)
                    continue;
                if (!field.isString() || field.toString().isEmpty())
                    return fail(at + u'.' + name,
                        field.isUndefined() ? tr("required") : tr("expected a non-empty string"));
                *into = field.toString();
            }
        }
        if (object.contains(QStringLiteral("poolMetricsUrls"))) {
            const QString at = path + QStringLiteral(".poolMetricsUrls");
            const QJsonValue value = object.value(QStringLiteral("poolMetricsUrls"));
            if (!value.isObject())
                return fail(at, tr("expected an object: pool id → its application's /metrics URL"));
            const QJsonObject urls = value.toObject();
            for (auto it = urls.constBegin(); it != urls.constEnd(); ++it) {
                const QString url = it.value().toString();
                if (!it.value().isString() || url.isEmpty() || notHttp(url))
                    return fail(
                        at + u'.' + it.key(), tr("'%1' is not an http or https URL").arg(url));
                target.poolMetricsUrls.insert(it.key(), url);
            }
        }
        if (object.contains(QStringLiteral("intervalSeconds"))) {
            const QJsonValue value = object.value(QStringLiteral("intervalSeconds"));
            const double seconds = value.toDouble(-1);
            if (!value.isDouble() || seconds != std::floor(seconds) || seconds < 1 || seconds > 60)
                return fail(path + QStringLiteral(".intervalSeconds"),
                    tr("expected a whole number of seconds from 1 to 60"));
            target.interval = std::chrono::seconds{static_cast<qint64>(seconds)};
        }
        // Relative paths are relative to the config file, as a unit file's admin expects.
        const QString base = QFileInfo{sourceName}.absolutePath();
        for (QString* file : {&target.baselinePath, &target.historyPath, &target.passwordFile,
                 &target.checkout, &target.pgbouncerPasswordFile}) {
            if (!file->isEmpty() && QFileInfo{*file}.isRelative())
                *file = base + u'/' + *file;
        }
        config.targets << target;
    }
    return config;
}

} // namespace opsdash
