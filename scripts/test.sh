#!/usr/bin/env bash
# Installs the build and test dependencies (Debian 12), builds with warnings as errors, and runs
# every test (widget tests offscreen), after printing the benchmarks' figures.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONSOLE_WERROR=ON >/dev/null
cmake --build build
cd build
export QT_QPA_PLATFORM=offscreen
# Benchmarks first and alone, so that the tests do not disturb their figures.
ctest -L bench -V | sed -n 's/^[0-9]*: //p' | grep -E '^(bench_|  )'
ctest --output-on-failure -j2 -LE bench
