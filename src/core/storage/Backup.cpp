#include "storage/Backup.h"

#include "common/Error.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"

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

} // namespace askanyway::core
