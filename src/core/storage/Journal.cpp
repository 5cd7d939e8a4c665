#include "storage/Journal.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Backup.h"
#include "storage/Migrations.h"
#include "storage/PrivateFiles.h"
#include "storage/Statement.h"

#include <string>

namespace askanyway::core {
namespace fs = std::filesystem;
namespace {

std::int64_t queryInteger(Database& db, const std::string& sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.integer(0);
}

// Reads what the file claims to be without writing anything, and refuses what is not ours.
int inspect(Database& db, const fs::path& path)
{
    try {
        const auto appId = queryInteger(db, "PRAGMA application_id");
        const auto version = static_cast<int>(queryInteger(db, "PRAGMA user_version"));
        const auto tables = queryInteger(db, "SELECT count(*) FROM sqlite_schema");
        if (appId != kApplicationId && (appId != 0 || version != 0 || tables != 0))
            throw Error(path.string() + " is a SQLite file but not an Ask Anyway journal; it was "
                                        "not opened and has not been changed");
        return version;
    } catch (const StorageError& e) {
        throw StorageError(e.code(), path.string() + " cannot be read as a journal (" + e.what() +
                                         "); it may be damaged. It has not been changed: restore "
                                         "a backup or choose another file");
    }
}

} // namespace

Journal Journal::open(const fs::path& path, const Clock& clock)
{
    ensurePrivateDirectory(path.parent_path());
    createPrivateFile(path); // a no-op for an existing journal; 0600 for a new one

    Journal journal(Database::open(path.string(), Database::Mode::ReadWrite), path);
    Database& db = journal.m_db;
    const int version = inspect(db, path);
    if (version > latestSchemaVersion())
        throw UnsupportedVersionError(version, latestSchemaVersion());

    {
        auto mode = db.prepare("PRAGMA journal_mode = WAL");
        mode.step();
        if (mode.text(0) != "wal")
            throw StorageError(0, "cannot switch " + path.string() + " to write-ahead logging");
    }

    migrate(db, [&](int from) {
        if (from == 0)
            return; // a brand-new journal has nothing to lose
        journal.m_migrationBackup = backupPathFor(path, "before-v" + std::to_string(from + 1),
                                                  compactStamp(clock.now()));
        backupDatabase(db, journal.m_migrationBackup);
    });
    return journal;
}

} // namespace askanyway::core
