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
status=0
"$work/check" -src testdata/example/en.txt -tgt format/testdata/reorganized/it.txt -mode reorganized \
  -format html -o "$work/reorganized.html" || status=$?
if [ "$status" -gt 1 ] || [ ! -s "$work/reorganized.html" ]; then
  echo "screenshots: the check did not write the reorganized report (status $status)" >&2
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
run "$work/dom2" --dump-dom "file://$work/reorganized.html"
if ! grep -q '<html lang="en" class="js">' "$work/dom2.out"; then
  echo "screenshots: the reorganized page's script did not run" >&2; exit 1
fi
targets=$(grep -o '<tr id="t[0-9]*"' "$work/dom2.out" | wc -l)
sources=$(grep -o '<tr id="s[0-9]*"' "$work/dom2.out" | wc -l)
if [ "$targets" -lt 5 ] || [ "$sources" -lt 40 ]; then
  echo "screenshots: the reorganized page shows $targets target and $sources source rows" >&2; exit 1
fi

# What a reader does, played on a copy of the page whose CSP is taken out
# to let a test script in: the keys n and p move from finding to finding
# in document order, the severity and kind filters hide the findings,
# and "only rows with findings" hides the other rows.
cat >"$work/behaviour.js" <<'JS'
addEventListener("load", function () {
  var out = [];
  function key(k) { document.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true })); }
  function current() { var c = document.querySelector("article.card.current"); return c ? c.id : "none"; }
  var cards = Array.prototype.map.call(document.querySelectorAll("article.card"), function (c) { return c.id; });
  key("n"); var first = current();
  key("n"); var second = current();
  key("p"); var back = current();
  out.push(first === cards[0] && second === cards[1] && back === cards[0] ? "keys-ok" : "keys-bad:" + [first, second, back]);
  var info = document.querySelector('input[data-filter="s:info"]');
  info.checked = false; info.dispatchEvent(new Event("change"));
  var shownInfo = document.querySelectorAll('article.card[data-s="info"]:not([hidden])').length;
  var hiddenOther = document.querySelectorAll('article.card[hidden]:not([data-s="info"])').length;
  out.push(shownInfo === 0 && hiddenOther === 0 ? "filter-ok" : "filter-bad:" + shownInfo + "," + hiddenOther);
  var only = document.getElementById("only-findings");
  only.checked = true; only.dispatchEvent(new Event("change"));
  var rows = document.querySelectorAll("tr.row").length;
  var visible = document.querySelectorAll("tr.row:not([hidden])").length;
  var withFindings = document.querySelectorAll("tr.row:not([hidden]) article.card:not([hidden])").length;
  out.push(visible > 0 && visible < rows && withFindings > 0 ? "rows-ok" : "rows-bad:" + visible + "/" + rows);
  document.documentElement.setAttribute("data-behaviour", out.join(" "));
});
JS
sed '/Content-Security-Policy/d' "$work/example.html" |
  sed "s#</body>#<script>$(tr -d '\n' <"$work/behaviour.js" | sed 's/[#&]/\\&/g')</script></body>#" >"$work/behaviour.html"
run "$work/behaviour" --dump-dom "file://$work/behaviour.html"
behaviour=$(grep -o 'data-behaviour="[^"]*"' "$work/behaviour.out" || true)
if [ "$behaviour" != 'data-behaviour="keys-ok filter-ok rows-ok"' ]; then
  echo "screenshots: the page does not behave: ${behaviour:-the test script did not run}" >&2; exit 1
fi
echo "screenshots: keys, filters and row hiding work"

shoot() { # shoot NAME WIDTH HEIGHT URL
  run "$work/$1" --window-size="$2,$3" --screenshot="$out/$1.png" "$4"
  if [ ! -s "$out/$1.png" ] || [ "$(stat -c %s "$out/$1.png")" -lt 10000 ]; then
    echo "screenshots: $out/$1.png is empty" >&2; exit 1
  fi
  echo "$out/$1.png"
}
shoot report-desktop 1400 1800 "$page"
shoot report-narrow 420 1400 "$page"
shoot report-reorganized 1400 1800 "file://$work/reorganized.html"
echo "screenshots: $rows rows, and $targets target and $sources source rows reorganized, rendered; ok"
