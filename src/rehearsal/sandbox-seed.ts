/**
 * Shared by `k2h sandbox` and `k2h rehearse`: starting the sandbox with a named seed or a capture
 * file, and finding the project's own files (test chart, cached binaries) from the CLI.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Sandbox, type SandboxOptions } from '../sandbox';
import { loadSeedFile } from '../sandbox/seeds';
import { SEED_NAMES, seedByName } from './seeds';
import { UsageError } from '../core/errors';

/** Starts a sandbox loaded with `seed` (a seed name or a `kubectl get -o yaml` file). */
export async function startSeededSandbox(seed: string, opts: SandboxOptions): Promise<Sandbox> {
  let objects: object[];
  if ((SEED_NAMES as readonly string[]).includes(seed)) objects = seedByName(seed);
  else if (existsSync(seed)) objects = loadSeedFile(seed);
  else
    throw new UsageError(`--seed must be one of ${SEED_NAMES.join(', ')} or an existing file; got '${seed}'`);
  const sandbox = await Sandbox.start(opts);
  sandbox.load(objects);
  return sandbox;
}

/** The k2h checkout the CLI runs from (for the rehearsal chart and the cached binaries), if any. */
export function projectRoot(): string | undefined {
  const starts = [process.cwd()];
  try {
    if (process.argv[1]) starts.push(dirname(realpathSync(process.argv[1])));
  } catch {
    /* argv[1] may not be a file */
  }
  for (const start of starts) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg)) {
        try {
          if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'cognigy-k2h') return dir;
        } catch {
          /* not ours */
        }
      }
      if (dirname(dir) === dir) break;
    }
  }
  return undefined;
}
