#!/usr/bin/env bash
# Ask Anyway's one entry point for developers and CI.
#   scripts/dev.sh deps          install the Debian packages the build needs (as root or via sudo)
#   scripts/dev.sh build [PRESET] deps + configure (CMake, Ninja) + build (default dev, with tests)
#   scripts/dev.sh run [ARGS]    optimised build (build/release), then start the app with ARGS
#                                (e.g. --demo, or --journal FILE)
#   scripts/dev.sh test          build, then run every test through ctest; non-zero on failure
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# Debian 12 package names. Keep in step with docs/ARCHITECTURE.md.
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libsqlite3-dev nlohmann-json3-dev catch2 libcli11-dev uuid-dev tzdata
  desktop-file-utils appstream fonts-dejavu-core
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

deps() {
  local missing=() p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  say "installing: ${missing[*]}"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Please install as root: apt-get install ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  local preset=${1:-dev}
  deps
  say "configuring and building (build/$preset)"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
}

cmd=${1:-}
shift || true
case "$cmd" in
  deps) deps ;;
  build) build "${1:-dev}" ;;
  run)
    build release
    say "starting Ask Anyway"
    exec build/release/src/app/askanyway "$@"
    ;;
  test)
    build
    say "running the tests"
    ctest --preset dev
    ;;
  *)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
