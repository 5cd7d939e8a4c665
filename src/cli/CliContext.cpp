#include "CliContext.h"

#include "JournalLocation.h"
#include "common/Timestamp.h"

namespace askanyway::cli {

const core::Clock& CliContext::clock()
{
    if (!m_clock) {
        if (now.empty())
            m_clock = std::make_unique<core::SystemClock>();
        else
            m_clock = std::make_unique<core::FixedClock>(*core::parseTimestamp(now));
    }
    return *m_clock;
}

core::Journal& CliContext::journal()
{
    if (!m_journal) {
        const std::filesystem::path path =
            journalPath.empty() ? defaultJournalPath() : std::filesystem::path(journalPath);
        m_journal.emplace(core::Journal::open(path, clock()));
    }
    return *m_journal;
}

std::string checkTimestamp(const std::string& text)
{
    return core::parseTimestamp(text)
               ? std::string()
               : "must be a date and time with a UTC offset, like 2026-03-14T18:30:00+01:00";
}

std::string checkDate(const std::string& text)
{
    return core::parseDate(text) ? std::string() : "must be a date like 2026-03-14";
}

} // namespace askanyway::cli
