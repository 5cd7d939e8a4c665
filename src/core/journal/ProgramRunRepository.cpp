#include "journal/ProgramRunRepository.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace askanyway::core {
namespace {

const char* const kSelect = "SELECT id, started_at, ended_at, end_reason FROM program_runs ";

ProgramRun readRun(const Statement& st)
{
    ProgramRun run{st.text(0), st.text(1), st.optionalText(2), std::nullopt};
    if (auto reason = st.optionalText(3))
        run.endReason = parseRunEnd(*reason);
    return run;
}

} // namespace

std::string ProgramRunRepository::add(ProgramRun run)
{
    validateProgramRun(run);
    if (run.id.empty())
        run.id = newUuid();
    if (run.startedAt.empty())
        run.startedAt = formatTimestamp(m_clock.now());
    if (exists(run.id))
        throw ValidationError("id", "a program run with id " + run.id + " is already stored");
    Transaction tx(m_db);
    auto st = m_db.prepare(
        "INSERT INTO program_runs (id, started_at, ended_at, end_reason) VALUES (?,?,?,?)");
    st.bind(1, run.id).bind(2, formatTimestamp(*parseTimestamp(run.startedAt)));
    st.bind(3, run.endedAt ? std::optional(formatTimestamp(*parseTimestamp(*run.endedAt)))
                           : std::nullopt);
    if (run.endReason)
        st.bind(4, toString(*run.endReason));
    else
        st.bindNull(4);
    st.run();
    tx.commit();
    return run.id;
}

void ProgramRunRepository::end(const std::string& id, RunEnd reason)
{
    Transaction tx(m_db);
    auto st = m_db.prepare("UPDATE program_runs SET ended_at = ?, end_reason = ? "
                           "WHERE id = ? AND ended_at IS NULL");
    st.bind(1, formatTimestamp(m_clock.now())).bind(2, toString(reason)).bind(3, id).run();
    if (m_db.changes() == 0)
        throw ValidationError("id", "no running program has id \"" + id + "\"");
    tx.commit();
}

std::optional<ProgramRun> ProgramRunRepository::find(const std::string& id) const
{
    auto st = m_db.prepare(std::string(kSelect) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRun(st);
}

std::optional<ProgramRun> ProgramRunRepository::active() const
{
    auto st = m_db.prepare(std::string(kSelect) +
                           "WHERE ended_at IS NULL ORDER BY started_at DESC, id LIMIT 1");
    if (!st.step())
        return std::nullopt;
    return readRun(st);
}

bool ProgramRunRepository::exists(const std::string& id) const
{
    return find(id).has_value();
}

std::vector<ProgramRun> ProgramRunRepository::list() const
{
    auto st = m_db.prepare(std::string(kSelect) + "ORDER BY started_at, id");
    std::vector<ProgramRun> out;
    while (st.step())
        out.push_back(readRun(st));
    return out;
}

} // namespace askanyway::core
