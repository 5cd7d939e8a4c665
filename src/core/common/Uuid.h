#pragma once

#include <string>
#include <string_view>

namespace askanyway::core {

// A random (version 4) UUID in lower-case canonical form.
std::string newUuid();

// True for any canonical 8-4-4-4-12 hex UUID, whatever its version.
bool isUuid(std::string_view text);

} // namespace askanyway::core
