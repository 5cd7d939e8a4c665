#pragma once

#include <filesystem>

namespace askanyway::core {

// Journals hold private notes, so whatever this process creates for them is readable by the
// user alone: folders 0700 and files 0600, whatever the umask says.

// Creates `dir` and any missing parents, each new one 0700. Existing folders are left as they are.
void ensurePrivateDirectory(const std::filesystem::path& dir);

// Creates an empty file 0600. Returns false, touching nothing, if the path already exists.
bool createPrivateFile(const std::filesystem::path& file);

} // namespace askanyway::core
