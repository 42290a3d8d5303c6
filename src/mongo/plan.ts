/**
 * Decides, by looking at both databases, what a copy still has to do: which collections are
 * missing, which are verified copies (skipped), which are partial copies (target documents all
 * equal to source documents: dropped and recopied) and which are conflicts (the target holds
 * something the source does not: never overwritten unless forced).
 */
import { BSON, type Db, type MongoClient } from 'mongodb';
import { canonicalOptions, collectionSize, listCollections, type CollectionInfo } from './catalog';
import {
  collectionHashes,
  idKey,
  verifyCollections,
  type CollectionVerification,
  type VerifyOptions,
} from './verify';

export type CollectionState = 'missing' | 'verified' | 'partial' | 'stale' | 'conflict';

export interface CollectionPlan {
  info: CollectionInfo;
  state: CollectionState;
  /** Why partial or conflicting, without document content. */
  reason?: string;
  documents: number;
  bytes?: number;
}

/** What copying `source` into `target` would do. */
export interface DatabasePlan {
  source: string;
  target: string;
  sourceExists: boolean;
  collections: CollectionPlan[];
  /** Target collections the source does not have (conflicts, unless listed in staleExtra). */
  extra: string[];
  /** Of `extra`: k2h's own earlier copies, unchanged since (dropped by the copy). */
  staleExtra: string[];
  /** The verification of the collections the target has already (verified ones included). */
  verification: CollectionVerification[];
  /** Conflicts in words (empty: nothing would be overwritten). */
  conflicts: string[];
  /** force was given and there are conflicts: the target database is dropped first. */
  dropTarget: boolean;
  /** Documents and bytes the copy still has to move. */
  toCopy: { collections: number; documents: number; bytes: number };
}

/** Inspects both databases; reads only. */
export async function planDatabaseCopy(
  client: MongoClient,
  from: string,
  to: string,
  o: {
    force?: boolean;
    verify?: VerifyOptions;
    /**
     * dbHash of each collection as k2h copied and verified it earlier (from the record). A target
     * collection that still has exactly that hash is k2h's own copy that nobody touched since: when
     * its source changed meanwhile (a rollback let the application write again) it is `stale` and
     * copied again without force.
     */
    ownCopies?: Record<string, string>;
  } = {},
): Promise<DatabasePlan> {
  const source = client.db(from);
  const target = client.db(to);
  const [sourceColls, targetColls] = await Promise.all([listCollections(source), listCollections(target)]);
  const targetByName = new Map(targetColls.map((c) => [c.name, c]));
  const existing = sourceColls.filter((c) => targetByName.has(c.name));
  const verdicts = new Map<string, CollectionVerification>(
    (await verifyCollections(source, target, existing, o.verify)).map((v) => [v.name, v]),
  );
  const collections: CollectionPlan[] = [];
  for (const info of sourceColls) {
    const size = info.type === 'view' ? { documents: 0 } : await collectionSize(source, info.name);
    const t = targetByName.get(info.name);
    if (!t) {
      collections.push({ info, state: 'missing', ...size });
      continue;
    }
    const v = verdicts.get(info.name)!;
    if (v.verified) {
      collections.push({ info, state: 'verified', ...size });
      continue;
    }
    const why = await partialOrConflict(source, target, info, t);
    collections.push({ info, ...why, ...size });
  }
  const sourceNames = new Set(sourceColls.map((c) => c.name));
  const extra = targetColls.filter((c) => !sourceNames.has(c.name)).map((c) => c.name);
  const own = o.ownCopies ?? {};
  const suspects = [
    ...collections.filter((c) => c.state === 'conflict').map((c) => c.info.name),
    ...extra,
  ].filter((n) => own[n]);
  const now = suspects.length ? ((await collectionHashes(target, suspects)) ?? {}) : {};
  const untouched = (name: string) => !!own[name] && now[name] === own[name];
  for (const c of collections)
    if (c.state === 'conflict' && untouched(c.info.name)) {
      c.state = 'stale';
      c.reason = "k2h's own earlier copy, unchanged since (same dbHash), of a source that changed since";
    }
  const staleExtra = extra.filter(untouched);
  const conflicts = [
    ...collections.filter((c) => c.state === 'conflict').map((c) => `${to}.${c.info.name}: ${c.reason}`),
    ...extra
      .filter((n) => !staleExtra.includes(n))
      .map((n) => `${to}.${n} exists and ${from} has no collection of that name`),
  ];
  const dropTarget = !!o.force && conflicts.length > 0;
  if (dropTarget) for (const c of collections) if (c.state !== 'missing') c.state = 'missing';
  const pending = collections.filter((c) => c.state !== 'verified');
  return {
    source: from,
    target: to,
    sourceExists: sourceColls.length > 0,
    collections,
    extra,
    staleExtra,
    verification: [...verdicts.values()],
    conflicts,
    dropTarget,
    toCopy: {
      collections: pending.length,
      documents: pending.reduce((n, c) => n + c.documents, 0),
      bytes: pending.reduce((n, c) => n + (c.bytes ?? 0), 0),
    },
  };
}

/**
 * A target collection that is not a verified copy is partial when it is what an interrupted copy
 * leaves: same kind and options, no more documents than the source, and every one of them equal
 * (byte for byte) to the source document with its `_id`. Anything else is somebody's data.
 */
async function partialOrConflict(
  source: Db,
  target: Db,
  info: CollectionInfo,
  t: CollectionInfo,
): Promise<{ state: 'partial' | 'conflict'; reason: string }> {
  if (t.type !== info.type) return { state: 'conflict', reason: `is a ${t.type}, the source a ${info.type}` };
  if (info.type === 'view') return { state: 'conflict', reason: 'is a view with another definition' };
  if (canonicalOptions(t.options) !== canonicalOptions(info.options))
    return { state: 'conflict', reason: 'has other collection options (validator, capped or collation)' };
  const foreign = await documentsNotInSource(source, target, info.name);
  if (foreign > 0)
    return {
      state: 'conflict',
      reason: `holds ${foreign} document(s) that differ from or are not in the source`,
    };
  return { state: 'partial', reason: 'an incomplete copy (its documents are a subset of the source)' };
}

/** Counts target documents without an identical source document, reading both in batches by _id. */
async function documentsNotInSource(source: Db, target: Db, collection: string): Promise<number> {
  let foreign = 0;
  let batch: Buffer[] = [];
  const check = async () => {
    const ids = batch.map((b) => BSON.deserialize(b, { promoteValues: false })._id);
    const found = new Map<string, Buffer>();
    const got = (await source
      .collection(collection)
      .find({ _id: { $in: ids } }, { raw: true })
      .toArray()) as unknown as Buffer[];
    for (const b of got) found.set(idKey(BSON.deserialize(b, { promoteValues: false })._id), b);
    batch.forEach((b, n) => {
      if (!found.get(idKey(ids[n]))?.equals(b)) foreign++;
    });
    batch = [];
  };
  const cursor = target.collection(collection).find({}, { raw: true, batchSize: 1000 });
  for await (const raw of cursor as unknown as AsyncIterable<Buffer>) {
    batch.push(raw);
    if (batch.length >= 1000) await check();
  }
  if (batch.length) await check();
  return foreign;
}

/**
 * The plan in words. `sizes: false` leaves out figures that move while the application still
 * writes (counts, sizes), for text that must stay the same between planning and running.
 */
export function describeDatabasePlan(plan: DatabasePlan, o: { sizes?: boolean } = {}): string[] {
  const sizes = o.sizes ?? true;
  const lines: string[] = [];
  const arrow = `${plan.source} -> ${plan.target}`;
  if (!plan.sourceExists) {
    lines.push(
      plan.collections.length || plan.extra.length
        ? `database ${plan.source} does not exist; ${plan.target} is left as it is`
        : `database ${plan.source} does not exist: nothing to copy`,
    );
    return lines;
  }
  if (plan.dropTarget)
    lines.push(`drop database ${plan.target} first (--force-db-overwrite): ${plan.conflicts.join('; ')}`);
  const pending = plan.collections.filter((c) => c.state !== 'verified');
  const verified = plan.collections.length - pending.length;
  if (!pending.length) lines.push(`database ${arrow}: verified copy already there, nothing to copy`);
  else {
    const figures = sizes
      ? ` (${plan.toCopy.documents.toLocaleString('en-US')} documents, ${(plan.toCopy.bytes / 1024 / 1024).toFixed(1)} MB)`
      : '';
    lines.push(
      `copy database ${arrow}: ${pending.length} of ${plan.collections.length} collection(s) with their indexes${figures}` +
        (verified ? `; ${verified} verified already` : ''),
    );
    const partial = pending.filter((c) => c.state === 'partial').map((c) => c.info.name);
    if (partial.length)
      lines.push(`recopy incomplete collection(s) of ${plan.target}: ${partial.join(', ')}`);
    const stale = pending.filter((c) => c.state === 'stale').map((c) => c.info.name);
    if (stale.length)
      lines.push(
        `recopy collection(s) of ${plan.target} that k2h copied earlier and nobody changed since, whose source changed: ${stale.join(', ')}`,
      );
    lines.push(`verify ${arrow}: counts, indexes and content hash per collection; ${plan.source} is kept`);
  }
  return lines;
}
