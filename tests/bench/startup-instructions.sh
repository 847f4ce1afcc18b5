#!/usr/bin/env bash
# Instruction counts of start-up, under callgrind, for the GUI thread: a bare QMainWindow until it
# is mapped, and the console (built-in sandbox, its typical customer) until its window is mapped
# and from then until the customer's accounts are answered (the moments bench_startup times).
# Unlike times, they do not move when the machine is busy. Starts its own Xvfb.
#   tests/bench/startup-instructions.sh [BUILD_DIR]   (needs valgrind and xvfb-run)
set -euo pipefail

measure() { # inside xvfb-run: out and build are set
  export HOME="$out/home" XDG_CONFIG_HOME="$out/home/config" XDG_DATA_HOME="$out/home/data"
  export QT_QPA_PLATFORM=xcb CONSOLE_STARTUP_TRACE=1 QT_LOGGING_RULES='*.debug=false;console.*.info=false'
  (cd "$out" && valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file=bare.%p \
    --dump-before='*announceMapped*' "$build/bin/bare_window" 2>"$out/bare.log" >/dev/null)
  (cd "$out" && exec valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file=console.%p \
    --dump-before='StartupTrace::mark*' "$build/bin/account-console" --sandbox 2>"$out/console.log" >/dev/null) &
  local pid=$!
  for _ in $(seq 1 240); do
    grep -q 'startup: accounts answered' "$out/console.log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

if [ "${1:-}" = --inside ]; then
  out=$2 build=$3
  measure
  exit 0
fi
build=$(cd "${1:-build}" && pwd)
for tool in valgrind xvfb-run; do
  command -v "$tool" >/dev/null || { echo "startup-instructions.sh: $tool is missing" >&2; exit 2; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/home"
xvfb-run -a -s '-screen 0 1280x800x24' "$0" --inside "$out" "$build"

total() { sed -n 's/^summary: //p' "$1" 2>/dev/null | head -1; }
bare=$(total "$(ls "$out"/bare.*.1-01 2>/dev/null | head -1)")
mapped=$(total "$(ls "$out"/console.*.1-01 2>/dev/null | head -1)")
answered=$(total "$(ls "$out"/console.*.2-01 2>/dev/null | head -1)")
if [ -z "$bare" ] || [ -z "$mapped" ] || [ -z "$answered" ]; then
  echo "startup-instructions.sh: a start did not reach its marks" >&2
  tail -5 "$out/console.log" >&2
  exit 1
fi
echo "start-up under callgrind: the GUI thread's instructions (ratio to the bare QMainWindow's until mapped)"
awk -v n="$bare" 'BEGIN { printf "  bare QMainWindow, start to mapped:          %11d\n", n }'
awk -v n="$mapped" -v b="$bare" 'BEGIN { printf "  console, start to window mapped:           %11d  %.2fx\n", n, n / b }'
awk -v n="$answered" -v b="$bare" \
  'BEGIN { printf "  console, window mapped to accounts answered: %9d  %.2fx\n", n, n / b }'
