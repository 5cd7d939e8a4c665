#pragma once

#include "journal/Ladder.h"

#include <string>

namespace askanyway::core {

// The 7-day program's kinds of ask as a ladder for the user to make their own: one rung per
// ask of the program's four tiers (days 1, 3, 5 and 7), rated from its difficulty (1 → 2/10 up
// to 5 → 10/10), lowest first. Not stored: pass it to LadderRepository::add.
Ladder starterLadder(const std::string& name = "Starter ladder");

} // namespace askanyway::core
