#include "pages/AchievementsPage.h"

#include "AppStyle.h"
#include "JournalSession.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace askanyway::app {

AchievementsPage::AchievementsPage(JournalSession& session, QWidget* parent) : Page(session, parent)
{
    requestReload();
}

void AchievementsPage::reload()
{
    style::clearLayout(column());
    const core::Progress& p = session().progress();
    column()->addWidget(style::pageTitle(tr("Achievements"), this));
    column()->addWidget(style::secondary(tr("Points come from asking, whatever the answer, and a little extra for a "
                                            "no you accepted gracefully. Not asking earns nothing, and neither does "
                                            "asking someone again after a no."),
                                         this));

    auto* summary = new QHBoxLayout;
    summary->setSpacing(style::kBetween);
    auto addStat = [&](const QString& big, const QString& small) {
        auto* frame = style::card(this);
        auto* layout = new QVBoxLayout(frame);
        layout->setContentsMargins(style::kBetween, style::kBetween, style::kBetween, style::kBetween);
        layout->addWidget(style::pageTitle(big, frame));
        layout->addWidget(style::secondary(small, frame));
        summary->addWidget(frame, 1);
        return layout;
    };
    auto* level = addStat(tr("Level %1").arg(p.level.level), tr("%1 points").arg(p.points));
    auto* bar = new QProgressBar(this);
    bar->setObjectName(QStringLiteral("levelProgress"));
    bar->setRange(p.level.floor, p.level.nextAt);
    bar->setValue(p.points);
    bar->setFormat(tr("%1 points to level %2").arg(p.level.nextAt - p.points).arg(p.level.level + 1));
    bar->setAccessibleName(bar->format());
    level->addWidget(bar);
    addStat(p.currentStreak == 1 ? tr("1-day streak") : tr("%1-day streak").arg(p.currentStreak),
            tr("Longest so far: %1 days. Rest days you mark keep a streak alive.").arg(p.longestStreak));
    int earned = 0;
    for (const auto& b : p.badges)
        earned += b.earned ? 1 : 0;
    addStat(tr("%1 of %2").arg(earned).arg(p.badges.size()), tr("badges earned"));
    column()->addLayout(summary);

    column()->addWidget(style::sectionTitle(tr("Badges"), this));
    auto* grid = new QGridLayout;
    grid->setSpacing(style::kBetween);
    int index = 0;
    for (const core::Badge& b : p.badges) {
        auto* frame = style::card(this, b.earned);
        frame->setProperty("muted", !b.earned);
        frame->setObjectName(QStringLiteral("card"));
        frame->setProperty("badge", QString::fromStdString(b.id));
        frame->setProperty("earned", b.earned);
        auto* layout = new QVBoxLayout(frame);
        layout->setContentsMargins(style::kBetween, style::kBetween, style::kBetween, style::kBetween);
        layout->setSpacing(style::kTight);
        auto* name = style::sectionTitle((b.earned ? QStringLiteral("✓ ") : QStringLiteral("○ ")) + QString::fromStdString(b.name), frame);
        if (!b.earned)
            name->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(name);
        layout->addWidget(style::secondary(QString::fromStdString(b.description), frame));
        layout->addWidget(new QLabel(b.earned ? tr("Earned") : tr("Still to earn"), frame));
        grid->addWidget(frame, index / 3, index % 3);
        ++index;
    }
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    column()->addLayout(grid);
    column()->addStretch();
}

} // namespace askanyway::app
