#include "common/Validation.h"

#include "common/Timestamp.h"
#include "common/Uuid.h"

#include <algorithm>
#include <cctype>

namespace askanyway::core {
namespace {

bool isValidUtf8(const std::string& s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            if (i + k >= s.size())
                return false;
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

} // namespace

void requireNotBlank(const std::string& field, const std::string& value)
{
    if (std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isspace(c); }))
        throw ValidationError(field, "must not be empty");
}

void requireMaxLength(const std::string& field, const std::string& value, std::size_t max)
{
    if (value.size() > max)
        throw ValidationError(field, "must be at most " + std::to_string(max) + " bytes, got " +
                                         std::to_string(value.size()));
}

void requireValidUtf8(const std::string& field, const std::string& value)
{
    if (!isValidUtf8(value))
        throw ValidationError(field, "must be valid UTF-8 text");
}

void requireText(const std::string& field, const std::string& value, std::size_t max)
{
    requireNotBlank(field, value);
    requireMaxLength(field, value, max);
    requireValidUtf8(field, value);
}

void requireTimestamp(const std::string& field, const std::string& value)
{
    if (!parseTimestamp(value))
        throw ValidationError(field, "must be a date and time in ISO 8601 with a UTC offset, "
                                     "like 2026-03-14T18:30:00+01:00, got \"" +
                                         value.substr(0, 40) + "\"");
}

void requireUuid(const std::string& field, const std::string& value)
{
    if (!isUuid(value))
        throw ValidationError(field, "must be a UUID like 0f8fad5b-d9cb-469f-a165-70867728950e, "
                                     "got \"" + value.substr(0, 40) + "\"");
}

} // namespace askanyway::core
