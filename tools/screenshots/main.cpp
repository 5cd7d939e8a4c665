// Renders the app's windows and dialogs to PNG files for docs/screenshots, without a display
// server or window manager: each widget is shown at a fixed size and grabbed.
//   askanyway-screenshots OUT_DIR
#include "JournalSession.h"
#include "MainWindow.h"
#include "dialogs/AttemptDialog.h"
#include "journal/AttemptRepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QStyleFactory>
#include <QTemporaryDir>

#include <cstdio>

using namespace askanyway;

namespace {

void fillSample(core::Database& db, const core::Clock& clock)
{
    core::AttemptRepository repo(db, clock);
    auto log = [&](const char* at, const char* title, std::optional<core::Outcome> outcome, int predicted,
                   std::optional<int> peak, const char* learned) {
        core::Attempt a;
        a.at = at;
        a.title = title;
        a.outcome = outcome;
        a.prediction.anxiety = predicted;
        if (outcome && *outcome != core::Outcome::Avoided)
            a.anxiety = {peak.value_or(5) - 1, peak, 2};
        a.reflection.learned = learned;
        repo.add(a);
    };
    log("2026-03-01T10:05:00+01:00", "Asked a stranger for directions to the station", core::Outcome::Yes, 6, 5,
        "People like to help");
    log("2026-03-02T17:40:00+01:00", "Asked for 5 % off a coffee", core::Outcome::No, 8, 6,
        "The no took two seconds; the dread took all morning");
    log("2026-03-03T12:10:00+01:00", "Asked to take a photo with someone's dog", core::Outcome::Partial, 5, 4, "");
    log("2026-03-04T19:00:00+01:00", "Compliment three strangers", core::Outcome::Avoided, 7, std::nullopt,
        "");
    log("2026-03-05T09:00:00+01:00", "Ask a bookseller for a recommendation", std::nullopt, 5, std::nullopt, "");
}

bool save(QWidget& widget, const QString& path)
{
    QApplication::processEvents();
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("askanyway-screenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (argc < 2) {
        std::fprintf(stderr, "usage: askanyway-screenshots OUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    QTemporaryDir tmp;

    bool ok = true;
    app::JournalSession session(
        tmp.filePath(QStringLiteral("journal.sqlite")).toStdString(),
        std::make_unique<core::FixedClock>(*core::parseTimestamp("2026-03-05T20:00:00+01:00")));
    app::MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    ok &= save(window, out.filePath(QStringLiteral("journal-empty.png")));

    fillSample(session.db(), session.clock());
    window.reload();
    ok &= save(window, out.filePath(QStringLiteral("journal.png")));

    window.logAction()->trigger();
    if (auto* dialog = window.openDialog()) {
        dialog->adjustSize();
        ok &= save(*dialog, out.filePath(QStringLiteral("attempt-dialog.png")));
    }
    return ok ? 0 : 1;
}
