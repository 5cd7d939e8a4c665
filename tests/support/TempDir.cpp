#include "TempDir.h"

#include <stdexcept>
#include <stdlib.h>
#include <string>

namespace askanyway::test {

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "askanyway-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

} // namespace askanyway::test
