#!/usr/bin/env bash
# Renders the HTML report of the bundled example with headless Chromium
# (Debian's package chromium) and saves screenshots: the top of the page
# and a finding at desktop width, and the top at a phone's width.
#
#   scripts/screenshots.sh [OUTDIR]     # default: docs/screenshots
#
# It fails when the page does not render: Chromium fails or logs a
# Content-Security-Policy violation, the page's script did not run, the
# rows of the report are missing, or a screenshot is empty.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-docs/screenshots}
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "screenshots: chromium is not installed (Debian: apt-get install chromium)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The report: check exits 1 because the example has errors.
go build -o "$work/check" ./examples/check
status=0
"$work/check" -format html -o "$work/example.html" || status=$?
if [ "$status" -gt 1 ] || [ ! -s "$work/example.html" ]; then
  echo "screenshots: the check did not write the report (status $status)" >&2
  exit 1
fi
page="file://$work/example.html"

# The flags: no sandbox when run as root (CI), no GPU, a fixed scale, a
# profile of its own, and time for the page's script to run.
flags=(--headless --disable-gpu --hide-scrollbars --force-device-scale-factor=1
  --no-first-run --user-data-dir="$work/profile" --virtual-time-budget=3000
  --enable-logging=stderr --v=0)
if [ "$(id -u)" = 0 ]; then flags+=(--no-sandbox); fi

run() { # run LOG ARGS...: runs Chromium, fails on a CSP violation
  local log=$1; shift
  if ! timeout 120 "$browser" "${flags[@]}" "$@" >"$log.out" 2>"$log.err"; then
    cat "$log.err" >&2; echo "screenshots: chromium failed" >&2; exit 1
  fi
  if grep -iE 'Content.Security.Policy|Refused to' "$log.err" >&2; then
    echo "screenshots: the page broke its Content-Security-Policy" >&2; exit 1
  fi
}

# The page as the browser built it: the script ran (it marks <html>
# with the class js) and the rows are there.
run "$work/dom" --dump-dom "$page"
if ! grep -q '<html lang="en" class="js">' "$work/dom.out"; then
  echo "screenshots: the page's script did not run" >&2; exit 1
fi
rows=$(grep -o '<tr id="r[0-9]*"' "$work/dom.out" | wc -l)
if [ "$rows" -lt 40 ]; then
  echo "screenshots: $rows rows rendered, want the bundled example's (about 60)" >&2; exit 1
fi

shoot() { # shoot NAME WIDTH HEIGHT URL
  run "$work/$1" --window-size="$2,$3" --screenshot="$out/$1.png" "$4"
  if [ ! -s "$out/$1.png" ] || [ "$(stat -c %s "$out/$1.png")" -lt 10000 ]; then
    echo "screenshots: $out/$1.png is empty" >&2; exit 1
  fi
  echo "$out/$1.png"
}
shoot report-desktop 1400 1800 "$page"
shoot report-narrow 420 1400 "$page"
echo "screenshots: $rows rows rendered; ok"
