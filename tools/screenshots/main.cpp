// Renders the app's pages and dialogs to PNG for docs/screenshots, on the demo journal, in the
// light and dark palettes and at 1280×800 and 1024×640. Each window is shown and grabbed, so it
// needs no window manager.
//   askanyway-screenshots OUT_DIR
#include "AppStyle.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "demo/DemoJournal.h"
#include "dialogs/AttemptDialog.h"
#include "dialogs/StepDialogs.h"
#include "pages/LaddersPage.h"
#include "widgets/RungList.h"
#include "pages/ProgressPage.h"
#include <QFile>
#include <QScrollBar>
#include "pages/ThoughtsPage.h"
#include "widgets/UndoBar.h"
#include <QListWidget>
#include "dialogs/WelcomeDialog.h"
#include "journal/AttemptRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace askanyway;

namespace {

bool save(QWidget& widget, const QDir& out, const QString& name)
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QString path = out.filePath(name + QStringLiteral(".png"));
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

QAbstractButton* buttonNamed(QWidget* in, const char* name)
{
    return in->findChild<QAbstractButton*>(QString::fromLatin1(name));
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("askanyway-screenshots"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: askanyway-screenshots OUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    QTemporaryDir tmp;
    bool ok = true;

    for (const auto& [theme, suffix] : {std::pair{app::style::Theme::Light, "light"}, std::pair{app::style::Theme::Dark, "dark"}}) {
        app::style::applyTheme(app, theme);
        const QString tag = QString::fromLatin1(suffix);
        const QString file = tmp.filePath(tag + QStringLiteral(".sqlite"));
        app::JournalSession session(file.toStdString(),
                                    std::make_unique<core::FixedClock>(*core::parseTimestamp("2026-03-31T19:30:00+02:00")));
        core::fillDemoJournal(session.db(), session.clock());
        QSettings().remove(QStringLiteral("window"));
        app::MainWindow window(session);
        window.resize(1280, 800);
        window.show();
        const char* pages[] = {"today", "program", "journal", "ladders", "thoughts", "progress", "achievements"};
        for (int i = 0; i < 7; ++i) {
            window.showPage(i);
            ok &= save(window, out, QStringLiteral("%1-%2").arg(QString::fromLatin1(pages[i]), tag));
        }
        window.resize(1024, 640);
        for (int i = 0; i < 7; ++i) {
            window.showPage(i);
            ok &= save(window, out, QStringLiteral("%1-%2-1024").arg(QString::fromLatin1(pages[i]), tag));
        }
        window.resize(1280, 800);
        // The progress page scrolled to its lower half, and the PDF report it exports.
        window.showPage(app::MainWindow::ProgressIndex);
        window.progressPage()->verticalScrollBar()->setValue(window.progressPage()->verticalScrollBar()->maximum());
        ok &= save(window, out, QStringLiteral("progress-lower-%1").arg(tag));
        window.progressPage()->verticalScrollBar()->setValue(0);
        if (theme == app::style::Theme::Light)
            ok &= window.progressPage()->exportReport(tmp.filePath(QStringLiteral("report.pdf")));
        window.showPage(0);

        // The attempt dialog, step by step, on a romantic ask so the nickname field shows.
        window.startAttempt({std::string("attraction-recommendation"), std::nullopt, std::nullopt});
        if (auto* d = window.openDialog()) {
            d->resize(760, 600);
            ok &= save(*d, out, QStringLiteral("attempt-1-before-%1").arg(tag));
            d->goToStep(1);
            if (auto* no = buttonNamed(d, "noButton"))
                no->setChecked(true);
            ok &= save(*d, out, QStringLiteral("attempt-2-happened-%1").arg(tag));
            d->goToStep(2);
            ok &= save(*d, out, QStringLiteral("attempt-3-reflect-%1").arg(tag));
            // The guard's refusal, shown in place.
            d->goToStep(0);
            if (auto* person = d->findChild<QLineEdit*>(QStringLiteral("personEdit")))
                person->setText(QStringLiteral("Yellow raincoat"));
            if (auto* plan = buttonNamed(d, "planButton"))
                plan->click();
            ok &= save(*d, out, QStringLiteral("attempt-refused-%1").arg(tag));
            d->done(QDialog::Rejected); // no "discard?" question in a screenshot run
        }
        // A thought record being written, with the reframe it calls up.
        window.showPage(app::MainWindow::ThoughtsIndex);
        window.thoughtsPage()->newRecord();
        if (auto* thought = window.thoughtsPage()->findChild<QLineEdit*>(QStringLiteral("thoughtEdit")))
            thought->setText(QStringLiteral("I can't handle another no, it's so embarrassing"));
        ok &= save(window, out, QStringLiteral("thoughts-new-%1").arg(tag));
        // A ladder rung's history.
        window.showPage(app::MainWindow::LaddersIndex);
        window.laddersPage()->rungs()->setCurrentRow(3);
        const auto ladderId = window.laddersPage()->currentLadder();
        const auto stepId = window.laddersPage()->selectedStep();
        if (ladderId && stepId) {
            app::StepDetailDialog detail(session, *ladderId, *stepId, &window);
            detail.show();
            ok &= save(detail, out, QStringLiteral("step-detail-%1").arg(tag));
            app::StepEditDialog edit({*stepId, "Ask for 10 % off", 6}, &window);
            edit.show();
            ok &= save(edit, out, QStringLiteral("step-edit-%1").arg(tag));
        }
        // The offer after a painful no.
        window.showPage(app::MainWindow::TodayIndex);
        window.offerBar()->show();
        ok &= save(window, out, QStringLiteral("offer-after-no-%1").arg(tag));
        window.offerBar()->hide();

        auto* welcome = new app::WelcomeDialog(session, &window);
        welcome->resize(640, 500);
        welcome->show();
        ok &= save(*welcome, out, QStringLiteral("welcome-1-%1").arg(tag));
        welcome->goToPage(1);
        ok &= save(*welcome, out, QStringLiteral("welcome-2-%1").arg(tag));
        welcome->goToPage(2);
        ok &= save(*welcome, out, QStringLiteral("welcome-3-pledge-%1").arg(tag));
        welcome->close();
    }
    // Keep the sample report beside the screenshots when asked to (ASKANYWAY_KEEP_REPORT=1).
    if (qEnvironmentVariableIsSet("ASKANYWAY_KEEP_REPORT"))
        QFile::copy(tmp.filePath(QStringLiteral("report.pdf")), out.filePath(QStringLiteral("progress-report.pdf")));
    return ok ? 0 : 1;
}
