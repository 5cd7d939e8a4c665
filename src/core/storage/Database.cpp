#include "storage/Database.h"

#include "common/Error.h"
#include "storage/Statement.h"

#include <sqlite3.h>

namespace askanyway::core {

void Database::Closer::operator()(sqlite3* db) const
{
    // close_v2 defers the close until any forgotten statement is finalised instead of failing.
    sqlite3_close_v2(db);
}

Database::Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}

Database::~Database() = default;

Database Database::open(const std::string& path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK) {
        const std::string message = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        throw StorageError(rc, "cannot open " + path + ": " + message);
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 2000);
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA trusted_schema = OFF");
    return db;
}

Database Database::openInMemory()
{
    return open(":memory:");
}

void Database::exec(const std::string& sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db.get(), sql.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw StorageError(rc, message);
    }
}

Statement Database::prepare(const std::string& sql)
{
    return Statement(*this, sql);
}

int Database::userVersion()
{
    auto st = prepare("PRAGMA user_version");
    st.step();
    return static_cast<int>(st.integer(0));
}

void Database::setUserVersion(int version)
{
    exec("PRAGMA user_version = " + std::to_string(version));
}

int Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

void Database::fail(int code, const std::string& what) const
{
    throw StorageError(code, what + ": " + sqlite3_errmsg(m_db.get()));
}

} // namespace askanyway::core
