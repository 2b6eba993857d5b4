#!/usr/bin/env bash
# npm run test:pack: pack the package, install the tarball in an empty folder, and use it as a user would:
# `npx remotix-mock` serves and stops on SIGTERM, `npx remotix-contract --help` works, and the library
# entry points (`remotix-mock`, `remotix-mock/client`) import and type-check.
#
# Env: PACK_ALLOW_MISSING_CONTRACT_BIN=1 turns a missing remotix-contract bin into a SKIP (only while the
# bin is being written; CI leaves it unset, so the bin is required).  KEEP_WORK=1 keeps the temp folder.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/remotix-pack.XXXXXX)
APP=$WORK/app
T0=$(date +%s)
PASSED=0
FAILED=0
SKIPPED=0
MOCK_PID=

step() { echo "=== [$(($(date +%s) - T0))s] $*"; }
pass() { PASSED=$((PASSED + 1)); echo "  ok   $*"; }
fail() { FAILED=$((FAILED + 1)); echo "  FAIL $*"; }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
# alive PID: running, not a zombie waiting for `wait`.
alive() { ps -o stat= -p "$1" 2>/dev/null | grep -qv '^Z'; }

cleanup() {
  local rc=$?
  if [ -n "$MOCK_PID" ]; then kill -KILL -- "-$MOCK_PID" 2>/dev/null || true; fi
  if [ "${KEEP_WORK:-}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
  exit "$rc"
}
trap cleanup EXIT

step "npm pack (runs prepack: spec:export, and prepare: build)"
TARBALL=$WORK/$(cd "$ROOT" && npm pack --silent --pack-destination "$WORK" | tail -1)
tar -tzf "$TARBALL" | sed 's#^package/##' | sort >"$WORK/contents"
echo "  $(basename "$TARBALL"): $(du -k "$TARBALL" | cut -f1) kB packed, $(wc -l <"$WORK/contents") files"
for file in package.json README.md dist/bundle/bin.mjs dist/src/bin.js dist/src/index.js dist/src/index.d.ts dist/client/index.js \
  dist/client/index.d.ts openapi/remotix.yaml openapi/admin.yaml fixtures/default.json dist/openapi/remotix-3.2.yaml \
  contract-tests/report.schema.json dialect/default.json dialect/dialect.schema.json; do
  check "the tarball has $file" grep -qx "$file" "$WORK/contents"
done
check "the tarball has no source maps, tests or TypeScript sources" test -z "$(grep -E '\.map$|\.test\.|/testing/|^(src|tests|scripts|client)/' "$WORK/contents")"
HAS_CONTRACT_BIN=$(grep -qx dist/contract-tests/bin.js "$WORK/contents" && echo yes || echo no)

step "install the tarball in an empty folder (npm init -y; npm install <tarball>)"
mkdir -p "$APP"
(cd "$APP" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "$TARBALL")
check "npm install <tarball> installs remotix-mock" test -f "$APP/node_modules/remotix-mock/package.json"

step "npx remotix-mock --port 0: serves, then stops on SIGTERM with exit code 0"
(cd "$APP" && exec setsid npx --no-install remotix-mock --port 0 >"$WORK/mock.log" 2>&1) &
MOCK_PID=$!
URL=
for _ in $(seq 1 60); do # up to ~30 s for the URL
  URL=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$WORK/mock.log")
  [ -n "$URL" ] || ! alive "$MOCK_PID" && break
  sleep 0.5
done
check "it prints the URL it listens on ($URL)" test -n "$URL"
check "GET /__admin/health answers 200" test "$(curl -s -o /dev/null -w '%{http_code}' "$URL/__admin/health")" = 200
check "curl -X ACTION /connection/1000-0001/connect answers 200" \
  test "$(curl -s -o /dev/null -w '%{http_code}' -X ACTION "$URL/connection/1000-0001/connect")" = 200
# npm exec does not pass SIGTERM on to the command, so the signal goes to the server process itself (as a
# process manager's would); npx then exits with the server's exit code. (setsid made npx a session leader.)
SERVER_PID=$(ps -o pid=,args= -s "$MOCK_PID" | awk '/node .*remotix-mock/ && !/npm exec/ { print $1; exit }')
check "the server process runs under npx (pid ${SERVER_PID:-none})" test -n "$SERVER_PID"
kill -TERM "${SERVER_PID:-$MOCK_PID}" 2>/dev/null || true
for _ in $(seq 1 40); do alive "$MOCK_PID" || break; sleep 0.5; done # up to ~20 s
alive "$MOCK_PID" && kill -KILL -- "-$MOCK_PID"
set +e
wait "$MOCK_PID"
CODE=$?
set -e
MOCK_PID=
check "it stops on SIGTERM, and npx exits 0 (got $CODE)" test "$CODE" = 0
sed 's/^/  | /' "$WORK/mock.log"

step "npx remotix-contract --help"
if [ "$HAS_CONTRACT_BIN" = no ] && [ "${PACK_ALLOW_MISSING_CONTRACT_BIN:-}" = 1 ]; then
  SKIPPED=$((SKIPPED + 1))
  echo "  SKIP dist/contract-tests/bin.js is not in the package yet (PACK_ALLOW_MISSING_CONTRACT_BIN=1)"
else
  check "npx remotix-contract --help exits 0 and prints a usage" \
    bash -c "cd '$APP' && npx --no-install remotix-contract --help >'$WORK/contract.log' 2>&1 && grep -qi usage '$WORK/contract.log'"
  sed 's/^/  | /' "$WORK/contract.log" 2>/dev/null | head -20
fi

step "the library entry points: import and type-check from the installed package"
cp "$ROOT/scripts/pack-consumer/"* "$APP/"
check "remotix-mock and remotix-mock/client import and work (consumer.mjs)" bash -c "cd '$APP' && node consumer.mjs"
check "their types resolve and check under strict NodeNext (consumer.mts)" \
  node "$ROOT/node_modules/typescript/bin/tsc" -p "$APP/tsconfig.json" --typeRoots "$ROOT/node_modules/@types"

echo "pack: $PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" = 0 ]
