#!/usr/bin/env bash
# Installs the Debian 12 packages the project builds and tests with, only the
# missing ones (apt-get; sudo when not root). Extra package names may be passed.
# Every package is named: apt-get runs with --no-install-recommends, so nothing
# may come in as a mere recommendation (checked on a bare Debian 12 with
# ../shared/tools/fresh-debian; see the README's set-up section).
set -euo pipefail

packages=(
  # compilers and build tools; ccache makes rebuilds (and the second build of ./scripts/test) cheaper
  build-essential cmake ninja-build pkg-config ccache
  # the engine, its tests and benchmarks
  libeigen3-dev libgtest-dev libgmock-dev libbenchmark-dev
  # Qt 6: Widgets, Charts (whose CMake files need the OpenGL module's: libqt6opengl6-dev is only a
  # recommendation of qt6-base-dev), Svg, and the platform plugins
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-qpa-plugins libgl-dev libxkbcommon-dev
  # a font, so that the window (and an offscreen screenshot) shows text
  fontconfig fonts-dejavu-core
  # a virtual display for running the window without a desktop
  xvfb xauth
  # classroom: animated GIF export (giflib), translations (lupdate/lrelease, and qt6-tools-dev for their CMake
  # package Qt6LinguistTools; Qt's own German strings for its dialogs), and the checks of the software-centre
  # metadata and man pages (appstreamcli, desktop-file-validate, groff: tests/metadata)
  libgif-dev qt6-l10n-tools qt6-tools-dev qt6-translations-l10n appstream desktop-file-utils groff-base
  "$@"
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

ask_for_packages() {
  echo "Gumbel Explorer needs these Debian packages, and installing them needs root: $*" >&2
  echo "Ask your administrator to run:" >&2
  echo "  apt-get install --no-install-recommends $*" >&2
  echo "then run this command again. Nothing was built." >&2
  exit 1
}

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    ask_for_packages "${missing[@]}"
  fi
  sudo_cmd=(sudo)
fi
if ! "${sudo_cmd[@]}" apt-get update -qq; then
  [ "$(id -u)" -ne 0 ] && ask_for_packages "${missing[@]}"
  echo "apt-get update failed (is Debian's package archive reachable?)" >&2
  exit 1
fi
if ! "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
  echo "apt-get install failed for: ${missing[*]}" >&2
  exit 1
fi
