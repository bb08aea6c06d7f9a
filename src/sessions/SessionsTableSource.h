#pragma once

#include "model/Baseline.h"
#include "pg/ActivityMonitor.h"
#include "sessions/LoginSessionSource.h"
#include "sessions/SessionsTableQuery.h"

#include <QByteArray>
#include <QPointer>

namespace opsdash {

class PgResult;
struct Error;

// NextAuth's database-adapter session table read through the target's monitoring
// connection: opsdash holds exactly one backend per target, so the statements ride on the
// ActivityMonitor's connection between its polls (ActivityMonitor::enqueueQuery) rather
// than on a connection of their own. The baseline's names are quoted by libpq on that
// connection (PQescapeIdentifier) when it connects, and again after every reconnect. Table and
// column names from the baseline's sessionsTable, only live rows (expires > now()), only the user
// id, the expiry and left(md5(token), 12) — never the token — and the server's now() from the same
// statement. Each fetch first looks the table up in the catalog, so a wrong baseline gives a named
// error that says which key to fix.
class SessionsTableSource final : public LoginSessionSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsTableSource)

public:
    static constexpr qint64 kDefaultMaxRows{100000};

    struct Options
    {
        SessionsTableSpec table;
        QString baselineName; // shown in errors: which file's sessionsTable to fix
        qint64 maxRows{kDefaultMaxRows}; // nearest expiries first; more marks the data truncated
    };

    // The monitor is the caller's and must outlive this source; the source neither starts
    // nor stops it. A fetch while it is still connecting waits for it.
    SessionsTableSource(ActivityMonitor& monitor, Options options, QObject* parent = nullptr);
    ~SessionsTableSource() override;

    QString target() const override;

protected:
    void beginFetch() override;

private:
    enum class Step { Idle, WaitingForConnection, Inspecting, Querying };

    void onMonitorState(ActivityMonitor::State state);
    void inspect();
    std::optional<Error> escapeNames();
    void send(Step step, const QByteArray& sql, const QByteArrayList& parameters);
    void onAnswered(quint64 id, const PgResult& result);
    void onRefused(quint64 id, const Error& error);
    void failUnavailable(const QString& message, const QString& code = {});

    QPointer<ActivityMonitor> m_monitor;
    Options m_options;
    Step m_step{Step::Idle};
    quint64 m_pending{0}; // the enqueued query this source waits for
    // Quoted on the current connection; dropped whenever it goes.
    std::optional<SessionsTableQuery::Identifiers> m_names;
};

} // namespace opsdash
