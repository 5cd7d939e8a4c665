#pragma once

#include "journal/Attempt.h"
#include "journal/Ladder.h"
#include "journal/ProgramRun.h"
#include "journal/ThoughtRecord.h"
#include "program/Challenge.h"

#include <nlohmann/json_fwd.hpp>

namespace askanyway::core {

class JsonReader;

// Interchange format v1, one entry at a time. Writers emit every key, in the format's names;
// readers accept what the format allows (see docs/INTERCHANGE.md) and throw ValidationError
// with the entry's path for anything else.

nlohmann::json toJson(const Attempt& attempt);
nlohmann::json toJson(const ThoughtRecord& record);
nlohmann::json toJson(const Ladder& ladder);
nlohmann::json toJson(const ProgramRun& run);
nlohmann::json toJson(const Challenge& challenge);

Attempt readAttempt(const JsonReader& in);
ThoughtRecord readThoughtRecord(const JsonReader& in);
Ladder readLadder(const JsonReader& in);
ProgramRun readProgramRun(const JsonReader& in);
Challenge readChallenge(const JsonReader& in);

} // namespace askanyway::core
