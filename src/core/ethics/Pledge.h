#pragma once

#include <optional>
#include <string>
#include <vector>

namespace askanyway::core {

class Clock;
class Database;

// The practice pledge. Until it is accepted, challenges of difficulty 4 and 5 (the romantic and
// dating tiers) can be neither planned nor logged.
class Pledge
{
public:
    Pledge(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The promises, in order, as the app and the CLI show them.
    static const std::vector<std::string>& promises();

    bool accepted() const { return acceptedAt().has_value(); }
    std::optional<std::string> acceptedAt() const;
    // Records acceptance now (or at `when`, for import). Accepting again keeps the first time.
    void accept(const std::optional<std::string>& when = std::nullopt);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace askanyway::core
