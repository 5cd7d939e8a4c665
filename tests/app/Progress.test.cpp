#include "AppFixture.h"
#include "demo/DemoJournal.h"
#include "pages/ProgressPage.h"

#include <catch2/catch.hpp>

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QXYSeries>

using namespace askanyway;
using namespace askanyway::test;

TEST_CASE("the progress page charts the journal with titles, labelled axes and legends", "[app][progress]")
{
    AppFixture f;
    core::fillDemoJournal(f.session.db(), f.session.clock());
    f.session.notifyChanged();
    app::ProgressPage* page = f.window.progressPage();
    f.window.showPage(app::MainWindow::ProgressIndex);
    QApplication::processEvents();

    const auto& views = page->chartViews();
    REQUIRE(views.size() >= 5);
    for (QChartView* view : views) {
        QChart* chart = view->chart();
        INFO(chart->title().toStdString());
        CHECK_FALSE(chart->title().isEmpty());
        CHECK(chart->axes().size() == 2);
        for (QAbstractAxis* axis : chart->axes())
            CHECK_FALSE(axis->titleText().isEmpty());
        if (chart->series().size() > 1)
            CHECK(chart->legend()->isVisible());
        int points = 0;
        for (auto* series : chart->series())
            if (auto* xy = qobject_cast<QXYSeries*>(series))
                points += xy->count();
        CHECK(points > 0);
    }
    CHECK(page->findChild<QLabel*>("progressSummary")->text().contains("gloomier than what you actually felt"));

    // A chart saves as a real PNG, and the report as a real PDF.
    const QString png = QString::fromStdString((f.dir / "chart.png").string());
    REQUIRE(page->saveChart(views.front(), png));
    QImage image(png);
    CHECK(image.width() > 300);
    const QString pdf = QString::fromStdString((f.dir / "report.pdf").string());
    REQUIRE(page->exportReport(pdf));
    QFile report(pdf);
    REQUIRE(report.open(QIODevice::ReadOnly));
    CHECK(report.read(5) == "%PDF-");
    CHECK(report.size() > 10000);
}

TEST_CASE("the progress page filters by category and shows empty states", "[app][progress]")
{
    AppFixture f;
    app::ProgressPage* page = f.window.progressPage();
    f.window.showPage(app::MainWindow::ProgressIndex);
    CHECK(page->chartViews().empty()); // nothing to chart: every card shows its empty state
    bool invitation = false;
    for (auto* label : page->findChildren<QLabel*>())
        invitation |= label->text().contains("Your first ask can be tiny");
    CHECK(invitation);

    core::fillDemoJournal(f.session.db(), f.session.clock());
    f.session.notifyChanged();
    CHECK(page->chartViews().size() >= 5);
    QComboBox* category = nullptr;
    for (auto* box : page->findChildren<QComboBox*>())
        if (box->accessibleName() == "Category")
            category = box;
    REQUIRE(category);
    category->setCurrentIndex(category->findData(QStringLiteral("dating")));
    page->reload();
    CHECK(page->currentFilter().category == "dating");
    int datingAsks = 0;
    for (const auto& a : f.attempts())
        datingAsks += a.category == "dating" && a.outcome && *a.outcome != core::Outcome::Avoided ? 1 : 0;
    REQUIRE(datingAsks > 0);
    const QString summary = page->findChild<QLabel*>("progressSummary")->text();
    INFO(summary.toStdString());
    CHECK((summary.contains(QStringLiteral("Across %1 asks").arg(datingAsks)) ||
           summary.startsWith(QStringLiteral("%1 asks").arg(datingAsks))));
}
