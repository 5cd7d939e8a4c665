#!/usr/bin/env bash
# Ask Anyway's one entry point for developers and CI.
#   scripts/dev.sh deps          install the Debian packages the build needs (as root or via sudo)
#   scripts/dev.sh build         deps + configure (CMake, Ninja) + build
#   scripts/dev.sh run [ARGS]    build, then start the app with ARGS (e.g. --journal FILE)
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
  desktop-file-utils appstream
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
  deps
  say "configuring and building (build/dev)"
  cmake --preset dev >/dev/null
  cmake --build --preset dev
}

cmd=${1:-}
shift || true
case "$cmd" in
  deps) deps ;;
  build) build ;;
  run)
    build
    say "starting Ask Anyway"
    exec build/dev/src/app/askanyway "$@"
    ;;
  test)
    build
    say "running the tests"
    ctest --preset dev
    ;;
  *)
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
