#include "storage/Statement.h"

#include "common/Error.h"
#include "storage/Database.h"

#include <sqlite3.h>

namespace askanyway::core {

void Statement::Finalizer::operator()(sqlite3_stmt* st) const
{
    sqlite3_finalize(st);
}

Statement::Statement(Database& db, const std::string& sql) : m_db(&db)
{
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), sql.c_str(), static_cast<int>(sql.size()),
                                      &raw, nullptr);
    m_stmt.reset(raw);
    if (rc != SQLITE_OK)
        db.fail(rc, "cannot prepare statement");
}

Statement::~Statement() = default;

Statement& Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt.get(), index, value);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "cannot bind parameter " + std::to_string(index));
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    const int rc = sqlite3_bind_text64(m_stmt.get(), index, value.data(), value.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "cannot bind parameter " + std::to_string(index));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt.get(), index);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "cannot bind parameter " + std::to_string(index));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(rc, "statement failed");
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}

std::string Statement::text(int column) const
{
    const auto* data = sqlite3_column_text(m_stmt.get(), column);
    const int size = sqlite3_column_bytes(m_stmt.get(), column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string();
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<int> Statement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return static_cast<int>(integer(column));
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

} // namespace askanyway::core
