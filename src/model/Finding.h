#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace opsdash {

// Where a disagreement with the baseline was observed (the planes of docs/checks.md).
enum class Plane { Source, Server, Live };

// `pass` only when the check was evaluated and agreed. Everything else says why not.
enum class CheckStatus { Pass, Fail, Unknown, Missing, NotChecked };

QString toString(Plane plane);
QString toString(CheckStatus status);
// The status as a user reads it, translated ("pass", "fail", "unknown", "missing",
// "not-checked"): the one word for a status in tables, counts, summaries and reports.
// toString() is the stable machine name (JSON, exit-status logic), never translated.
QString statusWord(CheckStatus status);
// Worst first: what fails the sign-off outright (0), then what could not be read (missing 1,
// unknown 2); pass and not-checked last (3). Summaries list and name checks in this order.
int worstFirstRank(CheckStatus status);
// The shape that goes with a status wherever its colour shows, so it never rests on colour
// alone: ✕ ! ? ✓ –.
QString statusGlyph(CheckStatus status);
std::optional<Plane> planeFromString(QStringView text);
std::optional<CheckStatus> checkStatusFromString(QStringView text);

// One check's outcome, in the shape every report and JSON output uses.
struct Finding
{
    QString checkId; // stable: "server.capacity", "pool.web.max", ...
    Plane plane{Plane::Source};
    CheckStatus status{CheckStatus::NotChecked};
    QString expected; // human text with units: "≤ 197 usable slots"
    QString actual; // what was observed; empty when nothing was
    QString evidence; // file:line, or the query and the time window
    QString reason; // why unknown / missing / not-checked; may be empty for pass/fail
    QDateTime firstSeen; // UTC; when this status was first observed

    QJsonObject toJson() const;
};

// By impact, for summaries that name the worst check: a live breach happening now, then the
// server, then the source; within a plane, worstFirstRank. True when a comes before b.
bool worseByImpact(const Finding& a, const Finding& b);

// Exit status for a set of findings: 0 when every evaluated check passes, 1 when any
// is fail, missing or unknown. not-checked alone does not fail a run.
int exitStatusFor(const QList<Finding>& findings);

} // namespace opsdash
