#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace opsdash {

// An error a user can act on: what went wrong and where (file:line:column, a key
// path, a host). Core code returns these as values; nothing throws across slots.
struct Error
{
    Error() = default;
    Error(QString message, QString where = {}, QString code = {})
        : message{std::move(message)}
        , where{std::move(where)}
        , code{std::move(code)}
    { }

    QString message;
    QString where; // "file.json:3:14", "pools[1].budget", "host:5432"; may be empty
    QString code; // machine-readable cause when there is one: a SQLSTATE, an HTTP status

    QString toString() const
    {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

// Either a value or an Error (a small stand-in for C++23 std::expected).
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data{std::in_place_index<0>, std::move(value)}
    { }
    Result(Error error)
        : m_data{std::in_place_index<1>, std::move(error)}
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T* operator->() const { return &std::get<0>(m_data); }
    const T& operator*() const& { return std::get<0>(m_data); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace opsdash
