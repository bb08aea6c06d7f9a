#include "BackendSignals.h"

#include "clock/Clock.h"
#include "pg/ActivityMonitor.h"
#include "pg/PgLogging.h"
#include "pg/PgResult.h"

namespace opsdash {

namespace {

QString actionText(BackendSignals::Action action)
{
    return action == BackendSignals::Action::CancelQuery ? BackendSignals::tr("cancel query")
                                                         : BackendSignals::tr("terminate backend");
}

} // namespace

BackendSignals::BackendSignals(ActivityMonitor& monitor, QObject* parent)
    : QObject{parent}
    , m_monitor{monitor}
{
    connect(&m_monitor, &ActivityMonitor::queryAnswered, this, &BackendSignals::onAnswered);
    connect(&m_monitor, &ActivityMonitor::queryRefused, this, &BackendSignals::onRefused);
}

BackendSignals::~BackendSignals() = default;

QString BackendSignals::describe(const BackendSession& session)
{
    QString query = session.query.simplified();
    if (query.size() > 200)
        query = query.left(199) + QChar{0x2026};
    return tr("pid %1 · %2 · user %3 · %4")
        .arg(session.pid)
        .arg(session.applicationName.isEmpty() ? tr("(no application name)")
                                               : session.applicationName,
            session.usename, query);
}

void BackendSignals::send(Action action, const BackendSession& session)
{
    // Parameters, never formatted SQL; the function itself checks the role's right to it.
    const QByteArray sql = action == Action::CancelQuery
        ? QByteArrayLiteral("SELECT pg_cancel_backend($1::int)")
        : QByteArrayLiteral("SELECT pg_terminate_backend($1::int)");
    qCInfo(lcPg) << actionText(action) << session.pid;
    const quint64 id = m_monitor.enqueueQuery(sql, {QByteArray::number(session.pid)});
    m_pending.insert(id, Pending{action, session});
}

void BackendSignals::onAnswered(quint64 id, const PgResult& result)
{
    const auto found = m_pending.constFind(id);
    if (found == m_pending.constEnd())
        return; // someone else's query
    const Pending pending = *found;
    m_pending.erase(found);
    const bool done = result.rows() == 1 && result.text(0, 0) == QLatin1String{"t"};
    const QString what = describe(pending.session);
    emit finished(Alert{Clock::current().nowUtc(), done ? Severity::Info : Severity::Warning,
        QString{AlertKind::Backend}, QString::number(pending.session.pid),
        done ? tr("%1 sent: %2").arg(actionText(pending.action), what)
             : tr("%1 not done (the backend is gone, or not this role's to signal): %2")
                   .arg(actionText(pending.action), what)});
}

void BackendSignals::onRefused(quint64 id, const Error& error)
{
    const auto found = m_pending.constFind(id);
    if (found == m_pending.constEnd())
        return;
    const Pending pending = *found;
    m_pending.erase(found);
    emit finished(Alert{Clock::current().nowUtc(), Severity::Warning, QString{AlertKind::Backend},
        QString::number(pending.session.pid),
        tr("%1 failed: %2 — %3")
            .arg(actionText(pending.action), error.message, describe(pending.session))});
}

} // namespace opsdash
