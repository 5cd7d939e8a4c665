#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace askanyway::core {

class Database;

// Copies a live database through SQLite's online backup API into a new 0600 file. A WAL
// journal must never be copied as a plain file: the -wal file may hold committed pages.
void backupDatabase(Database& source, const std::filesystem::path& destination);

// `<journal folder>/backups/<journal stem>-<label>-<stamp>.sqlite`, made unique if it exists.
std::filesystem::path backupPathFor(const std::filesystem::path& journal, const std::string& label,
                                    const std::string& stamp);

// The automatic daily backup: at most one a day (named after the local date), the newest
// `keep` daily backups kept, older ones removed. Returns the backup written, or an empty path
// when today's exists already.
std::filesystem::path dailyBackup(Database& journal, const std::filesystem::path& journalPath,
                                  const std::string& localDate, int keep = 7);

// Every backup beside a journal, newest first.
std::vector<std::filesystem::path> listBackups(const std::filesystem::path& journalPath);

// Replaces the open journal's contents with a backup's, through the backup API and in place, so
// the connection stays valid. The current contents are first saved as a backup of their own
// ("before-restore"), which is returned. A backup that is damaged, not a journal or from a newer
// version is refused before anything changes.
std::filesystem::path restoreBackup(Database& journal, const std::filesystem::path& journalPath,
                                    const std::filesystem::path& backup, const std::string& stamp);

// For a journal that cannot be opened: moves the damaged file (and its -wal/-shm) aside under a
// new name — it is never overwritten — and puts a copy of `backup` in its place. Returns where
// the damaged file now is.
std::filesystem::path recoverFromBackup(const std::filesystem::path& journalPath,
                                        const std::filesystem::path& backup, const std::string& stamp);

} // namespace askanyway::core
