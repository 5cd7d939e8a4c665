#include "AppStyle.h"
#include "Application.h"
#include "JournalLocation.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "common/Error.h"
#include "demo/DemoJournal.h"
#include "storage/Backup.h"

#include <QPushButton>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <filesystem>

namespace {

// The demo journal is rebuilt at every start so its month always ends today. Only the demo
// file (never the user's journal) is ever removed here.
void resetDemoJournal(const std::filesystem::path& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path.string() + suffix);
}

} // namespace

int main(int argc, char* argv[])
{
    askanyway::app::Application app(argc, argv);
    askanyway::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Ask Anyway"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.askanyway.AskAnyway"));
    askanyway::app::style::applyTheme(app, askanyway::app::style::savedTheme());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Practise asking, and hearing no, one small step at a time."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption journalOption(QStringLiteral("journal"),
                                     QApplication::translate("main", "Open the journal at <path>."),
                                     QStringLiteral("path"));
    QCommandLineOption demoOption(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open a demo journal with a month of practice "
                                                                  "(separate from yours)."));
    parser.addOption(journalOption);
    parser.addOption(demoOption);
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    std::filesystem::path path = askanyway::defaultJournalPath();
    if (demo)
        path = askanyway::demoJournalPath();
    else if (parser.isSet(journalOption))
        path = parser.value(journalOption).toStdString();

    std::unique_ptr<askanyway::app::JournalSession> session;
    try {
        if (demo)
            resetDemoJournal(path);
        session = std::make_unique<askanyway::app::JournalSession>(path, std::make_unique<askanyway::core::SystemClock>());
        if (demo)
            askanyway::core::fillDemoJournal(session->db(), session->clock());
    } catch (const askanyway::core::StorageError& e) {
        // Damaged: offer the newest backup. The damaged file is set aside, never overwritten.
        const auto backups = askanyway::core::listBackups(path);
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Journal not opened"),
                        QApplication::translate("main", "%1").arg(QString::fromStdString(e.what())));
        QPushButton* restore = nullptr;
        if (!backups.empty())
            restore = box.addButton(QApplication::translate("main", "Restore the newest backup (%1)")
                                        .arg(QString::fromStdString(backups.front().filename().string())),
                                    QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (!restore || box.clickedButton() != restore)
            return 1;
        try {
            askanyway::core::recoverFromBackup(path, backups.front(),
                                               askanyway::core::compactStamp(askanyway::core::SystemClock().now()));
            session = std::make_unique<askanyway::app::JournalSession>(path, std::make_unique<askanyway::core::SystemClock>());
        } catch (const askanyway::core::Error& again) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Journal not opened"),
                                  QString::fromStdString(again.what()));
            return 1;
        }
    } catch (const askanyway::core::Error& e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Journal not opened"),
                              QApplication::translate("main", "%1\n\nYour journal file was not changed.")
                                  .arg(QString::fromStdString(e.what())));
        return 1;
    }
    askanyway::app::MainWindow window(*session);
    if (demo)
        window.setWindowFilePath(QStringLiteral("demo"));
    window.show();
    if (!demo && !QSettings().value(QStringLiteral("welcome/done")).toBool())
        QTimer::singleShot(0, &window, [&window] { window.showWelcome(); });
    return QApplication::exec();
}
