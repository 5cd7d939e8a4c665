#include "JournalLocation.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace askanyway {
namespace {

std::filesystem::path appDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toStdString();
}

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("askanyway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASKANYWAY_VERSION));
}

std::filesystem::path defaultJournalPath()
{
    return appDataFolder() / "journal.sqlite";
}

std::filesystem::path demoJournalPath()
{
    return appDataFolder() / "demo" / "journal.sqlite";
}

} // namespace askanyway
