#include "gui/export/ExportColumns.h"

#include "gui/activity/ActivityModel.h"
#include "gui/events/EventsModel.h"
#include "gui/sessions/SessionsModel.h"

namespace opsdash::ExportColumns {

QList<ExportColumn> sessions()
{
    return {{QStringLiteral("status"), SessionsModel::Status},
        {QStringLiteral("user"), SessionsModel::User},
        {QStringLiteral("created"), SessionsModel::Created, -1, false, true},
        {QStringLiteral("lastSeen"), SessionsModel::LastSeen},
        {QStringLiteral("expiresIn"), SessionsModel::ExpiresIn},
        {QStringLiteral("age"), SessionsModel::Age},
        {QStringLiteral("session"), SessionsModel::Session}};
}

QList<ExportColumn> activity()
{
    return {{QStringLiteral("pool"), ActivityModel::PoolColumn},
        {QStringLiteral("pid"), ActivityModel::PidColumn},
        {QStringLiteral("user"), ActivityModel::UserColumn},
        {QStringLiteral("database"), ActivityModel::DatabaseColumn},
        {QStringLiteral("application"), ActivityModel::ApplicationColumn},
        {QStringLiteral("client"), ActivityModel::ClientColumn},
        {QStringLiteral("state"), ActivityModel::StateColumn},
        {QStringLiteral("queryDuration"), ActivityModel::QueryDurationColumn},
        {QStringLiteral("transactionDuration"), ActivityModel::TransactionDurationColumn},
        {QStringLiteral("backendAge"), ActivityModel::BackendAgeColumn},
        {QStringLiteral("waitEvent"), ActivityModel::WaitEventColumn},
        {QStringLiteral("query"), ActivityModel::QueryColumn, ActivityModel::FullQueryRole, true}};
}

QList<ExportColumn> events()
{
    return {{QStringLiteral("time"), EventsModel::TimeColumn, -1, false, true},
        {QStringLiteral("severity"), EventsModel::SeverityColumn},
        {QStringLiteral("kind"), EventsModel::KindColumn},
        {QStringLiteral("message"), EventsModel::MessageColumn}};
}

} // namespace opsdash::ExportColumns
