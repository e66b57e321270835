// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace rd {

// What kind of failure an Error is, so callers (the command line's exit code, the unlock
// dialog's choice of field to highlight, tests) can react without parsing the message.
enum class ErrorCode {
    Failed,
    Usage,
    InvalidInput,
    NotFound,
    AlreadyExists,
    WrongCredentials,
    AccountLocked,
    AccountDisabled,
    PasswordRejected,
    PasswordChangeRequired,
    Forbidden,
    ChangeControlNeeded, // a decided batch would change: allowed only under change control
    PersonMatches,       // a new account may be of a person who has one: say whether it is
    StoreMissing,
    StoreDamaged,
    StoreNewer,
    StoreOlder, // made by an earlier version that this one upgrades only on request
    StoreReadOnly,
    StoreBusy,
    Tampered,
    Io,
    Database,
    Cancelled,
    Unsupported,
};

// A failure at an API boundary: a code and one user-readable line that says what happened and,
// where it helps, what to do. Messages never contain secrets.
class Error
{
public:
    Error(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {}

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }

    // The same error with context in front, e.g. "users add: " + message.
    Error prefixed(const QString &context) const { return Error(m_code, context + m_message); }

private:
    ErrorCode m_code;
    QString m_message;
};

// The one error-as-value type of the core: either a T or an Error. No exception crosses a
// module boundary.
template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &std::get<0>(m_state); }
    const T *operator->() const { return &std::get<0>(m_state); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error{ErrorCode::Failed, QString()};
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace rd
