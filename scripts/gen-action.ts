/**
 * Writes the GitHub action metadata from the phase registry, so inputs and outputs are declared once:
 * action.yml (input `phase`) and <phase>/action.yml for every phase. With --entries it writes the
 * per-phase entry stubs dist/actions/<phase>.js instead (the build runs it after bundling).
 * Run: npm run gen:action. test/unit/front-doors/actions.test.ts fails when a file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionFiles, entryFiles } from '../src/front-doors/action-yml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = process.argv.includes('--entries') ? entryFiles() : actionFiles();
for (const f of files) {
  mkdirSync(dirname(join(root, f.path)), { recursive: true });
  writeFileSync(join(root, f.path), f.text);
}
console.log(`written: ${files.map((f) => f.path).join(', ')}`);
