#pragma once

#include <string>

namespace askanyway::core {

class Database;

// A unit of work that is all or nothing. At the outermost level it is BEGIN IMMEDIATE (so a
// writer waits for the lock up front instead of failing half-way); inside another transaction it
// becomes a SAVEPOINT, so a repository's own write can take part in a larger import. Destroyed
// without commit(), it rolls back.
class Transaction
{
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    void commit();

private:
    Database& m_db;
    std::string m_savepoint; // empty at the outermost level
    bool m_open = true;
};

} // namespace askanyway::core
