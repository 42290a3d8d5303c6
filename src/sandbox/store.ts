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
  private objects = new Map<string, { def: ResourceDef; obj: Obj; seq: number }>();
  /** Position of each object in `entries()` (insertion order of `objects`). */
  private seq = 0;
  /** Store keys by uid, and by the uids their ownerReferences name (garbage collection, owners). */
  private byUid = new Map<string, Set<string>>();
  private byOwner = new Map<string, Set<string>>();
  /** The same objects by resource, so a controller's scan of one kind does not walk them all. */
  private byDef = new Map<ResourceDef, Map<string, Obj>>();
  /**
   * peekAll's order per resource (with each object's sort key), kept in step with writes: an
   * update replaces its object in place, a create or delete inserts or removes it where it sorts.
   * Dropped (and sorted again when next read) only where two keys compare equal, whose order the
   * full sort decides.
   */
  private sorted = new Map<ResourceDef, { keys: string[]; objs: Obj[] }>();
  /** Events, oldest first, from `head` on (older ones are dropped in batches, not one by one). */
  private history: StoreEvent[] = [];
  private head = 0;
  private listeners = new Set<(e: StoreEvent, previous?: Obj) => void>();
  private counter = 1000;

  /** The newest resourceVersion handed out. */
  get resourceVersion(): number {
    return this.counter;
  }

  /** Oldest resourceVersion a watch can resume from. */
  get oldestResumable(): number {
    return this.history.length > this.head ? this.history[this.head].rv - 1 : this.counter;
  }

  /** The stored object (frozen: not a copy). */
  peek(def: ResourceDef, namespace: string | undefined, name: string): Obj | undefined {
    return this.objects.get(key(def, namespace, name))?.obj;
  }

  /** Stored objects of a resource, optionally in one namespace, sorted by namespace/name. */
  peekAll(def: ResourceDef, namespace?: string): Obj[] {
    let entry = this.sorted.get(def);
    if (!entry) {
      const objs = [...(this.byDef.get(def)?.values() ?? [])].sort((a, b) =>
        sortKey(a).localeCompare(sortKey(b)),
      );
      entry = { keys: objs.map(sortKey), objs };
      this.sorted.set(def, entry);
    }
    const sorted = entry.objs;
    return namespace && def.namespaced
      ? sorted.filter((obj) => obj.metadata.namespace === namespace)
      : sorted.slice();
  }

  /** Whether an object with this uid is stored. */
  hasUid(uid: string): boolean {
    return this.byUid.has(uid);
  }

  /**
   * The stored objects whose ownerReferences name `uid`, in `entries()` order; of one resource
   * only, in peekAll order, with `def`.
   */
  dependents(uid: string, def?: ResourceDef): Obj[] {
    const keys = this.byOwner.get(uid);
    if (!keys) return [];
    const found: Array<{ def: ResourceDef; obj: Obj; seq: number }> = [];
    for (const k of keys) {
      const e = this.objects.get(k)!;
      if (!def || e.def === def) found.push(e);
    }
    found.sort(
      def ? (a, b) => sortKey(a.obj).localeCompare(sortKey(b.obj)) || a.seq - b.seq : (a, b) => a.seq - b.seq,
    );
    return found.map((e) => e.obj);
  }

  /** The stored objects of `def` with these uids, in peekAll order. */
  withUids(def: ResourceDef, uids: Iterable<string>): Obj[] {
    const found = new Map<string, { def: ResourceDef; obj: Obj; seq: number }>();
    for (const uid of uids) {
      for (const k of this.byUid.get(uid) ?? []) {
        const e = this.objects.get(k)!;
        if (e.def === def) found.set(k, e);
      }
    }
    return [...found.values()]
      .sort((a, b) => sortKey(a.obj).localeCompare(sortKey(b.obj)) || a.seq - b.seq)
      .map((e) => e.obj);
  }

  /** The stored objects with these uids and those they own, in `entries()` order. */
  entriesWithDependents(uids: Iterable<string>): Array<{ def: ResourceDef; obj: Obj }> {
    const keys = new Set<string>();
    for (const uid of uids) {
      for (const k of this.byUid.get(uid) ?? []) keys.add(k);
      for (const k of this.byOwner.get(uid) ?? []) keys.add(k);
    }
    return [...keys].map((k) => this.objects.get(k)!).sort((a, b) => a.seq - b.seq);
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
    this.unindex(k, current);
    this.objects.delete(k);
    this.byDef.get(def)?.delete(k);
    const entry = this.sorted.get(def);
    if (entry) {
      const at = locate(entry.keys, sortKey(current));
      if (at.found) {
        entry.keys.splice(at.index, 1);
        entry.objs.splice(at.index, 1);
      } else this.sorted.delete(def);
    }
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
    if (Number.isNaN(rv)) return [];
    // resourceVersions grow with every event: the first one after `rv` by binary search.
    let lo = this.head;
    let hi = this.history.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.history[mid].rv > rv) hi = mid;
      else lo = mid + 1;
    }
    return this.history.slice(lo);
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
    const entry = this.sorted.get(def);
    if (entry) {
      const sk = sortKey(obj);
      const at = locate(entry.keys, sk);
      if (at.found && this.objects.has(k)) entry.objs[at.index] = obj;
      else if (!at.found && at.index >= 0 && !this.objects.has(k)) {
        entry.keys.splice(at.index, 0, sk);
        entry.objs.splice(at.index, 0, obj);
      } else this.sorted.delete(def);
    }
    const previous = this.objects.get(k);
    if (previous) this.unindex(k, previous.obj);
    this.objects.set(k, { def, obj, seq: previous ? previous.seq : ++this.seq });
    index(this.byUid, obj.metadata.uid, k);
    for (const r of obj.metadata.ownerReferences ?? []) index(this.byOwner, r?.uid, k);
    let m = this.byDef.get(def);
    if (!m) this.byDef.set(def, (m = new Map()));
    m.set(k, obj);
  }

  private unindex(k: string, obj: Obj): void {
    unindex(this.byUid, obj.metadata.uid, k);
    for (const r of obj.metadata.ownerReferences ?? []) unindex(this.byOwner, r?.uid, k);
  }

  private emit(type: StoreEvent['type'], def: ResourceDef, obj: Obj, previous?: Obj): void {
    // The object is frozen: every watch and the history share it.
    const event: StoreEvent = { type, def, object: obj, rv: Number(obj.metadata.resourceVersion) };
    this.history.push(event);
    if (this.history.length - this.head > HISTORY_LIMIT) this.head = this.history.length - HISTORY_LIMIT;
    if (this.head >= HISTORY_LIMIT) {
      this.history = this.history.slice(this.head);
      this.head = 0;
    }
    for (const l of this.listeners) l(event, previous);
  }
}

function index(m: Map<string, Set<string>>, uid: string, k: string): void {
  let set = m.get(uid);
  if (!set) m.set(uid, (set = new Set()));
  set.add(k);
}

function unindex(m: Map<string, Set<string>>, uid: string, k: string): void {
  const set = m.get(uid);
  if (!set) return;
  set.delete(k);
  if (set.size === 0) m.delete(uid);
}

/** What peekAll sorts by. */
function sortKey(obj: Obj): string {
  return `${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
}

/**
 * Where `key` is (found) or would go in ascending `keys` (binary search, the sort's comparison);
 * index -1 when another key compares equal to it (the full sort must place it).
 */
function locate(keys: string[], key: string): { index: number; found: boolean } {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = keys[mid].localeCompare(key);
    if (c === 0) return keys[mid] === key ? { index: mid, found: true } : { index: -1, found: false };
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return { index: lo, found: false };
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

let stampSecond = NaN;
let stamp = '';

/** RFC 3339 timestamp at second precision, as metav1.Time serialises (formatted once a second). */
export function now(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== stampSecond) {
    stamp = new Date(second * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    stampSecond = second;
  }
  return stamp;
}
