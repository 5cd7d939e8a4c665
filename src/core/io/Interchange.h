#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>

namespace askanyway::core {

class Clock;
class Database;

constexpr const char* kInterchangeFormat = "askanyway-journal";
constexpr int kInterchangeVersion = 1;

// The whole journal as an interchange v1 document. Entries are in a stable order (oldest
// first), so exporting the same journal twice differs only in `exported_at`.
nlohmann::json exportJournal(Database& db, const Clock& clock);
std::string exportJournalText(Database& db, const Clock& clock);

struct ImportCount
{
    int added = 0;
    int skipped = 0; // already in the journal (same id): re-importing adds nothing twice
};

struct ImportSummary
{
    ImportCount attempts;
    ImportCount thoughtRecords;
    ImportCount ladders;
    ImportCount programRuns;
    ImportCount challenges; // the user's own
    ImportCount restDays;
    bool pledgeAccepted = false; // the file's pledge was taken over
};

// Reads and checks the whole document first, then writes it in one transaction: all or
// nothing. Any problem throws ValidationError naming the entry and the field
// ("attempts[3].anxiety.peak: must be 0-10, got 12") and leaves the journal as it was.
ImportSummary importJournal(Database& db, const Clock& clock, std::string_view text);

} // namespace askanyway::core
