/**
 * What the record proves k2h created: an object enters `record.createdObjects` (with its uid)
 * only after its create succeeded, and carries the migration's id in an annotation, so a re-run
 * after a crash between the create and the save can still prove it. Rollback and clean-up delete
 * only objects listed here whose live uid matches.
 */
import type { KubeObject } from '../kube/client';
import type { CreatedObject, MigrationRecord } from './schema';

/** Annotation on every object k2h creates: the id of the migration (record.id) that created it. */
export const MIGRATION_ANNOTATION = 'k2h.cognigy.ai/migration';

/** `obj` with the migration annotation, for a create. */
export function withMigrationAnnotation<T extends { metadata: { annotations?: Record<string, string> } }>(
  obj: T,
  record: Pick<MigrationRecord, 'id'>,
): T {
  return {
    ...obj,
    metadata: {
      ...obj.metadata,
      annotations: { ...(obj.metadata.annotations ?? {}), [MIGRATION_ANNOTATION]: record.id },
    },
  };
}

/** True when the record or the live object proves this migration created it. */
export function provenCreated(record: MigrationRecord, obj: KubeObject | undefined): boolean {
  if (!obj) return false;
  const listed = (record.createdObjects ?? []).find(
    (c) =>
      c.kind === obj.kind &&
      c.name === obj.metadata.name &&
      (c.namespace ?? '') === (obj.metadata.namespace ?? ''),
  );
  if (listed) return listed.uid === obj.metadata.uid;
  return obj.metadata.annotations?.[MIGRATION_ANNOTATION] === record.id;
}

/** Records a created object with its uid (once); true when the record changed. */
export function recordCreated(record: MigrationRecord, obj: KubeObject): boolean {
  const list = (record.createdObjects ??= []);
  const fact: CreatedObject = {
    apiVersion: obj.apiVersion,
    kind: obj.kind,
    name: obj.metadata.name,
    ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}),
    uid: String(obj.metadata.uid),
  };
  const i = list.findIndex(
    (c) => c.kind === fact.kind && c.name === fact.name && (c.namespace ?? '') === (fact.namespace ?? ''),
  );
  if (i >= 0 && list[i].uid === fact.uid) return false;
  if (i >= 0) list[i] = fact;
  else list.push(fact);
  return true;
}
