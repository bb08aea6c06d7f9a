#include "PgResult.h"

#include <libpq-fe.h>

namespace opsdash {

PgResult::PgResult(pg_result* result)
    : m_result{result, &PQclear}
{ }

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

int PgResult::column(const char* name) const
{
    return m_result ? PQfnumber(m_result.get(), name) : -1;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result.get(), row, column) != 0;
}

const char* PgResult::raw(int row, int column) const
{
    return m_result ? PQgetvalue(m_result.get(), row, column) : "";
}

int PgResult::length(int row, int column) const
{
    return m_result ? PQgetlength(m_result.get(), row, column) : 0;
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(raw(row, column), length(row, column));
}

qint64 PgResult::integer(int row, int column, qint64 fallback) const
{
    if (isNull(row, column))
        return fallback;
    bool ok = false;
    const qint64 value
        = QByteArray::fromRawData(raw(row, column), length(row, column)).toLongLong(&ok);
    return ok ? value : fallback;
}

} // namespace opsdash
