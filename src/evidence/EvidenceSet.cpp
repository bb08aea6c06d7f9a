#include "EvidenceSet.h"

#include "Redaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace opsdash {

namespace {

// A Markdown table cell: one line, redacted, no column separator.
QString cell(const QString& text)
{
    QString result = Redaction::redact(text);
    result.replace(u'\n', u' ').replace(u'|', QStringLiteral("\\|"));
    return result.isEmpty() ? QStringLiteral(" ") : result;
}

} // namespace

QStringList EvidenceSet::screenshotNames(const QStringList& targetNames)
{
    static const QRegularExpression unsafe{QStringLiteral("[^a-z0-9._-]+")};
    QStringList names;
    QSet<QString> taken;
    for (const QString& target : targetNames) {
        QString slug = target.toLower().replace(unsafe, QStringLiteral("-"));
        while (slug.startsWith(u'-') || slug.startsWith(u'.'))
            slug.remove(0, 1);
        while (slug.endsWith(u'-'))
            slug.chop(1);
        if (slug.isEmpty())
            slug = QStringLiteral("target");
        QString name = QStringLiteral("dashboard-%1.png").arg(slug);
        for (int n = 2; taken.contains(name); ++n)
            name = QStringLiteral("dashboard-%1-%2.png").arg(slug).arg(n);
        taken.insert(name);
        names << name;
    }
    return names;
}

EvidenceReport::Summary EvidenceSet::summary() const
{
    EvidenceReport::Summary counts;
    for (const Target& target : targets) {
        for (const Finding& finding : target.report.findings)
            counts.add(finding.status);
    }
    return counts;
}

QString EvidenceSet::summaryLine() const
{
    return EvidenceReport::summaryLineOf(summary());
}

int EvidenceSet::exitStatus() const
{
    int worst = 0;
    for (const Target& target : targets)
        worst = std::max(worst, target.report.exitStatus());
    return worst;
}

QDateTime EvidenceSet::end() const
{
    QDateTime latest;
    for (const Target& target : targets) {
        if (!latest.isValid() || target.report.end > latest)
            latest = target.report.end;
    }
    return latest;
}

QString EvidenceSet::verdict() const
{
    EvidenceReport::NotPassing checks;
    for (const Target& target : targets) {
        for (const Finding& finding : target.report.findings)
            checks.add(finding.status, target.name + u' ' + finding.checkId);
    }
    const qsizetype count = targets.size();
    QStringList parts;
    if (!checks.failing.isEmpty())
        parts << (checks.failing.size() == 1
                ? tr("1 check fails across %1 targets: %2").arg(count).arg(checks.failing.first())
                : tr("%1 checks fail across %2 targets: %3")
                      .arg(checks.failing.size())
                      .arg(count)
                      .arg(checks.failing.join(QStringLiteral(", "))));
    parts << checks.unknownAndMissing();
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    const EvidenceReport::Summary counts = summary();
    return counts.notChecked == 0
        ? tr("all %1 checks pass across %2 targets").arg(counts.pass).arg(count)
        : tr("all %1 evaluated checks pass across %2 targets (%3 not-checked)")
              .arg(counts.pass)
              .arg(count)
              .arg(counts.notChecked);
}

QString EvidenceSet::toMarkdown() const
{
    QString text;
    QTextStream out{&text};
    out << "# " << tr("opsdash evidence: %1 targets").arg(targets.size()) << "\n\n";
    out << "**" << tr("Verdict: %1").arg(cell(verdict())) << "**\n\n";
    out << "**" << EvidenceReport::tr("Summary: %1").arg(summaryLine()) << "** — "
        << EvidenceReport::tr("exit status %1").arg(exitStatus()) << "\n\n";
    out << "| " << tr("Target") << " | " << EvidenceReport::tr("Database target") << " | "
        << tr("Verdict") << " | " << tr("Summary") << " |\n|---|---|---|---|\n";
    for (const Target& target : targets)
        out << "| " << cell(target.name) << " | " << cell(target.report.target) << " | "
            << cell(target.report.verdict()) << " | " << target.report.summaryLine() << " |\n";
    out << '\n';
    for (const Target& target : targets) {
        // The target's own report, its title naming the target.
        QString section = target.report.toMarkdown();
        section.replace(0, section.indexOf(u'\n'),
            QStringLiteral("# ") + tr("Target: %1").arg(cell(target.name)));
        out << section << '\n';
    }
    out.flush();
    return text;
}

QJsonObject EvidenceSet::toJson() const
{
    QJsonArray targetArray;
    for (const Target& target : targets) {
        QJsonObject report = target.report.toJson();
        report.insert(QStringLiteral("name"), Redaction::redact(target.name));
        targetArray.append(report);
    }
    const EvidenceReport& first = targets.first().report;
    return QJsonObject{
        {QStringLiteral("opsdash"), first.opsdashVersion},
        {QStringLiteral("host"), first.hostName},
        {QStringLiteral("verdict"), Redaction::redact(verdict())},
        {QStringLiteral("summary"), EvidenceReport::summaryJson(summary(), exitStatus())},
        {QStringLiteral("targets"), targetArray},
    };
}

} // namespace opsdash
