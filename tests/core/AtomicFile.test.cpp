#include "common/Error.h"
#include "io/AtomicFile.h"

#include "Files.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace askanyway::core;
using namespace askanyway::test;
namespace fs = std::filesystem;

TEST_CASE("an atomic write replaces the file whole, private, with no leftovers", "[io]")
{
    TempDir dir;
    const auto file = dir / "export.json";
    const mode_t old = ::umask(022);
    writeFileAtomically(file, "first");
    writeFileAtomically(file, "second, longer");
    ::umask(old);
    CHECK(readBytes(file) == "second, longer");
    CHECK(modeOf(file) == 0600);
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path()))
        ++entries;
    CHECK(entries == 1);
}

TEST_CASE("an atomic write into a missing folder fails clearly and leaves nothing", "[io]")
{
    TempDir dir;
    CHECK_THROWS_AS(writeFileAtomically(dir / "missing/export.json", "x"), Error);
    CHECK(fs::is_empty(dir.path()));
}
