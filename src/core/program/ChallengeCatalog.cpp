#include "program/ChallengeCatalog.h"

#include "common/Error.h"
#include "common/Validation.h"
#include "io/JsonReader.h"

#include <nlohmann/json.hpp>

#include <set>

namespace askanyway::core {

// Defined in the file CMake generates from resources/challenges.json.
extern const char* const kBuiltInChallengesJson;

void validateChallenge(const Challenge& c)
{
    requireText("id", c.id, 64);
    for (char ch : c.id)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-'))
            throw ValidationError("id", "may hold only a-z, 0-9 and '-', got \"" + c.id + "\"");
    requireText("title", c.title, kMaxLabelBytes);
    requireMaxLength("how_to", c.howTo, kMaxTextBytes);
    requireValidUtf8("how_to", c.howTo);
    requireText("category", c.category, kMaxLabelBytes);
    requireRange("difficulty", c.difficulty, 1, 5);
}

ChallengeCatalog ChallengeCatalog::fromJson(std::string_view text)
{
    const nlohmann::json root = parseImportDocument(text);
    if (!root.is_object())
        throw ValidationError("document", "must be a JSON object");
    const JsonReader top(root, "");
    if (top.string("format") != "askanyway-challenges")
        throw ValidationError("format", "must be \"askanyway-challenges\"");
    ChallengeCatalog catalog;
    std::set<std::string> categoryIds, ids;
    for (const JsonReader& in : top.objects("categories")) {
        Category c{in.string("id"), in.string("name"), false, in.string("description", "")};
        if (auto romantic = in.nullableBoolean("romantic"))
            c.romantic = *romantic;
        if (!categoryIds.insert(c.id).second)
            throw ValidationError(in.field("id"), "repeats category \"" + c.id + "\"");
        catalog.m_categories.push_back(c);
    }
    for (const JsonReader& in : top.objects("challenges")) {
        Challenge c{in.string("id"), in.string("title"), in.string("how_to", ""),
                    in.string("category"), in.integer("difficulty", 1, 5), false};
        try {
            validateChallenge(c);
        } catch (const ValidationError& e) {
            throw e.within(in.path());
        }
        if (!categoryIds.count(c.category))
            throw ValidationError(in.field("category"), "names no category of this catalog: \"" +
                                                            c.category + "\"");
        if (!ids.insert(c.id).second)
            throw ValidationError(in.field("id"), "repeats challenge \"" + c.id + "\"");
        catalog.m_challenges.push_back(c);
    }
    if (catalog.m_challenges.empty())
        throw ValidationError("challenges", "must hold at least one challenge");
    return catalog;
}

const ChallengeCatalog& ChallengeCatalog::builtIn()
{
    static const ChallengeCatalog catalog = fromJson(kBuiltInChallengesJson);
    return catalog;
}

ChallengeCatalog ChallengeCatalog::withCustom(const std::vector<Challenge>& custom) const
{
    ChallengeCatalog merged = *this;
    for (const Challenge& c : custom) {
        if (!find(c.id))
            merged.m_challenges.push_back(c);
    }
    return merged;
}

const Challenge* ChallengeCatalog::find(std::string_view id) const
{
    for (const Challenge& c : m_challenges)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Category* ChallengeCatalog::category(std::string_view id) const
{
    for (const Category& c : m_categories)
        if (c.id == id)
            return &c;
    return nullptr;
}

bool ChallengeCatalog::isRomantic(std::string_view categoryId) const
{
    const Category* c = category(categoryId);
    return c && c->romantic;
}

std::vector<Challenge> ChallengeCatalog::filter(const ChallengeFilter& f) const
{
    std::vector<Challenge> out;
    for (const Challenge& c : m_challenges)
        if ((!f.difficulty || c.difficulty == *f.difficulty) && (!f.category || c.category == *f.category))
            out.push_back(c);
    return out;
}

} // namespace askanyway::core
