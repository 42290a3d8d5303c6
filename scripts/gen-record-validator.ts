/**
 * Writes src/record/record-validator.generated.ts: the migration record's validator compiled ahead
 * of time (ajv standalone code), so a phase validates its record without compiling a schema.
 * Run: npm run gen:validator. test/unit/record/validator-generated.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_VALIDATOR_PATH, recordValidatorSource } from '../src/record/validator-code';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, GENERATED_VALIDATOR_PATH), recordValidatorSource());
console.log(`written: ${GENERATED_VALIDATOR_PATH}`);
