#include "journal/AttemptSearch.h"

#include "cbt/Reframes.h"

namespace askanyway::core {

bool matches(const Attempt& a, const AttemptSearch& s)
{
    if (s.plansOnly && !a.isPlan())
        return false;
    if (s.completedOnly && a.isPlan())
        return false;
    if (s.outcome && a.outcome != s.outcome)
        return false;
    if (s.category && a.category != s.category)
        return false;
    const std::string date = a.at.substr(0, 10);
    if ((s.fromDate && date < *s.fromDate) || (s.toDate && date > *s.toDate))
        return false;
    if (s.text.empty())
        return true;
    // The same forgiving comparison as reframe matching: case, apostrophes and punctuation aside.
    const std::string needle = normaliseForMatching(s.text);
    std::string haystack = a.title + " " + a.prediction.expectation + " " + a.prediction.worstOutcome + " " +
                           a.reflection.predicted + " " + a.reflection.happened + " " +
                           a.reflection.felt + " " + a.reflection.learned + " " + a.person.value_or("");
    for (const auto& tag : a.tags)
        haystack += " " + tag;
    return normaliseForMatching(haystack).find(needle) != std::string::npos;
}

std::vector<Attempt> searchAttempts(const std::vector<Attempt>& attempts, const AttemptSearch& s)
{
    std::vector<Attempt> out;
    for (const Attempt& a : attempts)
        if (matches(a, s))
            out.push_back(a);
    return out;
}

} // namespace askanyway::core
