#include "ethics/Pledge.h"

#include "common/Clock.h"
#include "common/Validation.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace askanyway::core {

const std::vector<std::string>& Pledge::promises()
{
    static const std::vector<std::string> list = {
        "When someone says no, I accept it right away, with a thank-you.",
        "I never ask the same person again after they have said no.",
        "The people I ask are people, never targets or practice material.",
        "If someone seems uncomfortable, I stop and give them space.",
    };
    return list;
}

std::optional<std::string> Pledge::acceptedAt() const
{
    auto st = m_db.prepare("SELECT min(accepted_at) FROM pledge");
    st.step();
    return st.optionalText(0);
}

void Pledge::accept(const std::optional<std::string>& when)
{
    if (when)
        requireTimestamp("pledge_accepted_at", *when);
    if (accepted())
        return;
    Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO pledge (accepted_at) VALUES (?)");
    st.bind(1, when ? formatTimestamp(*parseTimestamp(*when)) : formatTimestamp(m_clock.now())).run();
    tx.commit();
}

} // namespace askanyway::core
