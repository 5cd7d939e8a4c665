#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace askanyway::core {

// A thinking trap, with a one-line definition, from the shipped resources/distortions.json.
struct Distortion
{
    std::string id;
    std::string name;
    std::string definition;
};

const std::vector<Distortion>& distortions();
const Distortion* findDistortion(std::string_view id);

} // namespace askanyway::core
