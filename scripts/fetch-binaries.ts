/**
 * Test setup: the real kubectl and helm binaries the tests run against the sandbox, in
 * .cache/bin/<set>/{kubectl,helm} (or $K2H_BIN_CACHE). Same fetch as the rehearsal's
 * (src/tools/binaries.ts); an existing, complete set is left alone.
 * Usage: tsx scripts/fetch-binaries.ts [v32] [v35]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BINARY_SETS, type BinarySetName, ensureSet, FetchError } from '../src/tools/binaries';

const root =
  process.env.K2H_BIN_CACHE ?? join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), '.cache', 'bin');

async function main(): Promise<number> {
  const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BINARY_SETS);
  for (const name of wanted) {
    if (!(name in BINARY_SETS)) {
      console.error(`fetch-binaries: unknown set ${name}; known: ${Object.keys(BINARY_SETS).join(', ')}`);
      return 2;
    }
    try {
      const dir = await ensureSet(root, name as BinarySetName, {
        announce: (line) => console.log(`fetch-binaries: ${line}`),
      });
      console.log(`fetch-binaries: ${name} ready in ${dir}`);
    } catch (err) {
      if (!(err instanceof FetchError)) throw err;
      console.error(`fetch-binaries: ${err.message}`);
      return 1;
    }
  }
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
