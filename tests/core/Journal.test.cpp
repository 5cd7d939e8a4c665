#include "common/Clock.h"
#include "common/Error.h"
#include "journal/AttemptRepository.h"
#include "ethics/Pledge.h"
#include "journal/LadderRepository.h"
#include "journal/ProgramRunRepository.h"
#include "journal/ThoughtRecordRepository.h"
#include "program/CustomChallengeRepository.h"
#include "program/RestDays.h"
#include "storage/Backup.h"
#include "storage/Journal.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"

#include "Files.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace askanyway::core;
using namespace askanyway::test;
namespace fs = std::filesystem;

namespace {

const FixedClock kClock(*parseTimestamp("2026-03-01T09:00:00+01:00"));

std::string pragma(Database& db, const std::string& name)
{
    auto st = db.prepare("PRAGMA " + name);
    st.step();
    return st.text(0);
}

// Creates a plain SQLite file from SQL text, the way an older version would have left it.
void createFromSql(const fs::path& file, const std::string& sql)
{
    auto db = Database::open(file.string());
    db.exec(sql);
}

class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

TEST_CASE("a new journal is private, write-ahead logged and at the newest schema", "[journal]")
{
    Umask loose(022);
    TempDir dir;
    const fs::path file = dir / "nested/folder/journal.sqlite";
    auto journal = Journal::open(file, kClock);

    CHECK(modeOf(file) == 0600);
    CHECK(modeOf(dir / "nested/folder") == 0700);
    CHECK(modeOf(dir / "nested") == 0700);
    CHECK(pragma(journal.database(), "journal_mode") == "wal");
    CHECK(pragma(journal.database(), "foreign_keys") == "1");
    CHECK(journal.database().userVersion() == latestSchemaVersion());
    CHECK(journal.migrationBackup().empty()); // nothing to back up in a new journal

    // The write-ahead log that a write creates is as private as the journal.
    AttemptRepository(journal.database(), kClock).add([] {
        Attempt a;
        a.title = "Asked the time";
        return a;
    }());
    CHECK(modeOf(fs::path(file.string() + "-wal")) == 0600);
}

TEST_CASE("an existing folder keeps its permissions", "[journal]")
{
    TempDir dir;
    fs::permissions(dir.path(), fs::perms(0755));
    Journal::open(dir / "journal.sqlite", kClock);
    CHECK(modeOf(dir.path()) == 0755);
}

TEST_CASE("a version 1 journal is backed up, then migrated with its attempts intact", "[journal]")
{
    TempDir dir;
    const fs::path file = dir / "journal.sqlite";
    createFromSql(file, readBytes(ASKANYWAY_FIXTURES "/schema-v1.sql"));

    auto journal = Journal::open(file, kClock);
    CHECK(journal.database().userVersion() == latestSchemaVersion());

    AttemptRepository attempts(journal.database(), kClock);
    const auto all = attempts.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].title == "Asked for directions");
    CHECK(all[1].outcome == Outcome::No);
    CHECK(all[1].acceptedGracefully == true);
    CHECK(all[1].tags == std::vector<std::string>{"shop"});
    CHECK_FALSE(all[1].stepId);

    // The new tables work, and attempts can now link to ladder steps.
    LadderRepository ladders(journal.database(), kClock);
    const auto ladderId = ladders.add({"", "Cafés", "", {{"", "Ask for a tip", 4}}});
    Attempt linked = all[0];
    linked.stepId = ladders.find(ladderId)->steps[0].id;
    attempts.update(linked);
    CHECK(attempts.find(linked.id)->stepId == linked.stepId);

    // The backup was taken before the first step: it is still a version 1 journal.
    const fs::path backup = journal.migrationBackup();
    REQUIRE(fs::exists(backup));
    CHECK(backup.parent_path() == dir / "backups");
    CHECK(modeOf(backup) == 0600);
    auto old = Database::open(backup.string(), Database::Mode::ReadOnly);
    CHECK(old.userVersion() == 1);
    CHECK(pragma(old, "integrity_check") == "ok");
    auto rows = old.prepare("SELECT count(*) FROM attempts");
    rows.step();
    CHECK(rows.integer(0) == 2);
}

TEST_CASE("opening an up-to-date journal takes no backup and changes nothing", "[journal]")
{
    TempDir dir;
    const fs::path file = dir / "journal.sqlite";
    { Journal::open(file, kClock); }
    const std::string before = readBytes(file);
    {
        auto again = Journal::open(file, kClock);
        CHECK(again.migrationBackup().empty());
    }
    CHECK(readBytes(file) == before);
    CHECK_FALSE(fs::exists(dir / "backups"));
}

TEST_CASE("a journal from a newer version is refused and left byte for byte", "[journal]")
{
    TempDir dir;
    const fs::path file = dir / "journal.sqlite";
    { Journal::open(file, kClock); }
    {
        auto db = Database::open(file.string());
        db.setUserVersion(latestSchemaVersion() + 1);
    }
    const std::string before = readBytes(file);
    try {
        Journal::open(file, kClock);
        FAIL("a newer journal was opened");
    } catch (const UnsupportedVersionError& e) {
        CHECK(e.found() == latestSchemaVersion() + 1);
        CHECK(std::string(e.what()).find("newer version") != std::string::npos);
    }
    CHECK(readBytes(file) == before);
    CHECK_FALSE(fs::exists(dir / "backups"));
}

TEST_CASE("a damaged file is refused, named, and never overwritten", "[journal]")
{
    TempDir dir;
    const fs::path file = dir / "journal.sqlite";
    const std::string garbage = "this is not a database, just words that were here first. " +
                                std::string(4096, 'x');
    writeBytes(file, garbage);
    try {
        Journal::open(file, kClock);
        FAIL("a damaged journal was opened");
    } catch (const StorageError& e) {
        CHECK(std::string(e.what()).find("may be damaged") != std::string::npos);
        CHECK(std::string(e.what()).find(file.string()) != std::string::npos);
    }
    CHECK(readBytes(file) == garbage);
}

TEST_CASE("another program's SQLite file is not mistaken for a journal", "[journal]")
{
    TempDir dir;
    const fs::path file = dir / "other.sqlite";
    createFromSql(file, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
    const std::string before = readBytes(file);
    CHECK_THROWS_WITH(Journal::open(file, kClock), Catch::Contains("not an Ask Anyway journal"));
    CHECK(readBytes(file) == before);
}

TEST_CASE("a version 2 journal migrates to version 3 with links and records intact", "[journal]")
{
    TempDir dir;
    const fs::path file = dir / "journal.sqlite";
    createFromSql(file, readBytes(ASKANYWAY_FIXTURES "/schema-v2.sql"));

    auto journal = Journal::open(file, kClock);
    CHECK(journal.database().userVersion() == 3);
    const auto attempt = AttemptRepository(journal.database(), kClock).find("a1b2c3d4-0000-4000-8000-000000000003");
    REQUIRE(attempt);
    CHECK(attempt->stepId == "a1b2c3d4-0000-4000-8000-000000000002");
    const auto record = ThoughtRecordRepository(journal.database(), kClock).find("a1b2c3d4-0000-4000-8000-000000000004");
    REQUIRE(record);
    CHECK(record->attemptId == attempt->id);
    CHECK(record->emotions.at(0).rerated == 30);
    CHECK(ProgramRunRepository(journal.database(), kClock).active()->id == "a1b2c3d4-0000-4000-8000-000000000005");

    // Version 3's tables are there and empty: no pledge is assumed, no rest day invented.
    CHECK_FALSE(Pledge(journal.database(), kClock).accepted());
    CHECK(RestDays(journal.database()).list().empty());
    CHECK(CustomChallengeRepository(journal.database(), kClock).list().empty());

    auto old = Database::open(journal.migrationBackup().string(), Database::Mode::ReadOnly);
    CHECK(old.userVersion() == 2);
    CHECK(pragma(old, "foreign_key_check").empty());
}

TEST_CASE("daily backups rotate and keep the newest seven", "[journal][backup]")
{
    TempDir dir;
    const fs::path file = dir / "journal.sqlite";
    auto journal = Journal::open(file, kClock);
    for (int day = 1; day <= 9; ++day) {
        char date[11];
        std::snprintf(date, sizeof date, "2026-03-%02d", day);
        CHECK_FALSE(dailyBackup(journal.database(), file, date).empty());
        CHECK(dailyBackup(journal.database(), file, date).empty()); // once a day
    }
    std::vector<std::string> names;
    for (const auto& p : listBackups(file))
        names.push_back(p.filename().string());
    std::sort(names.begin(), names.end());
    REQUIRE(names.size() == 7);
    CHECK(names.front() == "journal-daily-20260303.sqlite");
    CHECK(names.back() == "journal-daily-20260309.sqlite");
    CHECK(modeOf(dir / "backups/journal-daily-20260309.sqlite") == 0600);
}

TEST_CASE("a backup restores in place, after saving what was there", "[journal][backup]")
{
    TempDir dir;
    const fs::path file = dir / "journal.sqlite";
    auto journal = Journal::open(file, kClock);
    AttemptRepository attempts(journal.database(), kClock);
    Attempt a;
    a.title = "Before the backup";
    attempts.add(a);
    const fs::path backup = dailyBackup(journal.database(), file, "2026-03-01");
    a.title = "After the backup";
    attempts.add(a);
    REQUIRE(attempts.list().size() == 2);

    const fs::path safety = restoreBackup(journal.database(), file, backup, "20260301T120000");
    REQUIRE(attempts.list().size() == 1);
    CHECK(attempts.list()[0].title == "Before the backup");
    // What was there before the restore is itself kept.
    auto saved = Database::open(safety.string(), Database::Mode::ReadOnly);
    auto count = saved.prepare("SELECT count(*) FROM attempts");
    count.step();
    CHECK(count.integer(0) == 2);

    // Damaged or foreign files are refused and change nothing.
    writeBytes(dir / "garbage.sqlite", std::string(8192, 'x'));
    CHECK_THROWS_WITH(restoreBackup(journal.database(), file, dir / "garbage.sqlite", "x"),
                      Catch::Contains("nothing was restored"));
    createFromSql(dir / "other.sqlite", "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    CHECK_THROWS_WITH(restoreBackup(journal.database(), file, dir / "other.sqlite", "y"),
                      Catch::Contains("not an Ask Anyway journal backup"));
    CHECK(attempts.list().size() == 1);
}

TEST_CASE("a damaged journal is set aside, never overwritten, and a backup put in its place", "[journal][backup]")
{
    TempDir dir;
    const fs::path file = dir / "journal.sqlite";
    fs::path backup;
    {
        auto journal = Journal::open(file, kClock);
        Attempt a;
        a.title = "Kept safe";
        AttemptRepository(journal.database(), kClock).add(a);
        backup = dailyBackup(journal.database(), file, "2026-03-01");
    }
    const std::string garbage(5000, 'z');
    writeBytes(file, garbage);
    CHECK_THROWS_AS(Journal::open(file, kClock), StorageError);

    const fs::path aside = recoverFromBackup(file, backup, "20260302T090000");
    CHECK(readBytes(aside) == garbage);
    CHECK(modeOf(file) == 0600);
    auto journal = Journal::open(file, kClock);
    CHECK(AttemptRepository(journal.database(), kClock).list().at(0).title == "Kept safe");
}
