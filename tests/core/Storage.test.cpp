#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include "TempDir.h"

#include <catch2/catch.hpp>

using namespace askanyway::core;
using askanyway::test::TempDir;

namespace {

std::int64_t count(Database& db)
{
    auto st = db.prepare("SELECT count(*) FROM t");
    st.step();
    return st.integer(0);
}

} // namespace

TEST_CASE("a transaction that is not committed leaves the file as it was", "[storage]")
{
    TempDir dir;
    auto db = Database::open((dir / "t.sqlite").string());
    db.exec("CREATE TABLE t (x INTEGER NOT NULL)");
    db.exec("INSERT INTO t VALUES (1)");

    auto failingWrite = [&] {
        Transaction tx(db);
        db.exec("INSERT INTO t VALUES (2)");
        db.exec("INSERT INTO t VALUES (NULL)"); // violates NOT NULL: throws
        tx.commit();
    };
    REQUIRE_THROWS_AS(failingWrite(), StorageError);
    CHECK(count(db) == 1);

    // Reopening proves the rollback reached the file, not just this connection.
    auto again = Database::open((dir / "t.sqlite").string());
    CHECK(count(again) == 1);
}

TEST_CASE("a nested transaction rolls back only its own part", "[storage]")
{
    auto db = Database::openInMemory();
    db.exec("CREATE TABLE t (x INTEGER NOT NULL)");
    Transaction outer(db);
    db.exec("INSERT INTO t VALUES (1)");
    {
        Transaction inner(db);
        db.exec("INSERT INTO t VALUES (2)");
    } // not committed
    {
        Transaction inner(db);
        db.exec("INSERT INTO t VALUES (3)");
        inner.commit();
    }
    outer.commit();
    auto st = db.prepare("SELECT group_concat(x) FROM t");
    st.step();
    CHECK(st.text(0) == "1,3");
}

TEST_CASE("every connection enforces foreign keys", "[storage]")
{
    auto db = Database::openInMemory();
    db.exec("CREATE TABLE parent (id INTEGER PRIMARY KEY); "
            "CREATE TABLE child (p INTEGER REFERENCES parent (id))");
    CHECK_THROWS_AS(db.exec("INSERT INTO child VALUES (42)"), StorageError);
}

TEST_CASE("storage errors carry SQLite's code and message", "[storage]")
{
    auto db = Database::openInMemory();
    try {
        db.prepare("SELECT * FROM missing_table");
        FAIL("prepare should have thrown");
    } catch (const StorageError& e) {
        CHECK(e.code() == 1); // SQLITE_ERROR
        CHECK(std::string(e.what()).find("no such table: missing_table") != std::string::npos);
    }
}

TEST_CASE("statements bind and read text, numbers and nulls", "[storage]")
{
    auto db = Database::openInMemory();
    db.exec("CREATE TABLE t (a TEXT, b INTEGER)");
    auto insert = db.prepare("INSERT INTO t VALUES (?, ?)");
    insert.bind(1, std::string("caf\xc3\xa9")).bind(2, std::optional<int>{}).run();
    auto st = db.prepare("SELECT a, b FROM t");
    REQUIRE(st.step());
    CHECK(st.text(0) == "caf\xc3\xa9");
    CHECK_FALSE(st.optionalInt(1));
    CHECK_FALSE(st.step());
}
