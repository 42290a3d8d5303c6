/**
 * Moving a PersistentVolume from one claim to another without letting go of the data: delete the
 * old claim (its PV must be Retain), wait until the PV is Released, reserve the PV for the new
 * claim (claimRef to the new namespace/name without uid, so no other claim can take it — the
 * runbook's `claimRef: null` leaves it open to any claim), create the new claim, wait until it is
 * Bound, verify it is bound to the same PV with the same capacity and access modes.
 *
 * Every stage starts from what the cluster shows, so a run that died half-way goes on from where
 * it stopped. Generic: which claims and volumes is the caller's business.
 */
import { ConfigurationError } from '../core/errors';
import type { Kube, KubeObject } from './client';
import { KubeApiError } from './errors';
import { WaitTimeoutError, waitUntil } from './wait';

/** One volume to move. */
export interface RebindPlan {
  pv: string;
  from: { namespace: string; name: string };
  /** The new claim as it is to be created (namespace, name, spec.volumeName = pv). */
  claim: KubeObject;
  /** What the bound claim must show; taken from the PV when omitted. */
  expect: { capacity?: string; accessModes?: string[] };
}

/** What the cluster shows of one volume move. */
export interface RebindState {
  pv?: KubeObject;
  oldClaim?: KubeObject;
  newClaim?: KubeObject;
}

const target = (p: RebindPlan) => ({ namespace: p.claim.metadata.namespace!, name: p.claim.metadata.name });
const ref = (ns: string, name: string) => `${ns}/${name}`;
const sameSet = (a: string[] = [], b: string[] = []) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Names of running pods in `pods` that mount the claim. */
export function podsMounting(pods: KubeObject[], claimName: string): string[] {
  return pods
    .filter(
      (p) =>
        p.status?.phase !== 'Succeeded' &&
        p.status?.phase !== 'Failed' &&
        (p.spec?.volumes ?? []).some((v: any) => v.persistentVolumeClaim?.claimName === claimName),
    )
    .map((p) => p.metadata.name)
    .sort();
}

/** Why the new claim is not (yet) the PV's verified claim; empty when it is. */
export function boundProblems(
  plan: RebindPlan,
  pv: KubeObject | undefined,
  claim: KubeObject | undefined,
): string[] {
  const t = target(plan);
  if (!pv) return [`PV ${plan.pv} is gone`];
  if (!claim) return [`PVC ${ref(t.namespace, t.name)} does not exist`];
  const out: string[] = [];
  const cr = pv.spec?.claimRef;
  if (claim.status?.phase !== 'Bound')
    out.push(`PVC ${ref(t.namespace, t.name)} is ${claim.status?.phase ?? 'Pending'}`);
  if (claim.spec?.volumeName !== plan.pv)
    out.push(
      `PVC ${ref(t.namespace, t.name)} names volume ${claim.spec?.volumeName ?? '(none)'}, not ${plan.pv}`,
    );
  if (!cr || cr.namespace !== t.namespace || cr.name !== t.name || cr.uid !== claim.metadata.uid)
    out.push(
      `PV ${plan.pv} is claimed by ${cr ? `${ref(cr.namespace, cr.name)} uid ${cr.uid ?? '(none)'}` : 'nobody'}`,
    );
  const capacity = plan.expect.capacity ?? pv.spec?.capacity?.storage;
  if (claim.status?.phase === 'Bound') {
    if (claim.status?.capacity?.storage !== capacity || pv.spec?.capacity?.storage !== capacity)
      out.push(
        `capacity ${claim.status?.capacity?.storage} (PV ${pv.spec?.capacity?.storage}), expected ${capacity}`,
      );
    const modes = plan.expect.accessModes ?? pv.spec?.accessModes;
    if (!sameSet(claim.status?.accessModes, modes) || !sameSet(pv.spec?.accessModes, modes))
      out.push(
        `access modes ${(claim.status?.accessModes ?? []).join(',')} (PV ${(pv.spec?.accessModes ?? []).join(',')}), expected ${(modes ?? []).join(',')}`,
      );
  }
  return out;
}

/** True when the move is complete and verified: old claim gone, new one bound to the PV. */
export function rebindDone(plan: RebindPlan, s: RebindState): boolean {
  return !s.oldClaim && boundProblems(plan, s.pv, s.newClaim).length === 0;
}

/** Problems that forbid starting (or continuing) the move; empty when it may go on. */
export function rebindBlockers(plan: RebindPlan, s: RebindState): string[] {
  const t = target(plan);
  const out: string[] = [];
  if (!s.pv)
    return [
      `PV ${plan.pv} does not exist: the data behind ${ref(plan.from.namespace, plan.from.name)} is not where the record says`,
    ];
  if (s.pv.spec?.persistentVolumeReclaimPolicy !== 'Retain' && s.oldClaim)
    out.push(
      `PV ${plan.pv} has reclaim policy ${s.pv.spec?.persistentVolumeReclaimPolicy}, not Retain: deleting ${ref(plan.from.namespace, plan.from.name)} would delete the volume. Set it back to Retain (prepare-storage) first`,
    );
  if (s.oldClaim && s.oldClaim.spec?.volumeName !== plan.pv)
    out.push(
      `PVC ${ref(plan.from.namespace, plan.from.name)} is bound to ${s.oldClaim.spec?.volumeName ?? 'nothing'}, the record says ${plan.pv}; re-run preflight`,
    );
  if (s.newClaim && !s.newClaim.spec?.volumeName)
    out.push(
      `PVC ${ref(t.namespace, t.name)} already exists and names no volume (not the claim k2h creates, which names ${plan.pv}): remove it first; k2h never rebinds over it`,
    );
  if (s.newClaim && s.newClaim.spec?.volumeName && s.newClaim.spec.volumeName !== plan.pv)
    out.push(
      `PVC ${ref(t.namespace, t.name)} already exists and names volume ${s.newClaim.spec.volumeName}, not ${plan.pv}`,
    );
  const cr = s.pv.spec?.claimRef;
  const claimedByOld = cr && cr.namespace === plan.from.namespace && cr.name === plan.from.name;
  const claimedByNew = cr && cr.namespace === t.namespace && cr.name === t.name;
  if (cr && !claimedByOld && !claimedByNew)
    out.push(
      `PV ${plan.pv} is claimed by ${ref(cr.namespace, cr.name)}, neither the old nor the new claim: find out who took it`,
    );
  return out;
}

/** What is left to do, for dry-run and the approval plan. */
export function rebindActions(plan: RebindPlan, s: RebindState): string[] {
  const t = target(plan);
  const out: string[] = [];
  if (s.oldClaim && !s.oldClaim.metadata.deletionTimestamp)
    out.push(`delete PVC ${ref(plan.from.namespace, plan.from.name)} (PV ${plan.pv} stays: Retain)`);
  const cr = s.pv?.spec?.claimRef;
  if (!(cr && cr.namespace === t.namespace && cr.name === t.name))
    out.push(`reserve PV ${plan.pv} for ${ref(t.namespace, t.name)} (claimRef without uid, once Released)`);
  if (!s.newClaim) out.push(`create PVC ${ref(t.namespace, t.name)} with volumeName ${plan.pv}`);
  out.push(
    `verify ${ref(t.namespace, t.name)} Bound to ${plan.pv} (${plan.expect.capacity ?? s.pv?.spec?.capacity?.storage}, ${(plan.expect.accessModes ?? s.pv?.spec?.accessModes ?? []).join(',')})`,
  );
  return out;
}

export interface RebindOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  onProgress?(text: string): void;
  /** What was last observed (saves the first reads); read fresh when omitted. */
  state?: RebindState;
  /**
   * Reads the PV right before its old claim is deleted (default: a GET). A replacement must be as
   * current as a GET (e.g. a live watch's copy) and may throw to stop the move before the delete.
   */
  readPv?: () => Promise<KubeObject | undefined>;
}

/** An AbortController that also fires when `parent` does; unlink() forgets the parent. */
function linked(parent?: AbortSignal): { signal: AbortSignal; abort(): void; unlink(): void } {
  const ac = new AbortController();
  const onAbort = () => ac.abort();
  if (parent?.aborted) ac.abort();
  else parent?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: ac.signal,
    abort: () => ac.abort(),
    unlink: () => parent?.removeEventListener('abort', onAbort),
  };
}

/** The claim as it is to be created: no status, no server-set metadata. */
const strip = (claim: KubeObject): KubeObject => {
  const out = JSON.parse(JSON.stringify(claim)) as KubeObject;
  delete out.status;
  for (const k of ['uid', 'resourceVersion', 'creationTimestamp', 'managedFields']) delete out.metadata[k];
  return out;
};

/**
 * Moves the volume; resolves with the verified PV and new claim and what changed. Safe to call
 * again after a crash at any point.
 */
export async function rebind(
  kube: Kube,
  plan: RebindPlan,
  o: RebindOptions,
): Promise<{ pv: KubeObject; claim: KubeObject; changes: string[] }> {
  const t = target(plan);
  const changes: string[] = [];
  const say = (s: string) => o.onProgress?.(`${plan.pv}: ${s}`);
  const pvName = plan.pv;
  let s: RebindState = o.state ?? {
    pv: await kube.get('v1', 'PersistentVolume', pvName),
    oldClaim: await kube.get('v1', 'PersistentVolumeClaim', plan.from.name, plan.from.namespace),
    newClaim: await kube.get('v1', 'PersistentVolumeClaim', t.name, t.namespace),
  };
  const blockers = () => {
    const b = rebindBlockers(plan, s);
    if (b.length) throw new ConfigurationError(b.join('; '));
  };
  blockers();

  // 1. The old claim goes; the PV must be Retain at that moment (read fresh, not from a plan).
  // 2. The PV, once its old claim has let go, is reserved for the new claim only. The PV
  // controller marks it Released only once the old claim is gone (a claim still Terminating keeps
  // it Bound), so one wait on the PV covers both. It watches from the version just read, so the
  // change the DELETE causes needs no LIST after it.
  const isReserved = (pv?: KubeObject) =>
    pv?.spec?.claimRef?.namespace === t.namespace && pv?.spec?.claimRef?.name === t.name;
  const claimWasThere = !!s.oldClaim;
  let reservedNow: KubeObject | undefined;
  if (claimWasThere || !isReserved(s.pv)) {
    let fresh: KubeObject | undefined;
    let deleting: Promise<unknown> | undefined;
    if (s.oldClaim && !s.oldClaim.metadata.deletionTimestamp) {
      s.pv = fresh = await (o.readPv ? o.readPv() : kube.get('v1', 'PersistentVolume', pvName));
      blockers();
      deleting = kube.delete('v1', 'PersistentVolumeClaim', plan.from.name, plan.from.namespace);
      deleting.catch(() => undefined);
    }
    const stop = linked(o.signal);
    const releasing = waitUntil(kube, {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      fieldSelector: `metadata.name=${pvName}`,
      description: `PV ${pvName} to be Released by ${ref(plan.from.namespace, plan.from.name)}`,
      until: (objs) =>
        objs.length === 0 || ['Released', 'Available'].includes(objs[0].status?.phase) || isReserved(objs[0]),
      progress: (objs) => `PV ${objs[0]?.status?.phase ?? 'gone'}`,
      onProgress: say,
      timeoutMs: o.timeoutMs,
      signal: stop.signal,
      from: fresh && { items: [fresh], resourceVersion: String(fresh.metadata.resourceVersion) },
    });
    releasing.catch(() => undefined);
    if (deleting) {
      try {
        await deleting;
      } catch (err) {
        stop.abort();
        stop.unlink();
        throw err;
      }
      changes.push(`deleted PVC ${ref(plan.from.namespace, plan.from.name)}`);
    }
    let released: KubeObject | undefined;
    try {
      [released] = await releasing.finally(() => stop.unlink());
    } catch (err) {
      if (!(err instanceof WaitTimeoutError)) throw err;
      const old = claimWasThere
        ? await kube.get('v1', 'PersistentVolumeClaim', plan.from.name, plan.from.namespace)
        : undefined;
      if (!old) throw err;
      const holders = podsMounting(await kube.list('v1', 'Pod', plan.from.namespace), plan.from.name);
      throw new ConfigurationError(
        `PVC ${ref(plan.from.namespace, plan.from.name)} is stuck Terminating after ${Math.round(o.timeoutMs / 1000)} s` +
          (holders.length
            ? `: pod${holders.length > 1 ? 's' : ''} ${holders.join(', ')} still mount${holders.length > 1 ? '' : 's'} it. Stop ${holders.length > 1 ? 'them' : 'it'}, then re-run`
            : ' (no pod mounts it: check its finalizers)') +
          `. PV ${pvName} is untouched (Retain).`,
      );
    }
    s = { ...s, oldClaim: undefined };
    if (!released)
      throw new ConfigurationError(
        `PV ${pvName} disappeared after its claim was deleted: check its reclaim policy and finalizers`,
      );
    s.pv = released;
    blockers();
    // Free for the new claim: unclaimed, or still naming the very claim that was just deleted (its
    // uid): a claim of the same name created since (a GitOps re-apply) is another claim.
    const releasedUid: string | undefined = released.spec?.claimRef?.uid;
    const free = (pv: KubeObject) =>
      !pv.spec?.claimRef ||
      (!!releasedUid &&
        pv.spec.claimRef.uid === releasedUid &&
        pv.spec.claimRef.namespace === plan.from.namespace &&
        pv.spec.claimRef.name === plan.from.name);
    let pv: KubeObject = released;
    for (let attempt = 1; !isReserved(pv); attempt++) {
      try {
        s.pv =
          reservedNow =
          pv =
            await kube.patch('v1', 'PersistentVolume', pvName, undefined, {
              // The version read: if anything claimed it meanwhile, the patch fails instead of stealing it.
              metadata: { resourceVersion: pv.metadata.resourceVersion },
              spec: {
                claimRef: {
                  apiVersion: 'v1',
                  kind: 'PersistentVolumeClaim',
                  namespace: t.namespace,
                  name: t.name,
                  uid: null,
                  resourceVersion: null,
                },
              },
            });
        changes.push(`reserved PV ${pvName} for ${ref(t.namespace, t.name)}`);
      } catch (err) {
        if (!(err instanceof KubeApiError && err.code === 409)) throw err;
        // Changed since it was read: the PV controller's own update (its status, after the
        // Released event) is no reason to stop; another claim is. Read again and decide.
        const now = await kube.get('v1', 'PersistentVolume', pvName);
        if (now && isReserved(now)) {
          s.pv = pv = now;
          break;
        }
        if (!now || !free(now) || attempt >= 3)
          throw new ConfigurationError(
            `PV ${pvName} changed while k2h reserved it` +
              (now?.spec?.claimRef
                ? ` (it is now claimed by ${ref(now.spec.claimRef.namespace, now.spec.claimRef.name)})`
                : now
                  ? ''
                  : ' (it is gone)') +
              '; re-run to see its state',
          );
        pv = now;
      }
    }
  }

  // 3. The new claim, then the binding, verified. The PV and the claim are watched from the
  // version the reserve answered (their binding arrives while the create is under way), so neither
  // needs a LIST; the PV is waited for only when the claim is Bound.
  const stop = linked(o.signal);
  const since = (obj: KubeObject | undefined) =>
    obj && { items: [obj], resourceVersion: String(obj.metadata.resourceVersion) };
  const boundPv = waitUntil(kube, {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    fieldSelector: `metadata.name=${pvName}`,
    description: `PV ${pvName} to be Bound to ${ref(t.namespace, t.name)}`,
    until: (objs) => {
      const cr = objs[0]?.spec?.claimRef;
      return (
        objs.length === 0 ||
        objs[0].status?.phase === 'Failed' ||
        (objs[0].status?.phase === 'Bound' && !!cr?.uid) ||
        !(cr?.namespace === t.namespace && cr?.name === t.name)
      );
    },
    timeoutMs: o.timeoutMs,
    signal: stop.signal,
    from: reservedNow ? since(s.pv) : undefined,
  });
  boundPv.catch(() => undefined);
  let claim: KubeObject | undefined;
  let pv: KubeObject | undefined;
  // The claim Bound (or Lost, or gone after it was there). Watched from `from`: the create's
  // answer, or — for a claim about to be created — the version the reserve answered, so the watch
  // is opened alongside the create instead of after its answer (one round trip less; a real API
  // server answers a create before the binder has bound it).
  const claimBound = (from: { items: KubeObject[]; resourceVersion: string } | undefined) => {
    let seen = false;
    return waitUntil(kube, {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      namespace: t.namespace,
      fieldSelector: `metadata.name=${t.name}`,
      description: `PVC ${ref(t.namespace, t.name)} to be Bound to ${pvName}`,
      until: (objs) => {
        if (objs.length) seen = true;
        return ['Bound', 'Lost'].includes(objs[0]?.status?.phase) || (seen && objs.length === 0);
      },
      progress: (objs) => `new claim ${objs[0]?.status?.phase ?? (seen ? 'gone' : 'not created yet')}`,
      onProgress: say,
      timeoutMs: o.timeoutMs,
      signal: stop.signal,
      from,
    });
  };
  try {
    if (!s.newClaim) {
      const beforeCreate = reservedNow && since(reservedNow);
      const early = beforeCreate
        ? claimBound({ items: [], resourceVersion: beforeCreate.resourceVersion })
        : undefined;
      early?.catch(() => undefined);
      const createdNow = (s.newClaim = await kube.create(strip(plan.claim)));
      changes.push(`created PVC ${ref(t.namespace, t.name)}`);
      // Bound already in the create's answer: nothing to wait for (the watch is stopped below).
      [claim] = ['Bound', 'Lost'].includes(createdNow.status?.phase)
        ? [createdNow]
        : await (early ?? claimBound(since(createdNow)));
    } else [claim] = await claimBound(undefined);
    if (claim?.status?.phase === 'Bound') [pv] = await boundPv;
  } finally {
    stop.abort();
    stop.unlink();
  }
  // Not Bound: the PV as it is now, for the error.
  pv ??= await kube.get('v1', 'PersistentVolume', pvName);
  const problems = boundProblems(plan, pv, claim);
  if (problems.length)
    throw new ConfigurationError(
      `PVC ${ref(t.namespace, t.name)} is not verified on PV ${pvName}: ${problems.join('; ')}`,
    );
  changes.push(
    `verified ${ref(t.namespace, t.name)} Bound to ${pvName} (${pv!.spec.capacity.storage}, ${pv!.spec.accessModes.join(',')})`,
  );
  return { pv: pv!, claim: claim!, changes };
}
