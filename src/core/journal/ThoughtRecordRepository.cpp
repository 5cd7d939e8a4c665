#include "journal/ThoughtRecordRepository.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace askanyway::core {
namespace {

const char* const kSelect =
    "SELECT id, at, attempt_id, situation, automatic_thought, belief, evidence_for, "
    "evidence_against, balanced_thought, balanced_belief FROM thought_records ";

ThoughtRecord readRecord(Database& db, const Statement& st)
{
    ThoughtRecord r;
    r.id = st.text(0);
    r.at = st.text(1);
    r.attemptId = st.optionalText(2);
    r.situation = st.text(3);
    r.automaticThought = st.text(4);
    r.belief = static_cast<int>(st.integer(5));
    r.evidenceFor = st.text(6);
    r.evidenceAgainst = st.text(7);
    r.balancedThought = st.text(8);
    r.balancedBelief = st.optionalInt(9);

    auto emotions = db.prepare("SELECT name, intensity, rerated FROM thought_emotions "
                               "WHERE record_id = ? ORDER BY position");
    emotions.bind(1, r.id);
    while (emotions.step())
        r.emotions.push_back(
            {emotions.text(0), static_cast<int>(emotions.integer(1)), emotions.optionalInt(2)});
    auto distortions = db.prepare(
        "SELECT name FROM thought_distortions WHERE record_id = ? ORDER BY position");
    distortions.bind(1, r.id);
    while (distortions.step())
        r.distortions.push_back(distortions.text(0));
    return r;
}

} // namespace

std::string ThoughtRecordRepository::add(ThoughtRecord r)
{
    validateThoughtRecord(r);
    if (r.id.empty())
        r.id = newUuid();
    const Timestamp when = r.at.empty() ? m_clock.now() : *parseTimestamp(r.at);
    if (exists(r.id))
        throw ValidationError("id", "a thought record with id " + r.id + " is already stored");
    if (r.attemptId) {
        auto check = m_db.prepare("SELECT 1 FROM attempts WHERE id = ?");
        check.bind(1, *r.attemptId);
        if (!check.step())
            throw ValidationError("attempt_id", "no attempt has id " + *r.attemptId);
    }

    Transaction tx(m_db);
    auto st = m_db.prepare(
        "INSERT INTO thought_records (id, at, at_epoch, attempt_id, situation, automatic_thought, "
        "belief, evidence_for, evidence_against, balanced_thought, balanced_belief) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    st.bind(1, r.id).bind(2, formatTimestamp(when)).bind(3, when.epoch).bind(4, r.attemptId);
    st.bind(5, r.situation).bind(6, r.automaticThought).bind(7, r.belief);
    st.bind(8, r.evidenceFor).bind(9, r.evidenceAgainst).bind(10, r.balancedThought);
    st.bind(11, r.balancedBelief).run();

    auto emotion = m_db.prepare("INSERT INTO thought_emotions (record_id, position, name, "
                                "intensity, rerated) VALUES (?,?,?,?,?)");
    for (std::size_t i = 0; i < r.emotions.size(); ++i) {
        emotion.reset();
        emotion.bind(1, r.id).bind(2, static_cast<std::int64_t>(i)).bind(3, r.emotions[i].name);
        emotion.bind(4, r.emotions[i].intensity).bind(5, r.emotions[i].rerated).run();
    }
    auto distortion = m_db.prepare(
        "INSERT INTO thought_distortions (record_id, position, name) VALUES (?,?,?)");
    for (std::size_t i = 0; i < r.distortions.size(); ++i) {
        distortion.reset();
        distortion.bind(1, r.id).bind(2, static_cast<std::int64_t>(i)).bind(3, r.distortions[i]);
        distortion.run();
    }
    tx.commit();
    return r.id;
}

void ThoughtRecordRepository::update(const ThoughtRecord& r)
{
    validateThoughtRecord(r);
    const auto existing = find(r.id);
    if (r.id.empty() || !existing)
        throw ValidationError("id", "no stored thought record has id \"" + r.id + "\"");
    ThoughtRecord replacement = r;
    if (replacement.at.empty())
        replacement.at = existing->at;
    Transaction tx(m_db);
    remove(r.id); // a nested transaction: the record and its rows go, then come back as edited
    add(replacement);
    tx.commit();
}

std::optional<ThoughtRecord> ThoughtRecordRepository::find(const std::string& id) const
{
    auto st = m_db.prepare(std::string(kSelect) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRecord(m_db, st);
}

bool ThoughtRecordRepository::exists(const std::string& id) const
{
    auto st = m_db.prepare("SELECT 1 FROM thought_records WHERE id = ?");
    st.bind(1, id);
    return st.step();
}

std::vector<ThoughtRecord> ThoughtRecordRepository::list() const
{
    auto st = m_db.prepare(std::string(kSelect) + "ORDER BY at_epoch, rowid");
    std::vector<ThoughtRecord> out;
    while (st.step())
        out.push_back(readRecord(m_db, st));
    return out;
}

bool ThoughtRecordRepository::remove(const std::string& id)
{
    Transaction tx(m_db);
    auto st = m_db.prepare("DELETE FROM thought_records WHERE id = ?");
    st.bind(1, id).run();
    const bool removed = m_db.changes() > 0;
    tx.commit();
    return removed;
}

} // namespace askanyway::core
