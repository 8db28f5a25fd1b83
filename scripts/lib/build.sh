#!/usr/bin/env bash
# Configures and builds one CMake preset: scripts/lib/build.sh PRESET
set -euo pipefail
preset="$1"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
