#include "PrometheusRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace opsdash {

namespace {

// A double-quoted string: a YAML scalar (safe for PromQL's quotes and Go templates'
// braces) and a PromQL label value escape the same way.
QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

struct Rule
{
    QString alert;
    QString expr;
    QString severity;
    QStringList extraLabels; // "key: value" lines
    QString summary;
    QString description;
};

class Writer
{
public:
    Writer(QString& text, std::chrono::seconds forDuration)
        : m_out{&text}
        , m_for{PrometheusRules::formatDuration(forDuration)}
    { }

    void add(const Rule& rule)
    {
        m_out << "      - alert: " << rule.alert << '\n'
              << "        expr: " << quoted(rule.expr) << '\n'
              << "        for: " << m_for << '\n'
              << "        keep_firing_for: " << m_for << '\n'
              << "        labels:\n"
              << "          severity: " << rule.severity << '\n';
        for (const QString& label : rule.extraLabels)
            m_out << "          " << label << '\n';
        m_out << "        annotations:\n"
              << "          summary: " << quoted(rule.summary) << '\n'
              << "          description: " << quoted(rule.description) << '\n';
    }

private:
    QTextStream m_out;
    QString m_for;
};

// The value of another series of the same target, for an annotation's numbers.
QString queried(const QString& metric)
{
    return QStringLiteral("{{ with printf \"%1{target='%s'}\" $labels.target | query }}"
                          "{{ . | first | value }}{{ end }}")
        .arg(metric);
}

} // namespace

Result<std::chrono::seconds> PrometheusRules::parseDuration(const QString& text)
{
    static const QRegularExpression syntax{
        QStringLiteral("^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$")};
    const QRegularExpressionMatch match = syntax.match(text);
    if (text.isEmpty() || !match.hasMatch()) {
        return Error{QCoreApplication::translate(
            "PrometheusRules", "'%1' is not a duration like 45s, 2m or 1h30m")
                         .arg(text)};
    }
    const qint64 seconds = match.captured(1).toLongLong() * 3600
        + match.captured(2).toLongLong() * 60 + match.captured(3).toLongLong();
    return std::chrono::seconds{seconds};
}

QString PrometheusRules::formatDuration(std::chrono::seconds duration)
{
    qint64 left = duration.count();
    if (left <= 0)
        return QStringLiteral("0s");
    QString text;
    if (left >= 3600) {
        text += QString::number(left / 3600) + u'h';
        left %= 3600;
    }
    if (left >= 60) {
        text += QString::number(left / 60) + u'm';
        left %= 60;
    }
    if (left > 0)
        text += QString::number(left) + u's';
    return text;
}

QString PrometheusRules::generate(const Baseline& baseline, std::chrono::seconds forDuration)
{
    const qint64 warn = baseline.thresholds.pool.warnPercent;
    const qint64 critical = baseline.thresholds.pool.criticalPercent;
    QString text;
    {
        QTextStream out{&text};
        out << "# Prometheus alerting rules made by `opsdash rules` from the baseline\n"
            << "# " << quoted(baseline.name) << " (sha256 "
            << QString::fromLatin1(baseline.sha256.left(12)) << ").\n"
            << "# Pools: warn at " << warn << " %, critical at " << critical
            << " % of their budget; for and keep_firing_for: " << formatDuration(forDuration)
            << ".\n"
            << "groups:\n"
            << "  - name: opsdash\n"
            << "    rules:\n";
    }
    Writer writer{text, forDuration};

    for (const PoolSpec& pool : baseline.pools) {
        if (pool.budget <= 0)
            continue;
        const QString percent
            = QStringLiteral("100 * sum by (target, pool) (opsdash_pool_connections{pool=%1})"
                             " / on (target, pool) opsdash_pool_budget_connections{pool=%1}")
                  .arg(quoted(pool.id));
        const QString labels = QStringLiteral("pool: ") + quoted(pool.id);
        writer.add(Rule{QStringLiteral("OpsdashPoolNearBudget"),
            QStringLiteral("%1 >= %2 < %3").arg(percent).arg(warn).arg(critical),
            QStringLiteral("warning"), {labels},
            QStringLiteral("Pool %1 on {{ $labels.target }} is near its budget").arg(pool.id),
            QStringLiteral(
                "Pool %1 (%2) on {{ $labels.target }} holds {{ $value | printf \"%.0f\" }} %"
                " of its budget of %3 connections (warn at %4 %, critical at %5 %).")
                .arg(pool.id, pool.label)
                .arg(pool.budget)
                .arg(warn)
                .arg(critical)});
        writer.add(Rule{QStringLiteral("OpsdashPoolOverBudget"),
            QStringLiteral("%1 >= %2").arg(percent).arg(critical), QStringLiteral("critical"),
            {labels},
            QStringLiteral("Pool %1 on {{ $labels.target }} is at or over its budget").arg(pool.id),
            QStringLiteral(
                "Pool %1 (%2) on {{ $labels.target }} holds {{ $value | printf \"%.0f\" }} %"
                " of its budget of %3 connections (critical at %4 %).")
                .arg(pool.id, pool.label)
                .arg(pool.budget)
                .arg(critical)});
    }

    const QString clients = QStringLiteral("100 * sum by (target) (opsdash_pool_connections)"
                                           " / on (target) opsdash_server_usable_connections");
    writer.add(Rule{QStringLiteral("OpsdashClientSessionsNearCapacity"),
        QStringLiteral("%1 >= %2 < %3").arg(clients).arg(warn).arg(critical),
        QStringLiteral("warning"), {},
        QStringLiteral("Client sessions on {{ $labels.target }} near the usable slots"),
        QStringLiteral(
            "Client sessions on {{ $labels.target }} fill {{ $value | printf \"%.0f\" }} % of %1"
            " usable slots (warn at %2 %, critical at %3 %).")
            .arg(queried(QStringLiteral("opsdash_server_usable_connections")))
            .arg(warn)
            .arg(critical)});
    writer.add(Rule{QStringLiteral("OpsdashClientSessionsAtCapacity"),
        QStringLiteral("%1 >= %2").arg(clients).arg(critical), QStringLiteral("critical"), {},
        QStringLiteral("Client sessions on {{ $labels.target }} at the usable slots"),
        QStringLiteral(
            "Client sessions on {{ $labels.target }} fill {{ $value | printf \"%.0f\" }} % of %1"
            " usable slots (critical at %2 %).")
            .arg(queried(QStringLiteral("opsdash_server_usable_connections")))
            .arg(critical)});

    writer.add(Rule{QStringLiteral("OpsdashServerOverCommitted"),
        QStringLiteral("opsdash_committed_connections > on (target) "
                       "opsdash_server_usable_connections"),
        QStringLiteral("warning"), {},
        QStringLiteral("{{ $labels.target }} promises more connections than it has"),
        QStringLiteral(
            "The pools' budgets plus opsdash's own backend on {{ $labels.target }} come to"
            " {{ $value }} connections (%1 budgeted + %2 monitor), but only %3 slots are"
            " usable (max_connections minus the reserved ones).")
            .arg(baseline.totalBudget())
            .arg(baseline.server.monitorConnections)
            .arg(queried(QStringLiteral("opsdash_server_usable_connections")))});

    writer.add(Rule{QStringLiteral("OpsdashCheckFailing"),
        QStringLiteral("opsdash_check{opsdash_check=~\"fail|missing\"} == 1"),
        QStringLiteral("warning"), {},
        QStringLiteral("Check {{ $labels.check }} is {{ $labels.opsdash_check }} on "
                       "{{ $labels.target }}"),
        QStringLiteral("Check {{ $labels.check }} ({{ $labels.plane }} plane) on"
                       " {{ $labels.target }} is {{ $labels.opsdash_check }} against the baseline"
                       " \"%1\" (docs/checks.md says what it compares).")
            .arg(baseline.name)});

    writer.add(Rule{QStringLiteral("OpsdashLoginSessionsCritical"),
        QStringLiteral("opsdash_login_sessions{level=\"critical\"} > 0"),
        QStringLiteral("critical"), {},
        QStringLiteral("Login sessions on {{ $labels.target }} about to expire"),
        QStringLiteral("{{ $value }} login sessions on {{ $labels.target }} expire within %1"
                       " (warn within %2).")
            .arg(baseline.thresholds.session.criticalBefore.toString(),
                baseline.thresholds.session.warnBefore.toString())});

    writer.add(Rule{QStringLiteral("OpsdashTargetDown"), QStringLiteral("opsdash_up == 0"),
        QStringLiteral("critical"), {}, QStringLiteral("opsdash cannot poll {{ $labels.target }}"),
        QStringLiteral("opsdash serve has no connection to {{ $labels.target }}: its polls fail"
                       " (see opsdash_poll_errors_total by reason).")});
    return text;
}

} // namespace opsdash
