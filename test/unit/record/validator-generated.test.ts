import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { RECORD_JSON_SCHEMA } from '../../../src/record/json-schema';
import { validate as generated } from '../../../src/record/record-validator.generated';
import { GENERATED_VALIDATOR_PATH, recordValidatorSource } from '../../../src/record/validator-code';
import { sampleRecord } from './store.test';

const ROOT = join(__dirname, '..', '..', '..');

describe('the generated record validator', () => {
  it('is what the schema generates (run `npm run gen:validator` after changing json-schema.ts)', () => {
    expect(readFileSync(join(ROOT, GENERATED_VALIDATOR_PATH), 'utf8')).toBe(recordValidatorSource());
  });

  // The same verdict and the same errors as ajv compiling the schema now, on good and bad records.
  const compiled = new Ajv({ allErrors: true, strict: false }).compile(RECORD_JSON_SCHEMA);
  const bad: Array<[string, (r: any) => void]> = [
    ['a missing field', (r) => delete r.release],
    ['a wrong enum', (r) => (r.provider = 'gcp')],
    ['an empty string', (r) => (r.id = '')],
    ['a negative count', (r) => (r.deployments = [{ name: 'x', replicas: -1 }])],
    ['a bad time', (r) => (r.createdAt = 'yesterday')],
    ['several at once', (r) => Object.assign(r, { generation: 0, traefik: 'yes', pvcs: [{ name: 'a' }] })],
  ];
  it('accepts a valid record', () => {
    expect(generated(sampleRecord())).toBe(true);
  });
  it.each(bad)('refuses %s with the errors ajv gives', (_name, spoil) => {
    const r = sampleRecord() as any;
    spoil(r);
    expect(generated(r)).toBe(false);
    expect(compiled(r)).toBe(false);
    const shape = (es: any[]) => es.map((e) => [e.instancePath, e.keyword, e.params]);
    expect(shape((generated as any).errors)).toEqual(shape(compiled.errors!));
  });
  it('counts code points for minLength as ajv does', () => {
    const r = sampleRecord() as any;
    r.id = '😀';
    expect(generated(r)).toBe(compiled(r));
  });
});
