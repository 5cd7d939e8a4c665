#pragma once

#include "pages/Page.h"

namespace askanyway::app {

// The seven days as a sequence: done, open today, or locked with the day they open.
class ProgramPage : public Page
{
    Q_OBJECT
public:
    explicit ProgramPage(JournalSession& session, QWidget* parent = nullptr);

    QString title() const override { return tr("Program"); }
    void reload() override;

    void startRun();
    void markRestDay();
};

} // namespace askanyway::app
