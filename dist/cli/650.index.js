export const id = 650;
export const ids = [650];
export const modules = {

/***/ 6650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   APPROVE_HELP: () => (/* binding */ APPROVE_HELP),
/* harmony export */   runApprove: () => (/* binding */ runApprove)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11227);
/* harmony import */ var _kube_client__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80825);
/* harmony import */ var _kube_identity__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84515);
/* harmony import */ var _phases_gate_requests__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66080);
/**
 * `k2h approve [REQUEST] [--reason ...]` and `k2h reject REQUEST --reason ...`: run by an approver
 * with their own kubeconfig. The decision goes into the request's status under the identity the
 * API server reports (SelfSubjectReview); the pipeline's own account is refused.
 */






const APPROVE_HELP = `k2h approve: approve a pending k2h approval request (the plan of downtime, rollback or clean-up).
k2h reject: reject one.

Usage: k2h approve [REQUEST] [--reason TEXT] [--namespace NS] [--kubeconfig FILE] [--context NAME]
       k2h reject REQUEST --reason TEXT [--namespace NS] [--kubeconfig FILE] [--context NAME]

  REQUEST            name of the ApprovalRequest; without it, approve the one pending request
                     (several pending: they are listed)
  --reason TEXT      why (required to reject); recorded in the request
  --namespace NS     namespace of the requests: the source namespace (default: default)
  --kubeconfig FILE  the approver's kubeconfig (default: $KUBECONFIG, ~/.kube/config)
  --context NAME     kubeconfig context

Your identity is what the API server reports (SelfSubjectReview), not a name you type; the
pipeline's own service account cannot approve its own request.`;
function line(req) {
    return `  ${req.metadata.name}  for ${req.spec.for}  ${(0,_phases_gate_requests__WEBPACK_IMPORTED_MODULE_5__/* .decisionOf */ .uv)(req)}  requested by ${req.spec.requestedBy?.username ?? '?'} at ${req.spec.requestedAt ?? '?'}`;
}
/** Runs `k2h approve` (decision Approved) or `k2h reject` (Rejected). */
async function runApprove(argv, io, decision) {
    const verb = decision === 'Approved' ? 'approve' : 'reject';
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: {
                reason: { type: 'string' },
                namespace: { type: 'string', short: 'n' },
                'source-namespace': { type: 'string' },
                kubeconfig: { type: 'string' },
                context: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
            allowPositionals: true,
            strict: true,
        }));
    }
    catch (err) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${(0,_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}\n${APPROVE_HELP}`);
    }
    const out = (s) => io.stdout.write(s + '\n');
    if (values.help) {
        out(APPROVE_HELP);
        return _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
    }
    if (positionals.length > 1)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`k2h ${verb} takes one REQUEST, got ${positionals.length}`);
    const reason = typeof values.reason === 'string' ? values.reason.trim() : undefined;
    if (decision === 'Rejected' && !positionals[0])
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('k2h reject needs the REQUEST to reject');
    if (decision === 'Rejected' && !reason)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('k2h reject needs --reason: say why, it is recorded');
    const namespace = String(values.namespace ?? values['source-namespace'] ?? 'default');
    const logger = new _core_logger__WEBPACK_IMPORTED_MODULE_2__/* .ConsoleLogger */ .Cr(io.stdout, io.stderr, undefined, io.env.K2H_DEBUG === '1', io.env);
    const kube = await _kube_client__WEBPACK_IMPORTED_MODULE_3__/* .Kube */ .We.connect({
        kubeconfig: values.kubeconfig,
        context: values.context,
        env: io.env,
    }, logger);
    const me = await (0,_kube_identity__WEBPACK_IMPORTED_MODULE_4__/* .whoAmI */ .W)(kube);
    let req;
    if (positionals[0]) {
        req = await (0,_phases_gate_requests__WEBPACK_IMPORTED_MODULE_5__/* .getRequest */ .iq)(kube, namespace, positionals[0]);
        if (!req)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`no approval request ${positionals[0]} in namespace ${namespace}; list them with: kubectl get approvalrequests.k2h.cognigy.ai -n ${namespace}`);
    }
    else {
        const all = await (0,_phases_gate_requests__WEBPACK_IMPORTED_MODULE_5__/* .listRequests */ .j_)(kube, namespace);
        const pending = all.filter((r) => (0,_phases_gate_requests__WEBPACK_IMPORTED_MODULE_5__/* .decisionOf */ .uv)(r) === 'Pending');
        if (pending.length !== 1) {
            out(pending.length
                ? `${pending.length} pending approval requests in ${namespace}; name the one to ${verb}:`
                : `no pending approval request in ${namespace}${all.length ? '; the requests there:' : '.'}`);
            for (const r of pending.length ? pending : all)
                out(line(r));
            return pending.length ? _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.usage : _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.failed;
        }
        req = pending[0];
    }
    out(`${req.metadata.name}: plan of ${req.spec.for} for release ${req.spec.release} (${req.spec.sourceNamespace} -> ${req.spec.targetNamespace}) on ${req.spec.cluster}`);
    out(req.spec.plan);
    out('');
    out(`you are ${me.username}${me.source === 'kubeconfig' ? ' (from the kubeconfig: this server has no SelfSubjectReview)' : ''}`);
    const decided = await (0,_phases_gate_requests__WEBPACK_IMPORTED_MODULE_5__/* .decide */ .LD)(kube, req, decision, me, reason);
    out(`${decided.metadata.name}: ${decision.toLowerCase()} by ${me.username}${reason ? ` (${reason})` : ''}`);
    return _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
}


/***/ }),

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




/***/ })

};
