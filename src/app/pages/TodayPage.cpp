#include "pages/TodayPage.h"

#include "AppStyle.h"
#include "JournalSession.h"
#include "dialogs/AttemptDialog.h"
#include "journal/AttemptRepository.h"
#include "progress/Forecast.h"

#include <QDate>

#include <algorithm>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace askanyway::app {
namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString longDate(const std::string& isoDate)
{
    return QLocale().toString(QDate::fromString(qs(isoDate), Qt::ISODate), QStringLiteral("dddd d MMMM"));
}

} // namespace

TodayPage::TodayPage(JournalSession& session, QWidget* parent) : Page(session, parent)
{
    requestReload();
}

void TodayPage::reload()
{
    style::clearLayout(column());
    const core::TodayView view = session().practice().today(session().progress());
    const std::string today = core::localDate(session().clock().now());
    column()->addWidget(style::pageTitle(tr("Today"), this));
    column()->addWidget(style::secondary(longDate(today), this));

    if (!view.program)
        addNoProgram(view.pledgeAccepted);
    else
        addTasks(view);

    auto* start = style::primaryButton(tr("Start an attempt"), this);
    start->setObjectName(QStringLiteral("startAttemptButton"));
    start->setToolTip(tr("Plan or log an ask (Ctrl+N)"));
    connect(start, &QPushButton::clicked, this, [this] { emit startAttempt({}); });
    auto* row = new QHBoxLayout;
    row->addWidget(start);
    row->addStretch();
    column()->addLayout(row);

    // The latest few attempts are enough to find the last forecast; oldest first for the core.
    auto latest = core::AttemptRepository(session().db(), session().clock()).recent(50);
    std::reverse(latest.begin(), latest.end());
    if (const auto f = core::lastForecast(latest)) {
        QString verdict;
        if (f->error() > 0)
            verdict = f->error() == 1 ? tr("Your forecast was 1 point too high.")
                                      : tr("Your forecast was %1 points too high.").arg(f->error());
        else if (f->error() < 0)
            verdict = tr("It felt harder than forecast, and you did it anyway.");
        else
            verdict = tr("Your forecast was spot on.");
        column()->addWidget(style::secondary(
            tr("Last time you predicted %1/10 and felt %2/10. %3").arg(f->predicted).arg(f->felt).arg(verdict), this));
    }
    column()->addStretch();
}

void TodayPage::addNoProgram(bool pledgeAccepted)
{
    auto* frame = style::card(this);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(style::kBetween, style::kBetween, style::kBetween, style::kBetween);
    layout->setSpacing(style::kInside);
    layout->addWidget(style::sectionTitle(tr("The 7-day challenge"), frame));
    layout->addWidget(style::secondary(
        tr("Seven days, a few small asks each, from asking for directions to suggesting a date. "
           "One day opens at a time, so you practise a little every day instead of all at once."),
        frame));
    auto* startRun = new QPushButton(tr("Start the 7-day challenge"), frame);
    startRun->setObjectName(QStringLiteral("startProgramButton"));
    connect(startRun, &QPushButton::clicked, this, [this] {
        session().practice().startProgram();
        session().notifyChanged();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(startRun);
    if (!pledgeAccepted) {
        auto* pledge = new QPushButton(tr("Read the pledge first"), frame);
        connect(pledge, &QPushButton::clicked, this, &TodayPage::pledgeRequested);
        row->addWidget(pledge);
    }
    row->addStretch();
    layout->addLayout(row);
    if (!pledgeAccepted)
        layout->addWidget(style::secondary(tr("Days 6 and 7 hold romantic and dating asks; they open once you "
                                              "take the practice pledge."),
                                           frame));
    column()->addWidget(frame);
}

void TodayPage::addTasks(const core::TodayView& view)
{
    const core::ProgramStatus& p = *view.program;
    const core::DayStatus& day = p.days.at(static_cast<std::size_t>(p.currentDay - 1));
    column()->addWidget(style::sectionTitle(tr("Day %1 of 7 — %2").arg(p.currentDay).arg(qs(day.tier)), this));
    if (p.completed)
        column()->addWidget(style::secondary(tr("You finished the 7-day challenge. Every ask counted, whatever the "
                                                "answer. Start another run from the Program page when you like."),
                                             this));
    else if (day.state == core::DayState::Done)
        column()->addWidget(style::secondary(
            tr("Day %1 is done. Day %2 opens %3 — rest is part of the practice.")
                .arg(p.currentDay)
                .arg(p.currentDay + 1)
                .arg(longDate(p.days.at(static_cast<std::size_t>(p.currentDay)).opensOn.value_or(""))),
            this));

    for (const core::TodayTask& task : view.tasks) {
        auto* frame = style::card(this);
        frame->setObjectName(QStringLiteral("card"));
        frame->setProperty("challengeId", qs(task.challenge.id));
        frame->setProperty("done", task.done);
        auto* row = new QHBoxLayout(frame);
        row->setContentsMargins(style::kBetween, style::kInside + 4, style::kBetween, style::kInside + 4);
        row->setSpacing(style::kBetween);
        auto* mark = new QLabel(task.done ? QStringLiteral("✓") : QStringLiteral("○"), frame);
        mark->setAccessibleName(task.done ? tr("done") : tr("to do"));
        QFont big = mark->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        mark->setFont(big);
        row->addWidget(mark);
        auto* text = new QVBoxLayout;
        text->setSpacing(2);
        auto* name = new QLabel(qs(task.challenge.title), frame);
        name->setWordWrap(true);
        text->addWidget(name);
        text->addWidget(style::secondary(
            task.done ? tr("Done — whatever the answer was, you asked.")
                      : qs(task.challenge.howTo) + (task.attempts == 1 ? tr(" (tried once so far)")
                                                  : task.attempts ? tr(" (tried %1 times so far)").arg(task.attempts)
                                                                  : QString()),
            frame));
        row->addLayout(text, 1);
        auto* dots = new QLabel(style::difficultyDots(task.challenge.difficulty), frame);
        dots->setToolTip(tr("Difficulty %1 of 5").arg(task.challenge.difficulty));
        row->addWidget(dots);
        if (!task.done && day.state == core::DayState::Open) {
            auto* go = new QPushButton(tr("Start"), frame);
            go->setObjectName(QStringLiteral("startTask:") + qs(task.challenge.id));
            go->setAccessibleName(tr("Start: %1").arg(qs(task.challenge.title)));
            const std::string id = task.challenge.id;
            connect(go, &QPushButton::clicked, this, [this, id] { emit startAttempt({id, std::nullopt, std::nullopt}); });
            row->addWidget(go);
        }
        column()->addWidget(frame);
    }

    const core::ChallengeCatalog catalog = session().practice().catalog();
    for (const core::Suggestion& s : view.suggestions) {
        auto* frame = style::card(this);
        frame->setProperty("muted", true);
        auto* row = new QHBoxLayout(frame);
        row->setContentsMargins(style::kBetween, style::kInside, style::kBetween, style::kInside);
        const QString kind = s.kind == core::SuggestionKind::WarmUp
                                 ? tr("Suggested warm-up: %1").arg(qs(s.challenge.title))
                                 : tr("Ready for a stretch? %1").arg(qs(s.challenge.title));
        const core::Challenge* target = catalog.find(s.forChallengeId);
        const QString targetTitle = target ? qs(target->title) : qs(s.forChallengeId);
        const QString why = s.kind == core::SuggestionKind::WarmUp
                                ? tr("You rated “%1” %2/10. Something smaller first keeps it manageable.").arg(targetTitle).arg(s.anxiety)
                                : tr("Your last day's asks all peaked at %1/10 or less. One level up is within reach.").arg(s.anxiety);
        auto* text = new QVBoxLayout;
        text->addWidget(new QLabel(kind, frame));
        text->addWidget(style::secondary(why, frame));
        row->addLayout(text, 1);
        auto* go = new QPushButton(tr("Try it"), frame);
        const std::string id = s.challenge.id;
        connect(go, &QPushButton::clicked, this, [this, id] { emit startAttempt({id, std::nullopt, std::nullopt}); });
        row->addWidget(go);
        column()->addWidget(frame);
    }
}

} // namespace askanyway::app
