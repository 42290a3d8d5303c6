/**
 * Applying one update to one document: operator updates ($set, $inc, ... through mingo, plus
 * $setOnInsert), replacement documents and pipeline updates, with the server's errors.
 */
import { type Document } from 'bson';
import { Aggregator, update as mingoUpdate } from 'mingo';
import type { StoredDoc } from './collection';
import { CommandError, fail } from './errors';
import { jsonSchemaValidator } from './json-schema';
import { canonicalKey, isPlain, normalize, retype, toView } from './values';

const MODIFIERS = new Set([
  '$addToSet',
  '$bit',
  '$currentDate',
  '$inc',
  '$max',
  '$min',
  '$mul',
  '$pop',
  '$pull',
  '$pullAll',
  '$push',
  '$rename',
  '$set',
  '$setOnInsert',
  '$unset',
]);

function failedToParse(message: string): CommandError {
  return new CommandError(9, 'FailedToParse', message);
}

/** Sets a dotted path in a typed document, creating sub-documents on the way. */
function setPath(doc: Document, path: string, value: unknown): void {
  const parts = path.split('.');
  let at: any = doc;
  for (const p of parts.slice(0, -1)) {
    if (!isPlain(at[p]) && !Array.isArray(at[p])) at[p] = {};
    at = at[p];
  }
  at[parts[parts.length - 1]] = value;
}

/** True for an update made of operators (`{ $set: … }`), false for a replacement document. */
export function isOperatorUpdate(u: Document): boolean {
  const keys = Object.keys(u);
  return keys.length > 0 && keys[0].startsWith('$');
}

/** Checks the shape of an update before any document is touched. */
export function checkUpdate(u: unknown, multi: boolean): void {
  if (Array.isArray(u)) return;
  if (!isPlain(u)) throw fail('TypeMismatch', 'Update argument must be either an object or an array');
  if (isOperatorUpdate(u)) {
    for (const k of Object.keys(u)) {
      if (!MODIFIERS.has(k)) {
        throw failedToParse(
          `Unknown modifier: ${k}. Expected a valid update modifier or pipeline-style update specified as an array`,
        );
      }
    }
    return;
  }
  if (multi) throw failedToParse('multi update is not supported for replacement-style update');
  for (const k of Object.keys(u)) {
    if (k.startsWith('$')) {
      throw new CommandError(
        52,
        'DollarPrefixedFieldName',
        `The dollar ($) prefixed field '${k}' in '${k}' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.`,
      );
    }
  }
}

/** The document an upsert starts from: the query's equality conditions (typed as sent). */
export function upsertBase(q: Document): Document {
  const out: Document = {};
  const take = (cond: Document): void => {
    for (const [k, v] of Object.entries(cond)) {
      if (k === '$and' && Array.isArray(v)) v.forEach((c) => isPlain(c) && take(c));
      else if (k.startsWith('$')) continue;
      else if (isPlain(v) && Object.keys(v).some((x) => x.startsWith('$'))) {
        if ('$eq' in v) setPath(out, k, v.$eq);
      } else setPath(out, k, v);
    }
  };
  take(q);
  return out;
}

/**
 * The typed document after applying `u` to `old`. `inserting` is true for the document an upsert
 * creates ($setOnInsert applies).
 */
export function applyUpdate(
  old: StoredDoc,
  u: Document | Document[],
  arrayFilters: Document[] | undefined,
  inserting: boolean,
): Document {
  if (Array.isArray(u)) {
    const out = new Aggregator(toView(u), { jsonSchemaValidator }).run([toView(old.typed)])[0] as Document;
    checkId(old, out);
    return normalize(retype(out, old.view, old.typed));
  }
  if (!isOperatorUpdate(u)) {
    const { _id, ...rest } = u;
    return { _id: _id ?? old.typed._id, ...rest };
  }
  const mods: Document = toView(u);
  const setOnInsert = mods.$setOnInsert;
  delete mods.$setOnInsert;
  if (inserting && setOnInsert) mods.$set = { ...(mods.$set ?? {}), ...setOnInsert };
  const view = toView(old.typed);
  try {
    if (Object.keys(mods).length) mingoUpdate(view, mods, arrayFilters ? toView(arrayFilters) : undefined);
  } catch (e) {
    const message = (e as Error).message;
    if (message.includes("immutable field '_id'")) throw fail('ImmutableField', message.replace(/\.$/, ''));
    throw fail('BadValue', message);
  }
  checkId(old, view);
  // A copy: retype hands back the stored values where nothing changed, and the overlay below writes.
  const typed = normalize(retype(view, old.view, old.typed));
  // Literal values keep the types they were sent with ($set: { x: Double(1) } stays a double).
  const literal: Document = { ...(u.$set ?? {}), ...(inserting ? (u.$setOnInsert ?? {}) : {}) };
  for (const [path, value] of Object.entries(literal)) if (!path.includes('$')) setPath(typed, path, value);
  return typed;
}

function checkId(old: StoredDoc, next: Document): void {
  if (old.view._id !== undefined && canonicalKey(next._id) !== canonicalKey(old.view._id)) {
    throw fail(
      'ImmutableField',
      "Performing an update on the path '_id' would modify the immutable field '_id'",
    );
  }
}
