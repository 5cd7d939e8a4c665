#include "program/RestDays.h"

#include "common/Error.h"
#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace askanyway::core {

bool RestDays::mark(const std::string& date)
{
    if (!parseDate(date))
        throw ValidationError("date", "must be a date like 2026-03-14, got \"" + date.substr(0, 40) + "\"");
    Transaction tx(m_db);
    auto st = m_db.prepare("INSERT OR IGNORE INTO rest_days (date) VALUES (?)");
    st.bind(1, date).run();
    const bool added = m_db.changes() > 0;
    tx.commit();
    return added;
}

std::vector<std::string> RestDays::list() const
{
    auto st = m_db.prepare("SELECT date FROM rest_days ORDER BY date");
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

} // namespace askanyway::core
