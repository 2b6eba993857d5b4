#!/usr/bin/env bash
# The secret-leak check: runs the test suite (all of it unless vitest arguments are given) with every
# answer that must hold no secret captured (tests/leak-check/capture-answers.ts: every error body, every
# journal, session list and masked export), the output of every bin the tests start, the run's own log and
# whatever the tests leave in their temporary folder (reports among it), then greps all of it for each
# password of fixtures/default.json and for the planted one of tests/security/mock-state.ts.
# Exit 0: none found. Exit 1: where they were found. Exit 2: the tests themselves failed.
set -uo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/remotix-leak-check-XXXXXX")
mkdir -p "$work/captured" "$work/tmp"
secrets="$work/secrets.txt"
node -e '
  const walk = (v, k = "") => typeof v === "string" ? (/password$/.test(k) && console.log(v)) : v && typeof v === "object" && Object.entries(v).forEach(([k2, x]) => walk(x, k2));
  walk(JSON.parse(require("fs").readFileSync("fixtures/default.json", "utf8")));' > "$secrets"
sed -n "s/^export const PLANTED = '\(.*\)';$/\1/p" tests/security/mock-state.ts >> "$secrets"
if [ "$(wc -l < "$secrets")" -lt 9 ]; then echo "check-secret-leaks: found only $(wc -l < "$secrets") secrets to look for" >&2; exit 2; fi

npm run build --silent > "$work/build.log" 2>&1 || { echo "check-secret-leaks: the build failed, see $work/build.log" >&2; exit 2; }
REMOTIX_LEAK_CHECK_DIR="$work/captured" TMPDIR="$work/tmp" npx vitest run "$@" > "$work/test-run.log" 2>&1
tests=$?
answers=$(cat "$work"/captured/answers-*.jsonl 2>/dev/null | wc -l)
outputs=$(ls "$work"/captured/bin-output-* 2>/dev/null | wc -l)
left=$(find "$work/tmp" -type f | wc -l)
echo "check-secret-leaks: $(wc -l < "$secrets") secrets; $answers answers, $outputs bin outputs, the run's log and $left files left in its temporary folder, in $work"
found=$(grep -rlF -f "$secrets" "$work/captured" "$work/test-run.log" "$work/tmp" 2>/dev/null)
if [ -n "$found" ]; then
  echo "check-secret-leaks: secrets found in:" >&2
  echo "$found" >&2
  grep -rnoF -f "$secrets" $found 2>/dev/null | head -20 >&2
  exit 1
fi
echo "check-secret-leaks: none found"
[ "$tests" -eq 0 ] || { echo "check-secret-leaks: but the tests failed (exit $tests), see $work/test-run.log" >&2; exit 2; }
