#pragma once

#include "program/Challenge.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace askanyway::core {

struct ChallengeFilter
{
    std::optional<int> difficulty;
    std::optional<std::string> category;
};

// The library of challenges: the built-in set shipped in resources/challenges.json (compiled
// in, so the app and the CLI read the very same file) plus the user's own.
class ChallengeCatalog
{
public:
    // Parses a catalog document. A malformed one throws ValidationError naming the entry and
    // field ("challenges[12].difficulty: must be 1-5, got 7").
    static ChallengeCatalog fromJson(std::string_view text);
    // The shipped library.
    static const ChallengeCatalog& builtIn();

    // Adds the user's challenges (ids must not clash with the library's).
    ChallengeCatalog withCustom(const std::vector<Challenge>& custom) const;

    const std::vector<Challenge>& challenges() const { return m_challenges; }
    const std::vector<Category>& categories() const { return m_categories; }
    const Challenge* find(std::string_view id) const;
    const Category* category(std::string_view id) const;
    bool isRomantic(std::string_view categoryId) const;
    std::vector<Challenge> filter(const ChallengeFilter& filter) const;

private:
    std::vector<Category> m_categories;
    std::vector<Challenge> m_challenges;
};

} // namespace askanyway::core
