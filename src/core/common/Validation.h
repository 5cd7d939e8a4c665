#pragma once

#include "common/Error.h"

#include <optional>
#include <string>

namespace askanyway::core {

// Small checks shared by every validator. Each throws ValidationError naming the field and the
// allowed range, so a message reads "anxiety.peak: must be 0-10, got 12".

inline void requireRange(const std::string& field, long long value, long long low, long long high)
{
    if (value < low || value > high)
        throw ValidationError(field, "must be " + std::to_string(low) + "-" +
                                         std::to_string(high) + ", got " + std::to_string(value));
}

inline void requireRange(const std::string& field, const std::optional<int>& value, long long low,
                         long long high)
{
    if (value)
        requireRange(field, *value, low, high);
}

void requireNotBlank(const std::string& field, const std::string& value);
void requireMaxLength(const std::string& field, const std::string& value, std::size_t max);
void requireValidUtf8(const std::string& field, const std::string& value);
// Not blank, at most `max` bytes, valid UTF-8.
void requireText(const std::string& field, const std::string& value, std::size_t max);
void requireTimestamp(const std::string& field, const std::string& value);
void requireUuid(const std::string& field, const std::string& value);

// Longest free text the journal keeps in one field; far beyond any honest note.
constexpr std::size_t kMaxTextBytes = 20000;
constexpr std::size_t kMaxLabelBytes = 200;

} // namespace askanyway::core
