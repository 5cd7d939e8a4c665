#pragma once

#include "common/Clock.h"
#include "storage/Journal.h"

#include <filesystem>
#include <memory>

namespace askanyway::app {

// The open journal and the clock the window works with, owned in one place and handed to the
// pages, so nothing in the GUI opens a database or asks the time on its own.
class JournalSession
{
public:
    JournalSession(const std::filesystem::path& path, std::unique_ptr<core::Clock> clock);

    core::Database& db() { return m_journal.database(); }
    const core::Clock& clock() const { return *m_clock; }
    const std::filesystem::path& path() const { return m_journal.path(); }

private:
    std::unique_ptr<core::Clock> m_clock;
    core::Journal m_journal;
};

} // namespace askanyway::app
