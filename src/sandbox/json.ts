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
 * What `JSON.parse(JSON.stringify(v))` gives, built directly (several times faster for the
 * store's objects); FALLBACK for anything that is not plain JSON data (toJSON, class instances,
 * a `__proto__` key, bigint...), which the caller then copies through JSON itself.
 */
function copy(v: unknown): unknown {
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
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') out[i] = null;
      else if ((out[i] = copy(x)) === FALLBACK) return FALLBACK;
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
    const c = copy(x);
    if (c === FALLBACK) return FALLBACK;
    out[k] = c;
  }
  return out;
}

/** Structural equality of JSON values; key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** A shallow copy of `obj` without `keys`. */
export function omit(obj: Obj, keys: string[]): Obj {
  const out: Obj = { ...obj };
  for (const k of keys) delete out[k];
  return out;
}
