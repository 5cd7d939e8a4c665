#include "ethics/AttemptGuard.h"

#include "common/Error.h"
#include "ethics/Pledge.h"
#include "journal/Attempt.h"
#include "program/Challenge.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace askanyway::core {

void checkAttemptAllowed(Database& db, const Clock& clock, const Attempt& attempt)
{
    if (attempt.difficulty >= kPledgeDifficulty && !Pledge(db, clock).accepted())
        throw ValidationError(
            "difficulty",
            "asks of difficulty 4 and 5 open once the practice pledge is accepted (accept a no at "
            "once; never ask the same person again; people are not targets; stop if someone "
            "seems uncomfortable)");

    if (!attempt.person)
        return;
    // Nicknames match whatever their case or surrounding spaces: "Blue scarf " is "blue scarf".
    auto st = db.prepare("SELECT substr(at, 1, 10) FROM attempts WHERE outcome = 'no' "
                         "AND lower(trim(person)) = lower(trim(?1)) AND id != ?2 "
                         "ORDER BY at_epoch LIMIT 1");
    st.bind(1, *attempt.person).bind(2, attempt.id);
    if (st.step())
        throw ValidationError(
            "person", "\"" + *attempt.person + "\" already said no on " + st.text(0) +
                          ". A no is a complete answer: Ask Anyway never plans or logs another "
                          "ask to the same person. Your courage counts just as much with "
                          "someone new.");
}

} // namespace askanyway::core
