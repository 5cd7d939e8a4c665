#pragma once

#include <filesystem>
#include <string_view>

namespace askanyway::core {

// Writes `content` to a temporary 0600 file beside `path`, flushes it to disk and renames it
// into place, so a reader (or a crash) sees either the old file or the whole new one.
void writeFileAtomically(const std::filesystem::path& path, std::string_view content);

} // namespace askanyway::core
