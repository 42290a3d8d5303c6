/**
 * Writes the README's troubleshooting table from the bad-input corpus:
 * `npx tsx scripts/gen-troubleshooting.ts` (see test/support/proof/troubleshooting.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { BAD_INPUTS } from '../test/e2e/proof/bad-input.cases';
import { withTroubleshooting } from '../test/support/proof/troubleshooting';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const text = withTroubleshooting(readFileSync(file, 'utf8'), BAD_INPUTS);
// Formatted as `npm run format` would (the table's cells padded).
writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
