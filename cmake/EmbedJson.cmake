# Turns a JSON resource into a C++ source defining `const char* const NAME`, so the core carries
# its data with no file to find at run time. Called by the core's build with -D arguments:
#   INPUT (json file), OUTPUT (cpp file), NAME (variable in askanyway::core).
file(READ "${INPUT}" content)
string(FIND "${content}" ")askanyway_json\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT}; do not edit.\n"
  "namespace askanyway::core {\n"
  "extern const char* const ${NAME};\n"
  "const char* const ${NAME} = R\"askanyway_json(${content})askanyway_json\";\n"
  "} // namespace askanyway::core\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
