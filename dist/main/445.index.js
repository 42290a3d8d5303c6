export const id = 445;
export const ids = [445];
export const modules = {

/***/ 3599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   IM: () => (/* binding */ listCollections),
/* harmony export */   O8: () => (/* binding */ collectionSize),
/* harmony export */   r9: () => (/* binding */ canonicalOptions),
/* harmony export */   zD: () => (/* binding */ indexSpecs)
/* harmony export */ });
/* unused harmony export isInternalCollection */
/* harmony import */ var mongodb__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84294);
/**
 * What a database holds, as listCollections and listIndexes report it, in comparable form.
 */

/**
 * Names that are the server's own, not the application's: `system.*` (views catalogue, profile,
 * time-series buckets) and `$out`'s temporary collections, which mongod removes itself.
 */
function isInternalCollection(name) {
    return name.startsWith('system.') || name.startsWith('tmp.agg_out.');
}
/** The application's collections and views, sorted by name (views last). */
async function listCollections(db) {
    const raw = await db.listCollections({}, { nameOnly: false }).toArray();
    return raw
        .filter((c) => !isInternalCollection(c.name))
        .map((c) => ({
        name: c.name,
        type: (c.type ?? 'collection'),
        options: c.options ?? {},
    }))
        .sort((a, b) => Number(a.type === 'view') - Number(b.type === 'view') || a.name.localeCompare(b.name));
}
/** Index fields the server adds or that do not change what the index is. */
const INDEX_NOISE = new Set(['v', 'ns', 'background']);
/** listIndexes of a collection with the noise removed, sorted by name (`_id_` included). */
async function indexSpecs(db, collection) {
    const specs = await db.collection(collection).listIndexes().toArray();
    return specs
        .map((s) => Object.fromEntries(Object.entries(s).filter(([k]) => !INDEX_NOISE.has(k))))
        .sort((a, b) => String(a.name).localeCompare(String(b.name)));
}
/**
 * A canonical text of a value for comparisons: object keys sorted (except where order is
 * meaning: index `key` documents and pipelines stay as they are), numbers compared by value.
 */
function canonical(value, keepOrder = false) {
    const walk = (v, ordered) => {
        if (Array.isArray(v))
            return v.map((x) => walk(x, true));
        if (v &&
            typeof v === 'object' &&
            !(v instanceof Date) &&
            v._bsontype === undefined) {
            const entries = Object.entries(v).map(([k, x]) => [k, walk(x, ordered || k === 'key')]);
            if (!ordered)
                entries.sort(([a], [b]) => a.localeCompare(b));
            return Object.fromEntries(entries);
        }
        return v;
    };
    return mongodb__WEBPACK_IMPORTED_MODULE_0__.BSON.EJSON.stringify(walk(value, keepOrder), { relaxed: true });
}
/** Collection options that identify the collection itself rather than describe it. */
const OPTION_NOISE = new Set(['uuid']);
/** Options in comparable form. */
function canonicalOptions(options) {
    return canonical(Object.fromEntries(Object.entries(options).filter(([k]) => !OPTION_NOISE.has(k))));
}
/** Document count and data size of a collection (size undefined where collStats is missing). */
async function collectionSize(db, collection) {
    const documents = await db.collection(collection).countDocuments({});
    let bytes;
    try {
        const stats = await db.command({ collStats: collection });
        bytes = typeof stats.size === 'number' ? stats.size : Number(stats.size ?? NaN);
        if (!Number.isFinite(bytes))
            bytes = undefined;
    }
    catch {
        bytes = undefined;
    }
    return { documents, bytes };
}


/***/ }),

/***/ 84445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareMongo: () => (/* binding */ prepareMongo)
});

// EXTERNAL MODULE: ./src/cognigy/connection-string.ts
var connection_string = __webpack_require__(48396);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/mongodb/lib/index.js
var lib = __webpack_require__(84294);
// EXTERNAL MODULE: ./src/mongo/catalog.ts
var catalog = __webpack_require__(3599);
;// CONCATENATED MODULE: ./src/mongo/copy-collection.ts
/**
 * Copies one collection (or view) into another database: the collection created with the
 * source's options, the documents copied server-side with `$out` where the server can, else
 * streamed in batches through the client, then the indexes created with the same specs.
 */


/** Options `create` accepts that listCollections reports; the rest (uuid...) are the server's own. */
const CREATE_OPTIONS = new Set([
    'capped',
    'size',
    'max',
    'validator',
    'validationLevel',
    'validationAction',
    'collation',
    'storageEngine',
    'indexOptionDefaults',
    'timeseries',
    'expireAfterSeconds',
    'clusteredIndex',
    'changeStreamPreAndPostImages',
    'viewOn',
    'pipeline',
]);
/** The `create` command for a collection or view as the source defines it. */
function createCommand(info) {
    const options = Object.fromEntries(Object.entries(info.options).filter(([k]) => CREATE_OPTIONS.has(k)));
    return { create: info.name, ...options };
}
/**
 * Copies `info` from `source` into an empty `target` (the caller has dropped any partial copy).
 * Capped and time-series collections always stream: `$out` cannot write into them.
 */
async function copyCollection(source, target, info, o) {
    await target.command(createCommand(info));
    if (info.type === 'view') {
        o.progress.collectionDone(info.name, 'view created');
        return { name: info.name, method: 'view', documents: 0, bytes: 0, indexes: 0 };
    }
    let method = o.method === 'server' && !info.options.capped && info.type === 'collection' ? 'server' : 'stream';
    let documents;
    let bytes;
    if (method === 'server' && !(await outInto(source, target, info, o)))
        method = 'stream';
    if (method === 'server') {
        documents = await target.collection(info.name).countDocuments({});
        bytes = await dataSize(target, info.name);
        o.progress.add(documents, bytes, info.name);
    }
    else {
        ({ documents, bytes } = await streamDocuments(source, target, info, o));
    }
    // Indexes after the data: one build over all documents is faster than maintaining them per insert.
    // _id comes with the collection, and so does a clustered collection's clustered index.
    const specs = (await (0,catalog/* indexSpecs */.zD)(source, info.name)).filter((s) => s.name !== '_id_' && !s.clustered);
    if (specs.length)
        await target.command({ createIndexes: info.name, indexes: specs });
    o.progress.collectionDone(info.name, `${documents.toLocaleString('en-US')} documents, ${specs.length} indexes (${method})`);
    return { name: info.name, method, documents, bytes, indexes: specs.length + 1 };
}
/**
 * The server-side copy. False when the server refuses `$out` into another database (a server
 * that reports 4.4+ but lacks it, a managed service): the collection k2h just created is then
 * created afresh, empty, for the streamed copy. A lost connection is no refusal: it propagates
 * and the re-run resumes.
 */
async function outInto(source, target, info, o) {
    try {
        await source
            .collection(info.name)
            .aggregate([{ $out: { db: target.databaseName, coll: info.name } }], {
            bypassDocumentValidation: true,
            allowDiskUse: true,
        })
            .toArray();
        return true;
    }
    catch (err) {
        if (!(err instanceof lib.MongoServerError))
            throw err;
        o.warn?.(`${target.databaseName}.${info.name}: the server refused $out into another database (${err.codeName ?? err.code}); streaming it instead`);
        await target.collection(info.name).drop();
        await target.command(createCommand(info));
        return false;
    }
}
/**
 * find with a batch size -> insertMany, one insert in flight while the next batch is read.
 * Documents travel as raw BSON and are decoded without promoting values, so every type (int32
 * vs double, long, decimal, binary subtypes) is written back exactly as read and hashes match.
 */
async function streamDocuments(source, target, info, o) {
    const capped = !!info.options.capped;
    const cursor = source
        .collection(info.name)
        .find({}, { raw: true, batchSize: o.batchSize, ...(capped ? { sort: { $natural: 1 } } : {}) });
    const dest = target.collection(info.name);
    let documents = 0;
    let bytes = 0;
    let batch = [];
    let batchBytes = 0;
    let inFlight;
    let failure;
    const flush = async () => {
        if (!batch.length)
            return;
        const docs = batch;
        const size = batchBytes;
        batch = [];
        batchBytes = 0;
        await settle();
        // Capped collections keep insertion order; elsewhere unordered lets the server parallelise.
        // The failure is kept and rethrown by settle(): a rejection must not wait unobserved.
        inFlight = dest
            .insertMany(docs, { ordered: capped, bypassDocumentValidation: true })
            .then(() => {
            documents += docs.length;
            bytes += size;
            o.progress.add(docs.length, size, info.name);
        })
            .catch((err) => {
            failure = err;
        });
    };
    const settle = async () => {
        if (inFlight)
            await inFlight;
        inFlight = undefined;
        if (failure)
            throw failure;
    };
    for await (const raw of cursor) {
        batch.push(lib.BSON.deserialize(raw, { promoteValues: false, bsonRegExp: true }));
        batchBytes += raw.length;
        if (batch.length >= o.batchSize || batchBytes >= 8 * 1024 * 1024)
            await flush();
    }
    await flush();
    await settle();
    return { documents, bytes };
}
/** collStats size, or 0 where the server has no collStats. */
async function dataSize(db, collection) {
    try {
        const s = await db.command({ collStats: collection });
        return Number(s.size) || 0;
    }
    catch {
        return 0;
    }
}

// EXTERNAL MODULE: ./src/mongo/progress.ts
var mongo_progress = __webpack_require__(2373);
;// CONCATENATED MODULE: ./src/mongo/verify.ts
/**
 * Proof that a copy equals its source, per collection: document counts, index specs, collection
 * options and the content — by the server's `dbHash` of both databases where it offers one, else
 * by a sample of documents compared byte for byte by `_id`.
 */


/**
 * Verifies each of `collections` (as the source lists them) in `target` against `source`.
 * dbHash runs once per database for all collections at once.
 */
async function verifyCollections(source, target, collections, o = {}) {
    const targetInfos = new Map((await target.listCollections({}, { nameOnly: false }).toArray()).map((c) => [c.name, c]));
    const plain = collections.filter((c) => c.type !== 'view').map((c) => c.name);
    const hashes = o.noDbHash ? undefined : await dbHashes(source, target, plain);
    const out = [];
    for (const c of collections) {
        const t = targetInfos.get(c.name);
        const problems = [];
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
        if ((0,catalog/* canonicalOptions */.r9)(t.options ?? {}) !== (0,catalog/* canonicalOptions */.r9)(c.options))
            problems.push('collection options differ (validator, capped, collation or view definition)');
        if (c.type === 'view') {
            out.push({ name: c.name, type: c.type, verified: !problems.length, content: 'definition', problems });
            continue;
        }
        const [ns, nt] = await Promise.all([
            source.collection(c.name).countDocuments({}),
            target.collection(c.name).countDocuments({}),
        ]);
        if (ns !== nt)
            problems.push(`holds ${nt} documents, the source ${ns}`);
        const [is, it] = await Promise.all([(0,catalog/* indexSpecs */.zD)(source, c.name), (0,catalog/* indexSpecs */.zD)(target, c.name)]);
        problems.push(...indexProblems(is, it));
        let content;
        let sampled;
        let hash;
        // dbHash leaves out what it cannot hash (time-series collections): sample those.
        if (hashes && (hashes.source[c.name] || hashes.target[c.name])) {
            content = 'dbHash';
            const [hs, ht] = [hashes.source[c.name], hashes.target[c.name]];
            hash = ht;
            if (!hs || hs !== ht)
                problems.push('content hash (dbHash) differs');
        }
        else {
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
function indexProblems(source, target) {
    const t = new Map(target.map((x) => [x.name, (0,catalog/* canonical */.$N)(x)]));
    const s = new Map(source.map((x) => [x.name, (0,catalog/* canonical */.$N)(x)]));
    const problems = [];
    for (const [name, spec] of s) {
        if (!t.has(name))
            problems.push(`index ${name} missing in the target`);
        else if (t.get(name) !== spec)
            problems.push(`index ${name} differs`);
    }
    for (const name of t.keys())
        if (!s.has(name))
            problems.push(`index ${name} exists only in the target`);
    return problems;
}
/** Per-collection dbHash md5 of one database, or undefined where the server refuses dbHash. */
async function collectionHashes(db, collections) {
    if (!collections.length)
        return {};
    try {
        return (await db.command({ dbHash: 1, collections })).collections ?? {};
    }
    catch {
        return undefined;
    }
}
/** Per-collection md5 of both databases, or undefined where the server refuses dbHash. */
async function dbHashes(source, target, collections) {
    if (!collections.length)
        return { source: {}, target: {} };
    try {
        const [s, t] = await Promise.all([
            source.command({ dbHash: 1, collections }),
            target.command({ dbHash: 1, collections }),
        ]);
        return { source: s.collections ?? {}, target: t.collections ?? {} };
    }
    catch {
        // mongos, managed services and restricted roles have no dbHash: fall back to sampling.
        return undefined;
    }
}
/**
 * Compares up to `size` documents of the source (a $sample, or the first ones by _id where the
 * server has no $sample) with the target's documents of the same `_id`, as raw BSON bytes.
 */
async function sampleCompare(source, target, collection, size) {
    let docs;
    try {
        docs = (await source
            .collection(collection)
            .aggregate([{ $sample: { size } }], { raw: true })
            .toArray());
    }
    catch {
        docs = (await source
            .collection(collection)
            .find({}, { raw: true, sort: { _id: 1 }, limit: size })
            .toArray());
    }
    // $sample may return a document more than once (MongoDB's random cursor): compare each once.
    const seen = new Set();
    docs = docs.filter((b) => {
        const k = idKey(lib.BSON.deserialize(b, { promoteValues: false })._id);
        return !seen.has(k) && !!seen.add(k);
    });
    const ids = docs.map((b) => lib.BSON.deserialize(b, { promoteValues: false })._id);
    const found = new Map();
    for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const got = (await target
            .collection(collection)
            .find({ _id: { $in: chunk } }, { raw: true })
            .toArray());
        for (const b of got)
            found.set(idKey(lib.BSON.deserialize(b, { promoteValues: false })._id), b);
    }
    let differing = 0;
    docs.forEach((b, n) => {
        const t = found.get(idKey(ids[n]));
        if (!t || !t.equals(b))
            differing++;
    });
    return { compared: docs.length, differing };
}
/** A map key for an `_id` of any BSON type. */
function idKey(id) {
    return lib.BSON.EJSON.stringify({ id }, { relaxed: false });
}

;// CONCATENATED MODULE: ./src/mongo/copy-database.ts



/** Thrown when a finished copy does not verify: the source is kept, nothing is called done. */
class CopyVerificationError extends Error {
    result;
    constructor(result, problems) {
        super(`the copy of ${result.source} into ${result.target} does not verify: ${problems.slice(0, 5).join('; ')}` +
            (problems.length > 5 ? ` (+${problems.length - 5} more)` : '') +
            '. The source database is untouched; re-run to recopy the differing collections.');
        this.result = result;
        this.name = 'CopyVerificationError';
    }
}
/** Copies and verifies. Refuses a plan with conflicts unless it says to drop the target. */
async function copyDatabase(client, plan, o) {
    if (plan.conflicts.length && !plan.dropTarget)
        throw new Error(`refusing to copy into ${plan.target}: it holds data that does not match ${plan.source}`);
    const started = Date.now();
    const source = client.db(plan.source);
    const target = client.db(plan.target);
    const method = o.method === 'stream' || (o.method !== 'server' && !o.serverCanOut) ? 'stream' : 'server';
    if (plan.dropTarget) {
        o.logger.warn(`dropping database ${plan.target} (force): it held data that does not match ${plan.source}`);
        await target.dropDatabase();
    }
    const pending = plan.collections.filter((c) => c.state !== 'verified');
    const skipped = plan.collections.filter((c) => c.state === 'verified').map((c) => c.info.name);
    for (const c of pending.filter((x) => x.state === 'partial' || x.state === 'stale')) {
        o.logger.info(`${plan.target}.${c.info.name}: dropping ${c.state === 'partial' ? 'an incomplete copy' : "k2h's own outdated copy"} to copy it again`);
        await target.collection(c.info.name).drop();
    }
    if (!plan.dropTarget)
        for (const name of plan.staleExtra) {
            o.logger.info(`${plan.target}.${name}: dropping k2h's own earlier copy of a collection the source no longer has`);
            await target.collection(name).drop();
        }
    const label = `${plan.source} -> ${plan.target}`;
    const progress = new mongo_progress/* CopyProgress */.X(o.logger, label, plan.collections.length, o.progressEveryMs);
    for (const name of skipped)
        progress.collectionDone(name, 'verified copy already there, skipped');
    const copied = [];
    // Views last: they may read from collections copied in this run.
    const collections = pending.filter((c) => c.info.type !== 'view');
    const views = pending.filter((c) => c.info.type === 'view');
    await eachLimited(collections, o.concurrency ?? 4, async (c) => {
        copied.push(await copyCollection(source, target, c.info, {
            method,
            batchSize: o.batchSize ?? 1000,
            progress,
            warn: (m) => o.logger.warn(m),
        }));
    });
    for (const v of views)
        copied.push(await copyCollection(source, target, v.info, { method, batchSize: 1, progress }));
    const verdicts = await verifyCollections(source, target, plan.collections.map((c) => c.info), o.verify);
    const totals = progress.totals;
    const result = {
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
    if (problems.length)
        throw new CopyVerificationError(result, problems);
    o.logger.info(`${label}: verified ${verdicts.length} collection(s) (${verdicts.filter((v) => v.content === 'dbHash').length} by dbHash); ` +
        `copied ${totals.documents.toLocaleString('en-US')} documents, ${(0,mongo_progress.mb)(totals.bytes)} MB in ${(result.durationMs / 1000).toFixed(1)} s`);
    return result;
}
/** Runs fn over items, at most `limit` at a time; the first failure rejects after the others settle. */
async function eachLimited(items, limit, fn) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < items.length && failure === undefined) {
            const item = items[next++];
            try {
                await fn(item);
            }
            catch (err) {
                failure ??= err;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure !== undefined)
        throw failure;
}

// EXTERNAL MODULE: ./src/mongo/facts.ts
var mongo_facts = __webpack_require__(4795);
;// CONCATENATED MODULE: ./src/mongo/plan.ts
/**
 * Decides, by looking at both databases, what a copy still has to do: which collections are
 * missing, which are verified copies (skipped), which are partial copies (target documents all
 * equal to source documents: dropped and recopied) and which are conflicts (the target holds
 * something the source does not: never overwritten unless forced).
 */



/** Inspects both databases; reads only. */
async function planDatabaseCopy(client, from, to, o = {}) {
    const source = client.db(from);
    const target = client.db(to);
    const [sourceColls, targetColls] = await Promise.all([(0,catalog/* listCollections */.IM)(source), (0,catalog/* listCollections */.IM)(target)]);
    const targetByName = new Map(targetColls.map((c) => [c.name, c]));
    const existing = sourceColls.filter((c) => targetByName.has(c.name));
    const verdicts = new Map((await verifyCollections(source, target, existing, o.verify)).map((v) => [v.name, v]));
    const collections = [];
    for (const info of sourceColls) {
        const size = info.type === 'view' ? { documents: 0 } : await (0,catalog/* collectionSize */.O8)(source, info.name);
        const t = targetByName.get(info.name);
        if (!t) {
            collections.push({ info, state: 'missing', ...size });
            continue;
        }
        const v = verdicts.get(info.name);
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
    const untouched = (name) => !!own[name] && now[name] === own[name];
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
    if (dropTarget)
        for (const c of collections)
            if (c.state !== 'missing')
                c.state = 'missing';
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
async function partialOrConflict(source, target, info, t) {
    if (t.type !== info.type)
        return { state: 'conflict', reason: `is a ${t.type}, the source a ${info.type}` };
    if (info.type === 'view')
        return { state: 'conflict', reason: 'is a view with another definition' };
    if ((0,catalog/* canonicalOptions */.r9)(t.options) !== (0,catalog/* canonicalOptions */.r9)(info.options))
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
async function documentsNotInSource(source, target, collection) {
    let foreign = 0;
    let batch = [];
    const check = async () => {
        const ids = batch.map((b) => lib.BSON.deserialize(b, { promoteValues: false })._id);
        const found = new Map();
        const got = (await source
            .collection(collection)
            .find({ _id: { $in: ids } }, { raw: true })
            .toArray());
        for (const b of got)
            found.set(idKey(lib.BSON.deserialize(b, { promoteValues: false })._id), b);
        batch.forEach((b, n) => {
            if (!found.get(idKey(ids[n]))?.equals(b))
                foreign++;
        });
        batch = [];
    };
    const cursor = target.collection(collection).find({}, { raw: true, batchSize: 1000 });
    for await (const raw of cursor) {
        batch.push(raw);
        if (batch.length >= 1000)
            await check();
    }
    if (batch.length)
        await check();
    return foreign;
}
/**
 * The plan in words. `sizes: false` leaves out figures that move while the application still
 * writes (counts, sizes), for text that must stay the same between planning and running.
 */
function describeDatabasePlan(plan, o = {}) {
    const sizes = o.sizes ?? true;
    const lines = [];
    const arrow = `${plan.source} -> ${plan.target}`;
    if (!plan.sourceExists) {
        lines.push(plan.collections.length || plan.extra.length
            ? `database ${plan.source} does not exist; ${plan.target} is left as it is`
            : `database ${plan.source} does not exist: nothing to copy`);
        return lines;
    }
    if (plan.dropTarget)
        lines.push(`drop database ${plan.target} first (--force-db-overwrite): ${plan.conflicts.join('; ')}`);
    const pending = plan.collections.filter((c) => c.state !== 'verified');
    const verified = plan.collections.length - pending.length;
    if (!pending.length)
        lines.push(`database ${arrow}: verified copy already there, nothing to copy`);
    else {
        const figures = sizes
            ? ` (${plan.toCopy.documents.toLocaleString('en-US')} documents, ${(plan.toCopy.bytes / 1024 / 1024).toFixed(1)} MB)`
            : '';
        lines.push(`copy database ${arrow}: ${pending.length} of ${plan.collections.length} collection(s) with their indexes${figures}` +
            (verified ? `; ${verified} verified already` : ''));
        const partial = pending.filter((c) => c.state === 'partial').map((c) => c.info.name);
        if (partial.length)
            lines.push(`recopy incomplete collection(s) of ${plan.target}: ${partial.join(', ')}`);
        const stale = pending.filter((c) => c.state === 'stale').map((c) => c.info.name);
        if (stale.length)
            lines.push(`recopy collection(s) of ${plan.target} that k2h copied earlier and nobody changed since, whose source changed: ${stale.join(', ')}`);
        lines.push(`verify ${arrow}: counts, indexes and content hash per collection; ${plan.source} is kept`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/mongo/users.ts
/**
 * Database users: each one created (or its password updated) with exactly one role on its own
 * database, then proven by authenticating as it. A user that exists with other roles is a
 * conflict: somebody set it up deliberately, so it is never changed unless forced.
 */

/** Reads usersInfo and, for a user with the right roles, tries its password. */
async function planUser(conn, spec, force = false) {
    const info = await conn.client
        .db(spec.database)
        .command({ usersInfo: { user: spec.username, db: spec.database } });
    const user = (info.users ?? [])[0];
    const base = { username: spec.username, database: spec.database, role: spec.role };
    if (!user)
        return { ...base, state: 'missing', roles: [] };
    const roles = (user.roles ?? []).map((r) => `${r.role}@${r.db}`).sort();
    const wanted = `${spec.role}@${spec.database}`;
    if (roles.length !== 1 || roles[0] !== wanted)
        return { ...base, state: force ? 'roles' : 'conflict', roles };
    return { ...base, state: (await authenticates(conn, spec)) ? 'ok' : 'password', roles };
}
/** The plan in words for dry-run and approval. */
function describeUserPlan(p) {
    const who = `user ${p.username} (${p.role} on ${p.database})`;
    switch (p.state) {
        case 'missing':
            return `create ${who} with the password from its connection-string secret`;
        case 'ok':
            return `${who} exists and authenticates: nothing to do`;
        case 'password':
            return `update the password of ${who} to the one in its connection-string secret`;
        case 'roles':
            return `replace the roles of user ${p.username} (${p.roles.join(', ')}) with ${p.role} on ${p.database} (force)`;
        case 'conflict':
            return `user ${p.username} in ${p.database} has roles ${p.roles.join(', ') || '(none)'}, not just ${p.role} on ${p.database}`;
    }
}
/** Creates or updates the user as planned, then proves it. Returns what changed. */
async function ensureUser(conn, spec, plan) {
    const db = conn.client.db(spec.database);
    const roles = [{ role: spec.role, db: spec.database }];
    const changes = [];
    if (plan.state === 'conflict')
        throw new Error(describeUserPlan(plan));
    if (plan.state === 'missing') {
        try {
            await db.command({ createUser: spec.username, pwd: spec.password, roles });
            changes.push(`created user ${spec.username} with ${spec.role} on ${spec.database}`);
        }
        catch (err) {
            // 51003: created by an earlier attempt whose answer was lost; set it as wanted instead.
            if (!(err instanceof lib.MongoServerError && Number(err.code) === 51003))
                throw err;
            await db.command({ updateUser: spec.username, pwd: spec.password, roles });
            changes.push(`updated user ${spec.username} (it already existed)`);
        }
    }
    else if (plan.state === 'password' || plan.state === 'roles') {
        await db.command({ updateUser: spec.username, pwd: spec.password, roles });
        changes.push(plan.state === 'password'
            ? `updated the password of user ${spec.username}`
            : `set the roles of user ${spec.username} to ${spec.role} on ${spec.database}`);
    }
    if (!(await authenticates(conn, spec)))
        throw new Error(`user ${spec.username} does not authenticate against ${spec.database} after it was set up`);
    changes.push(`proved user ${spec.username}: authenticated against ${spec.database} and listed its collections`);
    return changes;
}
/**
 * Authenticates as the user on its own database and lists the database's collections (which
 * its role must allow). False on an authentication failure; other errors propagate.
 */
async function authenticates(conn, spec) {
    const client = conn.clientAs({ username: spec.username, password: spec.password, source: spec.database });
    try {
        await client.connect();
        await client
            .db(spec.database)
            .listCollections({}, { nameOnly: true, authorizedCollections: true })
            .toArray();
        return true;
    }
    catch (err) {
        if (err instanceof lib.MongoServerError && [18, 11, 13].includes(Number(err.code)))
            return false;
        throw err;
    }
    finally {
        await client.close().catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/phases/mongo-connection.ts + 1 modules
var mongo_connection = __webpack_require__(36411);
;// CONCATENATED MODULE: ./src/phases/downtime/mongo-prepare.ts
/**
 * The MongoDB part of the downtime stage (loaded when the downtime prepares it, so the phase
 * registry does not load the driver): the two analytics databases copied to the names the
 * Helm chart expects (with their indexes, verified), and each one's user created with the password
 * inside its migrated connection-string secret. Runs after the scale-down (nothing writes to the
 * databases then), concurrently with the PV rebinding. The old databases stay until clean-up.
 */








/**
 * The users to have: for each rename, the user named like the new database, with the password
 * inside the migrated connection-string secret in the target namespace (masked as read).
 */
async function userSpecs(d) {
    const { kube, profile, ctx } = d;
    const ns = d.record.targetNamespace;
    const key = profile.mongodb.connectionStringKey;
    const users = [];
    const problems = [];
    for (const r of profile.secrets.renames) {
        const secret = await kube.get('v1', 'Secret', r.to, ns);
        for (const v of Object.values(secret?.data ?? {}))
            ctx.logger.mask(Buffer.from(v, 'base64').toString('utf8'));
        const encoded = secret?.data?.[key];
        if (!encoded) {
            problems.push(`Secret ${ns}/${r.to} with key ${key} not found: run migrate-secrets first (it holds the password of MongoDB user ${r.toDatabase})`);
            continue;
        }
        const url = Buffer.from(encoded, 'base64').toString('utf8');
        const wrong = (0,connection_string/* checkServiceConnectionString */.f)(url, { user: r.toDatabase, database: r.toDatabase });
        const parts = (0,connection_string/* parseMongoUrl */.N)(url.trim()).parts;
        if (wrong.length || !parts) {
            problems.push(`Secret ${ns}/${r.to} key ${key}: the connection string ${wrong.join(', ') || 'does not parse'}`);
            continue;
        }
        ctx.logger.mask(parts.password);
        users.push({
            username: r.toDatabase,
            database: r.toDatabase,
            password: parts.password,
            role: profile.mongodb.userRole,
            secret: `${ns}/${r.to}`,
        });
    }
    return { users, problems };
}
/** A conflict as a ConfigurationError that says what to do. */
function conflictError(plan) {
    return new errors/* ConfigurationError */.j1(`database ${plan.target} already holds data that does not match ${plan.source}: ${plan.conflicts.join('; ')}. ` +
        `Nothing was changed. Look at ${plan.target}: if it is disposable (e.g. k2h's own copy from a run that was rolled back), ` +
        'set --force-db-overwrite to drop it and copy again; otherwise move that data away first.');
}
/** Puts a copy result into the record's mongo section (in memory; the engine's journal saves it). */
function remember(record, result) {
    const facts = (record.mongo ??= { databases: [], users: [] });
    facts.databases = [...facts.databases.filter((x) => x.source !== result.source), (0,mongo_facts/* copyFact */.S3)(result)];
}
/** Puts a proven user into the record (kept as it is when already there, unless `fresh`). */
function rememberUser(record, u, fresh = false) {
    const facts = (record.mongo ??= { databases: [], users: [] });
    const known = facts.users.some((x) => x.username === u.username && x.database === u.database);
    if (known && !fresh)
        return;
    facts.users = [
        ...facts.users.filter((x) => x.username !== u.username || x.database !== u.database),
        { username: u.username, database: u.database, role: u.role, provenAt: new Date().toISOString() },
    ];
}
/** The record's fact for a copy found verified without copying anything in this run. */
function verifiedAlready(p) {
    return {
        source: p.source,
        target: p.target,
        verified: true,
        verifiedAt: new Date().toISOString(),
        method: 'none',
        copied: [],
        skipped: p.collections.map((c) => c.info.name),
        documents: 0,
        bytes: 0,
        durationMs: 0,
        collections: p.verification,
    };
}
/** Prepares the part: reads MongoDB and the secrets, finds conflicts, builds the steps. Writes nothing. */
async function prepareMongo(d, shared) {
    const { ctx, record, profile } = d;
    const force = ctx.inputs['force-db-overwrite'] === true;
    const mongo = shared ?? (0,mongo_connection.mongoConnector)(ctx, d.kube, profile);
    const { users, problems } = await userSpecs(d);
    let dbPlans = [];
    let userPlans = [];
    try {
        await mongo.with(async (conn) => {
            dbPlans = await Promise.all(profile.secrets.renames.map((r) => planDatabaseCopy(conn.client, r.fromDatabase, r.toDatabase, {
                force,
                ownCopies: (0,mongo_facts/* recordedHashes */.PH)(record.mongo, r.fromDatabase, r.toDatabase),
            })));
            userPlans = await Promise.all(users.map((u) => planUser(conn, u, force)));
        });
    }
    catch (err) {
        problems.push(`MongoDB: ${ctx.logger.redact((0,errors/* errorMessage */.gJ)(err))}`);
        return { problems, plan: [], planKey: [], steps: [] };
    }
    for (const p of dbPlans)
        if (p.conflicts.length && !p.dropTarget)
            problems.push(conflictError(p).message);
    for (const u of userPlans)
        if (u.state === 'conflict')
            problems.push(`${describeUserPlan(u)}: fix the user by hand (db.updateUser) or set --force-db-overwrite`);
    const results = new Map();
    const copySteps = profile.secrets.renames.map((r) => {
        const id = `mongo/copy/${r.fromDatabase}`;
        const planNow = (conn) => planDatabaseCopy(conn.client, r.fromDatabase, r.toDatabase, {
            force,
            ownCopies: (0,mongo_facts/* recordedHashes */.PH)(record.mongo, r.fromDatabase, r.toDatabase),
        });
        return {
            id,
            title: `copy MongoDB database ${r.fromDatabase} -> ${r.toDatabase}`,
            // Decided from MongoDB as it is now (after the scale-down), by reads only.
            isDone: () => mongo.with(async (conn) => {
                const p = await planNow(conn);
                const done = !p.sourceExists || (!p.conflicts.length && p.collections.every((c) => c.state === 'verified'));
                // A copy finished by a run that died before its record was saved: record what is proven now.
                if (done && p.sourceExists && !(0,mongo_facts/* copyVerified */.kj)(record.mongo, r.fromDatabase))
                    remember(record, verifiedAlready(p));
                return done;
            }),
            describe: () => describeDatabasePlan(dbPlans.find((p) => p.source === r.fromDatabase)),
            apply: () => mongo.with(async (conn) => {
                const plan = await planNow(conn);
                if (plan.conflicts.length && !plan.dropTarget)
                    throw conflictError(plan);
                try {
                    const result = await copyDatabase(conn.client, plan, {
                        serverCanOut: conn.canOutToOtherDatabase,
                        logger: ctx.logger,
                    });
                    results.set(r.fromDatabase, result);
                    remember(record, result);
                    return [
                        ...(plan.dropTarget ? [`dropped database ${plan.target} (--force-db-overwrite)`] : []),
                        `copied ${result.copied.length} collection(s) of ${r.fromDatabase} into ${r.toDatabase} ` +
                            `(${result.documents.toLocaleString('en-US')} documents, ${(0,mongo_progress.mb)(result.bytes)} MB, ${result.method}); ` +
                            `${result.skipped.length} verified already`,
                        `verified ${result.collections.length} collection(s): counts, indexes, ${result.collections.some((c) => c.content === 'sample') ? 'sampled documents' : 'dbHash'}`,
                    ];
                }
                catch (err) {
                    if (err instanceof CopyVerificationError) {
                        results.set(r.fromDatabase, err.result);
                        remember(record, err.result);
                    }
                    throw err;
                }
            }),
        };
    });
    const userSteps = users.map((u) => {
        const planned = userPlans.find((p) => p.username === u.username);
        return {
            id: `mongo/user/${u.username}`,
            title: `MongoDB user ${u.username} (${u.role} on ${u.database}, password from Secret ${u.secret})`,
            isDone: () => mongo.with(async (conn) => {
                const ok = (await planUser(conn, u, force)).state === 'ok';
                if (ok)
                    rememberUser(record, u);
                return ok;
            }),
            describe: () => [describeUserPlan(planned)],
            apply: () => mongo.with(async (conn) => {
                const changes = await ensureUser(conn, u, await planUser(conn, u, force));
                rememberUser(record, u, true);
                return changes;
            }),
        };
    });
    return {
        problems,
        plan: [...dbPlans.flatMap((p) => describeDatabasePlan(p)), ...userPlans.map(describeUserPlan)],
        // What the approval covers: the same before, during and after the copy (no states, no figures).
        planKey: [
            ...profile.secrets.renames.map((r) => `copy MongoDB database ${r.fromDatabase} -> ${r.toDatabase} with its indexes, verify it, keep ${r.fromDatabase}`),
            ...(force
                ? ['--force-db-overwrite: a target database holding other data is dropped before the copy']
                : []),
            ...users.map((u) => `MongoDB user ${u.username}: ${u.role} on ${u.database}, password from Secret ${u.secret}`),
        ],
        steps: [...copySteps, ...userSteps],
        summary: () => dbPlans.map((p) => {
            const res = results.get(p.source);
            const fact = record.mongo?.databases.find((x) => x.source === p.source);
            if (!res && !fact)
                return `MongoDB ${p.source} -> ${p.target}: not copied in this run`;
            const f = res ? (0,mongo_facts/* copyFact */.S3)(res) : fact;
            return (`MongoDB ${f.source} -> ${f.target}: ${f.verified ? 'verified' : 'NOT verified'} ` +
                `(${f.collections.length} collection(s), ${f.documents.toLocaleString('en-US')} documents / ${(0,mongo_progress.mb)(f.bytes)} MB copied ` +
                `in ${(f.durationMs / 1000).toFixed(1)} s, ${f.method})`);
        }),
    };
}


/***/ })

};
