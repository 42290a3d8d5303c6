/**
 * The record's JSON Schema, checked on every load (state dir and in-cluster mirror): a hand-edited
 * value, a truncated file or a missing field is refused with the path of the bad field here,
 * instead of a TypeError three steps into a phase. The schema is src/record/json-schema.ts.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ConfigurationError } from '../core/errors';
import { validate as generatedValidator } from './record-validator.generated';
import { type MigrationRecord, RECORD_KIND, RECORD_SCHEMA_VERSION } from './schema';

export { RECORD_JSON_SCHEMA } from './json-schema';

// allErrors: the user fixes every bad field in one go (the generated validator was compiled with
// allErrors; see scripts/gen-record-validator.ts).
const validator = () => generatedValidator as unknown as ValidateFunction<MigrationRecord>;

/** `/pvcs/0/originalReclaimPolicy` -> `pvcs[0].originalReclaimPolicy`. */
function jsonPath(instancePath: string, missing?: string): string {
  const parts = instancePath.split('/').slice(1);
  if (missing) parts.push(missing);
  let out = '';
  for (const p of parts.map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~')))
    out += /^\d+$/.test(p)
      ? `[${p}]`
      : /^[A-Za-z_$][\w$]*$/.test(p)
        ? `${out ? '.' : ''}${p}`
        : `[${JSON.stringify(p)}]`;
  return out || '(the document)';
}

function describe(e: ErrorObject, doc: unknown): string {
  if (e.keyword === 'required')
    return `${jsonPath(e.instancePath, String(e.params.missingProperty))} is missing`;
  const value = e.instancePath
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (o, k) => (o as Record<string, unknown> | undefined)?.[k.replace(/~1/g, '/').replace(/~0/g, '~')],
      doc,
    );
  // Values in a record are never secret (secrets never enter it), so the bad value may be quoted.
  const shown = JSON.stringify(value);
  const what =
    e.keyword === 'enum'
      ? `must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`
      : e.keyword === 'const'
        ? `must be ${JSON.stringify(e.params.allowedValue)}`
        : (e.message ?? 'is invalid');
  return `${jsonPath(e.instancePath)} ${what} (is ${shown === undefined ? 'undefined' : shown.slice(0, 80)})`;
}

/**
 * Checks a parsed document against the schema; `where` names the copy (a file, the mirror).
 * Foreign documents and other schema versions get their own messages.
 */
export function validateRecord(doc: unknown, where: string): MigrationRecord {
  const d = doc as Partial<MigrationRecord> | undefined;
  if (!d || typeof d !== 'object' || Array.isArray(d) || d.kind !== RECORD_KIND)
    throw new ConfigurationError(`${where} is not a k2h migration record.`);
  if (d.schemaVersion !== RECORD_SCHEMA_VERSION)
    throw new ConfigurationError(
      `${where} has record schema version ${String(d.schemaVersion)}, this k2h reads version ${RECORD_SCHEMA_VERSION}. ` +
        'Use the k2h version that wrote it to finish or roll back that migration.',
    );
  const validate = validator();
  if (validate(doc)) return doc;
  const problems = [...new Set((validate.errors ?? []).map((e) => describe(e, doc)))];
  throw new ConfigurationError(
    `${where} is not a valid migration record; nothing was changed:\n  - ${problems.join('\n  - ')}\n` +
      'k2h does not guess undo facts. Restore the record from the pipeline artifact or the in-cluster copy (ConfigMap k2h-migration-record), or fix the field by hand.',
  );
}
