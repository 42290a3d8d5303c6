/**
 * The record's JSON Schema, checked on every load (state dir and in-cluster mirror): a hand-edited
 * value, a truncated file or a missing field is refused with the path of the bad field here,
 * instead of a TypeError three steps into a phase.
 *
 * Fields other engineers add to MigrationRecord must be added here too; unknown top-level fields
 * are kept (a newer k2h of the same schema version may add optional ones), known ones are strict.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { ConfigurationError } from '../core/errors';
import {
  type MigrationRecord,
  PROVIDERS,
  RECLAIM_POLICIES,
  RECORD_KIND,
  RECORD_SCHEMA_VERSION,
} from './schema';

const str = { type: 'string' } as const;
const nonEmpty = { type: 'string', minLength: 1 } as const;
const bool = { type: 'boolean' } as const;
const stringMap = { type: 'object', additionalProperties: str } as const;
const time = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
};

const pvcFact = {
  type: 'object',
  required: ['name', 'pv', 'originalReclaimPolicy'],
  properties: {
    name: nonEmpty,
    pv: nonEmpty,
    originalReclaimPolicy: { enum: [...RECLAIM_POLICIES] },
    reclaimPolicyReadAt: time,
    capacity: str,
    accessModes: { type: 'array', items: str },
    storageClass: str,
    efsId: str,
  },
  additionalProperties: true,
} as const;

const adoption = {
  type: 'object',
  required: ['apiVersion', 'kind', 'name', 'previousAnnotations', 'previousLabels'],
  properties: {
    apiVersion: nonEmpty,
    kind: nonEmpty,
    name: nonEmpty,
    namespace: str,
    previousAnnotations: stringMap,
    previousLabels: stringMap,
  },
  additionalProperties: true,
} as const;

const phaseEntry = {
  type: 'object',
  required: ['status', 'startedAt'],
  properties: {
    status: { enum: ['running', 'succeeded', 'failed', 'planned'] },
    startedAt: time,
    finishedAt: time,
    error: str,
    steps: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'status'],
        properties: { id: nonEmpty, status: nonEmpty, durationMs: { type: 'number', minimum: 0 } },
      },
    },
  },
  additionalProperties: true,
} as const;

/** JSON Schema (draft 7) of MigrationRecord. */
export const RECORD_JSON_SCHEMA = {
  type: 'object',
  required: [
    'schemaVersion',
    'kind',
    'id',
    'generation',
    'createdAt',
    'updatedAt',
    'k2hVersion',
    'sourceNamespace',
    'targetNamespace',
    'release',
    'cluster',
    'product',
    'provider',
    'traefik',
    'cognigyApps',
    'deployments',
    'pvcs',
    'migratedSecrets',
    'adoptions',
    'phases',
  ],
  properties: {
    schemaVersion: { const: RECORD_SCHEMA_VERSION },
    kind: { const: RECORD_KIND },
    id: nonEmpty,
    generation: { type: 'integer', minimum: 1 },
    createdAt: time,
    updatedAt: time,
    k2hVersion: nonEmpty,
    sourceNamespace: nonEmpty,
    targetNamespace: nonEmpty,
    release: nonEmpty,
    cluster: {
      type: 'object',
      required: ['uid', 'server', 'version'],
      properties: { uid: nonEmpty, server: nonEmpty, version: str },
      additionalProperties: true,
    },
    product: {
      type: 'object',
      required: ['version', 'chart', 'chartVersion'],
      properties: { version: nonEmpty, chart: str, chartVersion: nonEmpty },
      additionalProperties: true,
    },
    provider: { enum: [...PROVIDERS] },
    traefik: bool,
    cognigyApps: bool,
    deployments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'replicas'],
        properties: { name: nonEmpty, replicas: { type: 'integer', minimum: 0 } },
        additionalProperties: true,
      },
    },
    pvcs: { type: 'array', items: pvcFact },
    migratedSecrets: { type: 'array', items: nonEmpty },
    createdObjects: {
      type: 'array',
      items: {
        type: 'object',
        required: ['apiVersion', 'kind', 'name', 'uid'],
        properties: { apiVersion: nonEmpty, kind: nonEmpty, name: nonEmpty, namespace: str, uid: nonEmpty },
      },
    },
    snapshots: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'pvc', 'createdByK2h'],
        properties: { name: nonEmpty, pvc: nonEmpty, uid: str, createdByK2h: bool },
      },
    },
    adoptions: { type: 'array', items: adoption },
    phases: { type: 'object', additionalProperties: phaseEntry },
    helmInstall: {
      type: 'object',
      required: ['chart', 'chartVersion', 'digest', 'startedAt'],
      properties: {
        chart: nonEmpty,
        chartVersion: nonEmpty,
        digest: nonEmpty,
        startedAt: time,
        revision: { type: 'integer', minimum: 1 },
      },
      additionalProperties: true,
    },
    traefikAddress: str,
    inventory: {
      type: 'array',
      items: {
        type: 'object',
        required: ['apiVersion', 'kind', 'name', 'uid'],
        properties: { apiVersion: nonEmpty, kind: nonEmpty, name: nonEmpty, uid: str },
        additionalProperties: true,
      },
    },
  },
  additionalProperties: true,
} as const;

// allErrors: the user fixes every bad field in one go. strict off: `const`/`enum` without `type`.
// Compiled on first use, not at import: `k2h --help` and the action's entry never validate.
let compiled: ValidateFunction<MigrationRecord> | undefined;
const validator = () =>
  (compiled ??= new Ajv({ allErrors: true, strict: false }).compile<MigrationRecord>(RECORD_JSON_SCHEMA));

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
