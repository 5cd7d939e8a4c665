#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace askanyway::core {

class Clock;
class Database;

// One CSV field as RFC 4180 wants it: quoted when it holds a comma, a quote, CR or LF, with
// quotes doubled.
std::string csvField(std::string_view value);
std::string csvRow(const std::vector<std::string>& fields); // ends with CRLF

// Every attempt, oldest first, one row each with a header row; tags joined by "; ".
std::string exportAttemptsCsv(Database& db, const Clock& clock);
// Every thought record, oldest first; emotions as "name intensity→rerated" joined by "; ".
std::string exportThoughtRecordsCsv(Database& db, const Clock& clock);

} // namespace askanyway::core
