#pragma once

#include <memory>
#include <string>

struct sqlite3;

namespace askanyway::core {

class Statement;

// One open SQLite connection. Owns the handle; closing happens in the destructor.
// Every connection has foreign keys on: SQLite leaves them off unless asked, per connection.
class Database
{
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    static Database open(const std::string& path, Mode mode = Mode::ReadWriteCreate);
    static Database openInMemory();

    Database(Database&&) noexcept = default;
    Database& operator=(Database&&) noexcept = default;
    ~Database();

    void exec(const std::string& sql);
    Statement prepare(const std::string& sql);
    int userVersion();
    void setUserVersion(int version);
    int changes() const;
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db.get(); }

    // Throws StorageError carrying this connection's last message, prefixed by `what`.
    [[noreturn]] void fail(int code, const std::string& what) const;

private:
    struct Closer
    {
        void operator()(sqlite3* db) const;
    };
    Database(sqlite3* db, std::string path);

    std::unique_ptr<sqlite3, Closer> m_db;
    std::string m_path;
};

} // namespace askanyway::core
