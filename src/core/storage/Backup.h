#pragma once

#include <filesystem>
#include <string>

namespace askanyway::core {

class Database;

// Copies a live database through SQLite's online backup API into a new 0600 file. A WAL
// journal must never be copied as a plain file: the -wal file may hold committed pages.
void backupDatabase(Database& source, const std::filesystem::path& destination);

// `<journal folder>/backups/<journal stem>-<label>-<stamp>.sqlite`, made unique if it exists.
std::filesystem::path backupPathFor(const std::filesystem::path& journal, const std::string& label,
                                    const std::string& stamp);

} // namespace askanyway::core
