#include "io/Interchange.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/Timestamp.h"
#include "io/InterchangeTypes.h"
#include "io/JsonReader.h"
#include "journal/AttemptRepository.h"
#include "journal/LadderRepository.h"
#include "journal/ProgramRunRepository.h"
#include "journal/ThoughtRecordRepository.h"
#include "ethics/Pledge.h"
#include "program/ChallengeCatalog.h"
#include "program/CustomChallengeRepository.h"
#include "program/RestDays.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace askanyway::core {
using nlohmann::json;
namespace {

template <typename T> json arrayOf(const std::vector<T>& items)
{
    json out = json::array();
    for (const T& item : items)
        out.push_back(toJson(item));
    return out;
}

struct Document
{
    std::vector<Attempt> attempts;
    std::vector<ThoughtRecord> thoughtRecords;
    std::vector<Ladder> ladders;
    std::vector<ProgramRun> programRuns;
    std::vector<Challenge> challenges;
    std::vector<std::string> restDays;
    std::optional<std::string> pledgeAcceptedAt;
};

// Ids must be unique within their kind across the file, or the import would depend on order.
class IdRegistry
{
public:
    void claim(const std::string& id, const std::string& where)
    {
        const auto [it, fresh] = m_seen.emplace(id, where);
        if (!fresh)
            throw ValidationError(where + ".id", "repeats the id of " + it->second);
    }
    bool contains(const std::string& id) const { return m_seen.count(id) > 0; }

private:
    std::map<std::string, std::string> m_seen;
};

Document readDocument(const json& root)
{
    if (!root.is_object())
        throw ValidationError("document", "must be a JSON object with \"format\": \"" +
                                              std::string(kInterchangeFormat) + "\"");
    const JsonReader top(root, "");
    if (top.string("format") != kInterchangeFormat)
        throw ValidationError("format", "must be \"" + std::string(kInterchangeFormat) +
                                            "\"; this is not an Ask Anyway export");
    const int version = top.integer("version", 1, 1'000'000);
    if (version > kInterchangeVersion)
        throw ValidationError("version", "must be 1, got " + std::to_string(version) +
                                             ": the file comes from a newer Ask Anyway");
    Document doc;
    IdRegistry ladders, steps, attempts, records, runs;
    for (const JsonReader& in : top.objects("ladders")) {
        doc.ladders.push_back(readLadder(in));
        ladders.claim(doc.ladders.back().id, in.path());
        for (std::size_t i = 0; i < doc.ladders.back().steps.size(); ++i)
            steps.claim(doc.ladders.back().steps[i].id, in.path() + ".steps[" + std::to_string(i) + "]");
    }
    for (const JsonReader& in : top.objects("program_runs")) {
        doc.programRuns.push_back(readProgramRun(in));
        runs.claim(doc.programRuns.back().id, in.path());
    }
    for (const JsonReader& in : top.objects("attempts")) {
        doc.attempts.push_back(readAttempt(in));
        attempts.claim(doc.attempts.back().id, in.path());
    }
    for (const JsonReader& in : top.objects("thought_records")) {
        doc.thoughtRecords.push_back(readThoughtRecord(in));
        records.claim(doc.thoughtRecords.back().id, in.path());
    }
    IdRegistry challenges;
    for (const JsonReader& in : top.objects("challenges")) {
        doc.challenges.push_back(readChallenge(in));
        challenges.claim(doc.challenges.back().id, in.path());
        if (!ChallengeCatalog::builtIn().category(doc.challenges.back().category))
            throw ValidationError(in.field("category"), "names no category of the challenge "
                                                        "library: \"" + doc.challenges.back().category + "\"");
    }
    doc.restDays = top.strings("rest_days");
    for (std::size_t i = 0; i < doc.restDays.size(); ++i)
        if (!parseDate(doc.restDays[i]))
            throw ValidationError("rest_days[" + std::to_string(i) + "]",
                                  "must be a date like 2026-03-14, got \"" + doc.restDays[i].substr(0, 40) + "\"");
    doc.pledgeAcceptedAt = top.nullableString("pledge_accepted_at");
    if (doc.pledgeAcceptedAt && !parseTimestamp(*doc.pledgeAcceptedAt))
        throw ValidationError("pledge_accepted_at", "must be a date and time in ISO 8601 with a UTC offset");
    return doc;
}

// Links must point at something that is in the file or already in the journal.
void checkLinks(const Document& doc, const LadderRepository& ladders,
                const AttemptRepository& attempts)
{
    std::set<std::string> stepIds, attemptIds;
    for (const Ladder& l : doc.ladders)
        for (const LadderStep& s : l.steps)
            stepIds.insert(s.id);
    for (const Attempt& a : doc.attempts)
        attemptIds.insert(a.id);
    for (std::size_t i = 0; i < doc.attempts.size(); ++i) {
        const auto& step = doc.attempts[i].stepId;
        if (step && !stepIds.count(*step) && !ladders.stepExists(*step))
            throw ValidationError("attempts[" + std::to_string(i) + "].step_id",
                                  "names a ladder step that is neither in the file nor in the "
                                  "journal: " + *step);
    }
    for (std::size_t i = 0; i < doc.thoughtRecords.size(); ++i) {
        const auto& attempt = doc.thoughtRecords[i].attemptId;
        if (attempt && !attemptIds.count(*attempt) && !attempts.exists(*attempt))
            throw ValidationError("thought_records[" + std::to_string(i) + "].attempt_id",
                                  "names an attempt that is neither in the file nor in the "
                                  "journal: " + *attempt);
    }
}

template <typename Repository, typename Item>
void addUnlessPresent(Repository& repo, const std::vector<Item>& items, ImportCount& count,
                      const char* kind)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (repo.exists(items[i].id)) {
            ++count.skipped;
            continue;
        }
        try {
            repo.add(items[i]);
        } catch (const ValidationError& e) {
            throw e.within(std::string(kind) + "[" + std::to_string(i) + "]");
        }
        ++count.added;
    }
}

} // namespace

json exportJournal(Database& db, const Clock& clock)
{
    return json{
        {"format", kInterchangeFormat},
        {"version", kInterchangeVersion},
        {"exported_at", formatTimestamp(clock.now())},
        {"attempts", arrayOf(AttemptRepository(db, clock).list())},
        {"thought_records", arrayOf(ThoughtRecordRepository(db, clock).list())},
        {"ladders", arrayOf(LadderRepository(db, clock).list())},
        {"program_runs", arrayOf(ProgramRunRepository(db, clock).list())},
        {"challenges", arrayOf(CustomChallengeRepository(db, clock).list())},
        {"rest_days", RestDays(db).list()},
        {"pledge_accepted_at", Pledge(db, clock).acceptedAt() ? json(*Pledge(db, clock).acceptedAt())
                                                              : json(nullptr)},
    };
}

std::string exportJournalText(Database& db, const Clock& clock)
{
    return exportJournal(db, clock).dump(2) + "\n";
}

ImportSummary importJournal(Database& db, const Clock& clock, std::string_view text)
{
    const Document doc = readDocument(parseImportDocument(text));
    AttemptRepository attempts(db, clock);
    ThoughtRecordRepository records(db, clock);
    LadderRepository ladders(db, clock);
    ProgramRunRepository runs(db, clock);
    checkLinks(doc, ladders, attempts);

    ImportSummary summary;
    Transaction tx(db);
    addUnlessPresent(ladders, doc.ladders, summary.ladders, "ladders");
    addUnlessPresent(runs, doc.programRuns, summary.programRuns, "program_runs");
    addUnlessPresent(attempts, doc.attempts, summary.attempts, "attempts");
    addUnlessPresent(records, doc.thoughtRecords, summary.thoughtRecords, "thought_records");
    CustomChallengeRepository challenges(db, clock);
    for (std::size_t i = 0; i < doc.challenges.size(); ++i) {
        if (challenges.exists(doc.challenges[i].id)) {
            ++summary.challenges.skipped;
            continue;
        }
        try {
            challenges.add(doc.challenges[i], ChallengeCatalog::builtIn());
        } catch (const ValidationError& e) {
            throw e.within("challenges[" + std::to_string(i) + "]");
        }
        ++summary.challenges.added;
    }
    RestDays rest(db);
    for (const std::string& day : doc.restDays)
        ++(rest.mark(day) ? summary.restDays.added : summary.restDays.skipped);
    Pledge pledge(db, clock);
    if (doc.pledgeAcceptedAt && !pledge.accepted()) {
        pledge.accept(doc.pledgeAcceptedAt);
        summary.pledgeAccepted = true;
    }
    tx.commit();
    return summary;
}

} // namespace askanyway::core
