#pragma once

#include "model/Acknowledgement.h"
#include "model/DisplayZone.h"
#include "model/Finding.h"
#include "model/StatusCounts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace opsdash {

// What a release manager signs a task off on: one observation window, everything in it
// traceable to when and where it was taken. Plain data filled by EvidenceCollector (or a
// test); the writers only read it. Every free text is already redacted (Redaction.h)
// when it gets here — EvidenceCollector does it, the writers do it again on output.
struct EvidenceReport final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceReport)

public:
    struct Pool
    {
        QString id;
        QString label;
        int current{0};
        int peak{0};
        double average{0};
        QDateTime peakAt; // server clock, UTC
        std::optional<qint64> budget; // none for pools the baseline does not budget
        int peakNewPerMinute{0}; // backends started within a minute, at most (backend_start)
        std::optional<qint64> connectionLimit{}; // lowest role/database CONNECTION LIMIT
    };

    struct Capacity
    {
        int maxConnections{0};
        int usable{0};
        QString usableExplained; // "max_connections 200 − 3 … = 197"
        qint64 committed{0};
        QString committedExplained; // "150 web + 50 scheduling + 1 monitor = 201"
        int clientSessions{0}; // at the end of the window
        int peakClientSessions{0};
    };

    struct Sessions
    {
        bool available{false};
        QString reason; // why there is no summary; empty when available
        QString sourceKind; // admin-endpoint, sessions-table
        QString source; // URL or host:port/db
        QDateTime serverTime; // UTC, the source's clock
        QString summaryLine; // "412 active · 9 expire within 1 h · …"
        int active{0};
        int warn{0};
        int critical{0};
        int overAge{0};
        int expiredListed{0};
        QString soonestHash; // 12 hex digits at most
        QDateTime soonestExpiry;
    };

    struct Event
    {
        QDateTime at; // UTC
        QString kind; // disconnected, reconnected, poll-failed, …
        QString message;
    };

    // A client backend at the end of the window (the longest-lived ones per pool).
    struct Backend
    {
        int pid{0};
        QString pool;
        QString state;
        QString applicationName;
        qint64 ageSeconds{-1}; // -1: hidden from the monitoring role
        QString query; // fingerprint, or redacted text with includeQueries
    };

    using Summary = StatusCounts;

    QDateTime start; // UTC, desktop clock: when the observation began
    QDateTime end; // UTC: when it ended (the screenshot's time)
    QString hostName; // the machine opsdash ran on
    QString opsdashVersion;
    QString target; // host:port/db, never credentials; empty: no database given
    QString repoDir; // the checkout the source plane read; empty: none
    QString sessionsUrl; // without credentials; empty: none
    QString baselinePath;
    QString baselineSha256; // hex, the whole digest: it identifies a file, not a secret
    int samples{0};
    int intervalSeconds{0};
    // The zone the window showed times in when the report was made (UTC from the command
    // line). Machine-readable times stay UTC; the human report gives this zone beside UTC.
    DisplayZone timeZone;
    QDateTime windowFrom; // first and last sample, server clock; invalid without samples
    QDateTime windowTo;
    bool includeQueries{false};
    QString screenshot; // file name next to the report; empty: none

    QList<Finding> findings;
    std::optional<Capacity> capacity;
    QList<Pool> pools;
    Sessions sessions;
    QList<Event> events;
    // Alerts and checks acknowledged or muted in the window (made by its end, not ended
    // before its start); notes already redacted.
    QList<Acknowledgement> acknowledgements;
    QList<Backend> backends;

    Summary summary() const;
    // "12 pass · 3 fail · 0 unknown · 1 missing · 17 not-checked"
    QString summaryLine() const;
    static QString summaryLineOf(const Summary& counts);
    // report.json's "summary": the counts, their line and the exit status.
    static QJsonObject summaryJson(const Summary& counts, int exitStatus);
    int exitStatus() const { return exitStatusFor(findings); }

    // "1 check fails: server.capacity"; "all 21 evaluated checks pass" — the sign-off's
    // answer in one line, naming every check that is not a pass or not-checked.
    QString verdict() const;
    // The checks a verdict names, by the status that kept them from passing.
    struct NotPassing
    {
        QStringList failing;
        QStringList unknown;
        QStringList missing;
        void add(CheckStatus status, const QString& name);
        // The verdict's parts after the failing checks': "2 unknown: a, b", "1 missing: c".
        QStringList unknownAndMissing() const;
    };
    // The observation window in one line: desktop clock, then the server's samples.
    QString windowLine() const;
    // What a finding's row says it saw: the actual value, or why there is none.
    static QString observed(const Finding& finding);
    // "2026-11-27 08:40:12 UTC"; "—" for an invalid time.
    static QString human(const QDateTime& time);
    // human(), then the time in timeZone when that is not UTC:
    // "2026-11-27 08:40:12 UTC (2026-11-27 14:25:12 +05:45)".
    QString humanInZone(const QDateTime& time) const;
    // "server (Asia/Kathmandu, +05:45)" at the end of the window; "UTC".
    QString timeZoneName() const;
    // The human report's Times row: UTC, and the window's zone when it is another.
    QString timesLine() const;
    // The cells of a pool's row: pool, now, peak, average, budget, peak of budget, peak at.
    static QStringList poolCells(const Pool& pool);
    // The cells of an acknowledgement's row: made, kind, subject, who, until, note.
    static QStringList acknowledgementCells(const Acknowledgement& acknowledgement);
    // The cells of a backend's row: pid, pool, state, application, age, query.
    static QStringList backendCells(const Backend& backend);

    // The human report (GitHub-flavoured Markdown).
    QString toMarkdown() const;
    // resources/schemas/evidence.schema.json
    QJsonObject toJson() const;
    // window.timeZone: the zone the window showed times in.
    QJsonObject timeZoneJson() const;
    // The "Verification notes for tasks.md" section's bullets for T167 and T178.
    QString verificationNotes() const;

    // The check ids each task's sign-off rests on, by prefix or exact id.
    static bool belongsToT167(const QString& checkId);
    static bool belongsToT178(const QString& checkId);
};

} // namespace opsdash
