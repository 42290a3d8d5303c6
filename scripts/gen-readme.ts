/**
 * Writes the README's generated phase reference (inputs and outputs of every phase) from the
 * registry. Run: npm run gen:readme; --check fails when it is stale.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withPhaseReference } from '../src/front-doors/readme-inputs';
import { writeGenerated } from './write-generated';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const text = withPhaseReference(readFileSync(join(ROOT, 'README.md'), 'utf8'));

void writeGenerated(ROOT, [{ path: 'README.md', text }], check).then((stale) => {
  if (stale.length) {
    console.error('stale (run npm run gen:readme): README.md');
    process.exitCode = 1;
  } else console.log(check ? 'README.md phase reference is current' : 'README.md phase reference written');
});
