#pragma once

#include "model/Baseline.h"
#include "sessions/LoginSessionSource.h"

#include <QByteArray>

#include <chrono>

namespace opsdash {

class PgConnection;
class PgResult;
struct Error;

// NextAuth's database-adapter session table read through a monitoring connection: table and
// column names from the baseline's sessionsTable, only live rows (expires > now()), only the
// user id, the expiry and left(md5(token), 12) — never the token — and the server's now()
// from the same statement. Each fetch first looks the table up in the catalog, so a wrong
// baseline gives a named error that says which key to fix.
class SessionsTableSource final : public LoginSessionSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsTableSource)

public:
    static constexpr qint64 kDefaultMaxRows{100000};

    struct Options
    {
        QByteArray conninfo; // libpq conninfo, URI or service; passwords via .pgpass etc.
        SessionsTableSpec table;
        QString baselineName; // shown in errors: which file's sessionsTable to fix
        qint64 maxRows{kDefaultMaxRows}; // nearest expiries first; more marks the data truncated
        std::chrono::milliseconds connectTimeout{std::chrono::seconds{10}};
    };

    explicit SessionsTableSource(Options options, QObject* parent = nullptr);
    ~SessionsTableSource() override;

    QString target() const override;

protected:
    void beginFetch() override;

private:
    enum class Step { Idle, Connecting, Inspecting, Querying };

    void inspect();
    void onResult(const PgResult& result);
    void onQueryFailed(const Error& error);
    void onConnectionError(const Error& error);

    Options m_options;
    PgConnection* m_connection{nullptr};
    Step m_step{Step::Idle};
};

} // namespace opsdash
