/**
 * Two forms of every document. The *typed* form is what the client sent (Int32, Double, Long
 * wrappers kept) and what is stored, hashed and answered. The *view* is the same document with
 * numbers as JavaScript numbers, which is what mingo queries, sorts and aggregates.
 */
import { BSON, Decimal128, Double, Int32, Long, type Document } from 'bson';

const TYPED = { promoteValues: false, promoteBuffers: false, bsonRegExp: false } as const;
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** True for a plain sub-document (not an array, Date, RegExp, buffer or BSON value class). */
export function isPlain(v: unknown): v is Document {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    !(v instanceof RegExp) &&
    !(v instanceof Uint8Array) &&
    (v as { _bsontype?: string })._bsontype === undefined
  );
}

function bsontype(v: unknown): string | undefined {
  return typeof v === 'object' && v !== null ? (v as { _bsontype?: string })._bsontype : undefined;
}

/**
 * A stored copy of a document: a BSON round trip, so it shares nothing with the caller and plain
 * JavaScript numbers take the types the wire would give them (int32 when they fit, else double).
 */
export function normalize(doc: Document): Document {
  return BSON.deserialize(BSON.serialize(doc, { ignoreUndefined: true, checkKeys: false }), TYPED);
}

/** Size of the document as BSON. */
export function bsonSize(doc: Document): number {
  return BSON.calculateObjectSize(doc, { ignoreUndefined: true });
}

/** The view of a typed value: numeric wrappers become numbers, everything else is copied. */
export function toView(v: any): any {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toView);
  switch (bsontype(v)) {
    case 'Int32':
    case 'Double':
      return (v as Int32 | Double).value;
    case 'Long':
      return (v as Long).toNumber();
    case 'Decimal128':
      return Number((v as Decimal128).toString());
    case undefined:
      break;
    default:
      return v;
  }
  if (v instanceof Date || v instanceof RegExp || v instanceof Uint8Array) return v;
  const out: Document = {};
  for (const k of Object.keys(v)) out[k] = toView(v[k]);
  return out;
}

/**
 * The typed form of a view that came out of an update or a pipeline: wherever it still equals the
 * old view, the old typed value is kept; a number that changed keeps its old numeric type
 * (`$inc` on a Long stays a Long); anything new gets the wire's default types.
 */
export function retype(next: any, oldView: any, oldTyped: any): any {
  if (oldView !== undefined && sameView(next, oldView)) return oldTyped;
  if (isPlain(next) && isPlain(oldView) && isPlain(oldTyped)) {
    const out: Document = {};
    for (const k of Object.keys(next)) out[k] = retype(next[k], oldView[k], oldTyped[k]);
    return out;
  }
  if (Array.isArray(next) && Array.isArray(oldView) && Array.isArray(oldTyped)) {
    return next.map((x, i) => retype(x, oldView[i], oldTyped[i]));
  }
  if (typeof next === 'number') {
    switch (bsontype(oldTyped)) {
      case 'Double':
        return new Double(next);
      case 'Long':
        return Number.isInteger(next) ? Long.fromNumber(next) : new Double(next);
      case 'Int32':
        if (Number.isInteger(next) && (next < INT32_MIN || next > INT32_MAX)) return Long.fromNumber(next);
        return next;
      case 'Decimal128':
        return Decimal128.fromString(String(next));
    }
  }
  return next;
}

/** Equality of two views, field order included (as MongoDB compares embedded documents). */
export function sameView(a: any, b: any): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameView(x, b[i]));
  if (Array.isArray(b)) return false;
  if (a instanceof Date) return b instanceof Date && a.getTime() === b.getTime();
  if (bsontype(a) || bsontype(b) || a instanceof RegExp || a instanceof Uint8Array) {
    return canonicalKey(a) === canonicalKey(b);
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameView(a[k], b[k]));
}

/**
 * A string that is equal for values an index treats as equal: numbers by value whatever their
 * type, strings folded when the index collation ignores case (strength 1 or 2).
 */
export function canonicalKey(v: any, foldCase = false): string {
  if (v === undefined || v === null) return 'n';
  switch (typeof v) {
    case 'number':
      return `d:${Object.is(v, -0) ? 0 : v}`;
    case 'string':
      return `s:${JSON.stringify(foldCase ? v.toLowerCase() : v)}`;
    case 'boolean':
      return `b:${v}`;
    case 'bigint':
      return `d:${v}`;
  }
  if (Array.isArray(v)) return `[${v.map((x) => canonicalKey(x, foldCase)).join(',')}]`;
  if (v instanceof Date) return `t:${v.getTime()}`;
  if (v instanceof RegExp) return `r:${v.source}/${v.flags}`;
  if (v instanceof Uint8Array) return `x:0:${Buffer.from(v).toString('base64')}`;
  const t = bsontype(v);
  switch (t) {
    case 'Int32':
    case 'Double':
    case 'Long':
    case 'Decimal128':
      return canonicalKey(toView(v), foldCase);
    case 'ObjectId':
      return `o:${v.toHexString()}`;
    case 'Binary':
      return `x:${v.sub_type}:${Buffer.from(v.buffer).toString('base64')}`;
    case 'Timestamp':
      return `ts:${v.toString()}`;
    case 'MinKey':
    case 'MaxKey':
      return t;
    case undefined:
      return `{${Object.keys(v)
        .map((k) => `${JSON.stringify(k)}:${canonicalKey(v[k], foldCase)}`)
        .join(',')}}`;
    default:
      return `${t}:${JSON.stringify(v)}`;
  }
}

function rank(v: any): number {
  if (v === undefined || v === null) return 1;
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return 2;
    case 'string':
      return 3;
    case 'boolean':
      return 8;
  }
  if (Array.isArray(v)) return 5;
  if (v instanceof Date) return 9;
  if (v instanceof RegExp) return 11;
  if (v instanceof Uint8Array) return 6;
  switch (bsontype(v)) {
    case 'MinKey':
      return 0;
    case 'Int32':
    case 'Double':
    case 'Long':
    case 'Decimal128':
      return 2;
    case 'Binary':
      return 6;
    case 'ObjectId':
      return 7;
    case 'Timestamp':
      return 10;
    case 'MaxKey':
      return 12;
    case undefined:
      return 4;
    default:
      return 13;
  }
}

/** BSON comparison order (the order of an index on the field, e.g. `_id`). */
export function compareValues(a: any, b: any): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 2: {
      const x = Number(toView(a));
      const y = Number(toView(b));
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 3:
      return a < b ? -1 : a > b ? 1 : 0;
    case 4: {
      const ka = Object.keys(a);
      const kb = Object.keys(b);
      for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
        const c = compareValues(a[ka[i]], b[kb[i]]) || (ka[i] < kb[i] ? -1 : ka[i] > kb[i] ? 1 : 0);
        if (c) return c;
      }
      return ka.length - kb.length;
    }
    case 5: {
      for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const c = compareValues(a[i], b[i]);
        if (c) return c;
      }
      return a.length - b.length;
    }
    case 7:
      return a.toHexString() < b.toHexString() ? -1 : a.toHexString() > b.toHexString() ? 1 : 0;
    case 8:
      return Number(a) - Number(b);
    case 9:
      return a.getTime() - b.getTime();
    default: {
      const x = canonicalKey(a);
      const y = canonicalKey(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
  }
}

/** A value as the server prints it in messages: `{ email: "a@b.c" }`, `ObjectId('…')`. */
export function formatValue(v: any): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[ ${v.map(formatValue).join(', ')} ]`;
  if (v instanceof Date) return `new Date(${v.getTime()})`;
  switch (bsontype(v)) {
    case 'ObjectId':
      return `ObjectId('${v.toHexString()}')`;
    case 'Int32':
    case 'Double':
    case 'Long':
    case 'Decimal128':
      return String(toView(v));
    case undefined: {
      const keys = Object.keys(v);
      return keys.length ? `{ ${keys.map((k) => `${k}: ${formatValue(v[k])}`).join(', ')} }` : '{}';
    }
    default:
      return String(v);
  }
}

/** The value at a dotted path of a view (`a.b.c`); arrays are not traversed. */
export function getPath(doc: any, path: string): any {
  let v = doc;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = v[part];
  }
  return v;
}
