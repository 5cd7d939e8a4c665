#include "storage/Transaction.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace askanyway::core {

Transaction::Transaction(Database& db) : m_db(db)
{
    if (sqlite3_get_autocommit(db.handle())) {
        m_db.exec("BEGIN IMMEDIATE");
    } else {
        static int counter = 0;
        m_savepoint = "nested_" + std::to_string(++counter);
        m_db.exec("SAVEPOINT " + m_savepoint);
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    const std::string sql = m_savepoint.empty()
                                ? std::string("ROLLBACK")
                                : "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint;
    sqlite3_exec(m_db.handle(), sql.c_str(), nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec(m_savepoint.empty() ? std::string("COMMIT") : "RELEASE " + m_savepoint);
    m_open = false;
}

} // namespace askanyway::core
