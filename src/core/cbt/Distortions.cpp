#include "cbt/Distortions.h"

#include "io/JsonReader.h"

#include <nlohmann/json.hpp>

namespace askanyway::core {

extern const char* const kDistortionsJson;

const std::vector<Distortion>& distortions()
{
    static const std::vector<Distortion> list = [] {
        const auto root = parseImportDocument(kDistortionsJson);
        std::vector<Distortion> out;
        for (const JsonReader& in : JsonReader(root, "").objects("distortions"))
            out.push_back({in.string("id"), in.string("name"), in.string("definition")});
        return out;
    }();
    return list;
}

const Distortion* findDistortion(std::string_view id)
{
    for (const Distortion& d : distortions())
        if (d.id == id)
            return &d;
    return nullptr;
}

} // namespace askanyway::core
