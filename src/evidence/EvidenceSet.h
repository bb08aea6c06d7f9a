#pragma once

#include "evidence/EvidenceReport.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace opsdash {

// Several targets observed in one window and sealed in one bundle (`opsdash evidence
// --profile A --profile B`): each target's report whole, and one verdict over all of them
// ("2 checks fail across 2 targets: prod server.capacity, staging server.capacity"). A
// bundle of one target is written from its EvidenceReport alone, as before.
struct EvidenceSet final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSet)

public:
    struct Target
    {
        QString name; // the profile's name, or the database target (host:port/db)
        EvidenceReport report;
    };

    QList<Target> targets;

    // "dashboard-prod.png": a screenshot file name per target, unique within the set.
    static QStringList screenshotNames(const QStringList& targetNames);

    EvidenceReport::Summary summary() const; // over every target's findings
    QString summaryLine() const;
    // The worst of the targets' exit statuses (docs/cli.md: 1 when any check anywhere
    // fails, is missing or unknown).
    int exitStatus() const;
    // One line over all targets, naming each check that is not a pass or not-checked with
    // its target.
    QString verdict() const;
    QDateTime end() const; // the latest end of a target's window

    // Each target's report under its own heading, after the verdict over all.
    QString toMarkdown() const;
    // resources/schemas/evidence.schema.json, its multi-target form: {"targets": [...]}.
    QJsonObject toJson() const;
};

} // namespace opsdash
