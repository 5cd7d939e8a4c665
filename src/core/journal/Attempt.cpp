#include "journal/Attempt.h"

namespace askanyway::core {

std::string_view toString(Outcome outcome)
{
    switch (outcome) {
    case Outcome::No:
        return "no";
    case Outcome::Yes:
        return "yes";
    case Outcome::Partial:
        return "partial";
    case Outcome::Avoided:
        return "avoided";
    }
    return "no";
}

std::optional<Outcome> parseOutcome(std::string_view text)
{
    for (Outcome o : {Outcome::No, Outcome::Yes, Outcome::Partial, Outcome::Avoided})
        if (toString(o) == text)
            return o;
    return std::nullopt;
}

} // namespace askanyway::core
