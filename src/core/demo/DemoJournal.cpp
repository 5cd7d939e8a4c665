#include "demo/DemoJournal.h"

#include "common/Clock.h"
#include "ethics/Pledge.h"
#include "journal/LadderRepository.h"
#include "journal/ProgramRunRepository.h"
#include "journal/ThoughtRecordRepository.h"
#include "program/Practice.h"
#include "program/RestDays.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <array>
#include <random>

namespace askanyway::core {
namespace {

class Calendar
{
public:
    explicit Calendar(const Timestamp& now)
        : m_now(now), m_midnight(now.epoch - ((now.epoch + now.offsetMinutes * 60) % 86400 + 86400) % 86400)
    {
    }
    // `daysAgo` days before today at hh:mm local, as stored text.
    std::string at(int daysAgo, int hour, int minute = 0) const
    {
        return formatTimestamp({m_midnight - daysAgo * 86400LL + hour * 3600 + minute * 60, m_now.offsetMinutes});
    }
    std::string date(int daysAgo) const { return at(daysAgo, 12).substr(0, 10); }

private:
    Timestamp m_now;
    std::int64_t m_midnight;
};

const std::array<const char*, 8> kLearned = {
    "The no took two seconds. The dread before it took all morning.",
    "They were kind about it. Nobody in the queue even looked up.",
    "My voice shook at first and then it didn't.",
    "Asking felt bigger in my head than it was in the room.",
    "A yes surprised me more than a no would have.",
    "I said thank you and meant it. That was the whole thing.",
    "I noticed I was rehearsing excuses. I didn't need any.",
    "Being turned down was awkward for a moment, not for the day.",
};

const std::array<const char*, 4> kHappened = {
    "A friendly answer and a smile.", "A polite no, quickly.", "They thought about it and said partly.",
    "Short and ordinary, nothing like the film in my head."};

struct Builder
{
    Database& db;
    const Clock& clock;
    Practice practice;
    Calendar cal;
    std::mt19937 random{20260304};

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); }

    // One ask: anxiety eases as the month goes on, and the forecast runs ahead of the feeling.
    std::string ask(const std::string& challenge, int daysAgo, int hour, Outcome outcome,
                    const std::optional<std::string>& person = std::nullopt,
                    const std::optional<std::string>& step = std::nullopt)
    {
        const int ease = (30 - daysAgo) / 8; // 0 early in the month, 3 at its end
        Attempt a;
        a.challengeId = challenge;
        a.stepId = step;
        a.at = cal.at(daysAgo, hour, between(0, 59));
        a.outcome = outcome;
        a.person = person;
        a.prediction.noLikelihood = std::clamp(between(55, 90) - ease * 8, 10, 95);
        a.prediction.anxiety = std::clamp(between(6, 9) - ease, 2, 10);
        a.prediction.expectation = "They'll look at me like I'm strange.";
        a.prediction.worstOutcome = "An awkward silence, and everyone noticing.";
        if (outcome != Outcome::Avoided) {
            const int peak = std::clamp(a.prediction.anxiety - between(1, 3), 1, 10);
            a.anxiety = {std::max(0, peak - 1), peak, std::max(0, peak - 4)};
            a.recoveryMinutes = std::max(2, between(20, 45) - ease * 9);
            a.reflection.predicted = a.prediction.expectation;
            a.reflection.happened = kHappened[static_cast<std::size_t>(between(0, 3))];
            a.reflection.felt = "Tense before, a spike while asking, lighter within minutes.";
            a.reflection.learned = kLearned[static_cast<std::size_t>(between(0, 7))];
        } else {
            a.anxiety.before = a.prediction.anxiety;
            a.reflection.learned = "I noticed the moment I backed off. Next time, a smaller ask first.";
        }
        if (outcome == Outcome::No)
            a.acceptedGracefully = between(0, 4) != 0;
        a.tags = {daysAgo % 2 ? "café" : "street"};
        return practice.logAttempt(a);
    }

    void programDay(int day, int daysAgo, const std::array<Outcome, 3>& outcomes,
                    const std::array<std::optional<std::string>, 3>& people = {})
    {
        const auto& ids = sevenDayProgram()[static_cast<std::size_t>(day - 1)].challengeIds;
        for (std::size_t i = 0; i < ids.size(); ++i)
            ask(ids[i], daysAgo, 10 + 3 * static_cast<int>(i), outcomes[i], people[i]);
    }
};

} // namespace

void fillDemoJournal(Database& db, const Clock& clock)
{
    Builder b{db, clock, Practice(db, clock), Calendar(clock.now())};
    const auto Y = Outcome::Yes, N = Outcome::No, P = Outcome::Partial, A = Outcome::Avoided;
    Transaction tx(db);

    Pledge(db, clock).accept(b.cal.at(30, 9));
    ProgramRunRepository runs(db, clock);

    // Run 1: a hesitant start, restarted on its third day.
    runs.add({"", b.cal.at(29, 8), b.cal.at(26, 8), RunEnd::Restarted});
    b.programDay(1, 29, {Y, A, N});
    b.ask("discount-coffee", 28, 11, N);
    b.ask("favour-recommendation", 27, 12, Y);

    // Run 2: all seven days, with a rest day in the middle.
    runs.add({"", b.cal.at(26, 8), b.cal.at(5, 8), RunEnd::Completed});
    b.programDay(1, 26, {Y, N, P});
    b.programDay(2, 25, {P, N, Y});
    RestDays(db).mark(b.cal.date(24));
    b.programDay(3, 23, {Y, Y, N});
    b.programDay(4, 22, {N, Y, P});
    b.programDay(5, 21, {Y, P, Y});
    b.programDay(6, 19, {P, Y, N});
    b.programDay(7, 17, {Y, N, P}, {std::nullopt, std::string("Yellow raincoat"), std::nullopt});

    // A fear ladder of the user's own, with a step climbed to "ready".
    LadderRepository ladders(db, clock);
    const auto ladderId = ladders.add({"", "Cafés and shops", b.cal.at(20, 20),
                                       {{"", "Ask for the wifi password", 2},
                                        {"", "Ask the barista what they recommend", 4},
                                        {"", "Ask for 10 % off", 6},
                                        {"", "Ask to swap a dish on the menu", 7},
                                        {"", "Ask a stranger at the next table about their book", 8}}});
    const auto ladder = *ladders.find(ladderId);
    b.ask("favour-pen", 16, 10, Y, std::nullopt, ladder.steps[1].id);
    b.ask("opinion-menu", 14, 9, Y, std::nullopt, ladder.steps[1].id);
    b.ask("opinion-menu", 12, 9, P, std::nullopt, ladder.steps[1].id);
    b.ask("discount-student", 11, 15, N, std::nullopt, ladder.steps[2].id);
    b.ask("discount-student", 9, 15, Y, std::nullopt, ladder.steps[2].id);
    RestDays(db).mark(b.cal.date(8));
    b.ask("service-off-menu", 7, 13, A, std::nullopt, ladder.steps[3].id);
    b.ask("service-off-menu", 6, 13, Y, std::nullopt, ladder.steps[3].id);

    // Run 3: under way. Days 1-3 done; day 4 open today, one ask planned.
    runs.add({"", b.cal.at(4, 7), std::nullopt, std::nullopt});
    b.programDay(1, 3, {Y, N, Y});
    b.programDay(2, 2, {N, P, Y});
    b.programDay(3, 1, {Y, N, P});
    Attempt plan;
    plan.challengeId = "compliment-style-shop";
    // No time given: the plan is saved "now", whatever the hour.
    plan.prediction = {"A confused look", 60, 8, "They think I'm being weird"};
    b.practice.logAttempt(plan);

    // Thought records, one of them after the hardest no of the month.
    ThoughtRecordRepository records(db, clock);
    ThoughtRecord r;
    r.at = b.cal.at(17, 21);
    r.situation = "Asked for a number after a long chat at the gallery. A kind no.";
    r.automaticThought = "Nobody will ever want me.";
    r.belief = 80;
    r.emotions = {{"sadness", 70, 35}, {"shame", 60, 20}};
    r.distortions = {"overgeneralising", "labelling"};
    r.evidenceFor = "She said no.";
    r.evidenceAgainst = "We talked for forty minutes and she laughed a lot. Two people said yes this week.";
    r.balancedThought = "One person said no on one evening. That is an answer about that evening.";
    r.balancedBelief = 65;
    records.add(r);
    r.at = b.cal.at(28, 20);
    r.situation = "Walked past the coffee shop instead of asking for the discount.";
    r.automaticThought = "Everyone will think I'm cheap and it will be so embarrassing.";
    r.belief = 75;
    r.emotions = {{"anxiety", 80, 40}};
    r.distortions = {"spotlight-effect", "fortune-telling"};
    r.evidenceFor = "Asking for money off is unusual.";
    r.evidenceAgainst = "Shops hear it all the time. The barista would forget in a minute.";
    r.balancedThought = "It might feel awkward for a moment; it is not a verdict on me.";
    r.balancedBelief = 70;
    records.add(r);

    tx.commit();
}

} // namespace askanyway::core
