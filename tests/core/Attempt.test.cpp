#include "common/Error.h"
#include "journal/Attempt.h"
#include "journal/AttemptValidation.h"

#include "Samples.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace askanyway::core;
using askanyway::test::sampleAttempt;

namespace {

// The message validation gives for an attempt changed by `edit`, or "" if it passes.
std::string complaint(const std::function<void(Attempt&)>& edit)
{
    Attempt a = sampleAttempt();
    edit(a);
    try {
        validateAttempt(a);
    } catch (const ValidationError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("a complete attempt and a bare plan are both valid", "[attempt][validation]")
{
    CHECK(complaint([](Attempt&) {}).empty());
    CHECK(complaint([](Attempt& a) { a = Attempt{}; a.title = "Ask a stranger the time"; }).empty());
}

TEST_CASE("each number is checked against its range at both edges", "[attempt][validation]")
{
    CHECK(complaint([](Attempt& a) { a.anxiety.peak = 11; }) == "anxiety.peak: must be 0-10, got 11");
    CHECK(complaint([](Attempt& a) { a.anxiety.peak = 10; }).empty());
    CHECK(complaint([](Attempt& a) { a.anxiety.before = -1; }) == "anxiety.before: must be 0-10, got -1");
    CHECK(complaint([](Attempt& a) { a.anxiety.after = 0; }).empty());
    CHECK(complaint([](Attempt& a) { a.anxiety.after = 12; }) == "anxiety.after: must be 0-10, got 12");
    CHECK(complaint([](Attempt& a) { a.prediction.noLikelihood = -1; }) ==
          "prediction.no_likelihood: must be 0-100, got -1");
    CHECK(complaint([](Attempt& a) { a.prediction.noLikelihood = 100; }).empty());
    CHECK(complaint([](Attempt& a) { a.prediction.noLikelihood = 101; }) ==
          "prediction.no_likelihood: must be 0-100, got 101");
    CHECK(complaint([](Attempt& a) { a.prediction.anxiety = 11; }) ==
          "prediction.anxiety: must be 0-10, got 11");
    CHECK(complaint([](Attempt& a) { a.difficulty = 0; }) == "difficulty: must be 1-5, got 0");
    CHECK(complaint([](Attempt& a) { a.difficulty = 6; }) == "difficulty: must be 1-5, got 6");
    CHECK(complaint([](Attempt& a) { a.recoveryMinutes = -5; }) ==
          "recovery_minutes: must be 0-10080, got -5");
}

TEST_CASE("text fields refuse blanks, invalid UTF-8 and absurd lengths", "[attempt][validation]")
{
    CHECK(complaint([](Attempt& a) { a.title = ""; }) == "title: must not be empty");
    CHECK(complaint([](Attempt& a) { a.title = "   \t"; }) == "title: must not be empty");
    CHECK(complaint([](Attempt& a) { a.title = std::string(201, 'x'); }) ==
          "title: must be at most 200 bytes, got 201");
    CHECK(complaint([](Attempt& a) { a.reflection.learned = "caf\xc3"; }) ==
          "reflection.learned: must be valid UTF-8 text");
    CHECK(complaint([](Attempt& a) { a.reflection.felt = "\xed\xa0\x80"; }) ==
          "reflection.felt: must be valid UTF-8 text"); // an encoded surrogate
    CHECK(complaint([](Attempt& a) { a.tags = {"ok", " "}; }) == "tags[1]: must not be empty");
    CHECK(complaint([](Attempt& a) { a.person = ""; }) == "person: must not be empty");
    CHECK(complaint([](Attempt& a) { a.at = "yesterday"; }).rfind("at: must be a date and time", 0) == 0);
    CHECK(complaint([](Attempt& a) { a.id = "42"; }).rfind("id: must be a UUID", 0) == 0);
    CHECK(complaint([](Attempt& a) { a.title = "Caf\xc3\xa9 \xf0\x9f\x98\x8a"; }).empty());
}

TEST_CASE("outcomes are read only from their four names", "[attempt]")
{
    CHECK(parseOutcome("no") == Outcome::No);
    CHECK(parseOutcome("yes") == Outcome::Yes);
    CHECK(parseOutcome("partial") == Outcome::Partial);
    CHECK(parseOutcome("avoided") == Outcome::Avoided);
    CHECK_FALSE(parseOutcome("maybe"));
    CHECK_FALSE(parseOutcome("No"));
    for (Outcome o : {Outcome::No, Outcome::Yes, Outcome::Partial, Outcome::Avoided})
        CHECK(parseOutcome(toString(o)) == o);
}
