export const id = 335;
export const ids = [335,328];
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

/***/ 63335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_RESULTS_DIR: () => (/* binding */ DEFAULT_RESULTS_DIR),
  paramEnvName: () => (/* binding */ paramEnvName),
  runTekton: () => (/* binding */ runTekton)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/phases/index.ts + 48 modules
var phases = __webpack_require__(11499);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/front-doors/execute.ts + 1 modules
var execute = __webpack_require__(50328);
;// CONCATENATED MODULE: ./src/front-doors/spelling.ts
/** How `door` spells the input `name`. */
function spellInput(door, name) {
    if (door === 'github')
        return `input \`${name}\``;
    if (door === 'tekton')
        return `param \`${name}\``;
    return `--${name}`;
}
/**
 * `text` with every `--name` of a known input in `door`'s spelling. Only declared input names
 * are rewritten, so flags of other tools (`helm --atomic`) stay as they are.
 */
function respell(text, door, inputNames) {
    if (door === 'cli')
        return text;
    const names = new Set(inputNames);
    return text.replace(/(^|[^\w-])--([a-z][a-z0-9-]*[a-z0-9])/g, (all, pre, name) => names.has(name) ? `${pre}${spellInput(door, name)}` : all);
}
/** A Logger that respells every line it passes on (masking stays with the inner logger). */
function respellingLogger(inner, door, inputNames) {
    if (door === 'cli')
        return inner;
    const names = [...inputNames];
    const r = (t) => respell(t, door, names);
    return {
        info: (m) => inner.info(r(m)),
        warn: (m) => inner.warn(r(m)),
        error: (m) => inner.error(r(m)),
        debug: (m) => inner.debug(r(m)),
        group: (name, fn) => inner.group(r(name), fn),
        mask: (v) => inner.mask(v),
        redact: (t) => inner.redact(t),
        ...(inner.step
            ? {
                step: (line) => inner.step({ ...line, changes: line.changes.map(r), error: line.error && r(line.error) }),
            }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/front-doors/terminal.ts
var terminal = __webpack_require__(77259);
// EXTERNAL MODULE: ./src/core/inputs.ts + 1 modules
var inputs = __webpack_require__(14757);
// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(11227);
;// CONCATENATED MODULE: ./src/front-doors/tekton.ts
/**
 * The Tekton adapter: `k2h tekton <phase>` reads the phase's inputs from `PARAM_<NAME>`
 * environment variables (the catalog's way of passing params to scripts) and writes each output
 * to `$K2H_RESULTS_DIR/<name>` (default /tekton/results), the files Tekton reads results from.
 */









const DEFAULT_RESULTS_DIR = '/tekton/results';
/** Env var carrying an input for Tekton: `source-namespace` -> `PARAM_SOURCE_NAMESPACE`. */
function paramEnvName(input) {
    return `PARAM_${(0,inputs/* upperSnake */.t_)(input)}`;
}
async function runTekton(argv, io) {
    const [phase] = argv;
    if (!phase || !(0,phases/* isPhaseName */.r4)(phase))
        throw new errors/* UsageError */.eb(`k2h tekton needs a phase; valid phases: ${phases/* PHASE_NAMES */.bs.join(', ')}`);
    const def = phases/* PHASES */.ZG[phase];
    const names = (0,phases/* inputsOf */.Vc)(def).map((i) => i.name);
    const base = new core_logger/* ConsoleLogger */.Cr(io.stdout, io.stderr, undefined, io.env.K2H_DEBUG === '1', io.env);
    // Inputs named as the Task spells them: params, not --flags.
    const logger = respellingLogger(base, 'tekton', names);
    const say = (text) => respell(base.redact(text), 'tekton', names);
    const resultsDir = io.env.K2H_RESULTS_DIR || DEFAULT_RESULTS_DIR;
    let code = errors/* EXIT */.dc.ok;
    let outputs = { status: 'failed' };
    try {
        const started = Date.now();
        const result = await (0,execute.executePhase)(def, (name) => io.env[paramEnvName(name)], { logger, env: io.env });
        outputs = result.outputs;
        // One line per step was printed as it settled; tables are for reports only.
        for (const line of (0,terminal/* prose */.CS)(result.report))
            logger.info(line);
        logger.info((0,terminal/* closingLine */.oM)(def.name, result.outputs.status, Date.now() - started, result.steps));
        if (!result.ok) {
            if (!(0,terminal/* errorShownBySteps */.eP)(result))
                io.stderr.write(`error: ${say(result.error ?? `${def.name} failed`)}\n`);
            code = errors/* EXIT */.dc.failed;
        }
    }
    catch (err) {
        io.stderr.write(`${err instanceof errors/* ConfigurationError */.j1 || err instanceof errors/* UsageError */.eb ? '' : 'error: '}${say((0,errors/* errorMessage */.gJ)(err))}\n`);
        code = err instanceof errors/* UsageError */.eb ? errors/* EXIT */.dc.usage : errors/* EXIT */.dc.failed;
    }
    (0,external_node_fs_.mkdirSync)(resultsDir, { recursive: true });
    for (const [name, value] of Object.entries(outputs))
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(resultsDir, name), value);
    return code;
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


/***/ })

};
