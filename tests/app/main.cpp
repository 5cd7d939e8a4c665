// Catch's main for GUI tests: one QApplication for the whole run, on the offscreen platform so
// the tests run on machines without a display (and when ctest lists them at build time).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Application.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings and data go to a test location
    askanyway::app::Application app(argc, argv); // the app's own, with its last-resort catch
    QApplication::setApplicationName(QStringLiteral("askanyway-tests"));
    return Catch::Session().run(argc, argv);
}
