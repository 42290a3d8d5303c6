/** What controllers get to work with. */
import type { Api } from '../api';
import { deepEqual, type Obj } from '../json';
import type { ResourceDef } from '../resources';
import { now, type Store } from '../store';

/** Shared state and helpers for the controllers. */
export interface ControllerContext {
  store: Store;
  api: Api;
  /** Resource definition by kind (core and built-in groups; kinds are unique in the table). */
  def(kind: string): ResourceDef;
  /** Milliseconds a new pod takes to become Ready. */
  readyDelayMs: number;
  /** Asks for another reconcile pass in `ms` (for delayed readiness). */
  wakeAt(ms: number): void;
  /** Names of PVs deleted because their Delete-policy claim went away. */
  lostVolumes: string[];
  /** Per-pod time it becomes Ready (by uid). */
  readyAt: Map<string, number>;
  /** True for pods held Running but not Ready (Sandbox.holdPodsUnready). */
  heldUnready(namespace: string, name: string): boolean;
  /** Counter for service IPs. */
  nextIp(kind: 'cluster' | 'lb'): string;
}

/** The objects (by uid) a pass should look at: those a change touched, or that own one. */
export interface Scope {
  has(uid: string): boolean;
  /** The same uids. */
  uids: Iterable<string>;
}

/**
 * A controller: one pass over the store, writing through `ctx.store` directly. With a scope it
 * may look only at the objects in it (the others are unchanged since it last ran).
 */
export type Controller = (ctx: ControllerContext, scope?: Scope) => void;

/** Writes `status` into a stored object unless it already has it (cheap no-op check first). */
export function writeStatus(ctx: ControllerContext, def: ResourceDef, obj: Obj, status: Obj): Obj {
  if (deepEqual(obj.status, status)) return obj;
  return ctx.store.update(def, { ...obj, status });
}

/** Indexes objects by the uids of their owners. */
export function byOwner(objects: Obj[]): Map<string, Obj[]> {
  const out = new Map<string, Obj[]>();
  for (const o of objects) {
    for (const r of o.metadata.ownerReferences ?? []) {
      const list = out.get(r.uid) ?? [];
      list.push(o);
      out.set(r.uid, list);
    }
  }
  return out;
}

/**
 * What `byOwner(peekAll(def)).get(uid)` gives, from the store's owner index: the objects of `def`
 * owning a reference to `uid` (once per such reference), in peekAll order; `keep` filters them
 * first.
 */
export function ownedOf(
  ctx: ControllerContext,
  uid: string,
  def: ResourceDef,
  keep: (o: Obj) => boolean = () => true,
): Obj[] {
  const out: Obj[] = [];
  for (const o of ctx.store.dependents(uid, def)) {
    if (!keep(o)) continue;
    for (const r of o.metadata.ownerReferences ?? []) if (r.uid === uid) out.push(o);
  }
  return out;
}

/** Ready condition check for pods. */
export function podReady(pod: Obj): boolean {
  return (
    pod.status?.phase === 'Running' &&
    (pod.status?.conditions ?? []).some((c: Obj) => c.type === 'Ready' && c.status === 'True')
  );
}

/** True when `obj` has an owner reference to `uid`. */
export function ownedBy(obj: Obj, uid: string): boolean {
  return (obj.metadata.ownerReferences ?? []).some((r: Obj) => r.uid === uid);
}

/** A controller owner reference to `owner`. */
export function ownerRef(owner: Obj): Obj {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** Sets condition `type` in `conditions`, keeping timestamps when nothing changed. */
export function setCondition(
  conditions: Obj[],
  type: string,
  status: string,
  reason: string,
  message: string,
  stamps: string[] = ['lastTransitionTime'],
): Obj[] {
  const existing = conditions.find((c) => c.type === type);
  if (existing && existing.status === status && existing.reason === reason && existing.message === message)
    return conditions;
  const time = now();
  const c: Obj = { type, status, reason, message };
  for (const s of stamps)
    c[s] = existing && existing.status === status && s === 'lastTransitionTime' ? existing[s] : time;
  return [...conditions.filter((x) => x.type !== type), c];
}
