#pragma once

#include <filesystem>
#include <string>

namespace askanyway::test {

std::string readBytes(const std::filesystem::path& file);
void writeBytes(const std::filesystem::path& file, const std::string& bytes);
// The permission bits of a file or folder, e.g. 0600.
unsigned modeOf(const std::filesystem::path& path);
// Where the checked-in test data lives (tests/data).
std::filesystem::path testData(const std::string& relative);

} // namespace askanyway::test
