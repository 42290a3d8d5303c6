export const id = 229;
export const ids = [229];
export const modules = {

/***/ 80825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  We: () => (/* binding */ Kube)
});

// UNUSED EXPORTS: ClusterUnreachableError, FIELD_MANAGER, loadKubeConfig, plain

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 830 modules
var dist = __webpack_require__(48203);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/kube/errors.ts
var kube_errors = __webpack_require__(23646);
;// CONCATENATED MODULE: ./src/kube/retry.ts
/**
 * Retries with jittered exponential backoff ("full jitter"), the server's Retry-After honoured,
 * and a total deadline: a flaky API server costs seconds, never an endless loop.
 * Generic: the caller says which errors are worth another attempt.
 */
const DEFAULT_RETRY = {
    retries: 4,
    baseDelayMs: 200,
    maxDelayMs: 5_000,
    deadlineMs: 60_000,
};
/** The wait before attempt `attempt + 1`: full jitter under the doubled ceiling, or Retry-After. */
function backoffDelay(policy, attempt, random, retryAfterSeconds) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    const jittered = Math.round(random() * ceiling);
    // The server knows its load: never retry sooner than it asked.
    return retryAfterSeconds !== undefined ? Math.max(retryAfterSeconds * 1000, jittered) : jittered;
}
const defaultSleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason);
    const t = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    const onAbort = () => {
        clearTimeout(t);
        reject(signal.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
});
/**
 * Calls `fn(attempt)` until it succeeds, the error is not retryable, the attempts are used up or
 * the next wait would pass the deadline; then throws the last error.
 */
async function withRetry(policy, hooks, fn) {
    const now = hooks.now ?? Date.now;
    const sleep = hooks.sleep ?? defaultSleep;
    const random = hooks.random ?? Math.random;
    const started = now();
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (attempt > policy.retries || !hooks.retryable(err))
                throw err;
            const delay = backoffDelay(policy, attempt, random, hooks.retryAfterSeconds?.(err));
            if (now() + delay - started > policy.deadlineMs)
                throw err;
            hooks.onRetry?.(err, attempt, delay);
            await sleep(delay, hooks.signal);
        }
    }
}

;// CONCATENATED MODULE: ./src/kube/resources.ts
const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const r = (kind, name, namespaced) => ({
    name,
    kind,
    namespaced,
    singularName: kind.toLowerCase(),
    verbs: VERBS,
});
const BUILT_IN_RESOURCES = {
    v1: [
        r('Namespace', 'namespaces', false),
        r('Secret', 'secrets', true),
        r('ConfigMap', 'configmaps', true),
        r('PersistentVolume', 'persistentvolumes', false),
        r('PersistentVolumeClaim', 'persistentvolumeclaims', true),
        r('Pod', 'pods', true),
        r('Service', 'services', true),
        r('ServiceAccount', 'serviceaccounts', true),
    ],
    'apps/v1': [
        r('Deployment', 'deployments', true),
        r('StatefulSet', 'statefulsets', true),
        r('DaemonSet', 'daemonsets', true),
        r('ReplicaSet', 'replicasets', true),
    ],
    'batch/v1': [r('Job', 'jobs', true)],
    'storage.k8s.io/v1': [r('StorageClass', 'storageclasses', false)],
    'rbac.authorization.k8s.io/v1': [
        r('ClusterRole', 'clusterroles', false),
        r('ClusterRoleBinding', 'clusterrolebindings', false),
        r('Role', 'roles', true),
        r('RoleBinding', 'rolebindings', true),
    ],
    'networking.k8s.io/v1': [r('IngressClass', 'ingressclasses', false), r('Ingress', 'ingresses', true)],
    'coordination.k8s.io/v1': [r('Lease', 'leases', true)],
};

// EXTERNAL MODULE: ./src/kube/plain.ts
var plain = __webpack_require__(23885);
;// CONCATENATED MODULE: ./src/kube/client.ts
/**
 * Generic Kubernetes access on top of @kubernetes/client-node: kubeconfig loading (content, path,
 * $KUBECONFIG or in-cluster), context selection, reachability, and plain-JSON CRUD for any kind.
 * Knows nothing of Cognigy or the phases.
 */









const PATCH_CONTENT_TYPE = {
    merge: dist.PatchStrategy.MergePatch,
    strategic: dist.PatchStrategy.StrategicMergePatch,
    apply: dist.PatchStrategy.ServerSideApply,
};
/** Field manager k2h writes as, visible in managedFields. */
const FIELD_MANAGER = 'k2h';
/** Loads a kubeconfig the way the user pointed at it; every mistake becomes a ConfigurationError. */
function loadKubeConfig(target) {
    const env = target.env ?? process.env;
    const kc = new dist.KubeConfig();
    const given = target.kubeconfig?.trim();
    // Where the kubeconfig came from, for messages a person can act on (never its content).
    let where = 'the --kubeconfig content';
    try {
        if (given) {
            if (/^\s*(apiVersion|kind|clusters|contexts|users|current-context)\s*:/m.test(given) ||
                given.startsWith('{')) {
                kc.loadFromString(given);
            }
            else if ((0,external_node_fs_.existsSync)(given)) {
                where = `the kubeconfig file ${given}`;
                kc.loadFromString((0,external_node_fs_.readFileSync)(given, 'utf8'));
            }
            else if (/^[A-Za-z0-9+/=\s]{40,}$/.test(given)) {
                // Never echo it: base64 kubeconfig content carries credentials.
                throw new errors/* ConfigurationError */.j1('the kubeconfig input looks base64-encoded: decode it first (e.g. `base64 -d`) and pass the YAML content or a file path.');
            }
            else if (given.includes('\n') || given.length > 256) {
                throw new errors/* ConfigurationError */.j1('the kubeconfig input is neither kubeconfig YAML nor an existing file path; pass the content of a kubeconfig or its path.');
            }
            else {
                throw new errors/* ConfigurationError */.j1(`kubeconfig file '${given}' does not exist; pass an existing file path or the kubeconfig content.`);
            }
        }
        else if (env.KUBECONFIG) {
            // As kubectl does: every listed file, merged, the first one's current context wins.
            const files = env.KUBECONFIG.split(':').filter((f) => f && (0,external_node_fs_.existsSync)(f));
            if (!files.length)
                throw new errors/* ConfigurationError */.j1(`KUBECONFIG names no existing file (${env.KUBECONFIG}).`);
            where = `the kubeconfig file${files.length > 1 ? 's' : ''} ${files.join(', ')} (from $KUBECONFIG)`;
            kc.loadFromFile(files[0]);
            for (const f of files.slice(1)) {
                const more = new dist.KubeConfig();
                more.loadFromFile(f);
                // First definition of a name wins, as in kubectl.
                for (const c of more.clusters)
                    if (!kc.getCluster(c.name))
                        kc.addCluster(c);
                for (const u of more.users)
                    if (!kc.getUser(u.name))
                        kc.addUser(u);
                for (const c of more.contexts)
                    if (!kc.getContextObject(c.name))
                        kc.addContext(c);
            }
        }
        else if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.kube', 'config'))) {
            where = `the kubeconfig file ${(0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.kube', 'config')}`;
            kc.loadFromFile((0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.kube', 'config'));
        }
        else if (env.KUBERNETES_SERVICE_HOST) {
            where = 'the in-cluster service account';
            kc.loadFromCluster();
        }
        else {
            throw new errors/* ConfigurationError */.j1('no kubeconfig: pass --kubeconfig, set $KUBECONFIG or ~/.kube/config, or run inside a cluster.');
        }
    }
    catch (err) {
        if (err instanceof errors/* ConfigurationError */.j1)
            throw err;
        throw new errors/* ConfigurationError */.j1(`${where} is not a valid kubeconfig: ${describeParseError(err)}`);
    }
    // YAML that parses but is no kubeconfig (a stray file, `hello`): say that, not "no cluster".
    if (!kc.clusters.length && !kc.contexts.length)
        throw new errors/* ConfigurationError */.j1(`${where} is not a valid kubeconfig: it defines no clusters and no contexts; point --kubeconfig at the file kubectl uses (kubectl config view --raw).`);
    if (target.context) {
        if (!kc.getContextObject(target.context))
            throw new errors/* ConfigurationError */.j1(`context '${target.context}' is not in ${where}; it has: ${kc.contexts.map((c) => c.name).join(', ') || 'none'}.`);
        kc.setCurrentContext(target.context);
    }
    if (!kc.getCurrentCluster())
        throw new errors/* ConfigurationError */.j1(`${where} has no current context with a cluster; pass --context (it has: ${kc.contexts.map((c) => c.name).join(', ') || 'no contexts'}).`);
    return kc;
}
/**
 * A kubeconfig error without its content: YAML parsers quote the lines around the error, and
 * those lines may hold a token or a client key.
 */
function describeParseError(err) {
    const mark = err.mark;
    if (mark && typeof mark.line === 'number')
        return `YAML syntax error at line ${mark.line + 1}, column ${(mark.column ?? 0) + 1}`;
    const msg = err.message ?? String(err);
    // client-node's own structural errors ("clusters[0].name is missing") carry no content.
    return msg.split('\n')[0].slice(0, 200);
}
/** Plain-JSON client for any kind. Reads return `undefined` for NotFound. */
class Kube {
    config;
    logger;
    objects;
    policy;
    server;
    constructor(config, logger, opts = {}) {
        this.config = config;
        this.logger = logger;
        this.objects = dist.KubernetesObjectApi.makeApiClient(config);
        this.server = config.getCurrentCluster()?.server ?? '(unknown server)';
        this.policy = {
            retries: opts.retries ?? DEFAULT_RETRY.retries,
            baseDelayMs: opts.retryDelayMs ?? DEFAULT_RETRY.baseDelayMs,
            maxDelayMs: opts.maxRetryDelayMs ?? DEFAULT_RETRY.maxDelayMs,
            deadlineMs: opts.retryDeadlineMs ?? DEFAULT_RETRY.deadlineMs,
        };
        // Built-in kinds need no discovery round trip before their first request (kubectl keeps a
        // discovery cache on disk for the same reason); other kinds are discovered as before.
        const cache = this.objects
            .apiVersionResourceCache;
        for (const [groupVersion, resources] of Object.entries(BUILT_IN_RESOURCES))
            cache[groupVersion] = { groupVersion, resources };
    }
    /** Loads the kubeconfig and proves the API server answers. */
    static async connect(target, logger, opts) {
        const kc = loadKubeConfig(target);
        const kube = new Kube(kc, logger, opts);
        try {
            await kube.serverVersion();
        }
        catch (err) {
            const where = `${kube.server} (context ${kc.getCurrentContext()})`;
            if (err instanceof kube_errors/* KubeApiError */.W3 && err.code === 401)
                throw new errors/* ConfigurationError */.j1(`the API server ${where} rejected the credentials (401 Unauthorized): the token or certificate is invalid or expired; refresh the kubeconfig.`);
            if (err instanceof kube_errors/* KubeApiError */.W3 && err.code === 403)
                throw new errors/* ConfigurationError */.j1(`the API server ${where} answered 403 Forbidden to /version: this identity may not even read the server version; check its RBAC.`);
            throw err;
        }
        return kube;
    }
    call(what, fn, onRetriedConflict) {
        return withRetry(this.policy, {
            retryable: kube_errors/* isRetryable */.r3,
            retryAfterSeconds: (err) => (err instanceof kube_errors/* KubeApiError */.W3 ? err.retryAfterSeconds : undefined),
            onRetry: (err, attempt, delay) => this.logger.debug(`${what}: ${err.message}; retry ${attempt}/${this.policy.retries} in ${delay}ms`),
        }, async (attempt) => {
            try {
                return await fn();
            }
            catch (raw) {
                const err = (0,kube_errors/* toKubeError */.N0)(raw, what, this.server);
                // A create retried after a lost answer may find its own first attempt: that is success.
                if (attempt > 1 && onRetriedConflict && err instanceof kube_errors/* KubeApiError */.W3 && err.code === 409)
                    return onRetriedConflict();
                throw err;
            }
        });
    }
    /** GET /version. Throws ClusterUnreachableError when nothing answers. */
    async serverVersion() {
        const api = this.config.makeApiClient(dist.VersionApi);
        const v = await this.call('get /version', () => api.getCode());
        return { major: v.major, minor: v.minor, gitVersion: v.gitVersion };
    }
    async get(apiVersion, kind, name, namespace) {
        try {
            const obj = await this.call(`get ${kind} ${ref(name, namespace)}`, () => this.objects.read({ apiVersion, kind, metadata: { name, namespace } }));
            return (0,plain/* plain */.p)(obj, apiVersion, kind);
        }
        catch (err) {
            if (err instanceof kube_errors/* KubeApiError */.W3 && err.code === 404)
                return undefined;
            throw err;
        }
    }
    async list(apiVersion, kind, namespace, labelSelector) {
        const res = await this.call(`list ${kind}${namespace ? ` in ${namespace}` : ''}`, () => this.objects.list(apiVersion, kind, namespace, undefined, undefined, undefined, undefined, labelSelector));
        return (res.items ?? []).map((o) => (0,plain/* plain */.p)(o, apiVersion, kind));
    }
    /** LIST with selectors; keeps the collection's resourceVersion for a watch to continue from. */
    async listWithVersion(apiVersion, kind, namespace, o = {}) {
        const res = await this.call(`list ${kind}${namespace ? ` in ${namespace}` : ''}`, () => this.objects.list(apiVersion, kind, namespace, undefined, undefined, undefined, o.fieldSelector, o.labelSelector));
        return {
            items: (res.items ?? []).map((x) => (0,plain/* plain */.p)(x, apiVersion, kind)),
            resourceVersion: String(res.metadata?.resourceVersion ?? ''),
        };
    }
    /** The URL path of a kind's collection (for watches), e.g. `/api/v1/namespaces/x/pods`. */
    async collectionPath(apiVersion, kind, namespace) {
        const api = this.objects;
        return this.call(`discover ${apiVersion} ${kind}`, () => api.specUriPath({ apiVersion, kind, metadata: { namespace } }, 'list'));
    }
    async create(obj, dryRun = false) {
        const res = await this.call(`create ${obj.kind} ${ref(obj.metadata.name, obj.metadata.namespace)}`, () => this.objects.create(obj, undefined, dryRun ? 'All' : undefined, FIELD_MANAGER), async () => (await this.get(obj.apiVersion, obj.kind, obj.metadata.name, obj.metadata.namespace)));
        return (0,plain/* plain */.p)(res, obj.apiVersion, obj.kind);
    }
    /**
     * Patches an object. `body` is the patch document (merge/strategic) or the applied
     * configuration (server-side apply).
     */
    async patch(apiVersion, kind, name, namespace, body, type = 'merge', dryRun = false) {
        const spec = {
            ...body,
            apiVersion,
            kind,
            metadata: { ...(body.metadata ?? {}), name, namespace },
        };
        const res = await this.call(`patch ${kind} ${ref(name, namespace)}`, () => this.objects.patch(spec, undefined, dryRun ? 'All' : undefined, FIELD_MANAGER, type === 'apply' ? false : undefined, PATCH_CONTENT_TYPE[type]));
        return (0,plain/* plain */.p)(res, apiVersion, kind);
    }
    /** Deletes an object; false when it was already gone. */
    async delete(apiVersion, kind, name, namespace, dryRun = false, 
    /** Delete only the object with this uid (a newer one of the same name is left alone: 409). */
    uid) {
        try {
            await this.call(`delete ${kind} ${ref(name, namespace)}`, () => this.objects.delete({ apiVersion, kind, metadata: { name, namespace } }, undefined, dryRun ? 'All' : undefined, undefined, undefined, 'Background', uid ? { preconditions: { uid } } : undefined));
            return true;
        }
        catch (err) {
            if (err instanceof kube_errors/* KubeApiError */.W3 && err.code === 404)
                return false;
            throw err;
        }
    }
    /** True when the API server serves the group/version (e.g. `snapshot.storage.k8s.io/v1`). */
    async hasApi(groupVersion) {
        const api = this.config.makeApiClient(dist.ApisApi);
        const groups = await this.call('get /apis', () => api.getAPIVersions());
        return groups.groups.some((g) => g.versions.some((v) => v.groupVersion === groupVersion));
    }
    /** SelfSubjectAccessReview for each check; the answers in the same order. */
    async canI(checks) {
        const api = this.config.makeApiClient(dist.AuthorizationV1Api);
        return Promise.all(checks.map(async (c) => {
            const res = await this.call(`create selfsubjectaccessreview ${c.verb} ${c.resource}`, () => api.createSelfSubjectAccessReview({
                body: {
                    apiVersion: 'authorization.k8s.io/v1',
                    kind: 'SelfSubjectAccessReview',
                    spec: {
                        resourceAttributes: {
                            verb: c.verb,
                            resource: c.resource,
                            group: c.group ?? '',
                            namespace: c.namespace,
                            subresource: c.subresource,
                            name: c.name,
                        },
                    },
                },
            }));
            return res.status?.allowed === true;
        }));
    }
}
function ref(name, namespace) {
    return namespace ? `${namespace}/${name}` : name;
}




/***/ }),

/***/ 96207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ clearLease),
/* harmony export */   _i: () => (/* binding */ LeaseHeldError),
/* harmony export */   i7: () => (/* binding */ isHeld),
/* harmony export */   ip: () => (/* binding */ LeaseLock),
/* harmony export */   zR: () => (/* binding */ readLease)
/* harmony export */ });
/* unused harmony export microTime */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23646);
/**
 * A lock on a coordination.k8s.io/v1 Lease, the way Kubernetes' own leader election uses one:
 * the holder writes its identity and renews `renewTime` while it works; a lease whose
 * `renewTime + leaseDurationSeconds` lies in the past has expired and may be taken over; a
 * release clears the holder. Every write carries the resourceVersion last read, so of two
 * candidates exactly one wins and the other learns who did.
 *
 * Expiry compares the holder's renewTime with this machine's clock, as client-go's record-based
 * check does: clocks must agree to within the lease duration (NTP does far better).
 */


const API = 'coordination.k8s.io/v1';
/** metav1.MicroTime: RFC 3339 with six fractional digits (the apiserver refuses other forms). */
function microTime(ms) {
    return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
/** Reads a Lease; undefined when there is none. */
async function readLease(kube, namespace, name) {
    const obj = await kube.get(API, 'Lease', name, namespace);
    return obj ? leaseState(obj) : undefined;
}
function leaseState(obj) {
    const spec = obj.spec ?? {};
    const renew = spec.renewTime ?? spec.acquireTime;
    const durationSeconds = Number(spec.leaseDurationSeconds ?? 0);
    const renewMs = renew ? Date.parse(String(renew)) : NaN;
    return {
        name: obj.metadata.name,
        namespace: String(obj.metadata.namespace),
        holder: String(spec.holderIdentity ?? ''),
        durationSeconds,
        acquireTime: spec.acquireTime ? String(spec.acquireTime) : undefined,
        renewTime: spec.renewTime ? String(spec.renewTime) : undefined,
        transitions: Number(spec.leaseTransitions ?? 0),
        resourceVersion: String(obj.metadata.resourceVersion),
        expiresAt: Number.isFinite(renewMs) ? new Date(renewMs + durationSeconds * 1000) : undefined,
    };
}
/** True when someone holds the lease and it has not expired at `now`. */
function isHeld(state, now) {
    return !!state?.holder && (!state.expiresAt || state.expiresAt.getTime() > now);
}
/** A lease held by someone else. */
class LeaseHeldError extends _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    lease;
    constructor(lease, hint) {
        super(`Lease ${lease.namespace}/${lease.name} is held by ${lease.holder} until ${lease.expiresAt?.toISOString() ?? '(no expiry)'}` +
            ` (renewed ${lease.renewTime ?? 'never'}). ${hint}`);
        this.lease = lease;
        this.name = 'LeaseHeldError';
    }
}
/**
 * One holder's lock on one Lease. observe() reads it (and is all a dry-run does); acquire()
 * takes it with the resourceVersion observe() saw, so a lease that changed in between (another
 * run came and went) is never taken over blindly; release() clears the holder.
 */
class LeaseLock {
    kube;
    namespace;
    name;
    holder;
    o;
    base;
    current;
    timer;
    renewing;
    /** Set when the lease was lost (renewal refused, or not renewed before it expired). */
    lost;
    durationSeconds;
    now;
    constructor(kube, namespace, name, holder, o = {}) {
        this.kube = kube;
        this.namespace = namespace;
        this.name = name;
        this.holder = holder;
        this.o = o;
        this.durationSeconds = o.durationSeconds ?? 60;
        this.now = o.now ?? Date.now;
    }
    get hint() {
        return this.o.hint ?? 'Wait for that run to finish, or until the lease expires.';
    }
    /** True while this lock holds the lease. */
    get held() {
        return !!this.current && !this.lost;
    }
    /** Reads the lease and remembers it as the base of acquire(); throws when another holds it. */
    async observe() {
        const state = await readLease(this.kube, this.namespace, this.name);
        this.base = state ?? null;
        if (state && isHeld(state, this.now()) && state.holder !== this.holder)
            throw new LeaseHeldError(state, this.hint);
        return state;
    }
    /** Takes the lease (create, or take over a free or expired one) and starts renewing it. */
    async acquire() {
        if (this.held)
            return;
        if (this.lost)
            throw this.lost;
        if (this.base === undefined)
            await this.observe();
        const base = this.base;
        if (isHeld(base ?? undefined, this.now()) && base.holder !== this.holder)
            throw new LeaseHeldError(base, this.hint);
        const t = microTime(this.now());
        const spec = {
            holderIdentity: this.holder,
            leaseDurationSeconds: this.durationSeconds,
            acquireTime: t,
            renewTime: t,
            leaseTransitions: base ? base.transitions + (base.holder && base.holder !== this.holder ? 1 : 0) : 0,
        };
        try {
            const obj = base
                ? await this.kube.patch(API, 'Lease', this.name, this.namespace, {
                    metadata: { resourceVersion: base.resourceVersion },
                    spec,
                })
                : await this.kube.create({
                    apiVersion: API,
                    kind: 'Lease',
                    metadata: { name: this.name, namespace: this.namespace },
                    spec,
                });
            const state = leaseState(obj);
            // A create retried after a lost answer returns what is there: it must name us.
            if (state.holder !== this.holder)
                throw new LeaseHeldError(state, this.hint);
            this.current = state;
        }
        catch (err) {
            if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W3 && (err.code === 409 || err.code === 404))
                throw await this.takenMeanwhile();
            throw err;
        }
        this.startRenewing();
    }
    /** The error when the lease changed between observe() and acquire(). */
    async takenMeanwhile() {
        const now = await readLease(this.kube, this.namespace, this.name).catch(() => undefined);
        if (now && isHeld(now, this.now()))
            return new LeaseHeldError(now, `It was taken after this run started. ${this.hint}`);
        return new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Lease ${this.namespace}/${this.name} changed after this run started (another run ${now?.holder ? `(${now.holder}) ` : ''}` +
            'held it meanwhile and may have changed what this run planned on). Nothing was changed; run again.');
    }
    startRenewing() {
        const every = this.o.renewEveryMs ?? (this.durationSeconds * 1000) / 3;
        this.timer = setInterval(() => {
            this.renewing ??= this.renew().finally(() => (this.renewing = undefined));
        }, every);
        this.timer.unref();
    }
    /** Renews the lease once; on refusal or expiry the lock is marked lost. */
    async renew() {
        const cur = this.current;
        if (!cur || this.lost)
            return;
        try {
            const obj = await this.kube.patch(API, 'Lease', this.name, this.namespace, {
                metadata: { resourceVersion: cur.resourceVersion },
                spec: { renewTime: microTime(this.now()) },
            });
            this.current = leaseState(obj);
        }
        catch (err) {
            if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W3 && (err.code === 409 || err.code === 404)) {
                const now = await readLease(this.kube, this.namespace, this.name).catch(() => undefined);
                this.lost = new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`this run lost Lease ${this.namespace}/${this.name}${now?.holder ? ` to ${now.holder}` : ''}; it stops before its next change.`);
            }
            else if (cur.expiresAt && cur.expiresAt.getTime() <= this.now()) {
                this.lost = new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`this run could not renew Lease ${this.namespace}/${this.name} before it expired (${err.message}); it stops before its next change.`);
            }
            else
                this.o.logger?.debug(`lease renewal failed, retrying: ${err.message}`);
            if (this.lost)
                this.o.logger?.error(this.lost.message);
        }
    }
    /** Stops renewing and clears the holder (when still ours), so the next run need not wait. */
    async release() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        await this.renewing;
        const cur = this.current;
        this.current = undefined;
        if (!cur || this.lost)
            return;
        await this.kube.patch(API, 'Lease', this.name, this.namespace, {
            metadata: { resourceVersion: cur.resourceVersion },
            spec: { holderIdentity: null, leaseDurationSeconds: 1, renewTime: microTime(this.now()) },
        });
    }
}
/**
 * Clears the holder of a lease on purpose (`k2h unlock`), guarded by the resourceVersion read:
 * a lease renewed in between is left alone.
 */
async function clearLease(kube, state, now = Date.now()) {
    try {
        await kube.patch(API, 'Lease', state.name, state.namespace, {
            metadata: { resourceVersion: state.resourceVersion },
            spec: { holderIdentity: null, leaseDurationSeconds: 1, renewTime: microTime(now) },
        });
    }
    catch (err) {
        if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W3 && (err.code === 409 || err.code === 404))
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Lease ${state.namespace}/${state.name} changed while unlocking (its holder is alive and renewed it?); nothing was changed. Look again.`);
        throw err;
    }
}


/***/ }),

/***/ 8725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ LOCK_NAME),
/* harmony export */   jj: () => (/* binding */ RunLock)
/* harmony export */ });
/* unused harmony export runId */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kube_lease__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96207);
/**
 * One run at a time: every phase gets its Kube and Helm through this lock, so no phase (built
 * or to come) can change the cluster without holding Lease `k2h-migration-lock` in the source
 * namespace.
 *
 * - At first contact with the cluster the lease is read: a lease another run holds ends this
 *   run at once, naming the holder and the expiry (dry-run only reports it).
 * - Before the first change made through kube() (create/patch/delete) or helm() (anything but
 *   its read-only commands) the lease is taken, with the resourceVersion read at first contact:
 *   if another run took it in between, this one stops before changing anything. A phase that
 *   changes the cluster by other means calls `ctx.lock()` first.
 * - It is renewed while the phase runs and released when it ends (executePhase does both).
 * - Refusals before the first change therefore make zero mutating requests, and a re-run of a
 *   finished phase takes no lock at all.
 */



/** Name of the Lease in the source namespace. */
const LOCK_NAME = 'k2h-migration-lock';
/** Kube methods that change the cluster; their last argument `dryRun` = true passes unlocked. */
const KUBE_WRITES = new Set(['create', 'patch', 'delete']);
/** Helm methods that change nothing: every other one takes the lock first. */
const HELM_READS = new Set([
    'version',
    'template',
    'templateArgs',
    'upgradeInstallArgs',
    'registryLogin',
    'withEnv',
]);
/** A run id naming the phase, the machine and the process, unique per run. */
function runId(phase, env = process.env) {
    // On GitHub the run id says which workflow run to look at; in Tekton the host is the pod.
    const ci = env.GITHUB_RUN_ID ? `:gh-run-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : '';
    return `${phase}@${(0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)()}:${process.pid}${ci}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}`;
}
/** The run's lock; see the file comment. */
class RunLock {
    phase;
    logger;
    opts;
    holder;
    lease;
    taking;
    dryRun = false;
    constructor(phase, logger, opts = {}) {
        this.phase = phase;
        this.logger = logger;
        this.opts = opts;
        this.holder = opts.holder ?? runId(phase);
    }
    /**
     * First contact: reads the lease of `namespace` and hands back `kube` guarded. In dry-run a
     * held lease is reported, and any real write through the guarded client is refused.
     */
    async attach(kube, namespace, dryRun) {
        this.dryRun = dryRun;
        this.lease = new _kube_lease__WEBPACK_IMPORTED_MODULE_2__/* .LeaseLock */ .ip(kube, namespace, LOCK_NAME, this.holder, {
            durationSeconds: this.opts.durationSeconds,
            logger: this.logger,
            hint: 'Another k2h run is working on this migration: wait for it to finish. If that run is dead, wait until the lease expires, ' +
                `or remove it on purpose with: k2h unlock --source-namespace ${namespace}`,
        });
        try {
            await this.lease.observe();
        }
        catch (err) {
            if (!(dryRun && err instanceof _kube_lease__WEBPACK_IMPORTED_MODULE_2__/* .LeaseHeldError */ ._i))
                throw err;
            this.logger.warn(`dry-run: ${err.message} A real run would stop here.`);
        }
        return guardKube(kube, async (what) => {
            if (dryRun)
                throw new Error(`dry-run must not change the cluster, but ${this.phase} tried to ${what}`);
            await this.take();
        });
    }
    /** Takes the lease now (once); refused when another run holds or took it. */
    take() {
        // Dry-run takes no lock (zero mutating requests); attach() reported a held one.
        if (this.dryRun)
            return Promise.resolve();
        const lease = this.lease;
        if (!lease)
            return Promise.reject(new Error('the run lock is taken after the first contact with the cluster'));
        if (lease.lost)
            return Promise.reject(lease.lost);
        return (this.taking ??= lease
            .acquire()
            .then(() => this.logger.debug(`holding Lease ${lease.namespace}/${lease.name} as ${this.holder}`)));
    }
    /** The Helm with every non-read-only command behind the lock (no lock in dry-run). */
    guardHelm(helm, ensureKube, dryRun) {
        return new Proxy(helm, {
            get: (target, prop, receiver) => {
                const value = Reflect.get(target, prop, receiver);
                if (typeof value !== 'function')
                    return value;
                const name = String(prop);
                if (name === 'withEnv')
                    return (...args) => this.guardHelm(value.apply(target, args), ensureKube, dryRun);
                if (HELM_READS.has(name) || dryRun)
                    return value.bind(target);
                return async (...args) => {
                    await ensureKube();
                    await this.take();
                    return value.apply(target, args);
                };
            },
        });
    }
    /** Ends the run: stops renewing and clears the holder when the lease is ours. */
    async release() {
        if (!this.taking)
            return;
        try {
            await this.taking;
        }
        catch {
            return;
        }
        try {
            await this.lease?.release();
        }
        catch (err) {
            this.logger.warn(`could not release Lease ${this.lease?.namespace}/${LOCK_NAME} (${err.message}); it expires by itself, or run k2h unlock`);
        }
    }
}
/** `kube` whose writes wait for `beforeWrite` (dry-run writes, `dryRun` = true, pass). */
function guardKube(kube, beforeWrite) {
    return new Proxy(kube, {
        get(target, prop, receiver) {
            const value = Reflect.get(target, prop, receiver);
            if (typeof value !== 'function')
                return value;
            if (!KUBE_WRITES.has(String(prop)))
                return value.bind(target);
            return async (...args) => {
                // create(obj, dryRun), patch(..., type, dryRun), delete(..., dryRun): dryRun comes last.
                const dryRun = prop === 'create' ? args[1] === true : prop === 'patch' ? args[6] === true : args[4] === true;
                if (!dryRun)
                    await beforeWrite(`${String(prop)} ${describe(prop, args)}`);
                return value.apply(target, args);
            };
        },
    });
}
function describe(prop, args) {
    if (prop === 'create') {
        const o = args[0];
        return `${o?.kind} ${o?.metadata?.name}`;
    }
    return `${String(args[1])} ${String(args[2])}`;
}


/***/ })

};
