/**
 * Writes generated files formatted as `prettier --check` expects, or with --check writes nothing
 * and fails listing the stale ones (the tests run the generators that way).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatGenerated } from './format-generated';

/** Writes (or checks) `files` under `root`; resolves with the stale paths in check mode. */
export async function writeGenerated(
  root: string,
  files: Array<{ path: string; text: string }>,
  check: boolean,
): Promise<string[]> {
  const stale: string[] = [];
  for (const f of files) {
    const file = join(root, f.path);
    const text = await formatGenerated(file, f.text);
    if (check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(f.path);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return stale;
}
