#pragma once

#include <string>

namespace askanyway::core {

// A kind of ask, from the built-in library or the user's own.
struct Challenge
{
    std::string id;
    std::string title;
    std::string howTo;
    std::string category; // a Category id
    int difficulty = 1;   // 1-5
    bool custom = false;  // written by the user, stored in the journal

    friend bool operator==(const Challenge&, const Challenge&) = default;
};

struct Category
{
    std::string id;
    std::string name;
    bool romantic = false; // asks where a private nickname may be noted and the guard applies
    std::string description;
};

// Difficulties from this level up open only after the pledge is accepted.
constexpr int kPledgeDifficulty = 4;

// Throws ValidationError naming the field; `categories` are the ids a challenge may use.
void validateChallenge(const Challenge& challenge);

} // namespace askanyway::core
