/**
 * Writes the reusable workflows .github/workflows/{migrate,rollback,cleanup}.yml from the phase
 * registry (src/front-doors/workflows.ts). Run: npm run gen:workflows; --check fails when stale.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workflowFiles } from '../src/front-doors/workflows';
import { writeGenerated } from './write-generated';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

void writeGenerated(ROOT, workflowFiles(), check).then((stale) => {
  if (stale.length) {
    console.error(`stale (run npm run gen:workflows): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else console.log(check ? 'workflows are current' : 'workflows written');
});
