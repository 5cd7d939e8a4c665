#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace askanyway::test {

struct CliResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs askanyway-cli with `args`, stdin closed, XDG_DATA_HOME pointed at `home` so that the
// default journal is a test one, and TZ set as given.
CliResult runCli(const std::vector<std::string>& args, const std::filesystem::path& home,
                 const std::string& tz = "UTC");

} // namespace askanyway::test
