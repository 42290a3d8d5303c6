/**
 * Writes the README's troubleshooting table from the bad-input corpus:
 * `npx tsx scripts/gen-troubleshooting.ts` (see test/support/proof/troubleshooting.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BAD_INPUTS } from '../test/e2e/proof/bad-input.cases';
import { withTroubleshooting } from '../test/support/proof/troubleshooting';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
writeFileSync(file, withTroubleshooting(readFileSync(file, 'utf8'), BAD_INPUTS));
