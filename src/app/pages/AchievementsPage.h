#pragma once

#include "pages/Page.h"

namespace askanyway::app {

// Points, level and the way to the next, the streak, and every badge — earned, and still to earn.
class AchievementsPage : public Page
{
    Q_OBJECT
public:
    explicit AchievementsPage(JournalSession& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Achievements"); }
    void reload() override;
};

} // namespace askanyway::app
