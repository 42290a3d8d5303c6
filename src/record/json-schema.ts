/**
 * The record's JSON Schema (draft 7) as data. scripts/gen-record-validator.ts compiles it ahead of
 * time into record-validator.generated.ts (ajv standalone code), so no phase pays for compiling
 * a schema at start-up; test/unit/record/validator-generated.test.ts fails when that file is stale.
 *
 * Fields other engineers add to MigrationRecord must be added here too; unknown top-level fields
 * are kept (a newer k2h of the same schema version may add optional ones), known ones are strict.
 */
import { PROVIDERS, RECLAIM_POLICIES, RECORD_KIND, RECORD_SCHEMA_VERSION } from './schema';

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
        readyAt: time,
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
