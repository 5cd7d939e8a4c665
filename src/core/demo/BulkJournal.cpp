#include "demo/BulkJournal.h"

#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <random>

namespace askanyway::core {

void fillBulkJournal(Database& db, int count, const std::string& lastDate, unsigned seed)
{
    static const char* const outcomes[] = {"no", "yes", "partial", "avoided"};
    static const char* const categories[] = {"favours", "discounts", "photos", "compliments", "opinions"};
    std::mt19937 random(seed);
    auto between = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    const std::int64_t end = *parseDate(lastDate);
    const std::int64_t span = 3 * 365;

    Transaction tx(db);
    auto st = db.prepare("INSERT INTO attempts (id, at, at_epoch, challenge_id, category, title, difficulty, "
                         "no_likelihood, predicted_anxiety, outcome, anxiety_before, anxiety_peak, anxiety_after, "
                         "recovery_minutes, reflection_learned) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (int i = 0; i < count; ++i) {
        // Spread evenly over the span, oldest first, at a daytime hour.
        const std::int64_t day = end - span + static_cast<std::int64_t>(i) * span / std::max(1, count);
        const int offset = 60;
        const Timestamp at{day * 86400 + between(8, 21) * 3600 + between(0, 59) * 60 - offset * 60, offset};
        const int progress = static_cast<int>(3 * (day - (end - span)) / span); // 0..2: anxiety eases
        const char* outcome = outcomes[between(0, 9) < 4 ? 0 : between(1, 3)];
        const int predicted = std::clamp(between(5, 9) - progress, 0, 10);
        const int peak = std::clamp(predicted - between(0, 3), 0, 10);
        const bool asked = std::string(outcome) != "avoided";
        st.reset();
        st.bind(1, newUuid()).bind(2, formatTimestamp(at)).bind(3, at.epoch).bindNull(4);
        st.bind(5, categories[between(0, 4)]).bind(6, "Bulk ask " + std::to_string(i)).bind(7, between(1, 3));
        st.bind(8, between(30, 90)).bind(9, predicted).bind(10, outcome);
        if (asked)
            st.bind(11, std::max(0, peak - 1)).bind(12, peak).bind(13, std::max(0, peak - 3)).bind(14, between(2, 40));
        else
            st.bindNull(11).bindNull(12).bindNull(13).bindNull(14);
        st.bind(15, "").run();
    }
    tx.commit();
}

} // namespace askanyway::core
