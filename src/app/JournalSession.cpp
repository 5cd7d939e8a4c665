#include "JournalSession.h"

#include "common/Error.h"
#include "storage/Backup.h"

namespace askanyway::app {

JournalSession::JournalSession(const std::filesystem::path& path, std::unique_ptr<core::Clock> clock,
                               QObject* parent)
    : QObject(parent), m_clock(std::move(clock)), m_journal(core::Journal::open(path, *m_clock))
{
    // The daily rotating backup. A failure here must not keep the user from their journal.
    try {
        core::dailyBackup(m_journal.database(), m_journal.path(), core::localDate(m_clock->now()));
    } catch (const core::Error& e) {
        qWarning("Ask Anyway: today's backup was not written: %s", e.what());
    }
}

const core::Progress& JournalSession::progress()
{
    const std::string today = core::localDate(m_clock->now());
    if (!m_progress || m_progressDay != today) {
        m_progress = practice().progress();
        m_progressDay = today;
    }
    return *m_progress;
}

} // namespace askanyway::app
