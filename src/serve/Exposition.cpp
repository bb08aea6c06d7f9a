#include "Exposition.h"

#include <algorithm>
#include <cmath>

namespace opsdash {

namespace {

constexpr std::array<CheckStatus, 5> kCheckStates{CheckStatus::Pass, CheckStatus::Fail,
    CheckStatus::Unknown, CheckStatus::Missing, CheckStatus::NotChecked};
constexpr std::array<const char*, 3> kLoginLevels{"ok", "warn", "critical"};

// Label values escaped as both formats require: backslash, double quote, line feed.
void appendEscaped(QByteArray& out, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    out.reserve(out.size() + utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
}

QByteArray number(double value)
{
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QByteArray::number(static_cast<qint64>(value));
    return QByteArray::number(value, 'g', 17);
}

// A bucket bound the way client libraries write it: "0.005", "1.0", "+Inf".
QByteArray bound(double value)
{
    QByteArray text = QByteArray::number(value, 'g', 6);
    if (!text.contains('.') && !text.contains('e'))
        text += ".0";
    return text;
}

class Writer
{
public:
    Writer(Exposition::Format format)
        : m_openMetrics{format == Exposition::Format::OpenMetrics}
    {
        m_out.reserve(16 * 1024);
    }

    bool openMetrics() const { return m_openMetrics; }

    // type: gauge, counter, histogram, stateset. Counters are named without _total in
    // OpenMetrics' TYPE line, with it in 0.0.4's.
    void family(const char* name, const char* type, const char* help, const char* unit = nullptr)
    {
        QByteArray family{name};
        QByteArray kind{type};
        if (kind == "counter" && !m_openMetrics)
            family += "_total";
        if (kind == "stateset" && !m_openMetrics)
            kind = "gauge";
        m_out += "# HELP " + family + ' ' + help + '\n';
        m_out += "# TYPE " + family + ' ' + kind + '\n';
        if (unit != nullptr && m_openMetrics)
            m_out += "# UNIT " + family + ' ' + unit + '\n';
    }

    // A sample: name{labels} value; labels as name/value pairs.
    void sample(const QByteArray& name,
        std::initializer_list<std::pair<const char*, QString>> labels, double value)
    {
        m_out += name;
        if (labels.size() > 0) {
            m_out += '{';
            bool first = true;
            for (const auto& [key, text] : labels) {
                if (!first)
                    m_out += ',';
                first = false;
                m_out += key;
                m_out += "=\"";
                appendEscaped(m_out, text);
                m_out += '"';
            }
            m_out += '}';
        }
        m_out += ' ';
        m_out += number(value);
        m_out += '\n';
    }

    QByteArray finish()
    {
        if (m_openMetrics)
            m_out += "# EOF\n";
        return std::move(m_out);
    }

private:
    bool m_openMetrics;
    QByteArray m_out;
};

// Every family appears once, its samples from every target together (both formats want a
// family's samples contiguous), and only when some target has a sample for it.
template<typename Has, typename Each>
void familyOf(Writer& writer, const QList<TargetMetrics>& targets, const char* name,
    const char* type, const char* help, Has has, Each each, const char* unit = nullptr)
{
    if (std::none_of(targets.cbegin(), targets.cend(), has))
        return;
    writer.family(name, type, help, unit);
    for (const TargetMetrics& target : targets)
        each(target);
}

double sessionsInState(const TargetMetrics::Pool& pool, BackendState state)
{
    return pool.byState.at(static_cast<std::size_t>(state));
}

} // namespace

void PollHistogram::observe(double seconds)
{
    ++count;
    sum += seconds;
    for (std::size_t i = 0; i < kBounds.size(); ++i) {
        if (seconds <= kBounds.at(i)) {
            ++buckets.at(i);
            break;
        }
    }
}

void TargetMetrics::setSample(const Baseline& baseline, const ActivitySample& sample)
{
    pools.clear();
    for (const PoolUsage& usage : sample.pools) {
        Pool pool{usage.pool, std::nullopt, usage.byState};
        if (const PoolSpec* spec = baseline.pool(usage.pool); spec != nullptr && spec->budget > 0)
            pool.budget = spec->budget;
        pools << pool;
    }
    for (const PoolSpec& spec : baseline.pools) {
        const bool seen = std::any_of(
            pools.cbegin(), pools.cend(), [&](const Pool& pool) { return pool.pool == spec.id; });
        if (!seen && spec.budget > 0)
            pools << Pool{spec.id, spec.budget, {}};
    }
    committed = baseline.totalBudget() + baseline.server.monitorConnections;

    // Keyed by the three labels; a map keeps the output's order stable.
    QMap<std::tuple<QString, QString, QString>, int> counts;
    for (int i = 0; i < sample.sessionCount(); ++i) {
        const BackendSession session = sample.session(i);
        ++counts[{session.datname, toString(session.state), session.applicationName}];
    }
    activity.clear();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto& [datname, state, application] = it.key();
        activity << ActivityCount{datname, state, application, it.value()};
    }
}

Exposition::Format Exposition::negotiate(const QByteArray& accept)
{
    double openMetrics = -1;
    double text = -1;
    for (const QByteArray& range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray type = parts.constFirst().trimmed().toLower();
        double quality = 1.0;
        QByteArray version;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q="))
                quality = parameter.mid(2).toDouble();
            else if (parameter.startsWith("version="))
                version = parameter.mid(8);
        }
        if (type == "application/openmetrics-text" && (version.isEmpty() || version == "1.0.0"))
            openMetrics = std::max(openMetrics, quality);
        else if (type == "text/plain" || type == "*/*")
            text = std::max(text, quality);
    }
    return openMetrics > 0 && openMetrics >= text ? Format::OpenMetrics : Format::PrometheusText;
}

QByteArray Exposition::contentType(Format format)
{
    return format == Format::OpenMetrics
        ? QByteArrayLiteral("application/openmetrics-text; version=1.0.0; charset=utf-8")
        : QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

QByteArray Exposition::render(
    const QList<TargetMetrics>& targets, Format format, const QString& version)
{
    Writer w{format};
    const auto always = [](const TargetMetrics&) {
        return true;
    };
    const auto hasFacts = [](const TargetMetrics& t) {
        return t.facts.has_value();
    };

    w.family("opsdash_build_info", "gauge", "opsdash's version; always 1.");
    w.sample("opsdash_build_info", {{"version", version}}, 1);

    familyOf(w, targets, "opsdash_up", "gauge",
        "1 when the last poll of the target succeeded, else 0.", always,
        [&](const TargetMetrics& t) {
            w.sample("opsdash_up", {{"target", t.target}}, t.up ? 1 : 0);
        });

    familyOf(w, targets, "pg_settings_max_connections", "gauge",
        "Server Parameter: max_connections.", hasFacts, [&](const TargetMetrics& t) {
            if (t.facts)
                w.sample(
                    "pg_settings_max_connections", {{"target", t.target}}, t.facts->maxConnections);
        });
    familyOf(w, targets, "pg_settings_superuser_reserved_connections", "gauge",
        "Server Parameter: superuser_reserved_connections.", hasFacts, [&](const TargetMetrics& t) {
            if (t.facts)
                w.sample("pg_settings_superuser_reserved_connections", {{"target", t.target}},
                    t.facts->superuserReservedConnections);
        });
    const auto hasReserved = [](const TargetMetrics& t) {
        return t.facts && t.facts->versionNum >= 160000;
    };
    familyOf(w, targets, "pg_settings_reserved_connections", "gauge",
        "Server Parameter: reserved_connections (PostgreSQL 16 and later).", hasReserved,
        [&](const TargetMetrics& t) {
            if (t.facts && t.facts->versionNum >= 160000)
                w.sample("pg_settings_reserved_connections", {{"target", t.target}},
                    t.facts->reservedConnections);
        });
    familyOf(
        w, targets, "pg_stat_activity_count", "gauge",
        "Client sessions by database, state and application_name (opsdash's own excluded).",
        [](const TargetMetrics& t) { return !t.activity.isEmpty(); },
        [&](const TargetMetrics& t) {
            for (const TargetMetrics::ActivityCount& a : t.activity) {
                w.sample("pg_stat_activity_count",
                    {{"target", t.target}, {"datname", a.datname}, {"state", a.state},
                        {"application_name", a.applicationName}},
                    a.count);
            }
        });

    const auto hasPools = [](const TargetMetrics& t) {
        return !t.pools.isEmpty();
    };
    familyOf(w, targets, "opsdash_pool_connections", "gauge",
        "Client sessions attributed to a pool, by state.", hasPools, [&](const TargetMetrics& t) {
            for (const TargetMetrics::Pool& pool : t.pools) {
                for (std::size_t s = 0; s < BackendStateCount; ++s) {
                    const auto state = static_cast<BackendState>(s);
                    w.sample("opsdash_pool_connections",
                        {{"target", t.target}, {"pool", pool.pool}, {"state", toString(state)}},
                        sessionsInState(pool, state));
                }
            }
        });
    familyOf(w, targets, "opsdash_pool_budget_connections", "gauge",
        "Connections the baseline allows a pool.", hasPools, [&](const TargetMetrics& t) {
            for (const TargetMetrics::Pool& pool : t.pools) {
                if (pool.budget)
                    w.sample("opsdash_pool_budget_connections",
                        {{"target", t.target}, {"pool", pool.pool}},
                        static_cast<double>(*pool.budget));
            }
        });
    familyOf(w, targets, "opsdash_server_usable_connections", "gauge",
        "max_connections minus superuser_reserved_connections and reserved_connections.", hasFacts,
        [&](const TargetMetrics& t) {
            if (t.facts)
                w.sample("opsdash_server_usable_connections", {{"target", t.target}},
                    t.facts->usableSlots());
        });
    familyOf(w, targets, "opsdash_committed_connections", "gauge",
        "Connections the baseline promises: the pools' budgets plus opsdash's own.", hasPools,
        [&](const TargetMetrics& t) {
            w.sample("opsdash_committed_connections", {{"target", t.target}},
                static_cast<double>(t.committed));
        });
    familyOf(
        w, targets, "opsdash_check", "stateset",
        "Status of each check against the baseline (docs/checks.md).",
        [](const TargetMetrics& t) { return !t.findings.isEmpty(); },
        [&](const TargetMetrics& t) {
            for (const Finding& finding : t.findings) {
                for (const CheckStatus state : kCheckStates) {
                    w.sample("opsdash_check",
                        {{"target", t.target}, {"check", finding.checkId},
                            {"plane", toString(finding.plane)}, {"opsdash_check", toString(state)}},
                        finding.status == state ? 1 : 0);
                }
            }
        });
    familyOf(
        w, targets, "opsdash_login_sessions", "gauge",
        "Login sessions by time left: ok, warn or critical as the baseline's thresholds say.",
        [](const TargetMetrics& t) { return t.loginSessions.has_value(); },
        [&](const TargetMetrics& t) {
            if (!t.loginSessions)
                return;
            for (std::size_t level = 0; level < kLoginLevels.size(); ++level) {
                w.sample("opsdash_login_sessions",
                    {{"target", t.target}, {"level", QLatin1String{kLoginLevels.at(level)}}},
                    t.loginSessions->at(level));
            }
        });
    familyOf(
        w, targets, "opsdash_poll_duration_seconds", "histogram",
        "Round trip of each pg_stat_activity poll.", always,
        [&](const TargetMetrics& t) {
            quint64 cumulative = 0;
            for (std::size_t i = 0; i < PollHistogram::kBounds.size(); ++i) {
                cumulative += t.polls.buckets.at(i);
                w.sample("opsdash_poll_duration_seconds_bucket",
                    {{"target", t.target},
                        {"le", QString::fromLatin1(bound(PollHistogram::kBounds.at(i)))}},
                    static_cast<double>(cumulative));
            }
            w.sample("opsdash_poll_duration_seconds_bucket",
                {{"target", t.target}, {"le", QStringLiteral("+Inf")}},
                static_cast<double>(t.polls.count));
            w.sample("opsdash_poll_duration_seconds_sum", {{"target", t.target}}, t.polls.sum);
            w.sample("opsdash_poll_duration_seconds_count", {{"target", t.target}},
                static_cast<double>(t.polls.count));
        },
        "seconds");
    familyOf(w, targets, "opsdash_poll_errors", "counter",
        "Failed connection attempts (reason connect) and failed polls (reason query).", always,
        [&](const TargetMetrics& t) {
            for (const char* reason : {"connect", "query"}) {
                w.sample("opsdash_poll_errors_total",
                    {{"target", t.target}, {"reason", QLatin1String{reason}}},
                    static_cast<double>(t.pollErrors.value(QLatin1String{reason})));
            }
        });
    return w.finish();
}

} // namespace opsdash
