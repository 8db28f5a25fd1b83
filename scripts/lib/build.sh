#!/usr/bin/env bash
# Configures and builds one CMake preset: scripts/lib/build.sh PRESET [CMAKE-CACHE-ARGUMENTS...]
set -euo pipefail
preset="$1"
shift
cmake --preset "$preset" "$@" >/dev/null
cmake --build --preset "$preset"
