#pragma once

#include <stdexcept>
#include <string>

namespace askanyway::core {

// Base of every error the core reports. The app and the CLI catch this one type and show
// what() as a sentence; nothing in the core terminates the process on bad input.
class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A value outside what the journal accepts. `field` is the path of the offending value
// ("anxiety.peak", "attempts[3].outcome"); what() reads "field: message".
class ValidationError : public Error
{
public:
    ValidationError(std::string field, std::string message)
        : Error(field + ": " + message), m_field(std::move(field)), m_message(std::move(message))
    {
    }

    const std::string& field() const { return m_field; }
    const std::string& message() const { return m_message; }

    // The same error seen from an enclosing document: prefix "attempts[3]" + "." + field.
    ValidationError within(const std::string& prefix) const
    {
        return ValidationError(prefix + (m_field.empty() ? "" : "." + m_field), m_message);
    }

private:
    std::string m_field;
    std::string m_message;
};

// SQLite said no. Carries SQLite's result code so callers can tell a busy file from a broken one.
class StorageError : public Error
{
public:
    StorageError(int code, const std::string& message) : Error(message), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

// The journal was written by a newer Ask Anyway; it is refused and left untouched.
class UnsupportedVersionError : public Error
{
public:
    UnsupportedVersionError(int found, int known)
        : Error("this journal was written by a newer version of Ask Anyway (schema " +
                std::to_string(found) + ", this version knows up to " + std::to_string(known) +
                "); it was not opened and has not been changed"),
          m_found(found)
    {
    }
    int found() const { return m_found; }

private:
    int m_found;
};

} // namespace askanyway::core
