/** Small helpers over plain JSON values, shared by the store and the patch engines. */

/** Any JSON object. */
export type Obj = Record<string, any>;

/** True for a plain (non-array, non-null) object. */
export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep copy through JSON: stored objects never share structure with callers. */
export function clone<T>(v: T): T {
  if (v === undefined) return v;
  const out = copy(v);
  return out === FALLBACK ? (JSON.parse(JSON.stringify(v)) as T) : (out as T);
}

const FALLBACK = Symbol('json');

/**
 * clone for storing: frozen parts (stored already, so plain JSON and immutable) are shared with
 * the copy instead of copied — a controller's `{ ...stored, status }` copies one field, not the
 * object. The top level is always a new object.
 */
export function cloneShared<T>(v: T): T {
  if (typeof v === 'object' && v !== null && Object.isFrozen(v))
    return (Array.isArray(v) ? [...v] : { ...v }) as T;
  const out = copy(v, true);
  return out === FALLBACK ? (JSON.parse(JSON.stringify(v)) as T) : (out as T);
}

/**
 * What `JSON.parse(JSON.stringify(v))` gives, built directly (several times faster for the
 * store's objects); FALLBACK for anything that is not plain JSON data (toJSON, class instances,
 * a `__proto__` key, bigint...), which the caller then copies through JSON itself.
 */
function copy(v: unknown, share = false): unknown {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      // -0 prints as 0.
      return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
    case 'object':
      break;
    default:
      return FALLBACK;
  }
  if (v === null) return null;
  if (share && Object.isFrozen(v)) return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') out[i] = null;
      else if ((out[i] = copy(x, share)) === FALLBACK) return FALLBACK;
    }
    return out;
  }
  const proto = Object.getPrototypeOf(v);
  if ((proto !== Object.prototype && proto !== null) || typeof (v as Obj).toJSON === 'function')
    return FALLBACK;
  const out: Obj = {};
  for (const k of Object.keys(v)) {
    const x = (v as Obj)[k];
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
    if (k === '__proto__') return FALLBACK;
    const c = copy(x, share);
    if (c === FALLBACK) return FALLBACK;
    out[k] = c;
  }
  return out;
}

/**
 * Deep-freezes `v` (mutated: every object and array in it) and returns it. Stored objects are
 * frozen, so the store can hand the same object to every reader (answers, watch events, the
 * controllers) instead of a copy each, and a write that forgot to copy first throws instead of
 * changing stored state behind the store's back.
 */
export function deepFreeze<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  if (Array.isArray(v)) for (const x of v) deepFreeze(x);
  else for (const k of Object.keys(v)) deepFreeze((v as Obj)[k]);
  return Object.freeze(v);
}

/** JSON text of the objects marked with `cacheJson`, computed once per object. */
const jsonOf = new WeakMap<object, string>();
const cacheable = new WeakSet<object>();

/**
 * Marks a frozen object as worth caching its JSON text for (a stored object: it is serialised for
 * every GET, LIST and watch that sees it, and a new version is a new object).
 */
export function cacheJson(obj: Obj): void {
  if (Object.isFrozen(obj)) cacheable.add(obj);
}

/**
 * `JSON.stringify(v)` for plain JSON data, reusing the text of the objects marked `cacheJson`
 * wherever they appear (a List's items, a watch event's object, an answer).
 */
export function toJson(v: unknown): string {
  if (typeof v !== 'object' || v === null) return JSON.stringify(v) as string;
  if (Object.isFrozen(v)) {
    if (!cacheable.has(v)) return JSON.stringify(v);
    let text = jsonOf.get(v);
    if (text === undefined) jsonOf.set(v, (text = JSON.stringify(v)));
    return text;
  }
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (i > 0) out += ',';
      out += x === undefined || typeof x === 'function' || typeof x === 'symbol' ? 'null' : toJson(x);
    }
    return out + ']';
  }
  const proto = Object.getPrototypeOf(v);
  if ((proto !== Object.prototype && proto !== null) || typeof (v as Obj).toJSON === 'function')
    return JSON.stringify(v);
  let out = '{';
  let first = true;
  for (const k of Object.keys(v)) {
    const x = (v as Obj)[k];
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
    out += (first ? '' : ',') + JSON.stringify(k) + ':' + toJson(x);
    first = false;
  }
  return out + '}';
}

/** Structural equality of JSON values; key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    // (Holes in `a` are skipped, as `every` skips them.)
    for (let i = 0; i < a.length; i++) if (i in a && !deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObj(a) && isObj(b)) {
    // The keys with a value on either side, as many on both, and equal values under a's.
    const ka = Object.keys(a);
    let na = 0;
    for (const k of ka) if (a[k] !== undefined) na++;
    let nb = 0;
    for (const k of Object.keys(b)) if (b[k] !== undefined) nb++;
    if (na !== nb) return false;
    for (const k of ka) {
      const x = a[k];
      if (x !== undefined && !deepEqual(x, b[k])) return false;
    }
    return true;
  }
  return false;
}

/** A shallow copy of `obj` without `keys`. */
export function omit(obj: Obj, keys: string[]): Obj {
  const out: Obj = { ...obj };
  for (const k of keys) delete out[k];
  return out;
}
