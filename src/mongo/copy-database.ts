/**
 * Carries out a DatabasePlan: drops what the plan says may go (partial copies, or the whole
 * target when forced), copies what is missing with bounded parallelism, then verifies every
 * collection. Nothing is called done that the verification does not show.
 */
import type { MongoClient } from 'mongodb';
import type { Logger } from '../core/logger';
import { copyCollection, type CollectionCopyResult, type CopyMethod } from './copy-collection';
import type { DatabasePlan } from './plan';
import { CopyProgress, mb } from './progress';
import { verifyCollections, type CollectionVerification, type VerifyOptions } from './verify';

export interface DatabaseCopyOptions {
  /** `auto`: server-side where the server can, else streaming. */
  method?: 'auto' | CopyMethod;
  /** Server supports `$out` into another database (MongoConnection.canOutToOtherDatabase). */
  serverCanOut: boolean;
  batchSize?: number;
  /** Collections copied at the same time. */
  concurrency?: number;
  verify?: VerifyOptions;
  logger: Logger;
  progressEveryMs?: number;
}

/** What a database copy did and proved; the record keeps it (no secrets, no document content). */
export interface DatabaseCopyResult {
  source: string;
  target: string;
  verified: boolean;
  verifiedAt: string;
  method: CopyMethod | 'none';
  copied: CollectionCopyResult[];
  skipped: string[];
  documents: number;
  bytes: number;
  durationMs: number;
  collections: CollectionVerification[];
}

/** Thrown when a finished copy does not verify: the source is kept, nothing is called done. */
export class CopyVerificationError extends Error {
  constructor(
    readonly result: DatabaseCopyResult,
    problems: string[],
  ) {
    super(
      `the copy of ${result.source} into ${result.target} does not verify: ${problems.slice(0, 5).join('; ')}` +
        (problems.length > 5 ? ` (+${problems.length - 5} more)` : '') +
        '. The source database is untouched; re-run to recopy the differing collections.',
    );
    this.name = 'CopyVerificationError';
  }
}

/** Copies and verifies. Refuses a plan with conflicts unless it says to drop the target. */
export async function copyDatabase(
  client: MongoClient,
  plan: DatabasePlan,
  o: DatabaseCopyOptions,
): Promise<DatabaseCopyResult> {
  if (plan.conflicts.length && !plan.dropTarget)
    throw new Error(`refusing to copy into ${plan.target}: it holds data that does not match ${plan.source}`);
  const started = Date.now();
  const source = client.db(plan.source);
  const target = client.db(plan.target);
  const method: CopyMethod =
    o.method === 'stream' || (o.method !== 'server' && !o.serverCanOut) ? 'stream' : 'server';
  if (plan.dropTarget) {
    o.logger.warn(
      `dropping database ${plan.target} (force): it held data that does not match ${plan.source}`,
    );
    await target.dropDatabase();
  }
  const pending = plan.collections.filter((c) => c.state !== 'verified');
  const skipped = plan.collections.filter((c) => c.state === 'verified').map((c) => c.info.name);
  for (const c of pending.filter((x) => x.state === 'partial' || x.state === 'stale')) {
    o.logger.info(
      `${plan.target}.${c.info.name}: dropping ${c.state === 'partial' ? 'an incomplete copy' : "k2h's own outdated copy"} to copy it again`,
    );
    await target.collection(c.info.name).drop();
  }
  if (!plan.dropTarget)
    for (const name of plan.staleExtra) {
      o.logger.info(
        `${plan.target}.${name}: dropping k2h's own earlier copy of a collection the source no longer has`,
      );
      await target.collection(name).drop();
    }
  const label = `${plan.source} -> ${plan.target}`;
  const progress = new CopyProgress(o.logger, label, plan.collections.length, o.progressEveryMs);
  for (const name of skipped) progress.collectionDone(name, 'verified copy already there, skipped');
  const copied: CollectionCopyResult[] = [];
  // Views last: they may read from collections copied in this run.
  const collections = pending.filter((c) => c.info.type !== 'view');
  const views = pending.filter((c) => c.info.type === 'view');
  await eachLimited(collections, o.concurrency ?? 4, async (c) => {
    copied.push(
      await copyCollection(source, target, c.info, {
        method,
        batchSize: o.batchSize ?? 1000,
        progress,
        warn: (m) => o.logger.warn(m),
      }),
    );
  });
  for (const v of views)
    copied.push(await copyCollection(source, target, v.info, { method, batchSize: 1, progress }));
  const verdicts = await verifyCollections(
    source,
    target,
    plan.collections.map((c) => c.info),
    o.verify,
  );
  const totals = progress.totals;
  const result: DatabaseCopyResult = {
    source: plan.source,
    target: plan.target,
    verified: verdicts.every((v) => v.verified),
    verifiedAt: new Date().toISOString(),
    method: copied.length ? method : 'none',
    copied,
    skipped,
    documents: totals.documents,
    bytes: totals.bytes,
    durationMs: Date.now() - started,
    collections: verdicts,
  };
  const problems = verdicts.flatMap((v) => v.problems.map((p) => `${v.name} ${p}`));
  if (problems.length) throw new CopyVerificationError(result, problems);
  o.logger.info(
    `${label}: verified ${verdicts.length} collection(s) (${verdicts.filter((v) => v.content === 'dbHash').length} by dbHash); ` +
      `copied ${totals.documents.toLocaleString('en-US')} documents, ${mb(totals.bytes)} MB in ${(result.durationMs / 1000).toFixed(1)} s`,
  );
  return result;
}

/** Runs fn over items, at most `limit` at a time; the first failure rejects after the others settle. */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (next < items.length && failure === undefined) {
      const item = items[next++];
      try {
        await fn(item);
      } catch (err) {
        failure ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== undefined) throw failure;
}
