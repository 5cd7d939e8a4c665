#include "program/Adaptive.h"

#include "program/ChallengeCatalog.h"

#include <algorithm>
#include <set>

namespace askanyway::core {
namespace {

std::set<std::string> programTaskIds()
{
    std::set<std::string> ids;
    for (const ProgramDay& day : sevenDayProgram())
        ids.insert(day.challengeIds.begin(), day.challengeIds.end());
    return ids;
}

bool allowed(const Challenge& c, bool pledgeAccepted)
{
    return pledgeAccepted || c.difficulty < kPledgeDifficulty;
}

// Easier asks of the same kind, the closest in difficulty first. A task that is already as
// gentle as its kind gets falls back to the gentlest asks of all.
std::vector<Challenge> warmUpsFor(const Challenge& task, const ChallengeCatalog& catalog,
                                  bool pledgeAccepted)
{
    const auto tasks = programTaskIds();
    std::vector<Challenge> out;
    for (const Challenge& c : catalog.challenges())
        if (c.category == task.category && c.difficulty < task.difficulty && !tasks.count(c.id) &&
            allowed(c, pledgeAccepted))
            out.push_back(c);
    if (out.empty())
        for (const Challenge& c : catalog.challenges())
            if (c.difficulty == 1 && c.id != task.id && !tasks.count(c.id) &&
                !catalog.isRomantic(c.category))
                out.push_back(c);
    std::stable_sort(out.begin(), out.end(), [&](const Challenge& a, const Challenge& b) {
        if ((a.category == task.category) != (b.category == task.category))
            return a.category == task.category;
        return a.difficulty > b.difficulty;
    });
    if (out.size() > static_cast<std::size_t>(kMaxWarmUps))
        out.resize(kMaxWarmUps);
    return out;
}

const Attempt* latestFor(const std::vector<Attempt>& attempts, const std::string& challengeId)
{
    const Attempt* latest = nullptr;
    for (const Attempt& a : attempts)
        if (a.challengeId == challengeId)
            latest = &a;
    return latest;
}

void addWarmUps(const ProgramStatus& status, const std::vector<Attempt>& attempts,
                const ChallengeCatalog& catalog, bool pledgeAccepted, std::vector<Suggestion>& out)
{
    const DayStatus& day = status.days.at(static_cast<std::size_t>(status.currentDay - 1));
    if (day.state != DayState::Open)
        return;
    for (const TaskState& task : day.tasks) {
        const Challenge* challenge = catalog.find(task.challengeId);
        const Attempt* last = latestFor(attempts, task.challengeId);
        if (task.done || !challenge || !last)
            continue;
        const int rating = std::max(last->prediction.anxiety, last->anxiety.peak.value_or(0));
        if (rating < kWarmUpAt)
            continue;
        for (const Challenge& c : warmUpsFor(*challenge, catalog, pledgeAccepted))
            out.push_back({c, SuggestionKind::WarmUp, challenge->id, rating,
                           "warm-up before \"" + challenge->title + "\", which you rated " +
                               std::to_string(rating) + "/10: start smaller and build up"});
    }
}

void addStretch(const ProgramStatus& status, const std::vector<Attempt>& attempts,
                const ChallengeCatalog& catalog, bool pledgeAccepted, std::vector<Suggestion>& out)
{
    if (status.completed)
        return;
    const DayStatus* last = nullptr;
    for (const DayStatus& day : status.days)
        if (day.state == DayState::Done)
            last = &day;
    if (!last)
        return;
    int peak = -1;
    const Challenge* hardest = nullptr;
    for (const TaskState& task : last->tasks) {
        for (const Attempt& a : attempts) {
            if (a.challengeId != task.challengeId || !countsAsAsked(a))
                continue;
            if (!a.anxiety.peak)
                return; // without every peak we cannot say the day was easy
            peak = std::max(peak, *a.anxiety.peak);
        }
        const Challenge* c = catalog.find(task.challengeId);
        if (c && (!hardest || c->difficulty > hardest->difficulty))
            hardest = c;
    }
    if (peak < 0 || peak > kStretchAt || !hardest || hardest->difficulty >= 5)
        return;
    const int target = hardest->difficulty + 1;
    const auto tasks = programTaskIds();
    const Challenge* pick = nullptr;
    for (const Challenge& c : catalog.challenges()) {
        if (c.difficulty != target || tasks.count(c.id) || !allowed(c, pledgeAccepted))
            continue;
        if (c.category == hardest->category) {
            pick = &c;
            break;
        }
        if (!pick && !catalog.isRomantic(c.category))
            pick = &c;
    }
    if (pick)
        out.push_back({*pick, SuggestionKind::Stretch, hardest->id, peak,
                       "stretch: every ask of day " + std::to_string(last->number) +
                           " peaked at " + std::to_string(peak) +
                           "/10 or less, so one level up is within reach"});
}

} // namespace

std::string_view toString(SuggestionKind kind)
{
    return kind == SuggestionKind::WarmUp ? "warm-up" : "stretch";
}

std::vector<Suggestion> adaptiveSuggestions(const ProgramStatus& status,
                                            const std::vector<Attempt>& runAttempts,
                                            const ChallengeCatalog& catalog, bool pledgeAccepted)
{
    std::vector<Suggestion> out;
    addWarmUps(status, runAttempts, catalog, pledgeAccepted, out);
    addStretch(status, runAttempts, catalog, pledgeAccepted, out);
    return out;
}

} // namespace askanyway::core
