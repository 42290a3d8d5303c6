/**
 * The external snapshot-controller stand-in: a VolumeSnapshot of a Bound claim becomes
 * `readyToUse: true` `readyDelayMs` after it is first seen (with a bound content name, a
 * creation time and the claim's size); one of a missing or unbound claim, or of a class that
 * does not exist, reports `status.error` and never becomes ready — as the real controller does.
 */
import type { Obj } from '../json';
import type { ResourceDef } from '../resources';
import { writeStatus, type Controller } from './context';

/** Readies VolumeSnapshots (only when the sandbox serves them). */
export const snapshotController: Controller = (ctx) => {
  // Kinds the sandbox does not serve (volumeSnapshots off) come back undefined.
  const def = ctx.def('VolumeSnapshot') as ResourceDef | undefined;
  if (!def) return;
  const pvcDef = ctx.def('PersistentVolumeClaim');
  const classDef = ctx.def('VolumeSnapshotClass') as ResourceDef | undefined;
  const nowMs = Date.now();
  for (const snap of ctx.store.peekAll(def)) {
    if (snap.status?.readyToUse === true || snap.metadata.deletionTimestamp) continue;
    const ns = snap.metadata.namespace;
    const claimName: string | undefined = snap.spec?.source?.persistentVolumeClaimName;
    const claim = claimName ? ctx.store.peek(pvcDef, ns, claimName) : undefined;
    const className: string | undefined = snap.spec?.volumeSnapshotClassName;
    const error = (message: string): Obj => ({
      readyToUse: false,
      error: { message, time: new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z') },
    });
    if (className && classDef && !ctx.store.peek(classDef, undefined, className)) {
      if (!snap.status?.error)
        writeStatus(
          ctx,
          def,
          snap,
          error(`VolumeSnapshotClass.snapshot.storage.k8s.io "${className}" not found`),
        );
      continue;
    }
    if (!claim || claim.status?.phase !== 'Bound') {
      const message = claim
        ? `the volume snapshot source PVC ${ns}/${claimName} is not bound`
        : `failed to get input parameters to create snapshot ${snap.metadata.name}: PersistentVolumeClaim "${claimName}" not found`;
      if (snap.status?.error?.message !== message) writeStatus(ctx, def, snap, error(message));
      continue;
    }
    const uid = snap.metadata.uid;
    if (!ctx.readyAt.has(uid)) ctx.readyAt.set(uid, nowMs + ctx.readyDelayMs);
    const due = ctx.readyAt.get(uid)!;
    if (due > nowMs) {
      if (snap.status?.readyToUse !== false)
        writeStatus(ctx, def, snap, {
          readyToUse: false,
          boundVolumeSnapshotContentName: `snapcontent-${uid}`,
        });
      ctx.wakeAt(due - nowMs);
      continue;
    }
    ctx.readyAt.delete(uid);
    writeStatus(ctx, def, snap, {
      boundVolumeSnapshotContentName: `snapcontent-${uid}`,
      creationTime: new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      readyToUse: true,
      restoreSize: claim.status?.capacity?.storage ?? claim.spec?.resources?.requests?.storage,
    });
  }
};
