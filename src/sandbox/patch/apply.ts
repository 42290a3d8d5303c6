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
import { now as time } from '../store';
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

/** fieldSet of stored (frozen, so unchanging) objects, by whether status counts. */
const storedFieldSets = [new WeakMap<Obj, Set<string>>(), new WeakMap<Obj, Set<string>>()];

/**
 * fieldSet of an object that may be a stored one: computed once per stored version (callers must
 * not change the set).
 */
function fieldSetOf(obj: Obj, options: { includeStatus?: boolean }): Set<string> {
  if (!Object.isFrozen(obj)) return fieldSet(obj, options);
  const cache = storedFieldSets[options.includeStatus ? 1 : 0];
  let set = cache.get(obj);
  if (!set) cache.set(obj, (set = fieldSet(obj, options)));
  return set;
}

/** fieldSet as a tree of segments; `plain`: no segment holds SEP or NUL. */
interface FieldTree {
  root: PathTree;
  plain: boolean;
}

const EMPTY_TREE: FieldTree = { root: new Map(), plain: true };

/** The paths this write changed, as a tree: `self` marks a changed path, `kids` what is below. */
interface Changed {
  self: boolean;
  kids: Map<string, Changed>;
}

const storedFieldTrees = [new WeakMap<Obj, FieldTree>(), new WeakMap<Obj, FieldTree>()];

/** fieldTree of an object that may be a stored one: computed once per stored version. */
function fieldTreeOf(obj: Obj, options: { includeStatus?: boolean }): FieldTree {
  if (!Object.isFrozen(obj)) return fieldTree(obj, options);
  const cache = storedFieldTrees[options.includeStatus ? 1 : 0];
  let tree = cache.get(obj);
  if (!tree) cache.set(obj, (tree = fieldTree(obj, options)));
  return tree;
}

/** `fieldSet(obj)` as a tree: a node per path, its children by segment, in the same order. */
function fieldTree(obj: Obj, options: { includeStatus?: boolean } = {}): FieldTree {
  const tree: FieldTree = { root: new Map(), plain: true };
  walkMap(topLevel(obj, options), tree.root, undefined, tree);
  return tree;
}

/**
 * The subtree of a stored (frozen, so unchanging) value, by the value: an object's fields and a
 * list's items depend on the value alone and on the field names it sits under (`field`, and for
 * a list `parentField`, see listStrategy), so an object that shares stored parts with another (an
 * update of a stored one) reuses their subtrees. Trees are only read once built, and a build that
 * must add to a shared subtree (list items with equal keys merge) copies it first (see `node`).
 */
const storedSubtrees = new WeakMap<
  object,
  { field: string; parentField: string | undefined; tree: FieldTree }
>();

/** Subtrees shared between trees: those in storedSubtrees and everything below them. */
const sharedTrees = new WeakSet<PathTree>();

function subtreeOf(v: object, field: string, parentField: string | undefined): FieldTree {
  const cached = storedSubtrees.get(v);
  if (cached && cached.field === field && (cached.parentField === parentField || !Array.isArray(v)))
    return cached.tree;
  const tree: FieldTree = { root: new Map(), plain: true };
  walk(v, tree.root, field, parentField, tree);
  // A value under another name (none in practice) is computed again, not cached.
  if (!cached) {
    sharedTrees.add(tree.root);
    storedSubtrees.set(v, { field, parentField, tree });
  }
  return tree;
}

/** The child `seg` of `parent` (created when missing; a copy of it when it is a shared one). */
function node(parent: PathTree, seg: string, tree: FieldTree): PathTree {
  let child = parent.get(seg);
  if (!child) {
    if (tree.plain && !plainSegment(seg)) tree.plain = false;
    parent.set(seg, (child = new Map()));
  } else if (sharedTrees.has(child)) {
    // Copy on write: the copy is this tree's own, what is below it stays shared.
    child = new Map(child);
    for (const c of child.values()) sharedTrees.add(c);
    parent.set(seg, child);
  }
  return child;
}

function walk(
  v: unknown,
  at: PathTree,
  field: string | undefined,
  parentField: string | undefined,
  tree: FieldTree,
): void {
  if (Array.isArray(v)) {
    const strategy = listStrategy(field ?? '', parentField);
    if (strategy.kind === 'atomic') return;
    for (const item of v) {
      if (strategy.kind === 'set') {
        node(at, 'v:' + JSON.stringify(item), tree);
        continue;
      }
      if (!isObj(item)) continue;
      const keyObj: Obj = {};
      for (const k of strategy.keys) if (keyValue(item, k) !== undefined) keyObj[k] = keyValue(item, k);
      walkMap(item, node(at, 'k:' + JSON.stringify(keyObj), tree), field, tree);
    }
    return;
  }
  if (isObj(v)) walkMap(v, at, field, tree);
}

/** The node of every leaf a build creates for a plain value: shared, so copied before anything is added under it. */
const LEAF: PathTree = new Map();
sharedTrees.add(LEAF);

function walkMap(v: Obj, at: PathTree, field: string | undefined, tree: FieldTree): void {
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (x === null || x === undefined || k.startsWith('$')) continue;
    const seg = 'f:' + k;
    if (typeof x !== 'object') {
      // A leaf (or, for a repeated list item's field, one that is there already).
      if (!at.has(seg)) {
        if (tree.plain && !plainSegment(seg)) tree.plain = false;
        at.set(seg, LEAF);
      }
      continue;
    }
    if (Object.isFrozen(x) && !at.has(seg)) {
      // A stored value: its subtree as computed before (the node is new: keys are unique).
      const sub = subtreeOf(x, k, field);
      if (tree.plain && !(sub.plain && plainSegment(seg))) tree.plain = false;
      at.set(seg, sub.root);
      continue;
    }
    walk(x, node(at, seg, tree), k, field, tree);
  }
}

/**
 * The changed paths of `n` (the new fields) into `out`: a path the old fields `o` lack, or a
 * leaf whose value differs (values resolved segment by segment alongside). True when any.
 */
function diffTrees(n: PathTree, o: PathTree | undefined, bv: unknown, av: unknown, out: Changed): boolean {
  let any = false;
  for (const [seg, nc] of n) {
    const oc = o?.get(seg);
    if (!oc) {
      // New, and so is everything below it (the old set holds every ancestor of its paths).
      out.kids.set(seg, allChanged(nc));
      any = true;
      continue;
    }
    const bc = step(bv, seg);
    const ac = step(av, seg);
    // The same subtree over the same (stored) value on both sides: nothing below changed.
    if (nc === oc && bc === ac) continue;
    if (nc.size === 0) {
      if (!deepEqual(bc, ac)) {
        out.kids.set(seg, { self: true, kids: new Map() });
        any = true;
      }
      continue;
    }
    const c: Changed = { self: false, kids: new Map() };
    if (diffTrees(nc, oc, bc, ac, c)) {
      out.kids.set(seg, c);
      any = true;
    }
  }
  return any;
}

function allChanged(n: PathTree): Changed {
  const out: Changed = { self: true, kids: new Map() };
  for (const [seg, c] of n) out.kids.set(seg, allChanged(c));
  return out;
}

function at<T extends { kids: Map<string, T> }>(node: T, segs: string[]): T | undefined {
  let cur: T | undefined = node;
  for (const seg of segs) cur = cur?.kids.get(seg);
  return cur;
}

function inTree(root: PathTree, segs: string[]): boolean {
  let cur: PathTree | undefined = root;
  for (const seg of segs) cur = cur?.get(seg);
  return cur !== undefined;
}

/** filterTree of a canonical entry, keeping the paths not changed and still in the object (`n`). */
function keepTree(node: Obj, changed: Changed | undefined, n: PathTree | undefined, item: boolean): Obj {
  const out: Obj = {};
  let children = false;
  for (const k of Object.keys(node)) {
    if (k === '.') continue;
    const cc = changed?.kids.get(k);
    const nc = n?.get(k);
    const child = keepTree(node[k], cc, nc, k.startsWith('k:') || k.startsWith('v:'));
    if ((!cc?.self && nc !== undefined) || Object.keys(child).length > 0) {
      out[k] = child;
      children = true;
    }
  }
  if (item && children) out['.'] = {};
  return out;
}

/**
 * toFieldsV1 of the paths in `n` that the manager's entry `m` (any FieldsV1 tree: its paths are
 * fromFieldsV1's) has or that changed: siblings in ascending order, "." on list items with
 * children.
 */
function ownedTree(n: PathTree, m: unknown, changed: Changed | undefined, item: boolean): Obj {
  const out: Obj = {};
  // Without an entry below here, only the changed paths (all in `n`) can be owned.
  const inEntry = isObj(m);
  if (!inEntry && !changed) return out;
  const keys = inEntry ? [...n.keys()] : [...changed!.kids.keys()].filter((k) => n.has(k));
  for (const k of keys.sort()) {
    const inM = isObj(m) && k !== '.' && Object.prototype.hasOwnProperty.call(m, k);
    const cc = changed?.kids.get(k);
    const child = ownedTree(
      n.get(k)!,
      inM ? (m as Obj)[k] : undefined,
      cc,
      k.startsWith('k:') || k.startsWith('v:'),
    );
    if (inM || cc?.self || Object.keys(child).length > 0) out[k] = child;
  }
  if (item && Object.keys(out).length > 0) out['.'] = {};
  return out;
}

/** plainKeys of stored (frozen, so unchanging) managedFields lists. */
const plainLists = new WeakMap<object, boolean>();

/** No managedFields key holds SEP or NUL (paths joined from them would split differently). */
function plainKeys(list: unknown): boolean {
  if (!Array.isArray(list)) return true;
  const frozen = Object.isFrozen(list);
  let plain = frozen ? plainLists.get(list) : undefined;
  if (plain === undefined) {
    // A canonical tree (the usual one, and checked anyway) has plain keys only.
    plain = list.every((e) => !isObj(e) || storedCanonical(e.fieldsV1) || plainTree(e.fieldsV1));
    if (frozen) plainLists.set(list, plain);
  }
  return plain;
}

function plainTree(node: unknown): boolean {
  return !isObj(node) || Object.keys(node).every((k) => plainSegment(k) && plainTree(node[k]));
}

/** What fieldSet walks: the object without apiVersion, kind, status (unless counted) and server metadata. */
function topLevel(obj: Obj, options: { includeStatus?: boolean }): Obj {
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
  return top;
}

/** The set of field paths an object (or applied configuration) sets. */
export function fieldSet(obj: Obj, options: { includeStatus?: boolean } = {}): Set<string> {
  const out = new Set<string>();
  collectMap(topLevel(obj, options), '', undefined, out);
  return out;
}

/** A path set as a tree of segments, children in insertion order. */
type PathTree = Map<string, PathTree>;

/**
 * FieldsV1 tree of a path set: siblings in ascending order — the order building the tree from the
 * sorted paths gives, since SEP sorts below every character a segment holds — and "." on list
 * items (k:, v:) that have children. Sorting each node's few keys is much cheaper than sorting
 * the long paths.
 */
export function toFieldsV1(paths: Set<string>): Obj {
  const root: PathTree = new Map();
  for (const p of paths) {
    // A NUL sorts below SEP: the sorted build decides where it goes.
    if (p.includes('\u0000')) return toFieldsV1Sorted(paths);
    let node = root;
    let start = 0;
    for (;;) {
      const i = p.indexOf(SEP, start);
      const seg = i < 0 ? p.slice(start) : p.slice(start, i);
      // "." is the mark; a path naming it (none do) is left to the sorted build.
      if (seg === '.') return toFieldsV1Sorted(paths);
      let child = node.get(seg);
      if (!child) node.set(seg, (child = new Map()));
      node = child;
      if (i < 0) break;
      start = i + 1;
    }
  }
  const emit = (node: PathTree, item: boolean): Obj => {
    const out: Obj = {};
    for (const k of [...node.keys()].sort()) {
      out[k] = emit(node.get(k)!, k.startsWith('k:') || k.startsWith('v:'));
    }
    if (item && node.size > 0) out['.'] = {};
    return out;
  };
  return emit(root, false);
}

/** toFieldsV1 the way it reads: nodes built from the sorted paths, then the "." marks. */
function toFieldsV1Sorted(paths: Set<string>): Obj {
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

/**
 * True when `toFieldsV1(fromFieldsV1(tree))` would give `tree` back, key order included: every
 * node an object, siblings in ascending order (the order sorted paths build them in), and "." —
 * an empty object, last — exactly on the list-item nodes (k:, v:) that have children. `item`: the
 * node is such a list item.
 */
function isCanonical(node: Obj, item: boolean): boolean {
  if (!item && isObj(node) && Object.isFrozen(node)) return storedCanonical(node);
  return canonical(node, item);
}

/** isCanonical of stored (frozen, so unchanging) fieldsV1 trees. */
const canonicalTrees = new WeakMap<object, boolean>();

/** isCanonical(tree, false) for a stored tree, computed once; false for anything but an object. */
function storedCanonical(tree: unknown): boolean {
  if (!isObj(tree) || !Object.isFrozen(tree)) return false;
  let r = canonicalTrees.get(tree);
  if (r === undefined) canonicalTrees.set(tree, (r = canonical(tree, false)));
  return r;
}

function canonical(node: Obj, item: boolean): boolean {
  const keys = Object.keys(node);
  let n = keys.length;
  if (item && n > 0) {
    const dot = node['.'];
    if (keys[n - 1] !== '.' || !isObj(dot) || Object.keys(dot).length > 0 || n === 1) return false;
    n--;
  }
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k === '.' || (i > 0 && !(keys[i - 1] < k)) || !plainSegment(k)) return false;
    const child = node[k];
    if (!isObj(child) || !canonical(child, k.startsWith('k:') || k.startsWith('v:'))) return false;
  }
  return true;
}

/**
 * `toFieldsV1` of the paths of a canonical tree (see isCanonical) that `keep` accepts, built from
 * the tree itself: a node stays when its path is kept or a node below it stays; siblings keep
 * their (ascending) order; list items with children get ".".
 */
function filterTree(node: Obj, path: string, item: boolean, keep: (path: string) => boolean): Obj {
  const out: Obj = {};
  let children = false;
  for (const k of Object.keys(node)) {
    if (k === '.') continue;
    const p = path === '' ? k : path + SEP + k;
    const child = filterTree(node[k], p, k.startsWith('k:') || k.startsWith('v:'), keep);
    if (keep(p) || Object.keys(child).length > 0) {
      out[k] = child;
      children = true;
    }
  }
  if (item && children) out['.'] = {};
  return out;
}

/** No SEP (or anything sorting below it) in a segment: it would split or sort differently. */
function plainSegment(k: string): boolean {
  for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) <= 1) return false;
  return true;
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

/** The value one path segment leads to from `cur` (undefined when there is none). */
function step(cur: unknown, seg: string): unknown {
  if (cur === undefined) return undefined;
  if (seg.startsWith('f:')) return isObj(cur) ? cur[seg.slice(2)] : undefined;
  if (seg.startsWith('k:')) {
    const keyObj = JSON.parse(seg.slice(2)) as Obj;
    return Array.isArray(cur)
      ? cur.find((x) => isObj(x) && Object.entries(keyObj).every(([k, v]) => keyValue(x, k) === v))
      : undefined;
  }
  if (seg.startsWith('v:')) {
    const v = JSON.parse(seg.slice(2));
    return Array.isArray(cur) && cur.some((x) => deepEqual(x, v)) ? v : undefined;
  }
  return cur;
}

/** Value at a path, or undefined. */
function valueAt(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const seg of path.split(SEP)) cur = step(cur, seg);
  return cur;
}

/**
 * valueAt over one object for many paths: each path resolves from its parent's value (memoised),
 * so a set of paths costs one step per path instead of one walk from the root.
 */
function valuesOf(obj: unknown): (path: string) => unknown {
  const memo = new Map<string, unknown>();
  const at = (path: string): unknown => {
    if (memo.has(path)) return memo.get(path);
    const i = path.lastIndexOf(SEP);
    const v = i < 0 ? step(obj, path) : step(at(path.slice(0, i)), path.slice(i + 1));
    memo.set(path, v);
    return v;
  };
  return at;
}

/**
 * Whether `before` and `after` hold equal values at a path: `deepEqual(valueAt(before, p),
 * valueAt(after, p))`. A value is resolved from its parent's, so once a path holds equal values
 * every path below it does too, and their comparison is skipped.
 */
function sameValues(before: unknown, after: unknown): (path: string) => boolean {
  const a = valuesOf(before);
  const b = valuesOf(after);
  const memo = new Map<string, boolean>();
  const same = (path: string): boolean => {
    let r = memo.get(path);
    if (r !== undefined) return r;
    const i = path.lastIndexOf(SEP);
    r = (i > 0 && same(path.slice(0, i))) || deepEqual(a(path), b(path));
    memo.set(path, r);
    return r;
  };
  return same;
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

/**
 * A copy of the managedFields of `obj` to work on: the callers replace whole entries and the
 * fields of entries, never change a fieldsV1 tree, so a stored (frozen) list's entries are copied
 * one level deep and their trees shared.
 */
function entries(obj: Obj | undefined): ManagedFieldsEntry[] {
  const list = obj?.metadata?.managedFields ?? [];
  if (Array.isArray(list) && Object.isFrozen(list))
    return list.map((e) => (Array.isArray(e) ? [...e] : isObj(e) ? { ...e } : e)) as ManagedFieldsEntry[];
  return clone(list as ManagedFieldsEntry[]);
}

function setEntry(
  list: ManagedFieldsEntry[],
  manager: string,
  operation: 'Apply' | 'Update',
  apiVersion: string,
  paths: Set<string> | Obj,
  subresource?: string,
): ManagedFieldsEntry[] {
  const i = list.findIndex(
    (e) => e.manager === manager && e.operation === operation && e.subresource === subresource,
  );
  const previous = i >= 0 ? list[i] : undefined;
  // A path set, or the FieldsV1 tree already built from one.
  const fieldsV1 = paths instanceof Set ? toFieldsV1(paths) : paths;
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
  const mineOf = (list: ManagedFieldsEntry[]): ManagedFieldsEntry | undefined =>
    list.find((e) => e.manager === manager && e.operation === 'Update' && e.subresource === subresource);
  // The same, over trees of segments instead of sets of joined paths (no path strings to build,
  // hash and compare); a segment holding SEP or NUL, which joined paths treat differently, takes
  // the path sets below.
  const oldTree = before ? fieldTreeOf(before, opts) : EMPTY_TREE;
  const newTree = fieldTree(after, opts);
  if (oldTree.plain && newTree.plain && plainKeys(before?.metadata?.managedFields)) {
    const changed: Changed = { self: false, kids: new Map() };
    diffTrees(newTree.root, oldTree.root, before, after, changed);
    const list = entries(before);
    if (changed.kids.size === 0 && before) return list;
    for (const e of list) {
      if (e.manager === manager && e.operation === 'Update' && e.subresource === subresource) continue;
      // It loses the fields this write changed and those the object no longer has.
      e.fieldsV1 = isCanonical(e.fieldsV1, false)
        ? keepTree(e.fieldsV1, changed, newTree.root, false)
        : toFieldsV1(
            new Set(
              [...fromFieldsV1(e.fieldsV1)].filter((p) => {
                const segs = p.split(SEP);
                return !at(changed, segs)?.self && inTree(newTree.root, segs);
              }),
            ),
          );
    }
    // It owns what it owned and what it changed, of what the object still has.
    const mine = mineOf(list);
    const owned = ownedTree(newTree.root, mine?.fieldsV1, changed, false);
    return setEntry(list, manager, 'Update', after.apiVersion, owned, subresource);
  }
  const oldPaths = before ? fieldSetOf(before, opts) : new Set<string>();
  const newPaths = fieldSet(after, opts);
  const same = sameValues(before, after);
  const changed = new Set([...newPaths].filter((p) => !oldPaths.has(p) || (isLeaf(newPaths, p) && !same(p))));
  let list = entries(before);
  if (changed.size === 0 && before) return list;
  for (const e of list) {
    if (e.manager === manager && e.operation === 'Update' && e.subresource === subresource) continue;
    // It loses the fields this write changed and those the object no longer has.
    const keep = (p: string): boolean => !changed.has(p) && newPaths.has(p);
    if (isCanonical(e.fieldsV1, false)) e.fieldsV1 = filterTree(e.fieldsV1, '', false, keep);
    else e.fieldsV1 = toFieldsV1(new Set([...fromFieldsV1(e.fieldsV1)].filter(keep)));
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
