#!/usr/bin/env bash
# Instruction counts of the decode and model-building figures, under callgrind: unlike times,
# they do not move when the machine is busy, so a ratio can be compared across runs and commits.
#   tests/bench/instructions.sh [BUILD_DIR]      (needs valgrind: apt-get install valgrind)
set -euo pipefail
build=${1:-build}
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is missing (apt-get install valgrind)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
QT_LOGGING_RULES='console.*=false' valgrind --tool=callgrind --collect-atstart=no \
  --callgrind-out-file="$out/callgrind.out" "$build/bin/bench_decode" --instructions >/dev/null 2>"$out/valgrind.log" \
  || { cat "$out/valgrind.log" >&2; exit 1; }
declare -A count
for dump in "$out"/callgrind.out.*; do
  label=$(sed -n 's/^desc: Trigger: Client Request: //p' "$dump")
  [ -n "$label" ] && count[$label]=$(sed -n 's/^summary: //p' "$dump")
done
base=${count[fromJson]}
echo "bench_decode under callgrind: instructions for the 10,000-account answer (ratio to QJsonDocument::fromJson)"
for label in fromJson decodeListWithQt decodeList decodeLogins decodeLoginsInParts buildModel; do
  awk -v l="$label" -v n="${count[$label]}" -v b="$base" 'BEGIN { printf "  %-20s %13d  %.2fx\n", l, n, n / b }'
done
echo "  (decodeLogins read whole on one thread; decodeLoginsInParts as the window reads it from 1 MiB, its"
echo "  parts one after another on one thread: callgrind counts the thread that toggles it only, so the"
echo "  window's read, half of the parts on a second thread, is timed by bench_decode instead)"
echo "  per account, 1,000 / 10,000 / 100,000 accounts (ratio to the 1,000 figure; 100,000: the stress customer):"
for read in decodeList decodeLogins decodeLoginsInParts; do
  for n in 1000 10000 100000; do
    awk -v r="$read" -v n="$n" -v c="${count[$read$n]}" -v b="${count[${read}1000]}" \
      'BEGIN { printf "  %-19s %7d accounts %9.0f per account  %.2fx\n", r, n, c / n, (c / n) / (b / 1000) }'
  done
done
