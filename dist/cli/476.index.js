export const id = 476;
export const ids = [476];
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

/***/ 14476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   summarizeDatabase: () => (/* binding */ summarizeDatabase)
/* harmony export */ });
/* harmony import */ var _catalog__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3599);

/** dbStats of one database (an absent database has zeros and `exists: false`). */
async function summarizeDatabase(client, name) {
    const { databases } = await client.db('admin').admin().listDatabases({ nameOnly: true });
    const exists = databases.some((d) => d.name === name);
    const s = exists ? await client.db(name).command({ dbStats: 1 }) : {};
    const n = (v) => (Number.isFinite(Number(v)) ? Number(v) : 0);
    const total = n(s.fsTotalSize);
    // Counted from the application's collections: dbStats counts system.views and its documents too.
    const colls = exists ? await (0,_catalog__WEBPACK_IMPORTED_MODULE_0__/* .listCollections */ .IM)(client.db(name)) : [];
    const plain = colls.filter((c) => c.type !== 'view');
    const counts = await Promise.all(plain.map((c) => client.db(name).collection(c.name).estimatedDocumentCount()));
    return {
        name,
        exists,
        collections: plain.length,
        views: colls.length - plain.length,
        documents: counts.reduce((a, b) => a + b, 0),
        dataBytes: n(s.dataSize),
        diskBytes: n(s.storageSize) + n(s.indexSize),
        freeBytes: total > 0 ? total - n(s.fsUsedSize) : undefined,
    };
}


/***/ })

};
