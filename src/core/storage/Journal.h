#pragma once

#include "storage/Database.h"

#include <filesystem>
#include <string>

namespace askanyway::core {

class Clock;

// An open Ask Anyway journal: a SQLite file checked, secured and migrated to the newest schema.
//
// Opening never damages what is there. A file that is not a journal, a damaged file and a
// journal from a newer version are all refused with an Error, and their bytes stay as they were.
// An older journal is copied to backups/ through the backup API before it is migrated.
class Journal
{
public:
    static Journal open(const std::filesystem::path& path, const Clock& clock);

    Database& database() { return m_db; }
    const std::filesystem::path& path() const { return m_path; }
    // The backup taken before a migration during open(), if one was needed.
    const std::filesystem::path& migrationBackup() const { return m_migrationBackup; }

private:
    Journal(Database db, std::filesystem::path path) : m_db(std::move(db)), m_path(std::move(path)) {}

    Database m_db;
    std::filesystem::path m_path;
    std::filesystem::path m_migrationBackup;
};

} // namespace askanyway::core
