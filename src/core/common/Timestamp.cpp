#include "common/Timestamp.h"

#include <cctype>
#include <cstdio>
#include <ctime>

namespace askanyway::core {
namespace {

// Howard Hinnant's days_from_civil algorithm (public-domain arithmetic on the proleptic
// Gregorian calendar), so dates never depend on the process time zone.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil
{
    std::int64_t year;
    unsigned month;
    unsigned day;
};

Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

unsigned daysInMonth(std::int64_t year, unsigned month)
{
    static const unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : lengths[month - 1];
}

class Cursor
{
public:
    explicit Cursor(std::string_view text) : m_text(text) {}

    bool digits(std::size_t count, int& out)
    {
        if (m_pos + count > m_text.size())
            return false;
        int value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const char c = m_text[m_pos + i];
            if (!std::isdigit(static_cast<unsigned char>(c)))
                return false;
            value = value * 10 + (c - '0');
        }
        m_pos += count;
        out = value;
        return true;
    }
    bool literal(char c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool atEnd() const { return m_pos == m_text.size(); }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

bool readDate(Cursor& c, std::int64_t& days)
{
    int y = 0, m = 0, d = 0;
    if (!c.digits(4, y) || !c.literal('-') || !c.digits(2, m) || !c.literal('-') ||
        !c.digits(2, d))
        return false;
    if (m < 1 || m > 12 || d < 1 || static_cast<unsigned>(d) > daysInMonth(y, static_cast<unsigned>(m)))
        return false;
    days = daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    return true;
}

bool readOffset(Cursor& c, int& minutes)
{
    if (c.literal('Z') || c.literal('z')) {
        minutes = 0;
        return true;
    }
    const char sign = c.peek();
    if (!c.literal('+') && !c.literal('-'))
        return false;
    int h = 0, m = 0;
    if (!c.digits(2, h))
        return false;
    c.literal(':');
    if (!c.digits(2, m) || h > 18 || m > 59)
        return false;
    minutes = (h * 60 + m) * (sign == '-' ? -1 : 1);
    return true;
}

} // namespace

std::optional<Timestamp> parseTimestamp(std::string_view text)
{
    Cursor c(text);
    std::int64_t days = 0;
    int h = 0, min = 0, s = 0, offset = 0;
    if (!readDate(c, days) || !(c.literal('T') || c.literal('t') || c.literal(' ')))
        return std::nullopt;
    if (!c.digits(2, h) || !c.literal(':') || !c.digits(2, min) || h > 23 || min > 59)
        return std::nullopt;
    if (c.literal(':')) {
        if (!c.digits(2, s) || s > 59)
            return std::nullopt;
        if (c.literal('.') || c.literal(',')) {
            int digit = 0;
            if (!c.digits(1, digit))
                return std::nullopt;
            while (c.digits(1, digit)) {
            }
        }
    }
    if (!readOffset(c, offset) || !c.atEnd())
        return std::nullopt;
    const std::int64_t local = days * 86400 + h * 3600 + min * 60 + s;
    return Timestamp{local - std::int64_t{offset} * 60, offset};
}

std::string formatTimestamp(const Timestamp& t)
{
    const std::int64_t local = t.epoch + std::int64_t{t.offsetMinutes} * 60;
    std::int64_t days = local / 86400;
    std::int64_t secs = local % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    const Civil date = civilFromDays(days);
    const int off = t.offsetMinutes < 0 ? -t.offsetMinutes : t.offsetMinutes;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d%c%02d:%02d",
                  static_cast<long long>(date.year), date.month, date.day,
                  static_cast<int>(secs / 3600), static_cast<int>(secs % 3600 / 60),
                  static_cast<int>(secs % 60), t.offsetMinutes < 0 ? '-' : '+', off / 60,
                  off % 60);
    return buf;
}

std::string compactStamp(const Timestamp& t)
{
    std::string s = formatTimestamp(t).substr(0, 19);
    std::erase(s, '-');
    std::erase(s, ':');
    return s;
}

Timestamp localTimestamp(std::int64_t epoch)
{
    const auto seconds = static_cast<std::time_t>(epoch);
    std::tm tm{};
    localtime_r(&seconds, &tm);
    return Timestamp{epoch, static_cast<int>(tm.tm_gmtoff / 60)};
}

std::string localDate(const Timestamp& t)
{
    return formatTimestamp(t).substr(0, 10);
}

std::string firstDateOfLast(int days, const Timestamp& now)
{
    return formatDate(*parseDate(localDate(now)) - days + 1);
}

std::optional<std::int64_t> parseDate(std::string_view text)
{
    Cursor c(text);
    std::int64_t days = 0;
    if (!readDate(c, days) || !c.atEnd())
        return std::nullopt;
    return days;
}

std::string formatDate(std::int64_t daysSinceEpoch)
{
    return formatTimestamp(Timestamp{daysSinceEpoch * 86400, 0}).substr(0, 10);
}

} // namespace askanyway::core
