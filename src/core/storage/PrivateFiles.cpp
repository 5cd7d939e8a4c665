#include "storage/PrivateFiles.h"

#include "common/Error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace askanyway::core {
namespace fs = std::filesystem;

void ensurePrivateDirectory(const fs::path& dir)
{
    if (dir.empty())
        return;
    std::vector<fs::path> missing;
    for (fs::path p = dir; !p.empty() && !fs::exists(p); p = p.parent_path()) {
        missing.push_back(p);
        if (p == p.parent_path())
            break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), 0700) != 0 && errno != EEXIST)
            throw Error("cannot create folder " + it->string() + ": " + std::strerror(errno));
        // mkdir's mode is filtered by the umask; chmod is not.
        ::chmod(it->c_str(), 0700);
    }
}

bool createPrivateFile(const fs::path& file)
{
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return false;
        throw Error("cannot create " + file.string() + ": " + std::strerror(errno));
    }
    ::fchmod(fd, 0600);
    ::close(fd);
    return true;
}

} // namespace askanyway::core
