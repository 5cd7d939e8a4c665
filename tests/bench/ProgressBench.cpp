// How long the Progress page takes on a long journal, each figure as a ratio to a baseline
// measured in the same run on the same machine:
//   series: computeProgress() over N attempts  vs  one bare SQL aggregate over the same table
//   paint:  the Progress page built and painted  vs  a bare Qt Charts view of N points
//   start:  the main window, Today on screen        vs  the same bare chart
//   open:   the Journal page listing all N          vs  the same bare chart
//   progress_bench [--attempts N] [--repeat R]
#include "JournalSession.h"
#include "MainWindow.h"
#include "demo/BulkJournal.h"
#include "pages/ProgressPage.h"
#include "progress/Series.h"
#include "storage/Statement.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QValueAxis>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>

using namespace askanyway;

namespace {

// The best of `repeat` runs, in milliseconds: the least disturbed by the rest of the machine.
double best(int repeat, const std::function<void()>& work)
{
    double fastest = 1e300;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        fastest = std::min(fastest, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return fastest;
}

void row(const char* what, double ms, double baseline, const char* against)
{
    std::printf("%-34s %9.1f ms   %5.2fx  %s (%.1f ms)\n", what, ms, ms / baseline, against, baseline);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    int attempts = 100000, repeat = 5;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--attempts"))
            attempts = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--repeat"))
            repeat = std::atoi(argv[i + 1]);
    }
    QTemporaryDir dir;
    const std::string today = "2026-04-01";
    app::JournalSession session(dir.filePath(QStringLiteral("bench.sqlite")).toStdString(),
                                std::make_unique<core::FixedClock>(*core::parseTimestamp("2026-04-01T20:00:00+02:00")));
    QElapsedTimer fill;
    fill.start();
    core::fillBulkJournal(session.db(), attempts, today);
    std::printf("journal: %d attempts written in %.0f ms\n\n", attempts, static_cast<double>(fill.elapsed()));

    const double sql = best(repeat, [&] {
        auto st = session.db().prepare("SELECT substr(at, 1, 10), count(*), avg(anxiety_peak), avg(predicted_anxiety) "
                                       "FROM attempts GROUP BY 1");
        while (st.step()) {
        }
    });
    core::ProgressSeries series;
    const double compute = best(repeat, [&] { series = core::computeProgress(session.db(), {}, today); });
    row("series: computeProgress()", compute, sql, "x a bare SQL aggregate");

    // Baseline paint: a bare chart of as many points as there are attempts.
    std::mt19937 random(3);
    const double bare = best(repeat, [&] {
        auto* chart = new QChart;
        auto* line = new QLineSeries(chart);
        QList<QPointF> points;
        points.reserve(attempts);
        for (int i = 0; i < attempts; ++i)
            points.append(QPointF(i, static_cast<double>(random() % 11)));
        line->replace(points);
        chart->addSeries(line);
        chart->createDefaultAxes();
        QChartView view(chart);
        view.resize(1280, 800);
        view.show();
        (void)view.grab();
    });
    const double page = best(repeat, [&] {
        app::ProgressPage progress(session);
        progress.resize(1280, 800);
        progress.show();
        (void)progress.grab();
    });
    row("paint: the Progress page", page, bare, "x a bare chart of N points");
    const double window = best(repeat, [&] {
        session.notifyChanged(); // a cold start: nothing computed yet
        app::MainWindow main(session);
        main.resize(1280, 800);
        main.show();
        (void)main.grab();
    });
    row("start: the whole main window", window, bare, "x a bare chart of N points");
    app::MainWindow main(session);
    main.resize(1280, 800);
    main.show();
    const double journal = best(repeat, [&] {
        main.showPage(app::MainWindow::TodayIndex);
        main.showPage(app::MainWindow::JournalIndex); // every attempt, searchable
        (void)main.grab();
        session.notifyChanged(); // the next round reads the journal again
    });
    row("open: Today, then the Journal (all N)", journal, bare, "x a bare chart of N points");
    std::printf("\nanxiety chart: %zu points (%s), %zu weeks, %zu calendar days\n", series.anxiety.size(),
                series.anxietyPerDay ? "daily means" : "one per ask", series.weeks.size(), series.calendar.size());
    return 0;
}
