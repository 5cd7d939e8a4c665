#include "common/Clock.h"

#include <chrono>

namespace askanyway::core {

Timestamp SystemClock::now() const
{
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    return localTimestamp(std::chrono::duration_cast<std::chrono::seconds>(since).count());
}

} // namespace askanyway::core
