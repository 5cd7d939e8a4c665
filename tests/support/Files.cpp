#include "Files.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>

namespace askanyway::test {

std::string readBytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + file.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeBytes(const std::filesystem::path& file, const std::string& bytes)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

unsigned modeOf(const std::filesystem::path& path)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        throw std::runtime_error("cannot stat " + path.string());
    return st.st_mode & 0777;
}

std::filesystem::path testData(const std::string& relative)
{
    return std::filesystem::path(ASKANYWAY_TEST_DATA) / relative;
}

} // namespace askanyway::test
