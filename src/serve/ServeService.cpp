#include "ServeService.h"

#include "Version.h"
#include "model/BaselineLoader.h"
#include "serve/EventLog.h"
#include "serve/ServeConfig.h"

#include <QHash>

namespace opsdash {

ServeService::ServeService(EventLog& log, QObject* parent)
    : QObject{parent}
    , m_log{log}
    , m_http{new HttpEndpoint{[this](const HttpEndpoint::Request& r) { return handle(r); }, this}}
{
    connect(m_http, &HttpEndpoint::refused, this, [this](int status, const QString& reason) {
        m_log.warning(QStringLiteral("http.refused"),
            {{QStringLiteral("status"), QString::number(status)},
                {QStringLiteral("reason"), reason}});
    });
}

ServeService::~ServeService()
{
    stop();
}

std::optional<Error> ServeService::apply(const QList<ServeTargetConfig>& targets)
{
    QHash<QString, ServeTarget*> running;
    for (ServeTarget* target : std::as_const(m_targets))
        running.insert(target->config().name, target);

    // Everything a new or changed target needs, loaded before anything changes.
    struct Prepared
    {
        Baseline baseline;
        QByteArray password;
        QByteArray pgbouncerPassword;
    };
    QHash<QString, Prepared> prepared;
    for (const ServeTargetConfig& config : targets) {
        const ServeTarget* current = running.value(config.name);
        if (current != nullptr && current->config() == config)
            continue;
        const Result<Baseline> baseline = BaselineLoader::loadFileOrDefault(config.baselinePath);
        if (!baseline)
            return Error{baseline.error().message,
                config.name + QStringLiteral(": ") + baseline.error().where};
        Prepared ready{*baseline, {}, {}};
        // The config's own app metrics URLs are the ones read; a pool the baseline does not
        // have is an error, as a typo would otherwise go unnoticed.
        const QStringList unknown
            = ready.baseline.overrideMetricsUrls(config.poolMetricsUrls, config.poolMetricsOrigin);
        if (!unknown.isEmpty())
            return Error{tr("no pool '%1' in the baseline %2")
                             .arg(unknown.constFirst(), ready.baseline.sourcePath),
                config.name + QStringLiteral(": poolMetricsUrls.") + unknown.constFirst()};
        for (const auto& [file, into] : {std::pair{&config.passwordFile, &ready.password},
                 std::pair{&config.pgbouncerPasswordFile, &ready.pgbouncerPassword}}) {
            if (file->isEmpty())
                continue;
            const Result<QByteArray> password = ServeConfig::readSecretFile(*file);
            if (!password)
                return Error{password.error().message,
                    config.name + QStringLiteral(": ") + password.error().where};
            *into = *password;
        }
        prepared.insert(config.name, ready);
    }

    QList<ServeTarget*> next;
    for (const ServeTargetConfig& config : targets) {
        ServeTarget* current = running.take(config.name);
        if (current != nullptr && current->config() == config) {
            next << current;
            continue;
        }
        delete current; // changed: stops and flushes, then starts anew
        const Prepared& ready = prepared.value(config.name);
        auto* target = new ServeTarget{config, ready.baseline, m_log, this};
        target->start(ready.password, ready.pgbouncerPassword);
        next << target;
    }
    for (ServeTarget* removed : std::as_const(running))
        delete removed;
    m_targets = next;
    // The source plane: at start and on every reload, for new and unchanged targets alike
    // (a deploy changes the checkout, not the config).
    for (ServeTarget* target : std::as_const(m_targets))
        target->checkSources();
    return std::nullopt;
}

Result<quint16> ServeService::listen(const HttpEndpoint::Options& options)
{
    return m_http->listen(options);
}

void ServeService::stop()
{
    for (ServeTarget* target : std::as_const(m_targets))
        target->stop();
}

HttpEndpoint::Response ServeService::handle(const HttpEndpoint::Request& request) const
{
    if (request.path == "/metrics") {
        QList<TargetMetrics> metrics;
        metrics.reserve(m_targets.size());
        for (const ServeTarget* target : m_targets)
            metrics << target->metrics();
        const Exposition::Format format = Exposition::negotiate(request.accept);
        return {200, Exposition::contentType(format),
            Exposition::render(metrics, format, QLatin1String{Version})};
    }
    if (request.path == "/healthz") {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList late;
        for (const ServeTarget* target : m_targets) {
            if (target->isLate(now))
                late << target->config().name;
        }
        if (late.isEmpty())
            return {200, "text/plain; charset=utf-8", "ok\n"};
        return {503, "text/plain; charset=utf-8",
            "late: " + late.join(QStringLiteral(", ")).toUtf8() + '\n'};
    }
    return {404, "text/plain; charset=utf-8", "not found: /metrics and /healthz are served\n"};
}

} // namespace opsdash
