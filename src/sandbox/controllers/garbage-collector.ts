/**
 * Garbage collection: an object whose owners (by ownerReferences uid) are all gone is deleted.
 * Background propagation only; Orphan is handled at delete time by dropping the references.
 */
import type { Controller } from './context';

/** Deletes orphaned dependents. */
export const garbageCollector: Controller = (ctx) => {
  const uids = new Set(ctx.store.entries().map(({ obj }) => obj.metadata.uid));
  for (const { def, obj } of ctx.store.entries()) {
    const refs = obj.metadata.ownerReferences ?? [];
    if (!refs.length || obj.metadata.deletionTimestamp) continue;
    if (refs.some((r: { uid: string }) => uids.has(r.uid))) continue;
    ctx.api.deleteObject(def, obj);
  }
};
