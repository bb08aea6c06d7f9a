#pragma once

#include "evidence/EvidenceReport.h"
#include "model/Activity.h"
#include "model/Baseline.h"
#include "sessions/SessionSnapshot.h"

#include <QObject>

#include <optional>

namespace opsdash {

class LiveTarget;

// Gathers one observation window for an evidence bundle: attached to a LiveTarget (or to
// none, when no database was given) from the start of the window, it records the
// target's events and keeps the last sample; report() then assembles everything with the
// inputs gathered elsewhere (source checks, sessions, canary). Every check that was not
// evaluated is listed as not-checked with its reason — never left out, never a pass.
class EvidenceCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceCollector)

public:
    // What the window's caller gathered besides the live target.
    struct Inputs
    {
        QString repoDir; // empty: the source plane is not-checked
        QList<Finding> sourceFindings; // sourceFindings(), computed off the UI thread
        QString sessionsUrl; // as given; shown without user info
        EvidenceReport::Sessions sessions; // available false: its reason is shown
        std::optional<Finding> canary; // live.session.maxAge; none: not-checked
        QString noCanaryReason;
        bool includeQueries{false};
        QString screenshot; // file name of the PNG next to the report
        int intervalSeconds{0};
    };

    // target may be null: no database was given.
    EvidenceCollector(const Baseline& baseline, LiveTarget* target, QObject* parent = nullptr);
    ~EvidenceCollector() override;

    QDateTime startedAt() const { return m_startedAt; }
    // Restarts the window now (the GUI collects from when it was opened; a capture
    // reports from there).
    void restart();

    EvidenceReport report(const Inputs& inputs, const QDateTime& end) const;
    // A user's annotation ("release 14:05") at `at`, listed with the window's events.
    void annotate(const QDateTime& at, const QString& label);

    // The source plane: SourceChecks over repoDir, or — without one — every source check
    // as not-checked. Reads and parses files: call it off the UI thread.
    static QList<Finding> sourceFindings(const Baseline& baseline, const QString& repoDir);
    // The given findings turned into not-checked ones with this reason (ids, planes and
    // expectations kept; nothing observed).
    static QList<Finding> asNotChecked(QList<Finding> findings, const QString& reason);
    static EvidenceReport::Sessions summarizeSessions(const SessionSnapshot& snapshot,
        const Thresholds::Session& thresholds, const QString& sourceKind);

private:
    void record(const QString& kind, const QString& message);

    Baseline m_baseline;
    LiveTarget* m_target{nullptr};
    QDateTime m_startedAt;
    QList<EvidenceReport::Event> m_events;
    std::optional<ActivitySample> m_lastSample;
};

} // namespace opsdash
