/**
 * The object store: every object by resource/namespace/name, one global resourceVersion counter,
 * and a bounded event history so watches can resume from a resourceVersion. It enforces no API
 * rules (the handlers and controllers do); it only keeps metadata bookkeeping consistent.
 *
 * Stored objects are deep-frozen: a write stores a new object, never changes the one stored, so
 * every reader (answers, watch events, controllers) shares it without copying, and its JSON text
 * is computed once per version (see `toJson`).
 */
import { randomUUID } from 'node:crypto';
import { cacheJson, cloneShared, deepEqual, deepFreeze, omit, type Obj } from './json';
import { apiVersionOf, type ResourceDef } from './resources';

/** A change, as a watch reports it. */
export interface StoreEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  def: ResourceDef;
  object: Obj;
  rv: number;
}

/** Groups whose objects carry no metadata.generation; everything else bumps it on spec changes. */
const NO_GENERATION_GROUPS = new Set([
  '',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'authorization.k8s.io',
  'authentication.k8s.io',
  'coordination.k8s.io',
]);
const GENERATION_GROUPS = { has: (group: string): boolean => !NO_GENERATION_GROUPS.has(group) };
const HISTORY_LIMIT = 10000;

function key(def: ResourceDef, namespace: string | undefined, name: string): string {
  return `${def.group}/${def.plural}/${def.namespaced ? (namespace ?? '') : ''}/${name}`;
}

/** Everything but metadata and status: what a generation counts. */
function specPart(obj: Obj): Obj {
  return omit(obj, ['metadata', 'status']);
}

/** In-memory object store with resourceVersions and change events. */
export class Store {
  private objects = new Map<string, { def: ResourceDef; obj: Obj }>();
  /** The same objects by resource, so a controller's scan of one kind does not walk them all. */
  private byDef = new Map<ResourceDef, Map<string, Obj>>();
  /** peekAll's order per resource, dropped on every write of that resource. */
  private sorted = new Map<ResourceDef, Obj[]>();
  private history: StoreEvent[] = [];
  private listeners = new Set<(e: StoreEvent, previous?: Obj) => void>();
  private counter = 1000;

  /** The newest resourceVersion handed out. */
  get resourceVersion(): number {
    return this.counter;
  }

  /** Oldest resourceVersion a watch can resume from. */
  get oldestResumable(): number {
    return this.history.length ? this.history[0].rv - 1 : this.counter;
  }

  /** The stored object (frozen: not a copy). */
  peek(def: ResourceDef, namespace: string | undefined, name: string): Obj | undefined {
    return this.objects.get(key(def, namespace, name))?.obj;
  }

  /** Stored objects of a resource, optionally in one namespace, sorted by namespace/name. */
  peekAll(def: ResourceDef, namespace?: string): Obj[] {
    let sorted = this.sorted.get(def);
    if (!sorted) {
      // Kept until the next write of this resource: controllers read far more often than they write.
      sorted = [...(this.byDef.get(def)?.values() ?? [])].sort((a, b) =>
        `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(
          `${b.metadata.namespace ?? ''}/${b.metadata.name}`,
        ),
      );
      this.sorted.set(def, sorted);
    }
    return namespace && def.namespaced
      ? sorted.filter((obj) => obj.metadata.namespace === namespace)
      : sorted.slice();
  }

  /** Every stored object with its resource. */
  entries(): Array<{ def: ResourceDef; obj: Obj }> {
    return [...this.objects.values()];
  }

  /**
   * Stores a copy of a new object, filling uid, resourceVersion, creationTimestamp and generation;
   * returns the stored (frozen) object.
   */
  create(def: ResourceDef, input: Obj): Obj {
    const obj = cloneShared(input);
    obj.apiVersion = apiVersionOf(def);
    obj.kind = def.kind;
    const meta = (obj.metadata = thawed(obj.metadata));
    if (!def.namespaced) delete meta.namespace;
    meta.uid ??= randomUUID();
    meta.creationTimestamp ??= now();
    // API creates arrive without one; seeds captured from a cluster keep theirs.
    if (GENERATION_GROUPS.has(def.group)) meta.generation ??= 1;
    else delete meta.generation;
    meta.resourceVersion = String(++this.counter);
    seal(obj);
    this.put(def, key(def, meta.namespace, meta.name), obj);
    this.emit('ADDED', def, obj);
    return obj;
  }

  /**
   * Replaces a stored object. Returns the stored object unchanged (same resourceVersion) when
   * nothing but bookkeeping differs, so no-op writes are invisible as on a real apiserver. An
   * object that is being deleted and has no finalizers left is removed instead.
   */
  update(def: ResourceDef, input: Obj): Obj {
    const meta = input.metadata;
    const k = key(def, meta.namespace, meta.name);
    const current = this.objects.get(k)?.obj;
    if (!current) throw new Error(`store: update of missing ${k}`);
    const obj = cloneShared(input);
    obj.apiVersion = apiVersionOf(def);
    obj.kind = def.kind;
    const m = (obj.metadata = thawed(obj.metadata));
    // Identity fields are the store's, whatever the caller sent.
    m.uid = current.metadata.uid;
    m.creationTimestamp = current.metadata.creationTimestamp;
    m.resourceVersion = current.metadata.resourceVersion;
    if (current.metadata.deletionTimestamp) m.deletionTimestamp = current.metadata.deletionTimestamp;
    if (GENERATION_GROUPS.has(def.group)) m.generation = current.metadata.generation;
    if (Array.isArray(m.finalizers) && m.finalizers.length === 0) delete m.finalizers;
    const held = m.finalizers?.length || (def.kind === 'Namespace' && obj.spec?.finalizers?.length);
    if (m.deletionTimestamp && !held) {
      this.remove(def, current);
      return obj;
    }
    if (deepEqual(obj, current)) return current;
    if (GENERATION_GROUPS.has(def.group) && !deepEqual(specPart(obj), specPart(current))) {
      m.generation = (current.metadata.generation ?? 0) + 1;
    }
    m.resourceVersion = String(++this.counter);
    seal(obj);
    this.put(def, k, obj);
    this.emit('MODIFIED', def, obj, current);
    return obj;
  }

  /** Removes an object for good (finalizers are the caller's business). */
  remove(def: ResourceDef, obj: Obj): Obj | undefined {
    const k = key(def, obj.metadata.namespace, obj.metadata.name);
    const current = this.objects.get(k)?.obj;
    if (!current) return undefined;
    this.objects.delete(k);
    this.byDef.get(def)?.delete(k);
    this.sorted.delete(def);
    // The last state with a new resourceVersion; everything else is shared with it.
    const gone = {
      ...current,
      metadata: { ...current.metadata, resourceVersion: String(++this.counter) },
    };
    seal(gone);
    this.emit('DELETED', def, gone, current);
    return gone;
  }

  /** Events after `rv`, oldest first; undefined when `rv` is older than the history kept. */
  eventsSince(rv: number): StoreEvent[] | undefined {
    if (rv < this.oldestResumable) return undefined;
    return this.history.filter((e) => e.rv > rv);
  }

  /**
   * Calls `listener` for every later change (with the object as it was before, for updates and
   * deletions); returns the unsubscribe function.
   */
  subscribe(listener: (e: StoreEvent, previous?: Obj) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private put(def: ResourceDef, k: string, obj: Obj): void {
    this.sorted.delete(def);
    this.objects.set(k, { def, obj });
    let m = this.byDef.get(def);
    if (!m) this.byDef.set(def, (m = new Map()));
    m.set(k, obj);
  }

  private emit(type: StoreEvent['type'], def: ResourceDef, obj: Obj, previous?: Obj): void {
    // The object is frozen: every watch and the history share it.
    const event: StoreEvent = { type, def, object: obj, rv: Number(obj.metadata.resourceVersion) };
    this.history.push(event);
    if (this.history.length > HISTORY_LIMIT) this.history.splice(0, this.history.length - HISTORY_LIMIT);
    for (const l of this.listeners) l(event, previous);
  }
}

/** A metadata object the store may fill in: a shallow copy when it is a stored (frozen) one. */
function thawed(meta: Obj | undefined): Obj {
  if (meta === undefined || meta === null) return {};
  return Object.isFrozen(meta) ? { ...meta } : meta;
}

/** Freezes an object about to be stored and lets its JSON text be cached. */
function seal(obj: Obj): void {
  deepFreeze(obj);
  cacheJson(obj);
  // Table rows carry the metadata alone (PartialObjectMetadata).
  if (obj.metadata) cacheJson(obj.metadata);
}

/** RFC 3339 timestamp at second precision, as metav1.Time serialises. */
export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
