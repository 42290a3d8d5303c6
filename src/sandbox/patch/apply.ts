/**
 * Server-side apply (`application/apply-patch+yaml`) and the managedFields bookkeeping it needs.
 * helm 4 applies everything this way: a field a manager applied before and no longer sends must be
 * removed, or a dropped env var survives the upgrade. The model, simpler than the apiserver's:
 * - every write records which fields it set, per (manager, operation), in `metadata.managedFields`
 *   (FieldsV1 format: `f:` fields, `k:` keyed list items, `v:` set members);
 * - an Update takes over the fields it changed from every other manager;
 * - an Apply owns exactly the fields it sent; fields it owned before, no longer sends and no
 *   other manager owns are removed from the object;
 * - without force, an Apply that changes a field another manager owns fails with a Conflict.
 */
import { clone, deepEqual, isObj, omit, type Obj } from '../json';
import { ApiError } from '../status';
import { keyValue, listStrategy } from './merge-keys';
import { strategicMergePatch } from './strategic';

const SEP = '\u0001';
/** metadata fields that belong to the server, never to a manager. */
const SERVER_META = new Set([
  'name',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'managedFields',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'selfLink',
  'generateName',
]);

/** A managedFields entry. */
export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  fieldsType: 'FieldsV1';
  fieldsV1: Obj;
  subresource?: string;
}

function collect(
  v: unknown,
  prefix: string,
  field: string | undefined,
  parentField: string | undefined,
  out: Set<string>,
): void {
  if (Array.isArray(v)) {
    const strategy = listStrategy(field ?? '', parentField);
    if (strategy.kind === 'atomic') return;
    for (const item of v) {
      if (strategy.kind === 'set') {
        out.add(prefix + SEP + 'v:' + JSON.stringify(item));
        continue;
      }
      if (!isObj(item)) continue;
      const keyObj: Obj = {};
      for (const k of strategy.keys) if (keyValue(item, k) !== undefined) keyObj[k] = keyValue(item, k);
      const p = prefix + SEP + 'k:' + JSON.stringify(keyObj);
      out.add(p);
      collectMap(item, p, field, out);
    }
    return;
  }
  if (isObj(v)) collectMap(v, prefix, field, out);
}

function collectMap(v: Obj, prefix: string, field: string | undefined, out: Set<string>): void {
  for (const [k, x] of Object.entries(v)) {
    if (x === null || x === undefined || k.startsWith('$')) continue;
    const p = prefix === '' ? 'f:' + k : prefix + SEP + 'f:' + k;
    out.add(p);
    collect(x, p, k, field, out);
  }
}

/** The set of field paths an object (or applied configuration) sets. */
export function fieldSet(obj: Obj, options: { includeStatus?: boolean } = {}): Set<string> {
  const out = new Set<string>();
  const top: Obj = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'apiVersion' || k === 'kind') continue;
    if (k === 'status' && !options.includeStatus) continue;
    if (k === 'metadata' && isObj(v)) {
      const meta: Obj = {};
      for (const [mk, mv] of Object.entries(v)) if (!SERVER_META.has(mk)) meta[mk] = mv;
      if (Object.keys(meta).length) top.metadata = meta;
      continue;
    }
    top[k] = v;
  }
  collectMap(top, '', undefined, out);
  return out;
}

/** FieldsV1 tree of a path set. */
export function toFieldsV1(paths: Set<string>): Obj {
  const root: Obj = {};
  for (const p of [...paths].sort()) {
    let node = root;
    for (const seg of p.split(SEP)) node = node[seg] ??= {};
  }
  // Mark owned nodes that also have owned children, as the apiserver does with ".".
  const mark = (node: Obj, path: string): void => {
    for (const [k, child] of Object.entries(node)) {
      if (k === '.') continue;
      const childPath = path === '' ? k : path + SEP + k;
      if (Object.keys(child).length && (k.startsWith('k:') || k.startsWith('v:'))) child['.'] = {};
      mark(child, childPath);
    }
  };
  mark(root, '');
  return root;
}

/** Path set of a FieldsV1 tree. */
export function fromFieldsV1(tree: Obj | undefined): Set<string> {
  const out = new Set<string>();
  const walk = (node: Obj, prefix: string): void => {
    for (const [k, child] of Object.entries(node ?? {})) {
      if (k === '.') continue;
      const p = prefix === '' ? k : prefix + SEP + k;
      out.add(p);
      if (isObj(child)) walk(child, p);
    }
  };
  walk(tree ?? {}, '');
  return out;
}

/** Value at a path, or undefined. */
function valueAt(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const seg of path.split(SEP)) {
    if (cur === undefined) return undefined;
    if (seg.startsWith('f:')) cur = isObj(cur) ? cur[seg.slice(2)] : undefined;
    else if (seg.startsWith('k:')) {
      const keyObj = JSON.parse(seg.slice(2)) as Obj;
      cur = Array.isArray(cur)
        ? cur.find((x) => isObj(x) && Object.entries(keyObj).every(([k, v]) => keyValue(x, k) === v))
        : undefined;
    } else if (seg.startsWith('v:')) {
      const v = JSON.parse(seg.slice(2));
      cur = Array.isArray(cur) && cur.some((x) => deepEqual(x, v)) ? v : undefined;
    }
  }
  return cur;
}

/** Removes the value at a path from `obj` (mutated); absent paths are ignored. */
function removeAt(obj: Obj, path: string): void {
  const segs = path.split(SEP);
  const parent = valueAt(obj, segs.slice(0, -1).join(SEP));
  const last = segs[segs.length - 1];
  if (segs.length === 1) {
    delete obj[last.slice(2)];
    return;
  }
  if (last.startsWith('f:') && isObj(parent)) delete parent[last.slice(2)];
  else if (Array.isArray(parent)) {
    const target = valueAt(obj, path);
    const i = parent.findIndex((x) => (last.startsWith('v:') ? deepEqual(x, target) : x === target));
    if (i >= 0) parent.splice(i, 1);
  }
}

/**
 * The paths of a set that have paths below them. A path set holds every ancestor of its paths
 * (fieldSet adds each field and list item before what is inside it), so a path has descendants
 * exactly when it is the parent of one.
 */
const parentsOf = new WeakMap<Set<string>, Set<string>>();
function isLeaf(paths: Set<string>, p: string): boolean {
  let parents = parentsOf.get(paths);
  if (!parents) {
    parents = new Set<string>();
    for (const q of paths) {
      const i = q.lastIndexOf(SEP);
      if (i > 0) parents.add(q.slice(0, i));
    }
    parentsOf.set(paths, parents);
  }
  return !parents.has(p);
}

function entries(obj: Obj | undefined): ManagedFieldsEntry[] {
  return clone((obj?.metadata?.managedFields ?? []) as ManagedFieldsEntry[]);
}

function time(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function setEntry(
  list: ManagedFieldsEntry[],
  manager: string,
  operation: 'Apply' | 'Update',
  apiVersion: string,
  paths: Set<string>,
  subresource?: string,
): ManagedFieldsEntry[] {
  const i = list.findIndex(
    (e) => e.manager === manager && e.operation === operation && e.subresource === subresource,
  );
  const previous = i >= 0 ? list[i] : undefined;
  const fieldsV1 = toFieldsV1(paths);
  const entry: ManagedFieldsEntry = {
    manager,
    operation,
    apiVersion,
    time: previous && deepEqual(previous.fieldsV1, fieldsV1) ? previous.time : time(),
    fieldsType: 'FieldsV1',
    fieldsV1,
    ...(subresource ? { subresource } : {}),
  };
  if (i >= 0) list[i] = entry;
  else list.push(entry);
  return list.filter((e) => Object.keys(e.fieldsV1).length > 0);
}

/**
 * Records a non-apply write (create, update, patch) by `manager`: it takes over the fields it
 * changed. Returns the new managedFields for `after`.
 */
export function recordUpdate(
  before: Obj | undefined,
  after: Obj,
  manager: string,
  subresource?: string,
): ManagedFieldsEntry[] {
  const opts = { includeStatus: subresource === 'status' };
  const oldPaths = before ? fieldSet(before, opts) : new Set<string>();
  const newPaths = fieldSet(after, opts);
  const changed = new Set(
    [...newPaths].filter(
      (p) => !oldPaths.has(p) || (isLeaf(newPaths, p) && !deepEqual(valueAt(before, p), valueAt(after, p))),
    ),
  );
  let list = entries(before);
  if (changed.size === 0 && before) return list;
  for (const e of list) {
    if (e.manager === manager && e.operation === 'Update' && e.subresource === subresource) continue;
    const owned = fromFieldsV1(e.fieldsV1);
    for (const p of changed) owned.delete(p);
    for (const p of owned) if (!newPaths.has(p)) owned.delete(p);
    e.fieldsV1 = toFieldsV1(owned);
  }
  const mine = list.find(
    (e) => e.manager === manager && e.operation === 'Update' && e.subresource === subresource,
  );
  const owned = mine ? fromFieldsV1(mine.fieldsV1) : new Set<string>();
  for (const p of changed) owned.add(p);
  for (const p of owned) if (!newPaths.has(p)) owned.delete(p);
  list = setEntry(list, manager, 'Update', after.apiVersion, owned, subresource);
  return list;
}

/**
 * Server-side apply of `applied` over `live` (undefined when creating). Returns the new object
 * with its managedFields; throws a 409 Conflict without `force` when `applied` changes a field
 * another manager owns.
 */
export function serverSideApply(live: Obj | undefined, applied: Obj, manager: string, force: boolean): Obj {
  const appliedPaths = fieldSet(applied);
  let list = entries(live);
  if (live && list.length === 0) {
    // The apiserver's first apply to an object nobody tracked (created before managedFields, or
    // seeded) gives every existing field to "before-first-apply": changing them conflicts.
    list = setEntry([], 'before-first-apply', 'Update', live.apiVersion, fieldSet(live));
  }
  // Everyone else, subresource managers included (`kubectl scale` owns .spec.replicas via /scale).
  const others = list.filter((e) => !(e.manager === manager && e.operation === 'Apply' && !e.subresource));
  if (live && !force) {
    const conflicts: Array<{ manager: string; path: string; apiVersion: string; subresource?: string }> = [];
    for (const e of others) {
      const owned = fromFieldsV1(e.fieldsV1);
      for (const p of appliedPaths) {
        if (owned.has(p) && isLeaf(appliedPaths, p) && !deepEqual(valueAt(live, p), valueAt(applied, p))) {
          conflicts.push({
            manager: e.manager,
            path: p,
            apiVersion: e.apiVersion,
            subresource: e.subresource,
          });
        }
      }
    }
    if (conflicts.length) {
      // The apiserver's wording: conflict with "kubectl" with subresource "scale" using apps/v1: .spec.replicas
      const who = (c: (typeof conflicts)[number]): string =>
        `conflict with "${c.manager}"${c.subresource ? ` with subresource "${c.subresource}"` : ''} using ${c.apiVersion}`;
      const lines = conflicts.map((c) => `${who(c)}: ${pretty(c.path)}`);
      const msg =
        conflicts.length === 1
          ? `Apply failed with 1 conflict: ${lines[0]}`
          : `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
      throw new ApiError(409, 'Conflict', msg, {
        causes: conflicts.map((c) => ({
          reason: 'FieldManagerConflict',
          message: who(c),
          field: pretty(c.path),
        })),
      });
    }
  }
  const merged = strategicMergePatch(live ?? {}, omit(applied, ['status']));
  // Remove what this manager applied before and dropped now, unless someone else owns it.
  const mine = list.find((e) => e.manager === manager && e.operation === 'Apply' && !e.subresource);
  const previous = mine ? fromFieldsV1(mine.fieldsV1) : new Set<string>();
  const ownedByOthers = new Set<string>();
  for (const e of others) for (const p of fromFieldsV1(e.fieldsV1)) ownedByOthers.add(p);
  const dropped = [...previous].filter((p) => !appliedPaths.has(p) && !ownedByOthers.has(p));
  const keptByOthers = (p: string): boolean => [...ownedByOthers].some((q) => q.startsWith(p + SEP));
  for (const p of dropped.sort((a, b) => a.length - b.length)) if (!keptByOthers(p)) removeAt(merged, p);
  // Force takes the applied fields away from everyone else.
  if (force) {
    for (const e of others) {
      const owned = fromFieldsV1(e.fieldsV1);
      for (const p of appliedPaths) if (isLeaf(appliedPaths, p)) owned.delete(p);
      e.fieldsV1 = toFieldsV1(owned);
    }
  }
  list = setEntry(list, manager, 'Apply', applied.apiVersion, appliedPaths);
  merged.metadata ??= {};
  merged.metadata.managedFields = list;
  return merged;
}

/** `.spec.replicas` style rendering of a path, as conflict messages show it. */
function pretty(path: string): string {
  return path
    .split(SEP)
    .map((s) => (s.startsWith('f:') ? '.' + s.slice(2) : `[${s.slice(2)}]`))
    .join('');
}
