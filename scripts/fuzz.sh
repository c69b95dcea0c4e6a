#!/usr/bin/env bash
# Runs every fuzz target of the module, one after the other, for a given
# time each. CI runs it for a few seconds a target (a smoke run); the long
# runs that guard the invariants are the same command with a longer time:
#
#   scripts/fuzz.sh 10m              # every target, ten minutes each
#   scripts/fuzz.sh 10m Check Align  # only the targets named FuzzCheck, FuzzAlign
#
# FUZZPARALLEL sets the number of fuzzing workers (default: GOMAXPROCS).
# A failing input is written under the package's testdata/fuzz and the
# script stops with status 1.
set -euo pipefail
cd "$(dirname "$0")/.."

fuzztime=${1:-5s}
shift || true
only=" $* "
parallel=()
[ -n "${FUZZPARALLEL:-}" ] && parallel=(-parallel "$FUZZPARALLEL")

log=$(mktemp)
trap 'rm -f "$log"' EXIT
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u); do
    if [ "$only" != "  " ] && [[ "$only" != *" ${target#Fuzz} "* ]]; then
      continue
    fi
    echo "-- $pkg $target ($fuzztime, started $(date -u +%H:%M:%S))"
    # The fuzzing engine sometimes reports "context deadline exceeded" when
    # the time runs out while a worker is busy, with no failing input; such
    # a run is tried again (twice at most). A real failure writes its input
    # under testdata/fuzz and fails at once.
    for attempt in 1 2 3; do
      if go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" "${parallel[@]}" "$pkg" >"$log" 2>&1; then
        grep -E '^fuzz: elapsed' "$log" | tail -n 1 || true
        tail -n 1 "$log"
        break
      fi
      cat "$log"
      if grep -q 'Failing input written' "$log" || ! grep -q 'context deadline exceeded' "$log" || [ "$attempt" = 3 ]; then
        exit 1
      fi
      echo "(the fuzzing engine ran out of time with no failing input; again)"
    done
  done
done
