/**
 * PersistentVolume / PersistentVolumeClaim binding, provisioning, release and protection — the
 * behaviour the migration's data safety rests on:
 * - a claim with spec.volumeName binds to that PV when it is Available or its claimRef names the
 *   claim (uid included when set: a Released PV still holding the old claim's uid stays Released
 *   and the new claim stays Pending until someone clears the claimRef);
 * - a claim without volumeName binds to a matching Available PV, else gets a PV provisioned from
 *   its StorageClass (reclaim policy from the class);
 * - a claim that goes away releases its PV: Retain → Released, Delete → the PV is deleted and
 *   counted in lostVolumes;
 * - kubernetes.io/pvc-protection keeps a claim used by a running pod Terminating, and
 *   kubernetes.io/pv-protection keeps a bound PV.
 */
import { clone, type Obj } from '../json';
import type { Controller, ControllerContext } from './context';

const PVC_PROTECTION = 'kubernetes.io/pvc-protection';
const PV_PROTECTION = 'kubernetes.io/pv-protection';
const BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';

/** Kubernetes quantity → bytes (enough for storage sizes). */
export function quantityBytes(q: unknown): number {
  const m = /^([0-9.]+)\s*([A-Za-z]*)$/.exec(String(q ?? '0'));
  if (!m) return 0;
  const units: Record<string, number> = {
    '': 1,
    k: 1e3,
    K: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
  };
  return Number(m[1]) * (units[m[2]] ?? 1);
}

function withFinalizer(obj: Obj, finalizer: string): Obj | undefined {
  if (obj.metadata.deletionTimestamp || (obj.metadata.finalizers ?? []).includes(finalizer)) return undefined;
  const next = clone(obj);
  next.metadata.finalizers = [...(next.metadata.finalizers ?? []), finalizer];
  return next;
}

function withoutFinalizer(obj: Obj, finalizer: string): Obj {
  const next = clone(obj);
  next.metadata.finalizers = (next.metadata.finalizers ?? []).filter((f: string) => f !== finalizer);
  return next;
}

/** Pods that keep a claim in use: not finished, referencing it by name. */
function claimInUse(ctx: ControllerContext, pvc: Obj): boolean {
  return ctx.store
    .peekAll(ctx.def('Pod'), pvc.metadata.namespace)
    .some(
      (p) =>
        p.status?.phase !== 'Succeeded' &&
        p.status?.phase !== 'Failed' &&
        (p.spec?.volumes ?? []).some((v: Obj) => v.persistentVolumeClaim?.claimName === pvc.metadata.name),
    );
}

function claimRefMatches(pv: Obj, pvc: Obj): boolean {
  const ref = pv.spec?.claimRef;
  if (!ref) return false;
  return (
    ref.name === pvc.metadata.name &&
    ref.namespace === pvc.metadata.namespace &&
    (!ref.uid || ref.uid === pvc.metadata.uid)
  );
}

function defaultClassName(ctx: ControllerContext): string | undefined {
  return ctx.store
    .peekAll(ctx.def('StorageClass'))
    .find((sc) => sc.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true')
    ?.metadata.name;
}

function bind(ctx: ControllerContext, pv: Obj, pvc: Obj, boundByController: boolean): void {
  const pvDef = ctx.def('PersistentVolume');
  const pvcDef = ctx.def('PersistentVolumeClaim');
  const nextPv = clone(pv);
  nextPv.spec.claimRef = {
    kind: 'PersistentVolumeClaim',
    namespace: pvc.metadata.namespace,
    name: pvc.metadata.name,
    uid: pvc.metadata.uid,
    apiVersion: 'v1',
    // Set once, at binding; later claim writes do not move it.
    resourceVersion: pv.spec?.claimRef?.uid ? pv.spec.claimRef.resourceVersion : pvc.metadata.resourceVersion,
  };
  if (nextPv.spec.claimRef.resourceVersion === undefined) delete nextPv.spec.claimRef.resourceVersion;
  nextPv.status = { ...(nextPv.status ?? {}), phase: 'Bound' };
  if (!pv.spec?.claimRef)
    nextPv.metadata.annotations = {
      ...(nextPv.metadata.annotations ?? {}),
      'pv.kubernetes.io/bound-by-controller': 'yes',
    };
  ctx.store.update(pvDef, nextPv);
  const nextPvc = clone(ctx.store.peek(pvcDef, pvc.metadata.namespace, pvc.metadata.name)!);
  nextPvc.spec.volumeName = pv.metadata.name;
  nextPvc.metadata.annotations = {
    ...(nextPvc.metadata.annotations ?? {}),
    'pv.kubernetes.io/bind-completed': 'yes',
  };
  if (boundByController) nextPvc.metadata.annotations['pv.kubernetes.io/bound-by-controller'] = 'yes';
  nextPvc.status = {
    phase: 'Bound',
    accessModes: clone(pv.spec?.accessModes ?? nextPvc.spec?.accessModes ?? []),
    capacity: clone(pv.spec?.capacity ?? {}),
  };
  ctx.store.update(pvcDef, nextPvc);
}

function provision(ctx: ControllerContext, pvc: Obj, className: string): Obj | undefined {
  const sc = ctx.store.peek(ctx.def('StorageClass'), undefined, className);
  if (!sc) return undefined;
  if (sc.volumeBindingMode === 'WaitForFirstConsumer' && !claimInUse(ctx, pvc)) return undefined;
  return ctx.store.create(ctx.def('PersistentVolume'), {
    metadata: {
      name: `pvc-${pvc.metadata.uid}`,
      annotations: { 'pv.kubernetes.io/provisioned-by': sc.provisioner ?? 'sandbox' },
      finalizers: [PV_PROTECTION],
    },
    spec: {
      accessModes: clone(pvc.spec?.accessModes ?? ['ReadWriteOnce']),
      capacity: { storage: pvc.spec?.resources?.requests?.storage ?? '1Gi' },
      claimRef: {
        kind: 'PersistentVolumeClaim',
        namespace: pvc.metadata.namespace,
        name: pvc.metadata.name,
        uid: pvc.metadata.uid,
        apiVersion: 'v1',
      },
      persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? 'Delete',
      storageClassName: className,
      volumeMode: pvc.spec?.volumeMode ?? 'Filesystem',
      csi: { driver: sc.provisioner ?? 'sandbox', volumeHandle: `vol-${pvc.metadata.uid}` },
      ...(sc.mountOptions ? { mountOptions: clone(sc.mountOptions) } : {}),
    },
    status: { phase: 'Pending' },
  });
}

/**
 * The PV controller's checkVolumeSatisfyClaim for a claim that names its volume: same class,
 * enough capacity, the claim's access modes and volume mode. A mismatch leaves the claim Pending
 * (the controller reports VolumeMismatch), it is never bound.
 */
function volumeSatisfiesClaim(pv: Obj, pvc: Obj): boolean {
  const modes: string[] = pvc.spec?.accessModes ?? [];
  return (
    (pv.spec?.storageClassName ?? '') === (pvc.spec?.storageClassName ?? '') &&
    quantityBytes(pv.spec?.capacity?.storage) >= quantityBytes(pvc.spec?.resources?.requests?.storage) &&
    modes.every((m) => (pv.spec?.accessModes ?? []).includes(m)) &&
    (pv.spec?.volumeMode ?? 'Filesystem') === (pvc.spec?.volumeMode ?? 'Filesystem')
  );
}

function findStatic(ctx: ControllerContext, pvc: Obj): Obj | undefined {
  const want = quantityBytes(pvc.spec?.resources?.requests?.storage);
  const cls = pvc.spec?.storageClassName ?? '';
  const modes: string[] = pvc.spec?.accessModes ?? [];
  const candidates = ctx.store
    .peekAll(ctx.def('PersistentVolume'))
    .filter(
      (pv) =>
        !pv.metadata.deletionTimestamp &&
        (pv.status?.phase ?? 'Available') === 'Available' &&
        (!pv.spec?.claimRef || claimRefMatches(pv, pvc)) &&
        (pv.spec?.storageClassName ?? '') === cls &&
        quantityBytes(pv.spec?.capacity?.storage) >= want &&
        modes.every((m) => (pv.spec?.accessModes ?? []).includes(m)),
    );
  const prebound = candidates.find((pv) => claimRefMatches(pv, pvc));
  if (prebound) return prebound;
  return candidates
    .filter((pv) => !pv.spec?.claimRef)
    .sort((a, b) => quantityBytes(a.spec?.capacity?.storage) - quantityBytes(b.spec?.capacity?.storage))[0];
}

/** Binds, provisions, releases and protects volumes. */
export const volumeController: Controller = (ctx) => {
  const pvDef = ctx.def('PersistentVolume');
  const pvcDef = ctx.def('PersistentVolumeClaim');

  // Claims: protection, then binding.
  for (const pvc of ctx.store.peekAll(pvcDef)) {
    if (pvc.metadata.deletionTimestamp) {
      if ((pvc.metadata.finalizers ?? []).includes(PVC_PROTECTION) && !claimInUse(ctx, pvc)) {
        ctx.store.update(pvcDef, withoutFinalizer(pvc, PVC_PROTECTION));
      }
      continue;
    }
    const protectedPvc = withFinalizer(pvc, PVC_PROTECTION);
    const claim = protectedPvc ? ctx.store.update(pvcDef, protectedPvc) : pvc;
    const volumeName = claim.spec?.volumeName;
    if (claim.status?.phase === 'Lost') continue;
    // A claim that was bound (Bound, or carrying bind-completed as `kubectl get -o yaml` copies
    // do) is checked like the PV controller's syncBoundClaim: a missing volume or a volume
    // whose claimRef names another uid makes it Lost, for good.
    if (claim.status?.phase === 'Bound' || claim.metadata.annotations?.[BIND_COMPLETED] !== undefined) {
      const pv = volumeName ? ctx.store.peek(pvDef, undefined, volumeName) : undefined;
      if (!pv || (pv.spec?.claimRef && !claimRefMatches(pv, claim))) {
        const lost = clone(claim);
        lost.status = { ...(lost.status ?? {}), phase: 'Lost' };
        ctx.store.update(pvcDef, lost);
      } else if (claim.status?.phase !== 'Bound' || pv.status?.phase !== 'Bound' || !pv.spec?.claimRef?.uid) {
        bind(ctx, pv, claim, false);
      }
      continue;
    }
    let pv: Obj | undefined;
    if (volumeName) {
      const candidate = ctx.store.peek(pvDef, undefined, volumeName);
      if (
        candidate &&
        !candidate.metadata.deletionTimestamp &&
        (!candidate.spec?.claimRef || claimRefMatches(candidate, claim)) &&
        volumeSatisfiesClaim(candidate, claim)
      ) {
        pv = candidate;
      }
      if (pv) bind(ctx, pv, claim, false);
    } else {
      pv = findStatic(ctx, claim);
      const className = claim.spec?.storageClassName ?? defaultClassName(ctx);
      if (!pv && className) pv = provision(ctx, claim, className);
      if (pv?.metadata.annotations?.['pv.kubernetes.io/provisioned-by']) {
        const provisioner = pv.metadata.annotations['pv.kubernetes.io/provisioned-by'];
        const annotated = clone(ctx.store.peek(pvcDef, claim.metadata.namespace, claim.metadata.name)!);
        annotated.metadata.annotations = {
          ...(annotated.metadata.annotations ?? {}),
          'volume.beta.kubernetes.io/storage-provisioner': provisioner,
          'volume.kubernetes.io/storage-provisioner': provisioner,
        };
        ctx.store.update(pvcDef, annotated);
      }
      if (pv) bind(ctx, pv, ctx.store.peek(pvcDef, claim.metadata.namespace, claim.metadata.name)!, true);
    }
    if (!pv && claim.status?.phase !== 'Pending') {
      const pending = clone(ctx.store.peek(pvcDef, claim.metadata.namespace, claim.metadata.name)!);
      pending.status = { phase: 'Pending' };
      ctx.store.update(pvcDef, pending);
    }
  }

  // Volumes: protection, phase, reclaim.
  for (const pv of ctx.store.peekAll(pvDef)) {
    const ref = pv.spec?.claimRef;
    const claim = ref ? ctx.store.peek(pvcDef, ref.namespace, ref.name) : undefined;
    const claimAlive = !!claim && (!ref.uid || claim.metadata.uid === ref.uid);
    let phase: string;
    if (!ref) phase = 'Available';
    else if (claimAlive)
      phase =
        claim!.spec?.volumeName === pv.metadata.name && claim!.status?.phase === 'Bound'
          ? 'Bound'
          : pv.status?.phase === 'Bound'
            ? 'Bound'
            : 'Available';
    else if (ref.uid) phase = pv.status?.phase === 'Failed' ? 'Failed' : 'Released';
    else phase = 'Available';
    if (pv.metadata.deletionTimestamp) {
      if ((pv.metadata.finalizers ?? []).includes(PV_PROTECTION) && phase !== 'Bound') {
        ctx.store.update(pvDef, withoutFinalizer(pv, PV_PROTECTION));
      }
      continue;
    }
    if (phase === 'Released' && pv.spec?.persistentVolumeReclaimPolicy === 'Delete') {
      ctx.lostVolumes.push(pv.metadata.name);
      ctx.store.remove(pvDef, pv);
      continue;
    }
    if (phase === 'Released' && pv.spec?.persistentVolumeReclaimPolicy === 'Recycle') {
      const next = clone(pv);
      delete next.spec.claimRef;
      next.status = { phase: 'Available' };
      ctx.store.update(pvDef, next);
      continue;
    }
    const guarded = withFinalizer(pv, PV_PROTECTION);
    if (
      !guarded &&
      pv.status?.phase === phase &&
      (phase === 'Released' || phase === 'Failed' || !pv.status?.message)
    )
      continue;
    const next = guarded ?? clone(pv);
    next.status = { ...(next.status ?? {}), phase };
    if (phase !== 'Released' && phase !== 'Failed') delete next.status.message;
    ctx.store.update(pvDef, next);
  }
};
