#!/usr/bin/env bash
# Checks the package as a partner's app uses it, from the packed tarball (run after `npm run build`):
#   - `npm pack`: prints its size (packed and unpacked); no source map inside, and no shipped .js/.d.ts
#     whose `sourceMappingURL` comment names one; the framework files there
#   - the fixture apps of test/frameworks, copied to a temporary folder (so nothing resolves from this
#     repository's node_modules), installed with `npm ci` from their own lockfile, then the tarball
#     with --no-save (its hash changes every pack, so the lockfile never holds it)
#   - React 19: `tsc` over TSX with the `civic-widgets/react` wrappers and the native tags typed by
#     `civic-widgets/jsx` (wrong uses marked `@ts-expect-error`: tsc fails when one of them type-checks,
#     e.g. because a prop became `any`), the same under `moduleResolution: node10` (typesVersions),
#     and `vite build`; and `vite build` of a page that imports one wrapper (`CivicIdeaForm`) from the
#     `civic-widgets/react` index, whose bundle must hold that widget and no other (tree-shaking)
#   - Vue 3: `vue-tsc --noEmit` over an SFC (wrong uses marked `@vue-expect-error`)
#   - Svelte 5: `svelte-check` over a component, and over wrong uses that must each be an error
#   - docs/frameworks.md shows the fixtures' code as it is
#
#   scripts/check-frameworks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
t0=$(date +%s)

fail() { echo "check-frameworks: FAILED: $*" >&2; exit 1; }
step() { echo "--- $* ($(($(date +%s) - t0)) s)"; }

for f in dist/index.js dist/frameworks/react.js dist/frameworks/react.d.ts dist/frameworks/react/idea-form.js \
  dist/frameworks/react/idea-form.d.ts dist/frameworks/jsx.d.ts dist/frameworks/vue.d.ts dist/frameworks/svelte.d.ts; do
  [ -f "$f" ] || fail "$f is missing: run npm run build first"
done

work=$(mktemp -d /tmp/civic-frameworks.XXXXXX)
trap 'rm -rf "$work"' EXIT

step "npm pack"
if [ -n "${CHECK_FRAMEWORKS_TARBALL:-}" ]; then
  # A given tarball instead (e.g. one with broken types, to see the checks fail): no pack, no size.
  cp "$CHECK_FRAMEWORKS_TARBALL" "$work/given.tgz"
  echo '[{"filename":"given.tgz","size":0,"unpackedSize":0,"entryCount":0,"files":[]}]' >"$work/pack.json"
  tarball="$work/given.tgz"
else
  npm pack --pack-destination "$work" --json --silent >"$work/pack.json" || fail "npm pack"
  node - "$work/pack.json" <<'EOF' || fail "the tarball's contents (above)"
const [{ filename, size, unpackedSize, entryCount, files }] = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`npm pack: ${filename}: ${kB(size)} packed, ${kB(unpackedSize)} unpacked, ${entryCount} files`);
const paths = files.map((f) => f.path);
const maps = paths.filter((p) => p.endsWith('.map'));
if (maps.length) console.error(`source maps in the tarball: ${maps.slice(0, 5).join(', ')} (${maps.length})`);
const widgets = ['idea-form', 'initiative-list', 'participation-ladder', 'volunteer-signup', 'staff-console'];
const want = ['dist/frameworks/react.js', 'dist/frameworks/react.d.ts', 'dist/frameworks/jsx.d.ts',
  'dist/frameworks/vue.d.ts', 'dist/frameworks/svelte.d.ts', 'custom-elements.json',
  ...widgets.flatMap((w) => [`dist/frameworks/react/${w}.js`, `dist/frameworks/react/${w}.d.ts`])];
const missing = want.filter((p) => !paths.includes(p));
if (missing.length) console.error(`missing from the tarball: ${missing.join(', ')}`);
process.exit(maps.length || missing.length ? 1 : 0);
EOF
  tarball="$work/$(node -p "require('$work/pack.json')[0].filename")"
  [ -f "$tarball" ] || fail "npm pack wrote no $tarball"
fi

step "no shipped .js/.d.ts names a source map"
mkdir "$work/unpacked"
tar -xzf "$tarball" -C "$work/unpacked"
named=$(grep -rlE --include='*.js' --include='*.mjs' --include='*.cjs' --include='*.ts' '[#@] sourceMappingURL=' \
  "$work/unpacked" | sed "s|^$work/unpacked/package/||" || true)
if [ -n "$named" ]; then
  echo "$named" | head -5 >&2
  fail "$(echo "$named" | wc -l) shipped files name a source map the tarball does not hold (tsconfig.build.json sourceMap/declarationMap)"
fi
echo "ok: $(find "$work/unpacked" -type f \( -name '*.js' -o -name '*.d.ts' \) | wc -l) .js/.d.ts files, none with a sourceMappingURL comment"

step "fixtures: npm ci from their lockfile, then the tarball (--no-save)"
app="$work/app"
mkdir -p "$app"
(cd test/frameworks && tar --exclude=node_modules --exclude=dist -cf - .) | (cd "$app" && tar -xf -)
lock_before=$(sha256sum "$app/package-lock.json")
(cd "$app" && npm ci --no-audit --no-fund) >"$work/ci.log" 2>&1 || { cat "$work/ci.log" >&2; fail "npm ci in the fixtures"; }
(cd "$app" && npm install --no-save --no-package-lock --no-audit --no-fund "$tarball") >"$work/install.log" 2>&1 \
  || { cat "$work/install.log" >&2; fail "npm install of the tarball"; }
[ "$(sha256sum "$app/package-lock.json")" = "$lock_before" ] || fail "installing the tarball changed the fixtures' lockfile"
# Installing the tarball kept every locked package at its locked version (nothing pruned or moved).
(cd "$app" && node -e '
  const lock = require("./package-lock.json").packages;
  let bad = 0;
  for (const [path, { version, optional }] of Object.entries(lock)) {
    if (!path) continue;
    let got;
    try { got = require(`./${path}/package.json`).version; } catch { got = "missing"; }
    if (got === "missing" && optional) continue; // another platform'"'"'s binary
    if (got !== version) { console.error(`${path}: ${got}, locked ${version}`); bad++; }
  }
  const cw = require("./node_modules/civic-widgets/package.json").version;
  console.log(`${Object.keys(lock).length - 1} locked packages as locked; civic-widgets ${cw} from the tarball`);
  process.exit(bad ? 1 : 0);') || fail "the tarball's install changed the locked packages"
bin="$app/node_modules/.bin"

# The checks, at once (each is one process, mostly waiting on one core): each writes its own log, printed
# in this order once all have ended.
react_tsc() { cd "$app/react" && "$bin/tsc" -p tsconfig.json --pretty false; }
react_tsc_node10() { cd "$app/react" && "$bin/tsc" -p tsconfig.node10.json --pretty false; }
react_vite_build() {
  cd "$app/react" && "$bin/vite" build --outDir "$work/react-dist" --emptyOutDir --logLevel warn
  grep -lq 'civic-idea-form' "$work"/react-dist/assets/*.js || { echo "the bundle does not contain the elements"; return 1; }
  for f in "$work"/react-dist/assets/*.js; do
    echo "  $(basename "$f"): $(wc -c <"$f") bytes, $(gzip -c "$f" | wc -c) gzip"
  done
}
# A page with one wrapper from the index: its bundle holds the idea form and no other widget.
react_one_widget() {
  cd "$app/react" && "$bin/vite" build -c vite.one-widget.config.ts --outDir "$work/react-one" --emptyOutDir --logLevel warn
  local bad=0 f
  grep -lq "civic-idea-form" "$work"/react-one/assets/*.js || { echo "the bundle does not contain the idea form"; bad=1; }
  for tag in civic-initiative-list civic-participation-ladder civic-volunteer-signup civic-staff-console; do
    f=$(grep -l "$tag" "$work"/react-one/assets/*.js || true)
    [ -z "$f" ] || { echo "importing CivicIdeaForm from civic-widgets/react bundled <$tag> ($(basename $f))"; bad=1; }
  done
  for f in "$work"/react-one/assets/*.js; do
    echo "  $(basename "$f"): $(wc -c <"$f") bytes, $(gzip -c "$f" | wc -c) gzip"
  done
  return $bad
}
vue_tsc() { cd "$app/vue" && "$bin/vue-tsc" --noEmit -p tsconfig.json --pretty false; }
svelte_check() { cd "$app/svelte" && "$bin/svelte-check" --tsconfig ./tsconfig.json --fail-on-warnings --output human; }
svelte_check_wrong() {
  cd "$app/svelte"
  local status=0
  "$bin/svelte-check" --tsconfig ./tsconfig.wrong.json --output machine >"$work/svelte-wrong.txt" 2>&1 || status=$?
  [ "$status" -ne 0 ] || { cat "$work/svelte-wrong.txt"; echo "svelte-check passed the wrong uses"; return 1; }
  node "$app/expect-errors.mjs" . wrong/Wrong.svelte <"$work/svelte-wrong.txt" || { cat "$work/svelte-wrong.txt"; return 1; }
}
checks=(react_tsc react_tsc_node10 react_vite_build react_one_widget vue_tsc svelte_check svelte_check_wrong)
titles=(
  "React 19: tsc (bundler resolution; wrong uses marked @ts-expect-error)"
  "React 19: tsc (node10 resolution, typesVersions)"
  "React 19: vite build"
  "React 19: vite build of CivicIdeaForm alone from the civic-widgets/react index (no other widget bundled)"
  "Vue 3: vue-tsc --noEmit (wrong uses marked @vue-expect-error)"
  "Svelte 5: svelte-check"
  "Svelte 5: svelte-check over the wrong uses (each must be an error, nothing else)"
)
step "React, Vue and Svelte checks (at once)"
pids=()
for c in "${checks[@]}"; do
  ("$c") >"$work/$c.log" 2>&1 &
  pids+=($!)
done
failed=()
for i in "${!checks[@]}"; do
  status=0
  wait "${pids[$i]}" || status=$?
  if [ "$status" -eq 0 ]; then echo "ok   ${titles[$i]}"; else echo "FAIL ${titles[$i]} (exit $status)"; failed+=("${titles[$i]}"); fi
  sed 's/^/     /' "$work/${checks[$i]}.log"
done
[ ${#failed[@]} -eq 0 ] || fail "$(printf '%s; ' "${failed[@]}")"

step "docs/frameworks.md shows the fixtures' code"
node - "$repo" <<'EOF' || fail "docs/frameworks.md and the fixtures differ (above)"
const { readFileSync } = require('fs');
const repo = process.argv[2];
const doc = readFileSync(`${repo}/docs/frameworks.md`, 'utf8');
const shown = ['react/src/wrappers.tsx', 'react/src/native-tags.tsx', 'vue/src/env.d.ts', 'vue/src/App.vue',
  'svelte/src/app.d.ts', 'svelte/src/App.svelte'];
let bad = 0;
for (const f of shown) {
  const code = readFileSync(`${repo}/test/frameworks/${f}`, 'utf8');
  if (doc.includes(code)) console.log(`ok   test/frameworks/${f}`);
  else { console.error(`docs/frameworks.md does not show test/frameworks/${f} as it is`); bad++; }
}
process.exit(bad ? 1 : 0);
EOF

echo "check-frameworks: all checks passed in $(($(date +%s) - t0)) s"
