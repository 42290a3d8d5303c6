/** Index specs as `createIndexes` takes and `listIndexes` answers them, and their key extraction. */
import type { Document } from 'bson';
import { Query } from 'mingo';
import { fail } from './errors';
import { canonicalKey, getPath, normalize, toView } from './values';

/** Options a `createIndexes` spec may carry besides `key` and `name`. */
const OPTIONS = new Set([
  'unique',
  'sparse',
  'partialFilterExpression',
  'expireAfterSeconds',
  'collation',
  'hidden',
  'background',
  'weights',
  'default_language',
  'language_override',
  'textIndexVersion',
  '2dsphereIndexVersion',
  'bits',
  'min',
  'max',
  'wildcardProjection',
  'storageEngine',
]);
/** Options that change what the index is; two specs differing in them conflict. */
const IDENTITY = ['unique', 'sparse', 'partialFilterExpression', 'expireAfterSeconds', 'collation'];

/** `{ a: 1, b: -1 }` → `a_1_b_-1`, the name the server (and the drivers) give an index. */
export function defaultIndexName(key: Document): string {
  return Object.entries(toView(key))
    .map(([k, v]) => `${k}_${v}`)
    .join('_');
}

/** One index of a collection. */
export class Index {
  /** The spec as listIndexes shows it: `{ v: 2, key, name, ...options }`. */
  readonly spec: Document;
  readonly name: string;
  readonly fields: string[];
  readonly unique: boolean;
  private readonly sparse: boolean;
  private readonly partial: Query | undefined;
  private readonly foldCase: boolean;

  constructor(input: Document, ns: string) {
    const key = input.key;
    if (!key || typeof key !== 'object' || Array.isArray(key) || Object.keys(key).length === 0) {
      throw fail(
        'BadValue',
        "Error in specification { key: {} } :: caused by :: The 'key' field must be a non-empty object",
      );
    }
    for (const [field, dir] of Object.entries(toView(key))) {
      const ok =
        typeof dir === 'number' ? dir !== 0 : ['text', 'hashed', '2d', '2dsphere'].includes(String(dir));
      if (!ok) {
        throw fail(
          'CannotCreateIndex',
          `Error in specification { key: { ${field}: ${JSON.stringify(dir)} } } :: caused by :: Values in the index key pattern can only be numbers or strings`,
        );
      }
    }
    const name = typeof input.name === 'string' && input.name ? input.name : defaultIndexName(key);
    const spec: Document = { v: 2, key, name };
    for (const [k, v] of Object.entries(input)) {
      if (k === 'key' || k === 'name' || k === 'v' || k === 'ns') continue;
      if (!OPTIONS.has(k)) {
        throw fail(
          'InvalidIndexSpecificationOption',
          `The field '${k}' is not valid for an index specification. Specification: { name: "${name}" }`,
        );
      }
      spec[k] = v;
    }
    if (name === '_id_' && Object.keys(key).join() !== '_id') {
      throw fail(
        'BadValue',
        `The index name '_id_' is reserved for the _id index, which must have key pattern {_id: 1}, found key: ${JSON.stringify(toView(key))}`,
      );
    }
    this.spec = normalize(spec);
    this.name = name;
    this.fields = Object.keys(key);
    this.unique = name === '_id_' || toView(input.unique) === true;
    this.sparse = toView(input.sparse) === true;
    this.partial = input.partialFilterExpression
      ? new Query(toView(input.partialFilterExpression))
      : undefined;
    const strength = toView(input.collation?.strength);
    this.foldCase = typeof strength === 'number' && strength <= 2;
    void ns;
  }

  /** True when `other` describes the same index (same key and the same identity options). */
  sameAs(other: Index): boolean {
    return (
      this.sameKey(other) && IDENTITY.every((k) => canonicalKey(this.spec[k]) === canonicalKey(other.spec[k]))
    );
  }

  /** Same key pattern, in order. */
  sameKey(other: Index): boolean {
    return canonicalKey(this.spec.key) === canonicalKey(other.spec.key);
  }

  /** The index keys of a document (several for an array field), or undefined when it is not indexed. */
  keysOf(view: Document): string[] | undefined {
    const values = this.fields.map((f) => getPath(view, f));
    if (this.sparse && values.every((v) => v === undefined)) return undefined;
    if (this.partial && !this.partial.test(view)) return undefined;
    let keys: string[][] = [[]];
    for (const v of values) {
      const parts = Array.isArray(v) && v.length > 0 ? v : [v];
      keys = keys.flatMap((prefix) => parts.map((p) => [...prefix, canonicalKey(p, this.foldCase)]));
    }
    return [...new Set(keys.map((k) => k.join('|')))];
  }

  /** `{ field: value }` of a document for the index, as a duplicate key error reports it. */
  keyValue(view: Document): Document {
    const out: Document = {};
    for (const f of this.fields) out[f] = getPath(view, f) ?? null;
    return out;
  }
}
