#pragma once

#include "pages/Page.h"
#include "program/Practice.h"

namespace askanyway::app {

// The morning and evening check-in: today's program day, its tasks, the engine's offers, the
// forecast that was wrong last time, and one clear way to start.
class TodayPage : public Page
{
    Q_OBJECT
public:
    explicit TodayPage(JournalSession& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Today"); }
    void reload() override;

signals:
    void pledgeRequested();

private:
    void addNoProgram(bool pledgeAccepted);
    void addTasks(const core::TodayView& view);
};

} // namespace askanyway::app
