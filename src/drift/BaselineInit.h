#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace opsdash {

// `opsdash baseline init`: a first baseline for a checkout nobody has written one for. Walks
// the checkout once (skipping node_modules, vendor, hidden directories and build output:
// .next, dist, build, out, target, coverage), keeps the files whose text names what a
// check reads (NextAuth options, <SessionProvider>, SessionExpired, postgres(…), database/sql
// setters, docs about pools, tasks.md), and runs the source checks themselves on them, so
// that what it writes is what `opsdash verify` reads: each value found becomes the expected
// one, with a `comment` saying where it was found, and what was not found is left out (its
// checks are then not-checked).
class BaselineInit final
{
    Q_DECLARE_TR_FUNCTIONS(BaselineInit)

public:
    struct Outcome
    {
        // Null when the checkout holds no connection pool opsdash can read (a baseline
        // needs at least one).
        std::optional<QJsonObject> baseline;
        QStringList found; // "session.maxAge 86400 s at auth.ts:17", one line each
        QStringList notFound; // what was looked for and not found or left out, and why
        int filesWalked{0}; // files the walk listed
        int filesRead{0}; // files whose text was looked at
    };

    BaselineInit() = delete;

    static Outcome discover(const QString& root);
};

} // namespace opsdash
