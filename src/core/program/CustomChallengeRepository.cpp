#include "program/CustomChallengeRepository.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/Uuid.h"
#include "program/ChallengeCatalog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace askanyway::core {

std::string CustomChallengeRepository::add(Challenge c, const ChallengeCatalog& library)
{
    if (c.id.empty())
        c.id = "my-" + newUuid().substr(0, 8);
    validateChallenge(c);
    if (!library.category(c.category)) {
        std::string known;
        for (const auto& cat : library.categories())
            known += (known.empty() ? "" : ", ") + cat.id;
        throw ValidationError("category", "must be one of " + known + ", got \"" + c.category + "\"");
    }
    if (library.find(c.id) || exists(c.id))
        throw ValidationError("id", "a challenge with id \"" + c.id + "\" already exists");

    Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO custom_challenges (id, title, how_to, category, difficulty, "
                           "created_at) VALUES (?,?,?,?,?,?)");
    st.bind(1, c.id).bind(2, c.title).bind(3, c.howTo).bind(4, c.category).bind(5, c.difficulty);
    st.bind(6, formatTimestamp(m_clock.now())).run();
    tx.commit();
    return c.id;
}

bool CustomChallengeRepository::exists(const std::string& id) const
{
    auto st = m_db.prepare("SELECT 1 FROM custom_challenges WHERE id = ?");
    st.bind(1, id);
    return st.step();
}

std::vector<Challenge> CustomChallengeRepository::list() const
{
    auto st = m_db.prepare("SELECT id, title, how_to, category, difficulty FROM custom_challenges "
                           "ORDER BY id");
    std::vector<Challenge> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.text(2), st.text(3),
                       static_cast<int>(st.integer(4)), true});
    return out;
}

} // namespace askanyway::core
