#!/usr/bin/env bash
# Renders HTML pages in headless Chromium and fails unless each one
#   - loads (its load event fires within the time limit),
#   - has at least one chart, and every chart (each <svg> and each element of class "chart") has a non-zero size,
#   - raises no error: no uncaught exception, no console.error, no failed resource, no Content-Security-Policy
#     violation,
#   - loads nothing from elsewhere (no element with src, and no <link href>, other than data: URLs).
#
# usage: .ci/check-html.sh [--screenshot DIR] FILE.html...
#   --screenshot DIR   also saves DIR/NAME.png (1280x2000) of each page, for a person to look at
# Environment: CHROMIUM (default: chromium), CHECK_HTML_TIMEOUT seconds per page (default: 60).
#
# How: a copy of each page gets a small script as its first element. It records errors from the start, and at
# the load event writes its verdict into the attribute data-framelens-check of <html>, which is read back from
# Chromium's --dump-dom. A page that never loads has no verdict and fails.
set -euo pipefail

chromium=${CHROMIUM:-chromium}
limit=${CHECK_HTML_TIMEOUT:-60}
shots=
if [ "${1:-}" = "--screenshot" ]; then
  [ $# -ge 2 ] || { echo "usage: $0 [--screenshot DIR] FILE.html..." >&2; exit 2; }
  shots=$2
  mkdir -p "$shots"
  shift 2
fi
[ $# -ge 1 ] || { echo "usage: $0 [--screenshot DIR] FILE.html..." >&2; exit 2; }
command -v "$chromium" >/dev/null || { echo "check-html: $chromium not found (apt-get install chromium)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

probe='<script>
(function () {
  var errors = [];
  function note(what) { errors.push(String(what).replace(/["<>&]/g, " ").slice(0, 300)); }
  window.addEventListener("error", function (e) {
    var t = e.target;
    if (t && t !== window && (t.src || t.href)) { note("failed to load " + (t.src || t.href)); }
    else { note("uncaught " + (e.message || "error") + (e.lineno ? " at line " + e.lineno : "")); }
  }, true);
  window.addEventListener("unhandledrejection", function (e) { note("unhandled rejection " + e.reason); });
  document.addEventListener("securitypolicyviolation", function (e) {
    note("CSP blocked " + e.blockedURI + " (" + e.violatedDirective + ")");
  });
  var consoleError = console.error;
  console.error = function () {
    note("console.error " + Array.prototype.join.call(arguments, " "));
    return consoleError.apply(console, arguments);
  };
  window.addEventListener("load", function () {
    var charts = document.querySelectorAll("svg, .chart");
    Array.prototype.forEach.call(charts, function (c) {
      var r = c.getBoundingClientRect();
      if (!(r.width > 0 && r.height > 0)) {
        note("chart of size 0: " + c.tagName.toLowerCase() + (c.getAttribute("class") ? "." + c.getAttribute("class") : ""));
      }
    });
    if (charts.length === 0) { note("no chart (no svg, no .chart)"); }
    Array.prototype.forEach.call(document.querySelectorAll("[src], link[href]"), function (e) {
      var url = e.getAttribute("src") || e.getAttribute("href");
      if (!/^data:/i.test(url)) { note("external resource " + url); }
    });
    setTimeout(function () {
      document.documentElement.setAttribute("data-framelens-check",
          errors.length ? "FAIL: " + errors.join(" | ") : "ok: " + charts.length + " charts");
    }, 0);
  });
})();
</script>'

bom=$'\xEF\xBB\xBF'
failed=0
n=0
for page in "$@"; do
  n=$((n + 1))
  if [ ! -f "$page" ]; then
    echo "FAIL $page: no such file"; failed=1; continue
  fi
  copy="$work/page-$n.html"
  # the probe goes right after the doctype (kept first, so that the page stays in standards mode)
  first=$(head -n 1 "$page" | LC_ALL=C sed "s/^$bom//")
  if [[ "${first,,}" == '<!doctype'* ]]; then
    { printf '%s\n%s\n' "$(printf '%s' "$first" | LC_ALL=C sed 's/^\(<![^>]*>\).*/\1/')" "$probe"
      LC_ALL=C sed "1s/^$bom//; 1s/^<![^>]*>//" "$page"; } > "$copy"
  else
    { printf '%s\n' "$probe"; cat "$page"; } > "$copy"
  fi
  profile="$work/profile-$n"
  flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --user-data-dir="$profile")
  dom="$work/dom-$n.html"
  if ! timeout "$limit" "$chromium" "${flags[@]}" --dump-dom "file://$copy" > "$dom" 2> "$work/log-$n.txt"; then
    echo "FAIL $page: chromium did not finish within ${limit}s or failed"; tail -n 5 "$work/log-$n.txt"
    failed=1; continue
  fi
  verdict=$(grep -o 'data-framelens-check="[^"]*"' "$dom" | head -n 1 | sed 's/^data-framelens-check="//; s/"$//' \
    | sed 's/&amp;/\&/g; s/&quot;/"/g; s/&lt;/</g; s/&gt;/>/g' || true)
  case "$verdict" in
    ok:*) echo "ok   $page (${verdict#ok: })" ;;
    FAIL:*) echo "FAIL $page: ${verdict#FAIL: }"; failed=1 ;;
    *) echo "FAIL $page: the page did not finish loading (no verdict in the rendered DOM)"; failed=1 ;;
  esac
  if [ -n "$shots" ]; then
    name=$(basename "$page" .html)
    timeout "$limit" "$chromium" "${flags[@]}" --hide-scrollbars --window-size=1280,2000 \
      --screenshot="$shots/$name.png" "file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")" \
      >/dev/null 2>&1 || echo "warning: no screenshot of $page"
  fi
done
exit $failed
