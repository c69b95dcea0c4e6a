#!/usr/bin/env bash
# Measures the HTML report of a long pair: the bundled example repeated
# N times (default 100: 5,000 source and 5,500 target sentences), each
# line of copy i starting "Section i:" ("Sezione i:") so that the copies
# differ. Prints
# the time of the check with JSON and with HTML output, the page's size,
# and how long headless Chromium takes to load and lay it out, beside the
# same for the one-copy example.
#
#   scripts/large-report.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100}
browser=$(command -v chromium || command -v chromium-browser || true)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/check" ./examples/check
for i in $(seq "$n"); do sed "s/^\([^[:space:]]\)/Section $i: \1/" testdata/example/en.txt; echo; done >"$work/en.txt"
for i in $(seq "$n"); do sed "s/^\([^[:space:]]\)/Sezione $i: \1/" testdata/example/it.txt; echo; done >"$work/it.txt"

secs() { date +%s.%N; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN { print a - b }'; }
t0=$(secs)
"$work/check" -src "$work/en.txt" -tgt "$work/it.txt" -format json -o "$work/large.json" || true
t1=$(secs)
"$work/check" -src "$work/en.txt" -tgt "$work/it.txt" -format html -o "$work/large.html" || true
t2=$(secs)
"$work/check" -format html -o "$work/small.html" || true
sentences=$(grep -o '"sentences": [0-9]*' "$work/large.json" | head -n 2 | awk '{print $2}' | paste -sd/)
findings=$(grep -c '"kind": ' "$work/large.json" || true)
printf 'pair: %s sentences (source/target), %s findings\n' "$sentences" "$findings"
printf 'check with JSON output: %.2f s; with HTML output: %.2f s\n' "$(sub "$t1" "$t0")" "$(sub "$t2" "$t1")"
printf 'page: %s bytes (%s bytes gzipped)\n' "$(stat -c %s "$work/large.html")" "$(gzip -c "$work/large.html" | wc -c)"
if [ -z "$browser" ]; then echo "(chromium not installed: no browser timing)"; exit 0; fi
flags=(--headless --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$work/profile" --window-size=1400,1000)
if [ "$(id -u)" = 0 ]; then flags+=(--no-sandbox); fi
# The browser's own measure: a copy of each page, its CSP taken out, with
# a script that records when the load event came (the page parsed and its
# script run) and how long laying out the whole page then takes.
timing='<script>addEventListener("load",function(){var t0=performance.now();document.body.offsetHeight;document.documentElement.setAttribute("data-timing",Math.round(t0)+" "+Math.round(performance.now()-t0));});</script>'
for page in small large; do
  sed '/Content-Security-Policy/d' "$work/$page.html" | sed "s#</body>#$timing</body>#" >"$work/$page-timed.html"
  for try in 1 2 3; do
    "$browser" "${flags[@]}" --dump-dom "file://$work/$page-timed.html" 2>/dev/null |
      grep -o 'data-timing="[0-9]* [0-9]*"' | tr -d '"' | sed 's/data-timing=//' |
      awk -v page="$page" '{ printf "%s page: load event at %d ms, layout of the whole page %d ms\n", page, $1, $2 }'
  done
done
