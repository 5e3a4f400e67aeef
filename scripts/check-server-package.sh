#!/usr/bin/env bash
# Checks the server as a municipality installs it: packs the workspace (npm pack -w server, which
# compiles it), installs the tarball with --omit=dev into an empty folder, and runs the installed
# `civic-widgets-server` there:
#   - SQLite, NODE_ENV=production, empty database: /readyz 200, /v1/site 503 saying how to set up
#   - `seed-demo`, then serve again: /readyz 200, /v1/site 200; `backup FILE` makes a 0600 copy
#   - PostgreSQL (when a URL is given): migrate, seed-demo, serve: /readyz 200, /v1/site 200
#
#   scripts/check-server-package.sh [DATABASE_URL]
#
# better-sqlite3 compiles from source where its prebuilt binary cannot be downloaded (about 2 min
# on a busy machine). To keep CI fast the install skips install scripts and takes the binary the
# repository's `npm ci` already compiled for the same version and Node; CHECK_SERVER_PACKAGE_BUILD=source
# compiles it in the install instead, as a municipality's `npm install` does.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
pg_url="${1:-}"

fail() { echo "check-server-package: FAILED: $*" >&2; exit 1; }

work=$(mktemp -d /tmp/civic-server-package.XXXXXX)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "--- npm pack -w server"
npm pack -w server --pack-destination "$work" --silent >"$work/pack.txt"
tarball="$work/$(tail -n 1 "$work/pack.txt")"
[ -f "$tarball" ] || fail "npm pack did not write a tarball ($(cat "$work/pack.txt"))"
tar -tzf "$tarball" >"$work/contents.txt"
grep -qx 'package/dist/cli.js' "$work/contents.txt" || fail "the tarball has no dist/cli.js: $(cat "$work/contents.txt")"

echo "--- npm install --omit=dev $(basename "$tarball") into an empty folder"
app="$work/app"
mkdir -p "$app"
echo '{ "name": "municipality-server", "private": true }' >"$app/package.json"
if [ "${CHECK_SERVER_PACKAGE_BUILD:-}" = source ]; then
  (cd "$app" && npm install --omit=dev --no-audit --no-fund "$tarball") >"$work/install.log" 2>&1 \
    || { cat "$work/install.log" >&2; fail "npm install of the tarball"; }
else
  (cd "$app" && npm install --omit=dev --no-audit --no-fund --ignore-scripts "$tarball") >"$work/install.log" 2>&1 \
    || { cat "$work/install.log" >&2; fail "npm install of the tarball"; }
  want=$(node -p "require('$app/node_modules/better-sqlite3/package.json').version")
  have=$(node -p "require('$repo/node_modules/better-sqlite3/package.json').version")
  [ "$want" = "$have" ] || fail "better-sqlite3 $want in the package, $have in the repository: run with CHECK_SERVER_PACKAGE_BUILD=source"
  mkdir -p "$app/node_modules/better-sqlite3/build/Release"
  cp "$repo/node_modules/better-sqlite3/build/Release/better_sqlite3.node" "$app/node_modules/better-sqlite3/build/Release/"
fi
bin="$app/node_modules/.bin/civic-widgets-server"
[ -x "$bin" ] || fail "no civic-widgets-server command after the install"
for dev in tsx typescript vite storybook eslint playwright-core esbuild; do
  [ ! -e "$app/node_modules/$dev" ] || fail "the production install contains $dev"
done
echo "production install: $(du -sh "$app/node_modules" | cut -f1) in node_modules, $(ls "$app/node_modules" | wc -l) packages"

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# serve NAME ENV...: starts the installed server in $app with ENV, waits for /healthz, sets $base.
serve() {
  local name=$1
  shift
  local port
  port=$(free_port)
  (cd "$app" && exec env "$@" PORT="$port" HOST=127.0.0.1 NODE_ENV=production "$bin" serve) >"$work/$name.log" 2>&1 &
  server_pid=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "$base/healthz" 2>/dev/null && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/$name.log" >&2; fail "$name: the server exited"; }
    sleep 0.1
  done
  cat "$work/$name.log" >&2
  fail "$name: no answer on /healthz within 30 s"
}

stop() {
  kill "$server_pid"
  wait "$server_pid" || fail "the server did not exit 0 on SIGTERM"
  server_pid=""
}

# expect STATUS PATH [PATTERN]: GET $base/PATH answers STATUS (and its body matches PATTERN).
expect() {
  local want=$1 path=$2 pattern=${3:-}
  local got
  got=$(curl -sS -o "$work/body" -w '%{http_code}' "$base$path") || fail "GET $path: no answer"
  [ "$got" = "$want" ] || fail "GET $path answered $got, expected $want: $(head -c 400 "$work/body")"
  if [ -n "$pattern" ]; then grep -qE "$pattern" "$work/body" || fail "GET $path: body does not match /$pattern/: $(head -c 400 "$work/body")"; fi
  echo "ok   GET $path -> $got"
}

echo "--- SQLite, production, empty database"
db="$app/data/civic.db"
serve sqlite-empty DATABASE_PATH="$db" DATABASE_URL=
expect 200 /readyz
expect 503 /v1/site 'seed-demo.*site import'
expect 404 / # no demo page in production
stop
[ "$(stat -c %a "$db")" = 600 ] || fail "the SQLite file is $(stat -c %a "$db"), not 600"
[ "$(stat -c %a "$(dirname "$db")")" = 700 ] || fail "the SQLite folder is not 700"
grep -q '"msg":"request"' "$work/sqlite-empty.log" || fail "no JSON access log line"
if grep -v '^{' "$work/sqlite-empty.log"; then fail "a log line that is not JSON (above)"; fi

echo "--- SQLite: seed-demo, serve, backup"
(cd "$app" && DATABASE_PATH="$db" DATABASE_URL= NODE_ENV=production "$bin" seed-demo) >"$work/seed.log" 2>&1 \
  || { cat "$work/seed.log" >&2; fail "seed-demo on SQLite"; }
serve sqlite-demo DATABASE_PATH="$db" DATABASE_URL=
expect 200 /readyz
expect 200 /v1/site 'Voorbeeldgemeente'
(cd "$app" && DATABASE_PATH="$db" DATABASE_URL= "$bin" backup "$work/backup/copy.db") >"$work/backup.log" 2>&1 \
  || { cat "$work/backup.log" >&2; fail "backup while the server runs"; }
[ "$(stat -c %a "$work/backup/copy.db")" = 600 ] || fail "the backup is not 0600"
stop
serve sqlite-restored DATABASE_PATH="$work/backup/copy.db" DATABASE_URL=
expect 200 /v1/site 'Voorbeeldgemeente'
stop

if [ -n "$pg_url" ]; then
  echo "--- PostgreSQL: empty, migrate, seed-demo, serve"
  schema="pkg_$$"
  psql_url="$pg_url"
  node -e "
    const pg = require('$app/node_modules/pg');
    const c = new pg.Client({ connectionString: process.argv[1] });
    c.connect().then(() => c.query('drop schema if exists $schema cascade; create schema $schema')).then(() => c.end())
      .catch((e) => { console.error(e.message); process.exit(1); });" "$psql_url" || fail "cannot create a schema on $pg_url"
  # The schema through the connection's options: DATABASE_URL as an operator writes it.
  url="$pg_url?options=-c%20search_path%3D$schema"
  serve pg-empty DATABASE_URL="$url"
  expect 200 /readyz
  expect 503 /v1/site 'seed-demo'
  stop
  (cd "$app" && DATABASE_URL="$url" NODE_ENV=production "$bin" migrate && DATABASE_URL="$url" NODE_ENV=production "$bin" seed-demo) \
    >"$work/pg-seed.log" 2>&1 || { cat "$work/pg-seed.log" >&2; fail "migrate/seed-demo on PostgreSQL"; }
  serve pg-demo DATABASE_URL="$url" MIGRATE_ON_START=false
  expect 200 /readyz
  expect 200 /v1/site 'Voorbeeldgemeente'
  stop
  node -e "
    const pg = require('$app/node_modules/pg');
    const c = new pg.Client({ connectionString: process.argv[1] });
    c.connect().then(() => c.query('drop schema $schema cascade')).then(() => c.end());" "$psql_url" || true
else
  echo "--- PostgreSQL: skipped (no DATABASE_URL given)"
fi
echo "check-server-package: all checks passed"
