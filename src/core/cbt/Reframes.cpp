#include "cbt/Reframes.h"

#include "io/JsonReader.h"

#include <nlohmann/json.hpp>

#include <cctype>

namespace askanyway::core {

extern const char* const kReframesJson;

std::string normaliseForMatching(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\'')
            continue;
        // U+2019, the typographic apostrophe, as typed by many keyboards and phones.
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) == 0x99) {
            i += 2;
            continue;
        }
        if (std::isalnum(c) || c >= 0x80)
            out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

const std::vector<Reframe>& reframes()
{
    static const std::vector<Reframe> list = [] {
        const auto root = parseImportDocument(kReframesJson);
        std::vector<Reframe> out;
        for (const JsonReader& in : JsonReader(root, "").objects("reframes")) {
            Reframe r{in.string("id"), in.string("belief"), {}, in.string("reframe")};
            for (const std::string& phrase : in.strings("phrases"))
                r.phrases.push_back(normaliseForMatching(phrase));
            out.push_back(r);
        }
        return out;
    }();
    return list;
}

std::vector<Reframe> matchingReframes(std::string_view thought)
{
    const std::string text = " " + normaliseForMatching(thought) + " ";
    std::vector<Reframe> out;
    for (const Reframe& r : reframes()) {
        for (const std::string& phrase : r.phrases) {
            // A phrase starts at a word boundary; it may end inside one ("embarrass" finds
            // "embarrassing").
            if (text.find(" " + phrase) != std::string::npos) {
                out.push_back(r);
                break;
            }
        }
    }
    return out;
}

} // namespace askanyway::core
