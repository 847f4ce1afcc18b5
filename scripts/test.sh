#!/usr/bin/env bash
# Installs the build and test dependencies (Debian 12), builds with warnings as errors, and runs
# every test (widget tests offscreen), after printing the benchmarks' figures; then builds again
# with clang's sanitizers and runs the suite and the fuzz smoke there.
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
../tests/bench/instructions.sh . # instruction counts: the figures a busy machine does not move
../tests/bench/startup-instructions.sh . # the same for start-up (its own Xvfb)
ctest --output-on-failure -j2 -LE bench

# The same suite again under clang's AddressSanitizer + UndefinedBehaviorSanitizer, and the fuzz
# harnesses for a fixed number of runs (the package test needs only one build).
cd ..
CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCONSOLE_SANITIZE=ON -DCONSOLE_FUZZ=ON >/dev/null
cmake --build build-asan
cd build-asan
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$PWD/../tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --output-on-failure -j2 -LE 'bench|package'
