/**
 * Strategic merge patch, `application/strategic-merge-patch+json`: what `kubectl patch`,
 * client-side `kubectl apply` and every helm 3 upgrade send. Lists of named things merge by key
 * (treating them as plain merge patch corrupts Deployments on upgrade), and the patch directives
 * (`$patch`, `$retainKeys`, `$setElementOrder/…`, `$deleteFromPrimitiveList/…`) are honoured and
 * never stored.
 */
import { clone, deepEqual, isObj, type Obj } from '../json';
import { listStrategy, sameKey } from './merge-keys';

const SET_ORDER = '$setElementOrder/';
const DELETE_FROM = '$deleteFromPrimitiveList/';

/** Applies a strategic merge patch to a copy of `original`. */
export function strategicMergePatch(original: Obj, patch: Obj): Obj {
  const out = mergeMap(clone(original) ?? {}, patch, undefined);
  return out ?? {};
}

/** Removes every directive from a value that is about to be stored whole (new map/list items). */
function stripDirectives(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => !(isObj(x) && x.$patch)).map(stripDirectives);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) {
    if (k.startsWith('$')) continue;
    if (x === null) continue;
    out[k] = stripDirectives(x);
  }
  return out;
}

/** Merges map `patch` into `original` (mutated); returns undefined when the map is deleted. */
function mergeMap(original: Obj, patch: Obj, parentField: string | undefined): Obj | undefined {
  const directive = patch.$patch;
  if (directive === 'delete') return undefined;
  if (directive === 'replace') return stripDirectives(patch) as Obj;
  const out = original;
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || k === '$retainKeys' || k.startsWith(SET_ORDER)) continue;
    if (k.startsWith(DELETE_FROM)) {
      const field = k.slice(DELETE_FROM.length);
      if (Array.isArray(out[field]) && Array.isArray(v)) {
        out[field] = out[field].filter((x: unknown) => !v.some((d) => deepEqual(d, x)));
      }
      continue;
    }
    if (v === null) {
      delete out[k];
      continue;
    }
    if (isObj(v)) {
      const merged = mergeMap(isObj(out[k]) ? out[k] : {}, v, k);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    } else if (Array.isArray(v)) {
      out[k] = mergeList(Array.isArray(out[k]) ? out[k] : [], v, k, parentField);
    } else {
      out[k] = v;
    }
  }
  for (const [k, order] of Object.entries(patch)) {
    if (k.startsWith(SET_ORDER) && Array.isArray(order) && Array.isArray(out[k.slice(SET_ORDER.length)])) {
      const field = k.slice(SET_ORDER.length);
      out[field] = applyOrder(out[field], order, field, parentField);
    }
  }
  if (Array.isArray(patch.$retainKeys)) {
    const keep = new Set(patch.$retainKeys as string[]);
    for (const k of Object.keys(out)) if (!keep.has(k)) delete out[k];
  }
  return out;
}

function mergeList(
  original: unknown[],
  patch: unknown[],
  field: string,
  parentField: string | undefined,
): unknown[] {
  const strategy = listStrategy(field, parentField);
  if (patch.some((x) => isObj(x) && x.$patch === 'replace')) {
    return stripDirectives(patch.filter((x) => !(isObj(x) && x.$patch === 'replace'))) as unknown[];
  }
  if (strategy.kind === 'set') {
    const out = [...original];
    for (const x of patch) if (!out.some((o) => deepEqual(o, x))) out.push(x);
    return out;
  }
  if (strategy.kind === 'atomic') return stripDirectives(patch) as unknown[];
  const out = [...original] as Obj[];
  for (const item of patch) {
    if (!isObj(item)) continue;
    const i = out.findIndex((o) => isObj(o) && sameKey(o, item, strategy.keys));
    if (item.$patch === 'delete') {
      if (i >= 0) out.splice(i, 1);
      continue;
    }
    if (i >= 0) {
      const merged = mergeMap(out[i], item, field);
      if (merged === undefined) out.splice(i, 1);
      else out[i] = merged;
    } else {
      out.push(stripDirectives(item) as Obj);
    }
  }
  return out;
}

/**
 * `$setElementOrder/<list>`: the order the client wants. Items it names come in that order;
 * items it does not name (server-added) keep their relative place after them.
 */
function applyOrder(
  list: unknown[],
  order: unknown[],
  field: string,
  parentField: string | undefined,
): unknown[] {
  const strategy = listStrategy(field, parentField);
  const match = (item: unknown, o: unknown): boolean =>
    strategy.kind === 'keyed'
      ? isObj(item) && isObj(o) && sameKey(item, o, strategy.keys)
      : deepEqual(item, o);
  const ordered: unknown[] = [];
  for (const o of order) {
    const found = list.find((item) => match(item, o));
    if (found !== undefined && !ordered.includes(found)) ordered.push(found);
  }
  return [...ordered, ...list.filter((x) => !ordered.includes(x))];
}
