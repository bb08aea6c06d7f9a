#include "EvidenceReport.h"

#include "Redaction.h"

#include <QJsonArray>
#include <QTextStream>

namespace opsdash {

namespace {

QString iso(const QDateTime& time)
{
    return DisplayZone::isoUtc(time);
}

QJsonValue isoOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue{iso(time)} : QJsonValue{};
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue{} : QJsonValue{Redaction::redact(text)};
}

// Redacted, on one line, with what Markdown would read as markup escaped: a glob's `**`
// must not turn the rest of a cell bold.
QString inlineText(const QString& text)
{
    QString result;
    for (const QChar c : Redaction::redact(text)) {
        if (c == u'\n' || c == u'\r') {
            result += u' ';
            continue;
        }
        if (c == u'\\' || c == u'*' || c == u'`' || c == u'<' || c == u'[' || c == u']'
            || c == u'|')
            result += u'\\';
        result += c;
    }
    return result;
}

// One Markdown table cell.
QString cell(const QString& text)
{
    const QString result = inlineText(text);
    return result.isEmpty() ? QStringLiteral(" ") : result;
}

QString code(const QString& text)
{
    return QStringLiteral("`") + text + QStringLiteral("`");
}

QString statusBadge(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Fail:
        return QStringLiteral("**FAIL**");
    case CheckStatus::Unknown:
        return QStringLiteral("**unknown**");
    case CheckStatus::Missing:
        return QStringLiteral("**missing**");
    case CheckStatus::NotChecked:
        return QStringLiteral("*not-checked*");
    }
    return {};
}

struct TaskNote
{
    const char* task;
    const char* title;
    bool (*belongs)(const QString&);
};

} // namespace

QString EvidenceReport::human(const QDateTime& time)
{
    return time.isValid()
        ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
        : tr("—");
}

QString EvidenceReport::humanInZone(const QDateTime& time) const
{
    if (!time.isValid() || timeZone.choice() == ZoneChoice::Utc)
        return human(time);
    return tr("%1 (%2)").arg(human(time), timeZone.format(time));
}

QString EvidenceReport::timeZoneName() const
{
    return timeZone.name(end);
}

QString EvidenceReport::timesLine() const
{
    return timeZone.choice() == ZoneChoice::Utc
        ? tr("UTC, as the window showed them")
        : tr("UTC, with the window's zone in parentheses: %1").arg(timeZoneName());
}

QString EvidenceReport::observed(const Finding& finding)
{
    if (finding.actual.isEmpty())
        return finding.reason;
    if (finding.reason.isEmpty() || finding.status == CheckStatus::Pass)
        return finding.actual;
    return finding.actual + QStringLiteral(" (") + finding.reason + QStringLiteral(")");
}

void EvidenceReport::NotPassing::add(CheckStatus status, const QString& name)
{
    if (status == CheckStatus::Fail)
        failing << name;
    else if (status == CheckStatus::Unknown)
        unknown << name;
    else if (status == CheckStatus::Missing)
        missing << name;
}

QStringList EvidenceReport::NotPassing::unknownAndMissing() const
{
    const QString comma = QStringLiteral(", ");
    QStringList parts;
    if (!unknown.isEmpty())
        parts << EvidenceReport::tr("%1 unknown: %2").arg(unknown.size()).arg(unknown.join(comma));
    if (!missing.isEmpty())
        parts << EvidenceReport::tr("%1 missing: %2").arg(missing.size()).arg(missing.join(comma));
    return parts;
}

QString EvidenceReport::verdict() const
{
    NotPassing checks;
    for (const Finding& finding : findings)
        checks.add(finding.status, finding.checkId);
    QStringList parts;
    if (!checks.failing.isEmpty())
        parts << (checks.failing.size() == 1 ? tr("1 check fails: %1").arg(checks.failing.first())
                                             : tr("%1 checks fail: %2")
                                                   .arg(checks.failing.size())
                                                   .arg(checks.failing.join(QStringLiteral(", "))));
    parts << checks.unknownAndMissing();
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    const Summary counts = summary();
    return counts.notChecked == 0 ? tr("all %1 checks pass").arg(counts.pass)
                                  : tr("all %1 evaluated checks pass (%2 not-checked)")
                                        .arg(counts.pass)
                                        .arg(counts.notChecked);
}

QString EvidenceReport::windowLine() const
{
    if (target.isEmpty())
        return tr("%1: the source plane only (no database target, no observation window)")
            .arg(human(end));
    const QString desktop
        = tr("%1 – %2 (%3 s)").arg(humanInZone(start), humanInZone(end)).arg(start.secsTo(end));
    return samples > 0 ? desktop + QStringLiteral("; ")
            + tr("%1 samples, every %2 s; server clock %3 – %4")
                  .arg(samples)
                  .arg(intervalSeconds)
                  .arg(human(windowFrom), human(windowTo))
                       : desktop + QStringLiteral("; ") + tr("no sample was taken");
}

QStringList EvidenceReport::poolCells(const Pool& pool)
{
    return {pool.label.isEmpty()
            ? pool.id
            : pool.label + QStringLiteral(" (") + pool.id + QStringLiteral(")"),
        QString::number(pool.current), QString::number(pool.peak),
        QString::number(pool.average, 'f', 1),
        pool.budget ? QString::number(*pool.budget) : tr("none"),
        pool.budget && *pool.budget > 0 ? QStringLiteral("%1 %").arg(100 * pool.peak / *pool.budget)
                                        : QStringLiteral("—"),
        pool.peak > 0 ? human(pool.peakAt) : tr("—")};
}

QStringList EvidenceReport::acknowledgementCells(const Acknowledgement& acknowledgement)
{
    const bool mute = acknowledgement.kind == Acknowledgement::Kind::Mute;
    QString until = mute ? human(acknowledgement.until) : tr("its condition clears");
    if (acknowledgement.ended.isValid())
        until = tr("%1 (ended %2)").arg(until, human(acknowledgement.ended));
    return {human(acknowledgement.when), mute ? tr("muted") : tr("acknowledged"),
        acknowledgement.subject, acknowledgement.who, until,
        Redaction::redact(acknowledgement.note)};
}

QStringList EvidenceReport::backendCells(const Backend& backend)
{
    return {QString::number(backend.pid), backend.pool, backend.state, backend.applicationName,
        backend.ageSeconds < 0 ? tr("hidden") : QStringLiteral("%1 s").arg(backend.ageSeconds),
        backend.query};
}

bool EvidenceReport::belongsToT167(const QString& checkId)
{
    for (const char* prefix : {"session.", "provider.", "guard.", "login."}) {
        if (checkId.startsWith(QLatin1String{prefix}))
            return true;
    }
    return checkId == QLatin1String{"tasks.T167"} || checkId == QLatin1String{"tasks.progress"}
    || checkId == QLatin1String{"live.session.maxAge"};
}

bool EvidenceReport::belongsToT178(const QString& checkId)
{
    for (const char* prefix : {"pool.", "server.", "live."}) {
        if (checkId.startsWith(QLatin1String{prefix})
            && checkId != QLatin1String{"live.session.maxAge"})
            return true;
    }
    return checkId == QLatin1String{"budget.total"}
    || checkId == QLatin1String{"docs.poolDocumentation"} || checkId == QLatin1String{"tasks.T178"}
    || checkId == QLatin1String{"tasks.progress"};
}

EvidenceReport::Summary EvidenceReport::summary() const
{
    return StatusCounts::of(findings);
}

QString EvidenceReport::summaryLine() const
{
    return summaryLineOf(summary());
}

QString EvidenceReport::summaryLineOf(const Summary& counts)
{
    QStringList parts;
    for (const CheckStatus status : {CheckStatus::Pass, CheckStatus::Fail, CheckStatus::Unknown,
             CheckStatus::Missing, CheckStatus::NotChecked})
        parts << tr("%1 %2").arg(counts.count(status)).arg(statusWord(status));
    return parts.join(QStringLiteral(" · "));
}

QJsonObject EvidenceReport::summaryJson(const Summary& counts, int exitStatus)
{
    return QJsonObject{{QStringLiteral("pass"), counts.pass}, {QStringLiteral("fail"), counts.fail},
        {QStringLiteral("unknown"), counts.unknown}, {QStringLiteral("missing"), counts.missing},
        {QStringLiteral("notChecked"), counts.notChecked},
        {QStringLiteral("line"), summaryLineOf(counts)},
        {QStringLiteral("exitStatus"), exitStatus}};
}

QString EvidenceReport::verificationNotes() const
{
    static constexpr TaskNote tasks[] = {
        {"T167", QT_TRANSLATE_NOOP("EvidenceReport", "session management"),
            &EvidenceReport::belongsToT167},
        {"T178", QT_TRANSLATE_NOOP("EvidenceReport", "connection pooling"),
            &EvidenceReport::belongsToT178},
    };
    QString text;
    QTextStream out{&text};
    for (const TaskNote& task : tasks) {
        QList<const Finding*> mine;
        Summary counts;
        for (const Finding& finding : findings) {
            if (!task.belongs(finding.checkId))
                continue;
            mine.append(&finding);
            counts.add(finding.status);
        }
        const bool verified = !mine.isEmpty() && counts.pass == counts.total();
        const QString verdict = verified
            ? tr("verified: all %1 checks pass").arg(counts.pass)
            : tr("NOT verified: %1 pass, %2 fail, %3 unknown, %4 missing, %5 not-checked")
                  .arg(counts.pass)
                  .arg(counts.fail)
                  .arg(counts.unknown)
                  .arg(counts.missing)
                  .arg(counts.notChecked);
        out << QStringLiteral("- [%1] **%2** (%3) — %4 — opsdash %5, %6, baseline `%7` sha256 `%8`")
                   .arg(verified ? QStringLiteral("x") : QStringLiteral(" "),
                       QLatin1String{task.task}, tr(task.title), verdict, opsdashVersion,
                       human(end), baselinePath, baselineSha256.left(12))
            << '\n';
        for (const Finding* finding : mine) {
            const QString where = inlineText(finding->evidence);
            const QString seen = inlineText(observed(*finding));
            out << QStringLiteral("  - %1 %2: %3%4")
                       .arg(code(finding->checkId), toString(finding->status),
                           seen.isEmpty() ? tr("nothing observed") : seen,
                           where.isEmpty() ? QString{} : QStringLiteral(" — ") + where)
                << '\n';
        }
    }
    out.flush();
    return text;
}

QString EvidenceReport::toMarkdown() const
{
    QString text;
    QTextStream out{&text};
    const Summary counts = summary();
    out << "# " << tr("opsdash evidence") << "\n\n";
    out << "| " << tr("Item") << " | " << tr("Value") << " |\n|---|---|\n";
    const auto row = [&out](const QString& key, const QString& value) {
        out << "| " << key << " | " << cell(value) << " |\n";
    };
    row(tr("Observed (UTC)"),
        target.isEmpty() ? windowLine()
                         : tr("%1 – %2 (%3 s)")
                               .arg(humanInZone(start), humanInZone(end))
                               .arg(start.secsTo(end)));
    // The zone the window showed, named; every human time gives it beside UTC.
    row(tr("Times"), timesLine());
    row(tr("Samples"),
        samples > 0 ? tr("%1, every %2 s; server clock %3 – %4")
                          .arg(samples)
                          .arg(intervalSeconds)
                          .arg(human(windowFrom), human(windowTo))
                    : tr("none"));
    row(tr("Host"), hostName);
    row(tr("opsdash"), opsdashVersion);
    row(tr("Database target"), target.isEmpty() ? tr("none given") : target);
    row(tr("Repository"), repoDir.isEmpty() ? tr("none given") : repoDir);
    row(tr("Sessions source"), sessionsUrl.isEmpty() ? tr("none given") : sessionsUrl);
    row(tr("Baseline"), baselinePath);
    // A file's digest, not a secret: shown whole (cell() would cut it like a session hash).
    out << "| " << tr("Baseline SHA-256") << " | " << code(baselineSha256) << " |\n";
    row(tr("Query texts"),
        includeQueries ? tr("included (redacted)") : tr("replaced by fingerprints"));
    out << '\n';
    out << "**" << tr("Verdict: %1").arg(cell(verdict())) << "**\n\n";
    out << "**" << tr("Summary: %1").arg(summaryLine()) << "** — "
        << tr("exit status %1").arg(exitStatus()) << "\n\n";
    if (counts.notChecked > 0)
        out << tr("*not-checked* means opsdash did not evaluate the check; it is never a pass. "
                  "The reason is given in its row.")
            << "\n\n";

    if (!screenshot.isEmpty())
        out << "![" << tr("The dashboard at %1").arg(human(end)) << "](" << screenshot << ")\n\n";

    out << "## " << tr("Checks") << "\n\n";
    out << "| " << tr("Check") << " | " << tr("Plane") << " | " << tr("Status") << " | "
        << tr("Expected") << " | " << tr("Observed") << " | " << tr("Evidence") << " |\n";
    out << "|---|---|---|---|---|---|\n";
    for (const Finding& finding : findings) {
        out << "| " << code(finding.checkId) << " | " << toString(finding.plane) << " | "
            << statusBadge(finding.status) << " | " << cell(finding.expected) << " | "
            << cell(observed(finding)) << " | " << cell(finding.evidence) << " |\n";
    }
    out << '\n';

    out << "## " << tr("Pools over the window") << "\n\n";
    if (pools.isEmpty()) {
        out << tr("No pool was observed: no sample was taken.") << "\n\n";
    } else {
        out << "| " << tr("Pool") << " | " << tr("Now") << " | " << tr("Peak") << " | "
            << tr("Average") << " | " << tr("Budget") << " | " << tr("Peak of budget") << " | "
            << tr("Peak at (server)") << " |\n";
        out << "|---|---:|---:|---:|---:|---:|---|\n";
        for (const Pool& pool : pools) {
            for (const QString& text : poolCells(pool))
                out << "| " << cell(text) << ' ';
            out << "|\n";
        }
        out << '\n';
    }
    if (capacity) {
        out << "- " << tr("Usable slots: %1").arg(cell(capacity->usableExplained)) << '\n'
            << "- " << tr("Committed: %1").arg(cell(capacity->committedExplained))
            << (capacity->committed > capacity->usable
                       ? tr(" — **over-committed by %1**")
                             .arg(capacity->committed - capacity->usable)
                       : QString{})
            << '\n'
            << "- "
            << tr("Client sessions: %1 at the end, peak %2, of %3 usable")
                   .arg(capacity->clientSessions)
                   .arg(capacity->peakClientSessions)
                   .arg(capacity->usable)
            << "\n\n";
    }

    out << "## " << tr("Login sessions") << "\n\n";
    if (!sessions.available) {
        out << tr("No sessions summary: %1").arg(cell(sessions.reason)) << "\n\n";
    } else {
        out << "- " << tr("Source: %1 (%2)").arg(cell(sessions.source), sessions.sourceKind) << '\n'
            << "- " << tr("Server time: %1").arg(humanInZone(sessions.serverTime)) << '\n'
            << "- " << cell(sessions.summaryLine) << '\n';
        if (!sessions.soonestHash.isEmpty())
            out << "- "
                << tr("Soonest expiry: %1 (session %2)")
                       .arg(
                           humanInZone(sessions.soonestExpiry), code(sessions.soonestHash.left(12)))
                << '\n';
        out << '\n';
    }

    out << "## " << tr("Events in the window") << "\n\n";
    if (events.isEmpty()) {
        out << tr("None: no disconnection, reconnection or failed poll.") << "\n\n";
    } else {
        for (const Event& event : events)
            out << "- " << humanInZone(event.at) << " — " << event.kind << ": "
                << cell(event.message) << '\n';
        out << '\n';
    }
    if (!acknowledgements.isEmpty()) {
        out << "### " << tr("Acknowledged and muted") << "\n\n";
        out << "| " << tr("Made") << " | " << tr("Kind") << " | " << tr("Alert or check") << " | "
            << tr("Who") << " | " << tr("Until") << " | " << tr("Note") << " |\n";
        out << "|---|---|---|---|---|---|\n";
        for (const Acknowledgement& acknowledgement : acknowledgements) {
            QStringList cells = acknowledgementCells(acknowledgement);
            for (QString& text : cells)
                text = cell(text);
            out << "| " << cells.join(QStringLiteral(" | ")) << " |\n";
        }
        out << '\n';
    }

    if (!backends.isEmpty()) {
        out << "## " << tr("Longest-lived client sessions at the end") << "\n\n";
        out << "| pid | " << tr("Pool") << " | " << tr("State") << " | " << tr("Application")
            << " | " << tr("Age") << " | "
            << (includeQueries ? tr("Query (redacted)") : tr("Query fingerprint")) << " |\n";
        out << "|---:|---|---|---|---:|---|\n";
        for (const Backend& backend : backends) {
            for (const QString& text : backendCells(backend))
                out << "| " << cell(text) << ' ';
            out << "|\n";
        }
        out << '\n';
    }

    out << "## " << tr("Verification notes for tasks.md") << "\n\n";
    out << tr("Ready to paste. A task is marked verified only when every check it rests on "
              "passed in this window.")
        << "\n\n";
    out << verificationNotes() << '\n';
    out << "---\n\n"
        << tr("Written by opsdash %1 on %2 at %3. `SHA256SUMS` in the same folder covers "
              "every file of this bundle (`sha256sum -c SHA256SUMS`).")
               .arg(opsdashVersion, cell(hostName), human(end))
        << '\n';
    out.flush();
    return text;
}

QJsonObject EvidenceReport::timeZoneJson() const
{
    // The zone the window showed; every time in this document stays UTC.
    const bool server = timeZone.choice() == ZoneChoice::Server && !timeZone.fellBack();
    const QString zoneId = timeZone.choice() == ZoneChoice::Utc ? QStringLiteral("UTC")
        : server                                                ? timeZone.serverZone()
                 : QString::fromUtf8(timeZone.zone().id());
    return QJsonObject{{QStringLiteral("shown"), toString(timeZone.choice())},
        {QStringLiteral("zone"), zoneId},
        {QStringLiteral("offsetAtEnd"),
            DisplayZone::offsetText(timeZone.convert(end.isValid() ? end : start).offsetFromUtc())},
        {QStringLiteral("fellBackToLocal"), timeZone.fellBack()}};
}

QJsonObject EvidenceReport::toJson() const
{
    const Summary counts = summary();
    QJsonArray findingArray;
    for (const Finding& finding : findings) {
        Finding clean = finding;
        clean.expected = Redaction::redact(clean.expected);
        clean.actual = clean.actual.isNull() ? QString{} : Redaction::redact(clean.actual);
        clean.evidence = Redaction::redact(clean.evidence);
        clean.reason = Redaction::redact(clean.reason);
        findingArray.append(clean.toJson());
    }
    QJsonArray poolArray;
    for (const Pool& pool : pools) {
        poolArray.append(QJsonObject{
            {QStringLiteral("pool"), pool.id},
            {QStringLiteral("label"), pool.label},
            {QStringLiteral("current"), pool.current},
            {QStringLiteral("peak"), pool.peak},
            {QStringLiteral("average"), pool.average},
            {QStringLiteral("peakAt"), isoOrNull(pool.peakAt)},
            {QStringLiteral("budget"), pool.budget ? QJsonValue{*pool.budget} : QJsonValue{}},
            {QStringLiteral("peakNewConnectionsPerMinute"), pool.peakNewPerMinute},
            {QStringLiteral("connectionLimit"),
                pool.connectionLimit ? QJsonValue{*pool.connectionLimit} : QJsonValue{}},
        });
    }
    QJsonObject sessionsObject{{QStringLiteral("available"), sessions.available}};
    if (sessions.available) {
        sessionsObject.insert(QStringLiteral("sourceKind"), sessions.sourceKind);
        sessionsObject.insert(QStringLiteral("source"), Redaction::redact(sessions.source));
        sessionsObject.insert(QStringLiteral("serverTime"), isoOrNull(sessions.serverTime));
        sessionsObject.insert(QStringLiteral("line"), sessions.summaryLine);
        sessionsObject.insert(QStringLiteral("active"), sessions.active);
        sessionsObject.insert(QStringLiteral("warn"), sessions.warn);
        sessionsObject.insert(QStringLiteral("critical"), sessions.critical);
        sessionsObject.insert(QStringLiteral("overAge"), sessions.overAge);
        sessionsObject.insert(QStringLiteral("expiredListed"), sessions.expiredListed);
        sessionsObject.insert(QStringLiteral("soonestHash"),
            sessions.soonestHash.isEmpty() ? QJsonValue{}
                                           : QJsonValue{sessions.soonestHash.left(12)});
        sessionsObject.insert(QStringLiteral("soonestExpiry"), isoOrNull(sessions.soonestExpiry));
    } else {
        sessionsObject.insert(QStringLiteral("reason"), Redaction::redact(sessions.reason));
    }
    QJsonArray eventArray;
    for (const Event& event : events) {
        eventArray.append(
            QJsonObject{{QStringLiteral("at"), iso(event.at)}, {QStringLiteral("kind"), event.kind},
                {QStringLiteral("message"), Redaction::redact(event.message)}});
    }
    QJsonArray acknowledgementArray;
    for (const Acknowledgement& acknowledgement : acknowledgements) {
        acknowledgementArray.append(
            QJsonObject{{QStringLiteral("subject"), acknowledgement.subject},
                {QStringLiteral("kind"), toString(acknowledgement.kind)},
                {QStringLiteral("who"), acknowledgement.who},
                {QStringLiteral("at"), iso(acknowledgement.when)},
                {QStringLiteral("note"), Redaction::redact(acknowledgement.note)},
                {QStringLiteral("until"), isoOrNull(acknowledgement.until)},
                {QStringLiteral("ended"), isoOrNull(acknowledgement.ended)}});
    }
    QJsonArray backendArray;
    for (const Backend& backend : backends) {
        backendArray.append(QJsonObject{{QStringLiteral("pid"), backend.pid},
            {QStringLiteral("pool"), backend.pool}, {QStringLiteral("state"), backend.state},
            {QStringLiteral("applicationName"), Redaction::redact(backend.applicationName)},
            {QStringLiteral("ageSeconds"),
                backend.ageSeconds < 0 ? QJsonValue{} : QJsonValue{backend.ageSeconds}},
            {QStringLiteral("query"), Redaction::redact(backend.query)}});
    }
    QJsonValue capacityValue;
    if (capacity) {
        capacityValue = QJsonObject{
            {QStringLiteral("maxConnections"), capacity->maxConnections},
            {QStringLiteral("usable"), capacity->usable},
            {QStringLiteral("usableExplained"), capacity->usableExplained},
            {QStringLiteral("committed"), capacity->committed},
            {QStringLiteral("committedExplained"), capacity->committedExplained},
            {QStringLiteral("overCommitted"), capacity->committed > capacity->usable},
            {QStringLiteral("clientSessions"), capacity->clientSessions},
            {QStringLiteral("peakClientSessions"), capacity->peakClientSessions},
        };
    }

    return QJsonObject{
        {QStringLiteral("opsdash"), opsdashVersion},
        {QStringLiteral("host"), hostName},
        {QStringLiteral("window"),
            QJsonObject{{QStringLiteral("start"), iso(start)}, {QStringLiteral("end"), iso(end)},
                {QStringLiteral("samples"), samples},
                {QStringLiteral("intervalSeconds"), intervalSeconds},
                {QStringLiteral("firstSample"), isoOrNull(windowFrom)},
                {QStringLiteral("lastSample"), isoOrNull(windowTo)},
                {QStringLiteral("timeZone"), timeZoneJson()}}},
        {QStringLiteral("target"),
            QJsonObject{{QStringLiteral("database"), textOrNull(target)},
                {QStringLiteral("repo"), textOrNull(repoDir)},
                {QStringLiteral("sessions"), textOrNull(sessionsUrl)}}},
        {QStringLiteral("baseline"),
            QJsonObject{{QStringLiteral("path"), baselinePath},
                {QStringLiteral("sha256"), baselineSha256}}},
        {QStringLiteral("summary"), summaryJson(counts, exitStatus())},
        {QStringLiteral("findings"), findingArray},
        {QStringLiteral("capacity"), capacityValue},
        {QStringLiteral("pools"), poolArray},
        {QStringLiteral("sessions"), sessionsObject},
        {QStringLiteral("events"), eventArray},
        {QStringLiteral("acknowledgements"), acknowledgementArray},
        {QStringLiteral("backends"), backendArray},
        {QStringLiteral("includeQueries"), includeQueries},
        {QStringLiteral("screenshot"), textOrNull(screenshot)},
        {QStringLiteral("verificationNotes"), verificationNotes()},
    };
}

} // namespace opsdash
