#include "program/Practice.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/Timestamp.h"
#include "ethics/AttemptGuard.h"
#include "ethics/Pledge.h"
#include "journal/AttemptRepository.h"
#include "journal/AttemptValidation.h"
#include "journal/ProgramRunRepository.h"
#include "journal/ThoughtRecordRepository.h"
#include "program/CustomChallengeRepository.h"
#include "program/RestDays.h"
#include "program/Streaks.h"
#include "progress/Stats.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace askanyway::core {

std::vector<Attempt> attemptsDuring(const ProgramRun& run, const std::vector<Attempt>& all)
{
    const auto start = parseTimestamp(run.startedAt);
    const auto end = run.endedAt ? parseTimestamp(*run.endedAt) : std::nullopt;
    std::vector<Attempt> out;
    for (const Attempt& a : all) {
        const auto at = parseTimestamp(a.at);
        if (at && start && at->epoch >= start->epoch && (!end || at->epoch < end->epoch))
            out.push_back(a);
    }
    return out;
}

ChallengeCatalog Practice::catalog() const
{
    return ChallengeCatalog::builtIn().withCustom(CustomChallengeRepository(m_db, m_clock).list());
}

Attempt Practice::resolve(Attempt a) const
{
    if (!a.challengeId)
        return a;
    const ChallengeCatalog library = catalog();
    const Challenge* c = library.find(*a.challengeId);
    if (!c)
        throw ValidationError("challenge_id", "no challenge has id \"" + a.challengeId->substr(0, 64) +
                                                  "\" (askanyway-cli challenges lists them)");
    a.difficulty = c->difficulty;
    a.category = c->category;
    if (a.title.empty())
        a.title = c->title;
    return a;
}

std::string Practice::logAttempt(Attempt attempt)
{
    attempt = resolve(std::move(attempt));
    validateAttempt(attempt); // a bad value is named before any rule is applied to it
    checkAttemptAllowed(m_db, m_clock, attempt);
    return AttemptRepository(m_db, m_clock).add(attempt);
}

void Practice::updateAttempt(Attempt attempt)
{
    attempt = resolve(std::move(attempt));
    validateAttempt(attempt);
    checkAttemptAllowed(m_db, m_clock, attempt);
    AttemptRepository(m_db, m_clock).update(attempt);
}

std::optional<DeletedAttempt> Practice::deleteAttempt(const std::string& id)
{
    DeletedAttempt deleted;
    auto linked = m_db.prepare("SELECT id FROM thought_records WHERE attempt_id = ? ORDER BY id");
    linked.bind(1, id);
    while (linked.step())
        deleted.thoughtRecordIds.push_back(linked.text(0));
    auto removed = AttemptRepository(m_db, m_clock).remove(id);
    if (!removed)
        return std::nullopt;
    deleted.attempt = std::move(*removed);
    return deleted;
}

void Practice::restoreAttempt(const DeletedAttempt& deleted)
{
    Transaction tx(m_db);
    AttemptRepository(m_db, m_clock).add(deleted.attempt);
    auto relink = m_db.prepare("UPDATE thought_records SET attempt_id = ? WHERE id = ? AND attempt_id IS NULL");
    for (const std::string& record : deleted.thoughtRecordIds) {
        relink.reset();
        relink.bind(1, deleted.attempt.id).bind(2, record).run();
    }
    tx.commit();
}

std::string Practice::addChallenge(Challenge challenge)
{
    return CustomChallengeRepository(m_db, m_clock).add(std::move(challenge), ChallengeCatalog::builtIn());
}

std::int64_t Practice::today_() const
{
    return *parseDate(localDate(m_clock.now()));
}

ProgramStatus Practice::statusOf(const ProgramRun& run, const std::vector<Attempt>& all) const
{
    return programStatus(run, attemptsDuring(run, all), today_());
}

ProgramRun Practice::startProgram()
{
    ProgramRunRepository runs(m_db, m_clock);
    if (auto active = activeStatus())
        runs.end(active->run.id, active->completed ? RunEnd::Completed : RunEnd::Restarted);
    return *runs.find(runs.add({}));
}

std::optional<ProgramStatus> Practice::activeStatus() const
{
    const auto run = ProgramRunRepository(m_db, m_clock).active();
    if (!run)
        return std::nullopt;
    return statusOf(*run, AttemptRepository(m_db, m_clock).summaries(parseTimestamp(run->startedAt)->epoch));
}

std::vector<ProgramStatus> Practice::history() const
{
    return history(AttemptRepository(m_db, m_clock).summaries());
}

std::vector<ProgramStatus> Practice::history(const std::vector<Attempt>& attempts) const
{
    std::vector<ProgramStatus> out;
    for (const ProgramRun& run : ProgramRunRepository(m_db, m_clock).list())
        out.push_back(statusOf(run, attempts));
    return out;
}

Progress Practice::progress() const
{
    const auto attempts = AttemptRepository(m_db, m_clock).summaries();
    Progress p;
    p.points = totalPoints(attempts);
    p.level = levelFor(p.points);
    const auto practice = practiceDays(m_db);
    const auto rest = restDays(m_db);
    p.currentStreak = currentStreak(practice, rest, today_());
    p.longestStreak = longestStreak(practice, rest);

    BadgeInputs in;
    for (const Attempt& a : attempts) {
        in.asks += countsAsAsked(a) ? 1 : 0;
        in.noSurvived += a.outcome == Outcome::No ? 1 : 0;
    }
    for (const ProgramStatus& run : history(attempts))
        in.completedRuns += run.completed ? 1 : 0;
    auto records = m_db.prepare("SELECT count(*) FROM thought_records");
    records.step();
    in.thoughtRecords = static_cast<int>(records.integer(0));
    in.longestStreak = p.longestStreak;
    p.badges = badges(in);
    return p;
}

TodayView Practice::today() const
{
    return today(progress());
}

TodayView Practice::today(const Progress& progress) const
{
    TodayView view;
    view.pledgeAccepted = pledgeAccepted();
    view.progress = progress;
    view.program = activeStatus();
    if (!view.program)
        return view;
    const ChallengeCatalog library = catalog();
    const DayStatus& day = view.program->days.at(static_cast<std::size_t>(view.program->currentDay - 1));
    for (const TaskState& task : day.tasks)
        if (const Challenge* c = library.find(task.challengeId))
            view.tasks.push_back({*c, task.done, task.attempts});
    const auto runAttempts = attemptsDuring(
        view.program->run, AttemptRepository(m_db, m_clock).summaries(parseTimestamp(view.program->run.startedAt)->epoch));
    view.suggestions = adaptiveSuggestions(*view.program, runAttempts, library, view.pledgeAccepted);
    return view;
}

bool Practice::markRestDay(const std::string& date)
{
    return RestDays(m_db).mark(date);
}

bool Practice::pledgeAccepted() const
{
    return Pledge(m_db, m_clock).accepted();
}

void Practice::acceptPledge()
{
    Pledge(m_db, m_clock).accept();
}

} // namespace askanyway::core
