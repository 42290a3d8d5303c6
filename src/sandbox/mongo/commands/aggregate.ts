/**
 * aggregate: mingo runs the stages; the server itself does what needs its catalog: `$out`
 * (also into another database, `{ $out: { db, coll } }`), `$merge`, `$collStats`, `$indexStats`.
 */
import { Long, type Document } from 'bson';
import { Collection, type StoredDoc } from '../collection';
import { CommandError, fail } from '../errors';
import { Index } from '../indexes';
import { canonicalKey, getPath, isPlain, toView } from '../values';
import { applyUpdate } from '../update-doc';
import { bool, num, readable, runPipeline, type CommandDef, type Ctx, type Needs } from './context';
import { userKey } from './query';
import { collStats } from './stats';

interface Output {
  stage: '$out' | '$merge';
  db: string;
  coll: string;
  spec: Document;
}

function outputOf(ctx: Ctx, pipeline: Document[]): Output | undefined {
  const last = pipeline[pipeline.length - 1];
  if (!isPlain(last)) return undefined;
  const stage = Object.keys(last)[0];
  if (stage !== '$out' && stage !== '$merge') return undefined;
  const arg = last[stage];
  const into = stage === '$merge' ? (isPlain(arg) ? arg.into : arg) : arg;
  const spec = stage === '$merge' && isPlain(arg) ? arg : {};
  if (typeof into === 'string') return { stage, db: ctx.db, coll: into, spec };
  if (isPlain(into) && typeof into.coll === 'string') {
    return { stage, db: typeof into.db === 'string' ? into.db : ctx.db, coll: into.coll, spec };
  }
  throw fail('FailedToParse', `${stage} only supports a string or object argument`);
}

function pipelineOf(ctx: Ctx): Document[] {
  const p = ctx.cmd.pipeline;
  if (!Array.isArray(p) || !p.every(isPlain)) {
    throw fail('TypeMismatch', "'pipeline' option must be specified as an array");
  }
  p.slice(0, -1).forEach((s) => {
    const k = Object.keys(s)[0];
    if (k === '$out' || k === '$merge')
      throw new CommandError(40601, 'Location40601', `${k} can only be the final stage in the pipeline`);
  });
  return p;
}

function needs(ctx: Ctx): Needs {
  const out = outputOf(ctx, Array.isArray(ctx.cmd.pipeline) ? ctx.cmd.pipeline : []);
  const list: Needs = [['read', ctx.db]];
  if (out) list.push(['write', out.db], ['ddl', out.db]);
  return list;
}

function indexStats(coll: Collection | undefined, host: string): Document[] {
  return (coll?.indexes ?? []).map((i) => ({
    name: i.name,
    key: i.spec.key,
    host,
    accesses: { ops: Long.ZERO, since: new Date(0) },
    spec: i.spec,
  }));
}

/** `$out`: replaces the target with the results, keeping its options and indexes; all or nothing. */
function writeOut(ctx: Ctx, out: Output, results: StoredDoc[]): number {
  const { catalog } = ctx.state;
  const existing = catalog.get(out.db, out.coll);
  if (existing?.kind === 'view')
    throw fail('CommandNotSupportedOnView', `Namespace ${out.db}.${out.coll} is a view, not a collection`);
  const next = new Collection(out.db, out.coll, existing?.options ?? {});
  for (const i of existing?.indexes.slice(1) ?? []) next.addIndex(new Index(i.spec, next.ns));
  for (const d of results) next.insert(d.typed, true);
  if (existing) catalog.drop(out.db, out.coll);
  catalog.put(out.db, next);
  return results.length;
}

/** `$merge` into a collection, matching on `on` (default `_id`). */
function writeMerge(ctx: Ctx, out: Output, results: StoredDoc[]): number {
  const existing = ctx.state.catalog.get(out.db, out.coll);
  if (existing?.kind === 'view')
    throw fail('CommandNotSupportedOnView', `Namespace ${out.db}.${out.coll} is a view, not a collection`);
  const coll = existing ?? ctx.state.catalog.writable(out.db, out.coll);
  const on = [toView(out.spec.on ?? '_id')].flat() as string[];
  const whenMatched = out.spec.whenMatched ?? 'merge';
  const whenNotMatched = out.spec.whenNotMatched ?? 'insert';
  const keyOf = (view: Document): string => on.map((f) => canonicalKey(getPath(view, f))).join('|');
  const index = new Map(coll.all().map((d) => [keyOf(d.view), d]));
  let n = 0;
  for (const d of results) {
    const match = index.get(keyOf(d.view));
    if (!match) {
      if (whenNotMatched === 'discard') continue;
      if (whenNotMatched === 'fail')
        throw new CommandError(
          13113,
          'MergeStageNoMatchingDocument',
          '$merge could not find a matching document in the target collection for at least one document in the source collection',
        );
      index.set(keyOf(d.view), coll.insert(d.typed, true));
      n++;
      continue;
    }
    if (whenMatched === 'keepExisting') continue;
    if (whenMatched === 'fail')
      throw fail('DuplicateKey', `$merge failed due to a DuplicateKey error on ${out.db}.${out.coll}`);
    const next =
      whenMatched === 'replace'
        ? { ...d.typed, _id: match.typed._id }
        : Array.isArray(whenMatched)
          ? applyUpdate(match, whenMatched, undefined, false)
          : { ...match.typed, ...d.typed, _id: match.typed._id };
    index.set(keyOf(d.view), coll.replace(match, next, true));
    n++;
  }
  return n;
}

function aggregate(ctx: Ctx): Document {
  const { cmd, state } = ctx;
  const pipeline = pipelineOf(ctx);
  if (cmd.explain) throw fail('CommandNotSupported', 'explain is not served by the sandbox');
  if (!isPlain(cmd.cursor)) {
    throw fail(
      'FailedToParse',
      "The 'cursor' option is required, except for aggregate with the explain argument",
    );
  }
  const name = cmd.aggregate;
  const dbLevel = toView(name) === 1;
  if (!dbLevel && typeof name !== 'string') throw fail('TypeMismatch', 'Invalid aggregate namespace');
  const out = outputOf(ctx, pipeline);
  let stages = out ? pipeline.slice(0, -1) : pipeline;
  const ns = dbLevel ? undefined : state.catalog.get(ctx.db, name);
  let source: StoredDoc[] = dbLevel ? [] : readable(state, ctx.db, name);
  const first = stages[0] ? Object.keys(stages[0])[0] : undefined;
  if (first === '$collStats' || first === '$indexStats') {
    if (!ns)
      throw fail(
        'NamespaceNotFound',
        `Unable to retrieve storageStats in $collStats stage :: caused by :: Collection [${ctx.db}.${name}] not found.`,
      );
    const coll = ns.kind === 'collection' ? ns : undefined;
    const docs =
      first === '$collStats'
        ? [
            {
              ns: `${ctx.db}.${name}`,
              host: state.host,
              localTime: new Date(),
              storageStats: coll ? collStats(coll, 1) : {},
              count: coll?.count ?? 0,
            },
          ]
        : indexStats(coll, state.host);
    source = docs.map((d) => ({ typed: d, view: toView(d) }));
    stages = stages.slice(1);
  }
  const results = runPipeline(
    state,
    ctx.db,
    source,
    toView(stages),
    cmd.collation ?? (ns?.options.collation as Document | undefined),
    cmd.let ? toView(cmd.let) : undefined,
  );
  const cursorNs = dbLevel ? `${ctx.db}.$cmd.aggregate` : `${ctx.db}.${name}`;
  if (out) {
    const n = out.stage === '$out' ? writeOut(ctx, out, results) : writeMerge(ctx, out, results);
    state.wrote({ command: 'aggregate', db: out.db, collection: out.coll, count: n });
    return { cursor: { firstBatch: [], id: Long.ZERO, ns: cursorNs }, ok: 1 };
  }
  const batch = state.cursors.start(
    cursorNs,
    results.map((d) => d.typed),
    num(cmd.cursor.batchSize),
    bool(cmd.singleBatch),
    userKey(ctx),
  );
  return { cursor: { firstBatch: batch.docs, id: batch.id, ns: cursorNs }, ok: 1 };
}

export const aggregateCommands: Record<string, CommandDef> = {
  aggregate: { needs, run: aggregate },
};
