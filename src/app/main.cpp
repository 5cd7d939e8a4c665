#include "JournalLocation.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "common/Error.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStyleFactory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    askanyway::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Ask Anyway"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Practice asking, and hearing no, one small step at a time."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption journalOption(
        QStringLiteral("journal"),
        QApplication::translate("main", "Open the journal at <path> instead of the default one."),
        QStringLiteral("path"));
    parser.addOption(journalOption);
    parser.process(app);

    const std::filesystem::path path = parser.isSet(journalOption)
                                           ? std::filesystem::path(parser.value(journalOption).toStdString())
                                           : askanyway::defaultJournalPath();
    std::unique_ptr<askanyway::app::JournalSession> session;
    try {
        session = std::make_unique<askanyway::app::JournalSession>(
            path, std::make_unique<askanyway::core::SystemClock>());
    } catch (const askanyway::core::Error& e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Journal not opened"),
                              QString::fromStdString(e.what()));
        return 1;
    }
    askanyway::app::MainWindow window(*session);
    window.show();
    return QApplication::exec();
}
