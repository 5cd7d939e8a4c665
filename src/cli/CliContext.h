#pragma once

#include "common/Clock.h"
#include "storage/Journal.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace askanyway::cli {

// What every command shares: where the journal is, what time it is, and the journal itself,
// opened on first use so that `--help` never touches a file.
class CliContext
{
public:
    std::string journalPath; // empty: the app's default journal
    std::string now;         // empty: the system clock

    const core::Clock& clock();
    core::Journal& journal();
    core::Database& db() { return journal().database(); }

private:
    std::unique_ptr<core::Clock> m_clock;
    std::optional<core::Journal> m_journal;
};

// Validators for CLI11 options whose text must parse: a bad one is a usage error (exit 2).
std::string checkTimestamp(const std::string& text);
std::string checkDate(const std::string& text);

} // namespace askanyway::cli
