#include "io/AtomicFile.h"

#include "common/Error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace askanyway::core {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void failWith(const fs::path& path, const std::string& what)
{
    throw Error("cannot write " + path.string() + ": " + what + " (" + std::strerror(errno) + ")");
}

} // namespace

void writeFileAtomically(const fs::path& path, std::string_view content)
{
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::string tmp = (folder / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0)
        failWith(path, "no temporary file");
    ::fchmod(fd, 0600);
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            ::unlink(tmp.c_str());
            failWith(path, "write failed");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(tmp.c_str());
        failWith(path, "flush failed");
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        ::unlink(tmp.c_str());
        failWith(path, "rename failed");
    }
    // Make the rename itself durable.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

} // namespace askanyway::core
