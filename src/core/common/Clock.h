#pragma once

#include "common/Timestamp.h"

namespace askanyway::core {

// Where "now" comes from. Passed in, never looked up, so tests and `--now` can set the time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
};

// The wall clock in the process time zone (TZ is honoured).
class SystemClock final : public Clock
{
public:
    Timestamp now() const override;
};

// A clock that says what it is told; tests advance it by hand.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(Timestamp t) : m_now(t) {}
    Timestamp now() const override { return m_now; }
    void set(Timestamp t) { m_now = t; }
    void advanceSeconds(std::int64_t seconds) { m_now.epoch += seconds; }

private:
    Timestamp m_now;
};

} // namespace askanyway::core
