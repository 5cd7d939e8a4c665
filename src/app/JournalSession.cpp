#include "JournalSession.h"

namespace askanyway::app {

JournalSession::JournalSession(const std::filesystem::path& path, std::unique_ptr<core::Clock> clock,
                               QObject* parent)
    : QObject(parent), m_clock(std::move(clock)), m_journal(core::Journal::open(path, *m_clock))
{
}

} // namespace askanyway::app
