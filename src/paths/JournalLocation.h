#pragma once

#include <filesystem>

namespace askanyway {

// Names the application to Qt so that QStandardPaths and QSettings use one folder for both
// the app and the CLI. Call before anything asks for a path.
void setApplicationIdentity();

// <AppDataLocation>/journal.sqlite, e.g. ~/.local/share/askanyway/journal.sqlite on Linux.
std::filesystem::path defaultJournalPath();

// A separate journal for `--demo`, so showing the app around never touches the user's notes.
std::filesystem::path demoJournalPath();

} // namespace askanyway
