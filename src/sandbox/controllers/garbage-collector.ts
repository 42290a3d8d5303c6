/**
 * Garbage collection: an object whose owners (by ownerReferences uid) are all gone is deleted.
 * Background propagation only; Orphan is handled at delete time by dropping the references.
 */
import type { Controller } from './context';

/**
 * Deletes orphaned dependents. With a scope it looks only at the objects the changes touched and
 * at what they own: any other object's references and owners are as they were when it last
 * ran, so it would keep it again. Which objects go is decided before any goes, as a full pass
 * decides from the uids stored when it starts.
 */
export const garbageCollector: Controller = (ctx, scope) => {
  const candidates = scope ? ctx.store.entriesWithDependents(scope.uids) : ctx.store.entries();
  const stored = scope
    ? (uid: string) => ctx.store.hasUid(uid)
    : (
        (uids) => (uid: string) =>
          uids.has(uid)
      )(new Set(candidates.map(({ obj }) => obj.metadata.uid)));
  const orphans = candidates.filter(({ obj }) => {
    const refs = obj.metadata.ownerReferences ?? [];
    return (
      refs.length > 0 && !obj.metadata.deletionTimestamp && !refs.some((r: { uid: string }) => stored(r.uid))
    );
  });
  for (const { def, obj } of orphans) ctx.api.deleteObject(def, obj);
};
