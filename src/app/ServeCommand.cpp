#include "CommandLine.h"
#include "Console.h"
#include "Subcommands.h"
#include "pg/PgConnection.h"
#include "secrets/ProfileStore.h"
#include "serve/EventLog.h"
#include "serve/ServeConfig.h"
#include "serve/ServeService.h"
#include "serve/UnixSignals.h"
#include "serve/WebConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <csignal>
#include <memory>

namespace opsdash {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};

constexpr quint16 kDefaultPort{9187};

// "ADDR:PORT", "[v6]:PORT" or ":PORT" (all addresses).
std::optional<HttpEndpoint::Options> parseListen(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    HttpEndpoint::Options options;
    options.port = static_cast<quint16>(port);
    if (host.isEmpty()) {
        options.address = QHostAddress::Any;
        return options;
    }
    if (!options.address.setAddress(host))
        return std::nullopt;
    return options;
}

std::optional<ServeTargetConfig> targetFromCommandLine(
    const QCommandLineParser& parser, QString* error)
{
    ServeTargetConfig target;
    if (parser.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 60) {
            *error = Text::tr("--interval must be a whole number of seconds from 1 to 60, got '%1'")
                         .arg(parser.value(QStringLiteral("interval")));
            return std::nullopt;
        }
        target.interval = std::chrono::seconds{seconds};
    }
    target.baselinePath = parser.value(QStringLiteral("baseline"));
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = parser.value(QStringLiteral("profile"));
        const std::optional<Profile> profile = ProfileStore{}.load(name);
        if (!profile) {
            *error = Text::tr("--profile: no saved target is called '%1'").arg(name);
            return std::nullopt;
        }
        if (profile->kind == Profile::Kind::Prometheus) {
            *error = Text::tr("--profile: '%1' reads Prometheus (team mode); serve needs a "
                              "profile that names a database")
                         .arg(name);
            return std::nullopt;
        }
        // The keychain is not asked: the password comes from libpq's own sources.
        target.name = name;
        target.parameters = profile->connectionParameters();
        target.pgbouncerConninfo = profile->pgbouncerAdmin.trimmed();
        target.poolMetricsUrls = profile->poolMetricsUrlMap();
        target.poolMetricsOrigin = MetricsUrlOrigin::Profile;
        if (target.baselinePath.isEmpty())
            target.baselinePath = profile->baselineFile;
        return target;
    }
    target.conninfo = parser.value(QStringLiteral("db"));
    target.name = PgConnection::describeTarget(target.conninfo.toUtf8());
    return target;
}

} // namespace

int runServeCommand(const QCommandLineParser& parser)
{
    const int sources = (parser.isSet(QStringLiteral("config")) ? 1 : 0)
        + (parser.isSet(QStringLiteral("db")) ? 1 : 0)
        + (parser.isSet(QStringLiteral("profile")) ? 1 : 0);
    if (sources != 1)
        return usageError(Text::tr("serve: give one of --config, --db or --profile"));

    if (parser.isSet(QStringLiteral("config"))
        && (parser.isSet(QStringLiteral("baseline")) || parser.isSet(QStringLiteral("interval"))))
        return usageError(Text::tr("serve: with --config, each target's baseline and interval "
                                   "are set in the file"));

    EventLog::Format logFormat = EventLog::Format::KeyValue;
    if (parser.isSet(QStringLiteral("log-format"))) {
        const QString format = parser.value(QStringLiteral("log-format"));
        if (format == QLatin1String{"json"})
            logFormat = EventLog::Format::Json;
        else if (format != QLatin1String{"logfmt"})
            return usageError(
                Text::tr("serve: --log-format must be logfmt or json, got '%1'").arg(format));
    }

    QString configPath;
    QList<ServeTargetConfig> targets;
    QString listen;
    if (parser.isSet(QStringLiteral("config"))) {
        configPath = parser.value(QStringLiteral("config"));
        const Result<ServeConfig> config = ServeConfig::load(configPath);
        if (!config)
            return usageError(config.error().toString());
        targets = config->targets;
        listen = config->listen;
    } else {
        QString error;
        const std::optional<ServeTargetConfig> target = targetFromCommandLine(parser, &error);
        if (!target)
            return usageError(error);
        targets << *target;
    }
    // Only an address given on purpose may be outside loopback: --listen, or the config's.
    const bool explicitListen = parser.isSet(QStringLiteral("listen")) || !listen.isEmpty();
    if (parser.isSet(QStringLiteral("listen")))
        listen = parser.value(QStringLiteral("listen"));
    HttpEndpoint::Options endpoint;
    endpoint.port = kDefaultPort;
    if (explicitListen) {
        const std::optional<HttpEndpoint::Options> parsed = parseListen(listen);
        if (!parsed)
            return usageError(Text::tr("serve: --listen takes ADDRESS:PORT, got '%1'").arg(listen));
        endpoint = *parsed;
    }

    // TLS and basic auth (the exporter toolkit's web config): read at start only.
    std::shared_ptr<WebConfig> web;
    if (parser.isSet(QStringLiteral("web-config"))) {
        Result<WebConfig> loaded = WebConfig::load(parser.value(QStringLiteral("web-config")));
        if (!loaded)
            return usageError(loaded.error().toString());
        web = std::make_shared<WebConfig>(std::move(loaded).value());
        if (web->hasTls())
            endpoint.tls = web->tls();
        if (web->hasUsers()) {
            endpoint.authorize = [web](const QByteArray& authorization) {
                return web->authorize(authorization);
            };
        }
    }

    EventLog log{logFormat};
    ServeService service{log};
    const Result<quint16> port = service.listen(endpoint);
    if (!port)
        return usageError(port.error().toString());
    if (const std::optional<Error> error = service.apply(targets))
        return usageError(error->toString());
    log.info(QStringLiteral("serve.start"),
        {{QStringLiteral("listen"),
             QStringLiteral("%1:%2").arg(endpoint.address.toString()).arg(*port)},
            {QStringLiteral("tls"), endpoint.tls ? QStringLiteral("on") : QStringLiteral("off")},
            {QStringLiteral("basic_auth_users"), QString::number(web ? web->users().size() : 0)},
            {QStringLiteral("targets"), QString::number(targets.size())},
            {QStringLiteral("pid"), QString::number(QCoreApplication::applicationPid())}});

    UnixSignals unixSignals{SIGTERM, SIGINT, SIGHUP};
    QObject::connect(&unixSignals, &UnixSignals::received, &service, [&](int number) {
        if (number != SIGHUP) {
            log.info(QStringLiteral("serve.stop"),
                {{QStringLiteral("signal"),
                    number == SIGTERM ? QStringLiteral("SIGTERM") : QStringLiteral("SIGINT")}});
            service.stop();
            QCoreApplication::exit(static_cast<int>(ExitStatus::Ok));
            return;
        }
        if (configPath.isEmpty()) {
            log.info(QStringLiteral("reload.skipped"),
                {{QStringLiteral("reason"), QStringLiteral("no --config to reload")}});
            return;
        }
        const Result<ServeConfig> config = ServeConfig::load(configPath);
        if (!config) {
            log.error(QStringLiteral("reload.failed"),
                {{QStringLiteral("reason"), config.error().toString()},
                    {QStringLiteral("kept"), QStringLiteral("the running config")}});
            return;
        }
        if (const std::optional<Error> error = service.apply(config->targets)) {
            log.error(QStringLiteral("reload.failed"),
                {{QStringLiteral("reason"), error->toString()},
                    {QStringLiteral("kept"), QStringLiteral("the running config")}});
            return;
        }
        log.info(QStringLiteral("reload.done"),
            {{QStringLiteral("targets"), QString::number(config->targets.size())}});
    });
    return QCoreApplication::exec();
}

} // namespace opsdash
