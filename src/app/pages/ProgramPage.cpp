#include "pages/ProgramPage.h"

#include "AppStyle.h"
#include "JournalSession.h"
#include "common/Error.h"

#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace askanyway::app {
namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString shortDate(const std::optional<std::string>& iso)
{
    return iso ? QLocale().toString(QDate::fromString(qs(*iso), Qt::ISODate), QStringLiteral("ddd d MMM")) : QString();
}

} // namespace

ProgramPage::ProgramPage(JournalSession& session, QWidget* parent) : Page(session, parent)
{
    requestReload();
}

void ProgramPage::startRun()
{
    const auto active = session().practice().activeStatus();
    if (active && !active->completed &&
        QMessageBox::question(this, tr("Restart the challenge?"),
                              tr("You are on day %1. Restarting begins again at day 1; this run and "
                                 "everything you logged stay in your history.")
                                  .arg(active->currentDay),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    session().practice().startProgram();
    session().notifyChanged();
}

void ProgramPage::markRestDay()
{
    const std::string today = core::localDate(session().clock().now());
    session().practice().markRestDay(today);
    session().notifyChanged();
}

void ProgramPage::reload()
{
    style::clearLayout(column());
    core::Practice practice = session().practice();
    const auto status = practice.activeStatus();
    const auto catalog = practice.catalog();
    column()->addWidget(style::pageTitle(tr("The 7-day challenge"), this));
    column()->addWidget(style::secondary(
        tr("Two days of everyday asks, two of compliments and light social asks, two of friendly "
           "contact with no ask attached, then a day of dating asks. A day is done when each of its "
           "asks was tried — whatever the answer. The next day opens the day after."),
        this));

    auto* buttons = new QHBoxLayout;
    auto* start = status ? new QPushButton(tr("Restart from day 1"), this)
                         : style::primaryButton(tr("Start the 7-day challenge"), this);
    connect(start, &QPushButton::clicked, this, &ProgramPage::startRun);
    buttons->addWidget(start);
    auto* rest = new QPushButton(tr("Mark today as a rest day"), this);
    rest->setToolTip(tr("A rest day keeps your streak alive without practice."));
    connect(rest, &QPushButton::clicked, this, &ProgramPage::markRestDay);
    buttons->addWidget(rest);
    buttons->addStretch();
    column()->addLayout(buttons);

    if (!status) {
        column()->addWidget(style::secondary(tr("No run yet. When you start, day 1 opens today."), this));
        column()->addStretch();
        return;
    }

    auto* grid = new QGridLayout;
    grid->setSpacing(style::kBetween);
    for (const core::DayStatus& day : status->days) {
        const bool today = day.state == core::DayState::Open;
        auto* frame = style::card(this, today);
        if (day.state == core::DayState::Locked)
            frame->setProperty("muted", true);
        auto* layout = new QVBoxLayout(frame);
        layout->setContentsMargins(style::kBetween, style::kBetween, style::kBetween, style::kBetween);
        layout->setSpacing(style::kTight);
        QString state;
        if (day.state == core::DayState::Done)
            state = tr("✓ Done %1").arg(shortDate(day.doneOn));
        else if (today)
            state = tr("Open today");
        else if (day.opensOn)
            state = tr("Locked · opens %1").arg(shortDate(day.opensOn));
        else
            state = tr("Locked · opens the day after day %1").arg(day.number - 1);
        layout->addWidget(style::sectionTitle(tr("Day %1").arg(day.number), frame));
        layout->addWidget(style::secondary(qs(day.tier), frame));
        auto* stateLabel = new QLabel(state, frame);
        if (today) {
            QFont f = stateLabel->font();
            f.setBold(true);
            stateLabel->setFont(f);
        }
        layout->addWidget(stateLabel);
        for (const core::TaskState& task : day.tasks) {
            const core::Challenge* c = catalog.find(task.challengeId);
            auto* line = new QLabel(QStringLiteral("%1 %2%3")
                                        .arg(task.done ? QStringLiteral("✓") : QStringLiteral("○"),
                                             c ? qs(c->title) : qs(task.challengeId),
                                             task.attempts == 1 ? tr(" · 1 attempt") : task.attempts ? tr(" · %1 attempts").arg(task.attempts) : QString()),
                                    frame);
            line->setWordWrap(true);
            if (day.state == core::DayState::Locked)
                line->setForegroundRole(QPalette::PlaceholderText);
            layout->addWidget(line);
        }
        layout->addStretch();
        const int index = day.number - 1;
        grid->addWidget(frame, index / 4, index % 4);
    }
    for (int c = 0; c < 4; ++c)
        grid->setColumnStretch(c, 1);
    column()->addLayout(grid);

    const auto history = practice.history();
    int completed = 0;
    for (const auto& run : history)
        completed += run.completed ? 1 : 0;
    column()->addWidget(style::secondary(
        tr("Run started %1. Runs so far: %2, completed: %3.").arg(shortDate(status->run.startedAt.substr(0, 10))).arg(history.size()).arg(completed),
        this));
    column()->addStretch();
}

} // namespace askanyway::app
