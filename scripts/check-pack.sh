#!/usr/bin/env bash
# npm run test:pack: pack the package, install the tarball in an empty folder, and use it as a user would:
# the packed manifest has no scripts; `npm install` prints no install-script warning; no shipped text names a
# file that is not shipped; `npx remotix-mock --fixtures default` serves, and SIGTERM to the npx process alone
# stops it: the server exits 0 and frees the port; `npx remotix-contract --help` works; the library entry
# points import and run, and their types check under strict TypeScript with only the package and typescript
# installed (no @types/node).
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
  node "$ROOT/scripts/pack-manifest.mjs" restore # a pack that failed between prepack and postpack
  if [ "${KEEP_WORK:-}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
  exit "$rc"
}
trap cleanup EXIT

step "npm pack (prepack: build, spec:export, and a manifest for the tarball; postpack puts package.json back)"
TARBALL=$WORK/$(cd "$ROOT" && npm pack --silent --pack-destination "$WORK" | tail -1)
tar -tzf "$TARBALL" | sed 's#^package/##' | sort >"$WORK/contents"
echo "  $(basename "$TARBALL"): $(du -k "$TARBALL" | cut -f1) kB packed, $(wc -l <"$WORK/contents") files"
for file in package.json README.md LICENSE dist/bundle/bin.mjs dist/src/bin.js dist/src/index.js dist/src/index.d.ts dist/openapi-reader/list-operations.js dist/client/index.js \
  dist/client/index.d.ts openapi/remotix.yaml openapi/admin.yaml fixtures/default.json dist/openapi/remotix-3.2.yaml \
  dist/swagger-ui/swagger-ui-bundle.js dist/swagger-ui/swagger-ui.css dist/swagger-ui/LICENSE docs/command-line.md \
  contract-tests/report.schema.json dialect/default.json dialect/dialect.schema.json; do
  check "the tarball has $file" grep -qx "$file" "$WORK/contents"
done
check "the tarball has no source maps, tests or TypeScript sources" test -z "$(grep -E '\.map$|\.test\.|/testing/|^(src|openapi-reader|tests|scripts|client)/' "$WORK/contents")"
mkdir -p "$WORK/unpacked" && tar -xzf "$TARBALL" -C "$WORK/unpacked"
PACKED=$WORK/unpacked/package
manifest() { node -e "const m = require('$PACKED/package.json'); process.stdout.write(JSON.stringify($1) ?? 'undefined')"; }
check "the packed manifest has no scripts (no prepare to run or approve in a consumer): $(manifest m.scripts)" test "$(manifest m.scripts)" = undefined
check "the packed manifest has no dev dependencies and no allowScripts" test "$(manifest '[m.devDependencies, m.allowScripts]')" = '[null,null]'
check "swagger-ui-dist is not a dependency of the package" test "$(manifest "m.dependencies['swagger-ui-dist']")" = undefined
check "package.json in the repo is back as it was (scripts included)" node -e "process.exit(require('$ROOT/package.json').scripts?.prepare ? 0 : 1)"
HAS_CONTRACT_BIN=$(grep -qx dist/contract-tests/bin.js "$WORK/contents" && echo yes || echo no)

step "install the tarball in an empty folder (npm init -y; npm install <tarball>)"
mkdir -p "$APP"
(cd "$APP" && npm init -y >/dev/null && npm install --no-audit --no-fund "$TARBALL" >"$WORK/install.log" 2>&1)
sed 's/^/  | /' "$WORK/install.log"
check "npm install <tarball> installs remotix-mock" test -f "$APP/node_modules/remotix-mock/package.json"
check "npm install prints no install-script warning" bash -c "! grep -qi 'install-scripts\|install script' '$WORK/install.log'"
check "neither swagger-ui-dist nor @scarf/scarf is installed" bash -c "[ ! -e '$APP/node_modules/swagger-ui-dist' ] && [ ! -e '$APP/node_modules/@scarf' ]"

step "npx remotix-mock --fixtures default --port 0: serves, then SIGTERM to the npx process alone"
# subreaper.py runs npx and reaps every process it leaves behind, so the server's own exit code is known
# even where npm's shell (dash) dies of the signal and leaves the server orphaned.
(cd "$APP" && exec setsid python3 "$ROOT/scripts/lib/subreaper.py" "$WORK/reaped" -- \
  npx --no-install remotix-mock --fixtures default --port 0 >"$WORK/mock.log" 2>&1) &
MOCK_PID=$!
URL=
for _ in $(seq 1 60); do # up to ~30 s for the URL
  URL=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$WORK/mock.log")
  [ -n "$URL" ] || ! alive "$MOCK_PID" && break
  sleep 0.5
done
check "it prints the URL it listens on ($URL)" test -n "$URL"
check "the start-up line names the packaged dataset it loaded" grep -q 'fixtures: .*/node_modules/remotix-mock/fixtures/default.json, the packaged dataset default' "$WORK/mock.log"
check "GET /__admin/health answers 200" test "$(curl -s -o /dev/null -w '%{http_code}' "$URL/__admin/health")" = 200
check "curl -X ACTION /connection/1000-0001/connect answers 200" \
  test "$(curl -s -o /dev/null -w '%{http_code}' -X ACTION "$URL/connection/1000-0001/connect")" = 200
check "the docs page's Swagger UI comes from the package (GET /__admin/ui/swagger-ui-bundle.js 200)" \
  test "$(curl -s -o /dev/null -w '%{http_code}' "$URL/__admin/ui/swagger-ui-bundle.js")" = 200
for page in __admin/docs __admin/ __admin/ui/docs.js __admin/ui/dashboard.js __admin/docs/remotix.yaml __admin/docs/admin.yaml; do
  curl -s "$URL/$page" >"$WORK/served-$(echo "$page" | tr '/' '_')"
done
NPX_PID=$(head -1 "$WORK/reaped")
kill -TERM "$NPX_PID" 2>/dev/null || true
for _ in $(seq 1 40); do alive "$MOCK_PID" || break; sleep 0.5; done # up to ~20 s
alive "$MOCK_PID" && kill -KILL -- "-$MOCK_PID"
set +e
wait "$MOCK_PID"
set -e
MOCK_PID=
SERVER_CODE=$(awk 'NR > 1 && $3 == "node" { print $2 }' "$WORK/reaped")
NPX_CODE=$(awk -v pid="$NPX_PID" 'NR > 1 && $1 == pid { print $2 }' "$WORK/reaped")
check "the server exits 0 (got ${SERVER_CODE:-nothing})" test "$SERVER_CODE" = 0
check "the port is free again" bash -c "! curl -s -o /dev/null '$URL/__admin/health'"
check "it said it stopped" grep -q 'remotix-mock: stopped' "$WORK/mock.log"
echo "  npx itself: exit ${NPX_CODE} (-15: npm re-raises the SIGTERM that ended its shell where /bin/sh is dash; 0 where sh execs the command)"
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

step "no shipped text names a file that is not shipped (README, docs, documents, pages served, --help)"
(cd "$APP" && npx --no-install remotix-mock --help >"$WORK/help-mock.txt" && npx --no-install remotix-contract --help >"$WORK/help-contract.txt") || true
check "the shipped texts name only shipped files" node "$ROOT/scripts/check-shipped-names.mjs" "$PACKED" "$WORK"/served-* "$WORK"/help-*.txt

step "the library entry points: import and run, then type-check with only the package and typescript installed"
cp "$ROOT/scripts/pack-consumer/"* "$APP/"
check "remotix-mock and remotix-mock/client import and work (consumer.mjs)" bash -c "cd '$APP' && node consumer.mjs"
TS_VERSION=$(node -p "require('$ROOT/node_modules/typescript/package.json').version")
(cd "$APP" && npm install --no-audit --no-fund --silent --save-dev "typescript@$TS_VERSION")
check "no @types/node in the consumer" test ! -e "$APP/node_modules/@types/node"
check "startMock's types check under strict, skipLibCheck off, no DOM and no Node types (mock.mts)" \
  bash -c "cd '$APP' && npx --no-install tsc -p tsconfig.mock.json"
check "startMock's and the client's types check under strict, skipLibCheck off, TypeScript's default libraries (consumer.mts)" \
  bash -c "cd '$APP' && npx --no-install tsc -p tsconfig.json"

echo "pack: $PASSED passed, $FAILED failed, $SKIPPED skipped"
[ "$FAILED" = 0 ]
