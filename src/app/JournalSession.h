#pragma once

#include "common/Clock.h"
#include "program/Practice.h"
#include "storage/Journal.h"

#include <QObject>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace askanyway::app {

// The open journal and the clock the window works with, owned in one place and handed to the
// pages, so nothing in the GUI opens a database or asks the time on its own. Whoever writes
// to the journal calls notifyChanged(); every page listening redraws from the core.
class JournalSession : public QObject
{
    Q_OBJECT
public:
    JournalSession(const std::filesystem::path& path, std::unique_ptr<core::Clock> clock,
                   QObject* parent = nullptr);

    core::Database& db() { return m_journal.database(); }
    const core::Clock& clock() const { return *m_clock; }
    const std::filesystem::path& path() const { return m_journal.path(); }
    core::Practice practice() { return core::Practice(db(), clock()); }

    // Points, level, streak and badges, computed once per change of the journal (and of day):
    // the sidebar, Today and Achievements all show them.
    const core::Progress& progress();

    void notifyChanged()
    {
        m_progress.reset();
        emit changed();
    }

signals:
    void changed();

private:
    std::unique_ptr<core::Clock> m_clock;
    core::Journal m_journal;
    std::optional<core::Progress> m_progress;
    std::string m_progressDay;
};

} // namespace askanyway::app
