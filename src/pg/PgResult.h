#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct pg_result;

namespace opsdash {

// A finished query's rows, shared cheaply. Owns the PGresult (PQclear on last release).
// Keeps libpq out of every header but this folder's sources.
class PgResult final
{
public:
    PgResult() = default;
    explicit PgResult(pg_result* result);

    bool isNull() const { return !m_result; }
    int rows() const;
    int columns() const;
    int column(const char* name) const; // -1 when absent
    bool isNull(int row, int column) const;
    // Raw bytes of a value; valid while this PgResult lives.
    const char* raw(int row, int column) const;
    int length(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column, qint64 fallback = 0) const;

private:
    std::shared_ptr<pg_result> m_result;
};

} // namespace opsdash
