#!/usr/bin/env bash
# Installs the build dependencies (Debian 12), builds, and starts the console on the built-in
# sandbox. Arguments are passed to the console (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
install_packages "${BUILD_PACKAGES[@]}"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
exec ./build/bin/account-console --sandbox "$@"
