/**
 * A collection: documents in insertion order (a Map keyed by `_id`, which is the `_id_` index),
 * its indexes with their unique constraints, validator and capped limits.
 */
import { ObjectId, UUID, type Document } from 'bson';
import { Query } from 'mingo';
import { fail } from './errors';
import { Index } from './indexes';
import { jsonSchemaValidator } from './json-schema';
import { bsonSize, canonicalKey, formatValue, normalize, toView } from './values';

/** A stored document in both forms (see values.ts). */
export interface StoredDoc {
  typed: Document;
  view: Document;
}

/** Options of `create` that a collection keeps (listCollections shows them). */
export type CollectionOptions = Document;

/** The options mingo gets for queries on this collection. */
export interface QueryOptions {
  collation?: Document;
  jsonSchemaValidator: typeof jsonSchemaValidator;
}

/** Makes a stored document from a typed one. */
export function stored(typed: Document): StoredDoc {
  const t = normalize(typed);
  return { typed: t, view: toView(t) };
}

/** A collection of one database. */
export class Collection {
  readonly kind = 'collection' as const;
  readonly uuid = new UUID();
  readonly indexes: Index[];
  private readonly docs = new Map<string, StoredDoc>();
  private readonly unique = new Map<string, Map<string, StoredDoc>>();
  private validator: Query | undefined;
  private bytes = 0;

  constructor(
    readonly db: string,
    readonly name: string,
    readonly options: CollectionOptions = {},
  ) {
    this.indexes = [new Index({ key: { _id: 1 }, name: '_id_' }, this.ns)];
    this.setValidator(options.validator);
  }

  /** `db.collection`. */
  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  /** Number of documents. */
  get count(): number {
    return this.docs.size;
  }

  /** Sum of the documents' BSON sizes. */
  get dataSize(): number {
    return this.bytes;
  }

  /** The documents in natural (insertion) order. */
  all(): StoredDoc[] {
    return [...this.docs.values()];
  }

  /** The options mingo gets for queries on this collection. */
  queryOptions(collation?: Document): QueryOptions {
    const c = collation ?? this.options.collation;
    return { collation: c ? toView(c) : undefined, jsonSchemaValidator };
  }

  /** Replaces the validator (collMod) or removes it. */
  setValidator(validator: Document | undefined): void {
    this.validator =
      validator && Object.keys(validator).length
        ? new Query(toView(validator), { jsonSchemaValidator })
        : undefined;
  }

  /** Inserts a document (an `_id` is added first when missing). */
  insert(input: Document, bypassValidation = false): StoredDoc {
    // The server stores `_id` first, adding one when the client did not.
    const { _id, ...rest } = input;
    const typed = { _id: _id === undefined ? new ObjectId() : _id, ...rest };
    const doc = stored(typed);
    if (!bypassValidation) this.validate(doc);
    const id = canonicalKey(doc.view._id);
    const existing = this.docs.get(id);
    if (existing) throw this.duplicate(this.indexes[0], doc.view);
    this.claim(doc);
    this.docs.set(id, doc);
    this.bytes += bsonSize(doc.typed);
    this.enforceCap();
    return doc;
  }

  /** Replaces `old` by `next` in place (same position); `_id` must not change. */
  replace(old: StoredDoc, nextTyped: Document, bypassValidation = false, wasValid = true): StoredDoc {
    const doc = stored(nextTyped);
    if (canonicalKey(doc.view._id) !== canonicalKey(old.view._id)) {
      throw fail(
        'ImmutableField',
        `After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${formatValue(doc.view._id)}`,
      );
    }
    // validationLevel moderate: documents that already failed may keep failing.
    const moderate = this.options.validationLevel === 'moderate' && !wasValid;
    if (!bypassValidation && !moderate) this.validate(doc);
    this.release(old);
    try {
      this.claim(doc);
    } catch (e) {
      this.claim(old);
      throw e;
    }
    this.docs.set(canonicalKey(doc.view._id), doc);
    this.bytes += bsonSize(doc.typed) - bsonSize(old.typed);
    return doc;
  }

  /** Removes a document. */
  remove(doc: StoredDoc): void {
    const id = canonicalKey(doc.view._id);
    if (this.docs.get(id) !== doc) return;
    this.release(doc);
    this.docs.delete(id);
    this.bytes -= bsonSize(doc.typed);
  }

  /** Removes every document (the indexes stay). */
  clear(): void {
    this.docs.clear();
    for (const m of this.unique.values()) m.clear();
    this.bytes = 0;
  }

  /** True when the validator accepts the document (or there is none). */
  passes(view: Document): boolean {
    return !this.validator || this.validator.test(view);
  }

  /**
   * Adds an index; an identical one is a no-op (false), a conflicting name or key an error. A
   * unique index over duplicate data fails and is not added.
   */
  addIndex(index: Index): boolean {
    for (const existing of this.indexes) {
      if (existing.name === index.name) {
        if (existing.sameAs(index)) return false;
        if (existing.sameKey(index)) {
          throw fail(
            'IndexOptionsConflict',
            `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${formatValue(index.spec)}, existing index: ${formatValue(existing.spec)}`,
          );
        }
        throw fail(
          'IndexKeySpecsConflict',
          `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${formatValue(index.spec)}, existing index: ${formatValue(existing.spec)}`,
        );
      }
      if (existing.sameAs(index)) {
        throw fail('IndexOptionsConflict', `Index already exists with a different name: ${existing.name}`);
      }
    }
    if (index.unique) {
      const map = new Map<string, StoredDoc>();
      for (const doc of this.docs.values()) {
        for (const k of index.keysOf(doc.view) ?? []) {
          if (map.has(k) && map.get(k) !== doc) {
            const e = this.duplicate(index, doc.view);
            throw fail(
              'DuplicateKey',
              `Index build failed: ${this.uuid.toHexString()}: Collection ${this.ns} ( ${this.uuid.toHexString()} ) :: caused by :: ${e.message}`,
              e.extra,
            );
          }
          map.set(k, doc);
        }
      }
      this.unique.set(index.name, map);
    }
    this.indexes.push(index);
    return true;
  }

  /** Drops an index by name. */
  dropIndex(name: string): void {
    if (name === '_id_') throw fail('InvalidOptions', 'cannot drop _id index');
    const i = this.indexes.findIndex((x) => x.name === name);
    if (i < 0) throw fail('IndexNotFound', `index not found with name [${name}]`);
    this.indexes.splice(i, 1);
    this.unique.delete(name);
  }

  private validate(doc: StoredDoc): void {
    if (!this.validator || this.options.validationLevel === 'off' || this.options.validationAction === 'warn')
      return;
    if (!this.validator.test(doc.view)) {
      throw fail('DocumentValidationFailure', 'Document failed validation', {
        errInfo: {
          failingDocumentId: doc.typed._id,
          details: { operatorName: '$and', schemaRulesNotSatisfied: [] },
        },
      });
    }
  }

  private claim(doc: StoredDoc): void {
    const taken: [Map<string, StoredDoc>, string][] = [];
    for (const index of this.indexes) {
      const map = this.unique.get(index.name);
      if (!map) continue;
      for (const k of index.keysOf(doc.view) ?? []) {
        const holder = map.get(k);
        if (holder && holder !== doc) {
          for (const [m, key] of taken) m.delete(key);
          throw this.duplicate(index, doc.view);
        }
        if (!holder) {
          map.set(k, doc);
          taken.push([map, k]);
        }
      }
    }
  }

  private release(doc: StoredDoc): void {
    for (const index of this.indexes) {
      const map = this.unique.get(index.name);
      if (!map) continue;
      for (const k of index.keysOf(doc.view) ?? []) if (map.get(k) === doc) map.delete(k);
    }
  }

  private duplicate(index: Index, view: Document) {
    const keyValue = index.keyValue(view);
    return fail(
      'DuplicateKey',
      `E11000 duplicate key error collection: ${this.ns} index: ${index.name} dup key: ${formatValue(keyValue)}`,
      { keyPattern: index.spec.key, keyValue: normalize(keyValue) },
    );
  }

  private enforceCap(): void {
    if (!toView(this.options.capped)) return;
    const max = Number(toView(this.options.max) ?? 0);
    const size = Number(toView(this.options.size) ?? 0);
    for (const doc of this.docs.values()) {
      if ((max > 0 && this.docs.size > max) || (size > 0 && this.bytes > size)) this.remove(doc);
      else break;
    }
  }
}
