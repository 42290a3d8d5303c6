/**
 * Proof that a copy equals its source, per collection: document counts, index specs, collection
 * options and the content — by the server's `dbHash` of both databases where it offers one, else
 * by a sample of documents compared byte for byte by `_id`.
 */
import { BSON, type Db, type Document } from 'mongodb';
import { canonical, canonicalOptions, indexSpecs, type CollectionInfo } from './catalog';

export type ContentMethod = 'dbHash' | 'sample' | 'definition';

/** The outcome for one collection or view; what the record keeps. */
export interface CollectionVerification {
  name: string;
  type: CollectionInfo['type'];
  verified: boolean;
  /** Source and target counts (collections only). */
  documents?: { source: number; target: number };
  indexes?: number;
  /** How the content was compared: dbHash, a sample of `sampled` documents, or the view definition. */
  content: ContentMethod;
  sampled?: number;
  /** The target's dbHash md5 (what the record keeps to recognise k2h's own copy later). */
  hash?: string;
  /** What differs, in words without document content. */
  problems: string[];
}

export interface VerifyOptions {
  /** Documents compared per collection when the server has no dbHash. */
  sampleSize?: number;
  /** Skip dbHash (tests of the fallback; servers that refuse it). */
  noDbHash?: boolean;
}

/**
 * Verifies each of `collections` (as the source lists them) in `target` against `source`.
 * dbHash runs once per database for all collections at once.
 */
export async function verifyCollections(
  source: Db,
  target: Db,
  collections: CollectionInfo[],
  o: VerifyOptions = {},
): Promise<CollectionVerification[]> {
  const targetInfos = new Map(
    (await target.listCollections({}, { nameOnly: false }).toArray()).map((c) => [c.name, c]),
  );
  const plain = collections.filter((c) => c.type !== 'view').map((c) => c.name);
  const hashes = o.noDbHash ? undefined : await dbHashes(source, target, plain);
  const out: CollectionVerification[] = [];
  for (const c of collections) {
    const t = targetInfos.get(c.name);
    const problems: string[] = [];
    if (!t) {
      out.push({
        name: c.name,
        type: c.type,
        verified: false,
        content: 'definition',
        problems: ['missing in the target'],
      });
      continue;
    }
    if ((t.type ?? 'collection') !== c.type)
      problems.push(`is a ${t.type ?? 'collection'} in the target, a ${c.type} in the source`);
    if (canonicalOptions((t as { options?: Document }).options ?? {}) !== canonicalOptions(c.options))
      problems.push('collection options differ (validator, capped, collation or view definition)');
    if (c.type === 'view') {
      out.push({ name: c.name, type: c.type, verified: !problems.length, content: 'definition', problems });
      continue;
    }
    const [ns, nt] = await Promise.all([
      source.collection(c.name).countDocuments({}),
      target.collection(c.name).countDocuments({}),
    ]);
    if (ns !== nt) problems.push(`holds ${nt} documents, the source ${ns}`);
    const [is, it] = await Promise.all([indexSpecs(source, c.name), indexSpecs(target, c.name)]);
    problems.push(...indexProblems(is, it));
    let content: ContentMethod;
    let sampled: number | undefined;
    let hash: string | undefined;
    // dbHash leaves out what it cannot hash (time-series collections): sample those.
    if (hashes && (hashes.source[c.name] || hashes.target[c.name])) {
      content = 'dbHash';
      const [hs, ht] = [hashes.source[c.name], hashes.target[c.name]];
      hash = ht;
      if (!hs || hs !== ht) problems.push('content hash (dbHash) differs');
    } else {
      content = 'sample';
      const s = await sampleCompare(source, target, c.name, o.sampleSize ?? 1000);
      sampled = s.compared;
      if (s.differing)
        problems.push(`${s.differing} of ${s.compared} sampled documents differ or are missing`);
    }
    out.push({
      name: c.name,
      type: c.type,
      verified: !problems.length,
      documents: { source: ns, target: nt },
      indexes: is.length,
      content,
      sampled,
      hash,
      problems,
    });
  }
  return out;
}

/** What differs between two sorted index lists, by index name. */
export function indexProblems(source: Document[], target: Document[]): string[] {
  const t = new Map(target.map((x) => [x.name, canonical(x)]));
  const s = new Map(source.map((x) => [x.name, canonical(x)]));
  const problems: string[] = [];
  for (const [name, spec] of s) {
    if (!t.has(name)) problems.push(`index ${name} missing in the target`);
    else if (t.get(name) !== spec) problems.push(`index ${name} differs`);
  }
  for (const name of t.keys()) if (!s.has(name)) problems.push(`index ${name} exists only in the target`);
  return problems;
}

/** Per-collection dbHash md5 of one database, or undefined where the server refuses dbHash. */
export async function collectionHashes(
  db: Db,
  collections: string[],
): Promise<Record<string, string> | undefined> {
  if (!collections.length) return {};
  try {
    return (await db.command({ dbHash: 1, collections })).collections ?? {};
  } catch {
    return undefined;
  }
}

/** Per-collection md5 of both databases, or undefined where the server refuses dbHash. */
async function dbHashes(
  source: Db,
  target: Db,
  collections: string[],
): Promise<{ source: Record<string, string>; target: Record<string, string> } | undefined> {
  if (!collections.length) return { source: {}, target: {} };
  try {
    const [s, t] = await Promise.all([
      source.command({ dbHash: 1, collections }),
      target.command({ dbHash: 1, collections }),
    ]);
    return { source: s.collections ?? {}, target: t.collections ?? {} };
  } catch {
    // mongos, managed services and restricted roles have no dbHash: fall back to sampling.
    return undefined;
  }
}

/**
 * Compares up to `size` documents of the source (a $sample, or the first ones by _id where the
 * server has no $sample) with the target's documents of the same `_id`, as raw BSON bytes.
 */
async function sampleCompare(
  source: Db,
  target: Db,
  collection: string,
  size: number,
): Promise<{ compared: number; differing: number }> {
  let docs: Buffer[];
  try {
    docs = (await source
      .collection(collection)
      .aggregate([{ $sample: { size } }], { raw: true })
      .toArray()) as unknown as Buffer[];
  } catch {
    docs = (await source
      .collection(collection)
      .find({}, { raw: true, sort: { _id: 1 }, limit: size })
      .toArray()) as unknown as Buffer[];
  }
  // $sample may return a document more than once (MongoDB's random cursor): compare each once.
  const seen = new Set<string>();
  docs = docs.filter((b) => {
    const k = idKey(BSON.deserialize(b, { promoteValues: false })._id);
    return !seen.has(k) && !!seen.add(k);
  });
  const ids = docs.map((b) => BSON.deserialize(b, { promoteValues: false })._id);
  const found = new Map<string, Buffer>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const got = (await target
      .collection(collection)
      .find({ _id: { $in: chunk } }, { raw: true })
      .toArray()) as unknown as Buffer[];
    for (const b of got) found.set(idKey(BSON.deserialize(b, { promoteValues: false })._id), b);
  }
  let differing = 0;
  docs.forEach((b, n) => {
    const t = found.get(idKey(ids[n]));
    if (!t || !t.equals(b)) differing++;
  });
  return { compared: docs.length, differing };
}

/** A map key for an `_id` of any BSON type. */
export function idKey(id: unknown): string {
  return BSON.EJSON.stringify({ id }, { relaxed: false });
}
