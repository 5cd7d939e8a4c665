#include "storage/Backup.h"

#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PrivateFiles.h"
#include "storage/Statement.h"

#include <algorithm>

#include <sqlite3.h>

namespace askanyway::core {
namespace fs = std::filesystem;

void backupDatabase(Database& source, const fs::path& destination)
{
    ensurePrivateDirectory(destination.parent_path());
    if (!createPrivateFile(destination))
        throw Error("backup not written: " + destination.string() + " already exists");
    Database target = Database::open(destination.string(), Database::Mode::ReadWrite);
    sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup)
        target.fail(sqlite3_errcode(target.handle()), "cannot start backup");
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        std::error_code ignored;
        fs::remove(destination, ignored);
        throw StorageError(rc, std::string("backup failed: ") + sqlite3_errstr(rc));
    }
}

fs::path backupPathFor(const fs::path& journal, const std::string& label, const std::string& stamp)
{
    const fs::path folder = journal.parent_path() / "backups";
    const std::string base = journal.stem().string() + "-" + label + "-" + stamp;
    fs::path candidate = folder / (base + ".sqlite");
    for (int n = 2; fs::exists(candidate); ++n)
        candidate = folder / (base + "-" + std::to_string(n) + ".sqlite");
    return candidate;
}

fs::path recoverFromBackup(const fs::path& journalPath, const fs::path& backup, const std::string& stamp)
{
    Database source = Database::open(backup.string(), Database::Mode::ReadOnly);
    const fs::path aside = journalPath.parent_path() / (journalPath.stem().string() + "-damaged-" + stamp + ".sqlite");
    if (fs::exists(aside))
        throw Error(aside.string() + " already exists; nothing was moved");
    fs::rename(journalPath, aside);
    for (const char* suffix : {"-wal", "-shm"}) {
        const fs::path side(journalPath.string() + suffix);
        std::error_code ignored;
        if (fs::exists(side))
            fs::rename(side, fs::path(aside.string() + suffix), ignored);
    }
    backupDatabase(source, journalPath);
    return aside;
}

std::filesystem::path dailyBackup(Database& journal, const fs::path& journalPath, const std::string& localDate, int keep)
{
    std::string compact = localDate;
    compact.erase(std::remove(compact.begin(), compact.end(), '-'), compact.end());
    const fs::path folder = journalPath.parent_path() / "backups";
    const std::string prefix = journalPath.stem().string() + "-daily-";
    const fs::path today = folder / (prefix + compact + ".sqlite");
    fs::path written;
    if (!fs::exists(today)) {
        backupDatabase(journal, today);
        written = today;
    }
    std::vector<fs::path> dailies;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename().string().rfind(prefix, 0) == 0)
            dailies.push_back(entry.path());
    // The date in the name sorts as text: newest last.
    std::sort(dailies.begin(), dailies.end());
    for (std::size_t i = 0; i + static_cast<std::size_t>(keep) < dailies.size(); ++i) {
        std::error_code ignored;
        fs::remove(dailies[i], ignored);
    }
    return written;
}

std::vector<fs::path> listBackups(const fs::path& journalPath)
{
    std::vector<fs::path> out;
    const fs::path folder = journalPath.parent_path() / "backups";
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error))
        if (entry.path().extension() == ".sqlite")
            out.push_back(entry.path());
    std::sort(out.begin(), out.end(), [](const fs::path& a, const fs::path& b) {
        return fs::last_write_time(a) > fs::last_write_time(b);
    });
    return out;
}

fs::path restoreBackup(Database& journal, const fs::path& journalPath, const fs::path& backup, const std::string& stamp)
{
    Database source = Database::open(backup.string(), Database::Mode::ReadOnly);
    try {
        auto check = source.prepare("PRAGMA application_id");
        check.step();
        if (check.integer(0) != kApplicationId)
            throw Error(backup.string() + " is not an Ask Anyway journal backup; nothing was restored");
        auto integrity = source.prepare("PRAGMA quick_check");
        integrity.step();
        if (integrity.text(0) != "ok")
            throw Error(backup.string() + " is damaged (" + integrity.text(0) + "); nothing was restored");
        if (source.userVersion() > latestSchemaVersion())
            throw UnsupportedVersionError(source.userVersion(), latestSchemaVersion());
    } catch (const StorageError& e) {
        throw Error(backup.string() + " cannot be read as a journal backup (" + e.what() + "); nothing was restored");
    }
    const fs::path safety = backupPathFor(journalPath, "before-restore", stamp);
    backupDatabase(journal, safety);
    sqlite3_backup* copy = sqlite3_backup_init(journal.handle(), "main", source.handle(), "main");
    if (!copy)
        journal.fail(sqlite3_errcode(journal.handle()), "cannot start restore");
    const int rc = sqlite3_backup_step(copy, -1);
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE)
        throw StorageError(rc, std::string("restore failed, the journal is as it was: ") + sqlite3_errstr(rc));
    // An older backup may predate the newest schema: bring it forward like any journal.
    migrate(journal);
    return safety;
}

} // namespace askanyway::core
