#pragma once

namespace askanyway::core {

struct Attempt;

// Throws ValidationError for the first value the journal would not accept. Field names are the
// interchange format's ("prediction.no_likelihood", "anxiety.peak"), so every front end and the
// importer report the same words.
void validateAttempt(const Attempt& attempt);

constexpr int kMaxRecoveryMinutes = 7 * 24 * 60;
constexpr int kMaxTags = 20;

} // namespace askanyway::core
