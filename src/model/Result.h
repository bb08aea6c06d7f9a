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

// The one error shape of core code: a value or an error (a small stand-in for C++23
// std::expected). E is Error unless an area has a richer one (sessions' SourceError).
// It is a std::variant underneath, so std::get / std::holds_alternative work on it too.
template<typename T, typename E = Error>
class Result : public std::variant<T, E>
{
    using Base = std::variant<T, E>;

public:
    Result(T value)
        : Base{std::in_place_index<0>, std::move(value)}
    { }
    Result(E error)
        : Base{std::in_place_index<1>, std::move(error)}
    { }

    bool ok() const { return this->index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(base()); }
    T& value() & { return std::get<0>(base()); }
    T&& value() && { return std::get<0>(std::move(base())); }
    const T* operator->() const { return &std::get<0>(base()); }
    const T& operator*() const& { return std::get<0>(base()); }

    const E& error() const& { return std::get<1>(base()); }
    E&& error() && { return std::get<1>(std::move(base())); }

private:
    const Base& base() const { return *this; }
    Base& base() { return *this; }
};

// Success with nothing to hand back, or an error: `return {};` is success.
template<typename E>
class Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error{std::move(error)}
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    const E& error() const& { return *m_error; }
    E&& error() && { return std::move(*m_error); }

private:
    std::optional<E> m_error;
};

} // namespace opsdash
