export const id = 267;
export const ids = [267,335,328];
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

/***/ 15267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STATUS_INPUTS: () => (/* binding */ STATUS_INPUTS),
  formatStatus: () => (/* binding */ formatStatus),
  migrationStatus: () => (/* binding */ migrationStatus),
  nextStep: () => (/* binding */ nextStep),
  phaseState: () => (/* binding */ phaseState),
  readOnlyKube: () => (/* binding */ readOnlyKube),
  runStatus: () => (/* binding */ runStatus)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/inputs.ts + 1 modules
var core_inputs = __webpack_require__(14757);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/logger.ts
var core_logger = __webpack_require__(11227);
// EXTERNAL MODULE: ./src/helm/release.ts
var helm_release = __webpack_require__(99777);
// EXTERNAL MODULE: ./src/helm/helm.ts
var helm = __webpack_require__(84910);
// EXTERNAL MODULE: ./src/kube/client.ts + 2 modules
var client = __webpack_require__(80825);
// EXTERNAL MODULE: ./src/kube/cluster-identity.ts
var cluster_identity = __webpack_require__(86898);
// EXTERNAL MODULE: ./src/kube/lease.ts
var kube_lease = __webpack_require__(96207);
// EXTERNAL MODULE: ./src/phases/index.ts + 48 modules
var src_phases = __webpack_require__(11499);
// EXTERNAL MODULE: ./src/phases/run-lock.ts
var run_lock = __webpack_require__(8725);
// EXTERNAL MODULE: ./src/record/mirror.ts
var record_mirror = __webpack_require__(86658);
// EXTERNAL MODULE: ./src/record/schema.ts
var schema = __webpack_require__(27450);
// EXTERNAL MODULE: ./src/record/store.ts + 1 modules
var record_store = __webpack_require__(89462);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(71013);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/front-doors/action-yml.ts
/**
 * Renders the GitHub action metadata from the registry: the root action.yml (input `phase` plus
 * every phase's inputs) and one `<phase>/action.yml` per phase with only that phase's inputs and
 * outputs. Every sub-action runs the one shared bundle through a tiny entry stub
 * (`dist/actions/<phase>.js`) that presets the phase; see renderPhaseEntry.
 */


/** The environment variable through which a phase's entry stub tells the shared bundle its phase. */
const ACTION_PHASE_ENV = 'K2H_ACTION_PHASE';
/** Where the shared bundle and the per-phase stubs live, relative to the repository root. */
const BUNDLE = 'dist/main/index.js';
const entryPath = (phase) => `dist/actions/${phase}.js`;
const phaseActionPath = (phase) => `${phase}/action.yml`;
const HEADER = '# Generated from src/phases (npm run gen:action); edit the registry, not this file.\n';
const DUMP = { lineWidth: 120, noRefs: true, quotingType: "'" };
function inputEntry(i, scope) {
    const entry = {
        description: `${i.description}${i.choices ? ` One of: ${i.choices.join(', ')}.` : ''}${scope ? ` ${scope}.` : ''}`,
        required: Boolean(i.required),
    };
    if (i.default !== undefined)
        entry.default = i.default;
    return entry;
}
function outputsEntry(specs) {
    const outputs = {};
    for (const o of specs)
        outputs[o.name] = { description: o.description };
    return outputs;
}
/** The root action.yml as an object. */
function actionDocument() {
    const inputs = {
        phase: {
            description: `Phase to run: ${PHASE_NAMES.join(', ')}.`,
            required: true,
        },
    };
    for (const i of allInputs()) {
        const users = PHASE_NAMES.filter((p) => inputsOf(PHASES[p]).some((x) => x.name === i.name));
        const scope = users.length === PHASE_NAMES.length ? 'All phases' : `Phases: ${users.join(', ')}`;
        inputs[i.name] = { ...inputEntry(i, scope), required: false };
    }
    return {
        name: 'k2h: Cognigy.AI Kustomize to Helm migration',
        description: 'Migrates a Cognigy.AI kustomize installation to the Helm chart, phase by phase, with dry-run, resume and a migration record.',
        author: 'k2h',
        branding: { icon: 'truck', color: 'blue' },
        inputs,
        outputs: outputsEntry(allOutputs()),
        runs: { using: 'node24', main: BUNDLE },
    };
}
/** The outputs a phase sets: the common ones, then its own. */
function action_yml_outputsOf(phase) {
    const seen = new Map();
    for (const o of [...COMMON_OUTPUTS, ...PHASES[phase].outputs])
        if (!seen.has(o.name))
            seen.set(o.name, o);
    return [...seen.values()];
}
/** `<phase>/action.yml` as an object: only that phase's inputs and outputs. */
function phaseActionDocument(phase) {
    const def = PHASES[phase];
    const inputs = {};
    for (const i of inputsOf(def))
        inputs[i.name] = inputEntry(i);
    return {
        name: `k2h ${phase}`,
        description: `Cognigy.AI Kustomize-to-Helm migration, phase ${phase}: ${def.description}`,
        author: 'k2h',
        branding: { icon: 'truck', color: 'blue' },
        inputs,
        outputs: outputsEntry(action_yml_outputsOf(phase)),
        // Relative to the sub-action's folder, as codeql-action's init/action.yml points at ../lib.
        runs: { using: 'node24', main: `../${entryPath(phase)}` },
    };
}
/** The root action.yml text. */
function renderActionYml() {
    return HEADER + yaml.dump(actionDocument(), DUMP);
}
/** The text of `<phase>/action.yml`. */
function renderPhaseActionYml(phase) {
    return HEADER + yaml.dump(phaseActionDocument(phase), DUMP);
}
/**
 * The entry stub of a phase: presets the phase, then loads the shared bundle. A few lines, so
 * eight sub-actions do not carry eight copies of the bundle.
 */
function renderPhaseEntry(phase) {
    return [
        `// Generated by scripts/gen-action.ts for the sub-action ${phase}/; runs the shared bundle.`,
        `process.env.${ACTION_PHASE_ENV} = ${JSON.stringify(phase)};`,
        `await import('../main/index.js');`,
        '',
    ].join('\n');
}
/** Every generated action file (path relative to the repository root -> text). */
function actionFiles() {
    return [
        { path: 'action.yml', text: renderActionYml() },
        ...PHASE_NAMES.map((p) => ({ path: phaseActionPath(p), text: renderPhaseActionYml(p) })),
    ];
}
/** The entry stubs under dist/actions (written by the build, after the bundle). */
function entryFiles() {
    return [
        // The root package.json says "module" too; this keeps the stubs ESM wherever dist/ is copied.
        { path: 'dist/actions/package.json', text: '{ "type": "module" }\n' },
        ...PHASE_NAMES.map((p) => ({ path: entryPath(p), text: renderPhaseEntry(p) })),
    ];
}

// EXTERNAL MODULE: ./src/front-doors/tekton.ts + 1 modules
var tekton = __webpack_require__(63335);
;// CONCATENATED MODULE: ./src/front-doors/tekton-catalog/task.ts




/** Catalog version of the Tasks and Pipelines. */
const task_CATALOG_VERSION = '0.1';
/** The k2h image, pinned to the version these Tasks were generated with (tekton/Dockerfile). */
const DEFAULT_IMAGE = (/* unused pure expression or super */ null && (`ghcr.io/cognigy-k2h/k2h:${K2H_VERSION}`));
/** The non-root user of the image (tekton/Dockerfile). */
const RUN_AS_USER = 65532;
/** Tekton-only params, added to the registry's. */
const IMAGE_PARAM = 'k2h-image';
const KUBECONFIG_FILE_PARAM = 'kubeconfig-file';
const CREDENTIALS_PARAM = 'credentials-secret';
const task_STATE_WORKSPACE = 'state';
const task_KUBECONFIG_WORKSPACE = 'kubeconfig';
const task_taskName = (phase) => `k2h-${phase}`;
/**
 * Inputs a pipeline never offers: `out-dir` is the terminal's offline mode and writes secret
 * values to disk, which must never land on a shared workspace or in an artifact.
 */
const PIPELINE_EXCLUDED_INPUTS = new Set(['out-dir']);
/** The inputs a pipeline offers for a phase. */
function pipelineInputs(phase) {
    return inputsOf(PHASES[phase]).filter((i) => !PIPELINE_EXCLUDED_INPUTS.has(i.name));
}
/** Inputs that are Task params: all but the kubeconfig (a workspace) and the credentials (a Secret). */
function paramInputs(phase) {
    return pipelineInputs(phase).filter((i) => i.name !== 'kubeconfig' && !i.secret);
}
/** Secret inputs: read from keys of the credentials Secret, never params (TaskRuns are readable). */
function secretInputs(phase) {
    return pipelineInputs(phase).filter((i) => i.name !== 'kubeconfig' && i.secret);
}
/** The Tekton param of an input: required inputs have no default, others default to '' at least. */
function paramOf(i) {
    const p = {
        name: i.name,
        type: 'string',
        description: `${i.description}${i.choices ? ` One of: ${i.choices.join(', ')}.` : ''}`,
    };
    if (!i.required)
        p.default = i.default ?? '';
    return p;
}
/** Every param of a phase's Task, the Tekton-only ones last. */
function task_taskParams(phase) {
    const params = paramInputs(phase).map(paramOf);
    params.push({
        name: KUBECONFIG_FILE_PARAM,
        type: 'string',
        description: `File of the kubeconfig in the '${task_KUBECONFIG_WORKSPACE}' workspace (when that workspace is bound).`,
        default: 'kubeconfig',
    });
    if (secretInputs(phase).length)
        params.push({
            name: CREDENTIALS_PARAM,
            type: 'string',
            description: `Secret holding the credentials under the keys ${secretInputs(phase)
                .map((i) => `'${i.name}'`)
                .join(', ')} (each optional).`,
            default: 'k2h-credentials',
        });
    params.push({
        name: IMAGE_PARAM,
        type: 'string',
        description: 'The k2h image (tekton/Dockerfile): Node 24, helm and the k2h CLI.',
        default: DEFAULT_IMAGE,
    });
    return params;
}
/** The step script: no Tekton variable but the result paths, which Tekton substitutes. */
function stepScript(phase) {
    const results = outputsOf(phase).map((o) => o.name);
    return [
        '#!/usr/bin/env sh',
        'set -eu',
        'if [ "${WORKSPACE_KUBECONFIG_BOUND}" = "true" ] ; then',
        '  export PARAM_KUBECONFIG="${WORKSPACE_KUBECONFIG_PATH}/${PARAM_KUBECONFIG_FILE}"',
        'fi',
        'outputs="$(mktemp -d)"',
        'code=0',
        `K2H_RESULTS_DIR="\${outputs}" k2h tekton ${phase} || code=$?`,
        '# Every declared result is written (empty when the phase did not set it), so a Pipeline',
        '# that reads one never fails on a missing file.',
        ...results.map((r) => `printf "%s" "$(cat "\${outputs}/${r}" 2>/dev/null || true)" > "$(results.${r}.path)"`),
        'exit "${code}"',
        '',
    ].join('\n');
}
/** The Task document of a phase. */
function taskDocument(phase) {
    const def = PHASES[phase];
    const env = paramInputs(phase).map((i) => ({
        name: paramEnvName(i.name),
        value: `$(params.${i.name})`,
    }));
    for (const i of secretInputs(phase))
        env.push({
            name: paramEnvName(i.name),
            valueFrom: { secretKeyRef: { name: `$(params.${CREDENTIALS_PARAM})`, key: i.name, optional: true } },
        });
    env.push({ name: paramEnvName(KUBECONFIG_FILE_PARAM), value: `$(params.${KUBECONFIG_FILE_PARAM})` }, { name: 'WORKSPACE_KUBECONFIG_BOUND', value: `$(workspaces.${task_KUBECONFIG_WORKSPACE}.bound)` }, { name: 'WORKSPACE_KUBECONFIG_PATH', value: `$(workspaces.${task_KUBECONFIG_WORKSPACE}.path)` }, 
    // helm keeps its cache and registry config under HOME; the image's HOME is the user's.
    { name: 'HOME', value: '/home/k2h' });
    return {
        apiVersion: 'tekton.dev/v1',
        kind: 'Task',
        metadata: {
            name: task_taskName(phase),
            labels: { 'app.kubernetes.io/version': task_CATALOG_VERSION },
            annotations: {
                'tekton.dev/pipelines.minVersion': '0.50.0',
                'tekton.dev/categories': 'Deployment',
                'tekton.dev/tags': 'cognigy, helm, kubernetes, migration',
                'tekton.dev/displayName': `k2h ${phase}`,
                // The helm of the image comes from a linux/x64-only package (tekton/Dockerfile).
                'tekton.dev/platforms': 'linux/amd64',
            },
        },
        spec: {
            description: `Cognigy.AI Kustomize-to-Helm migration, phase ${phase}: ${def.description}`,
            workspaces: [
                {
                    name: task_STATE_WORKSPACE,
                    description: 'Holds the migration record and PVC backups (state-dir is relative to it); share it between the phases. Never holds secrets.',
                },
                {
                    name: task_KUBECONFIG_WORKSPACE,
                    optional: true,
                    readOnly: true,
                    description: 'A Secret with a kubeconfig (file kubeconfig-file). Unbound: the service account of the TaskRun.',
                },
            ],
            params: task_taskParams(phase),
            results: outputsOf(phase).map((o) => ({ name: o.name, type: 'string', description: o.description })),
            steps: [
                {
                    name: phase,
                    image: `$(params.${IMAGE_PARAM})`,
                    workingDir: `$(workspaces.${task_STATE_WORKSPACE}.path)`,
                    env,
                    securityContext: {
                        runAsNonRoot: true,
                        runAsUser: RUN_AS_USER,
                        allowPrivilegeEscalation: false,
                        capabilities: { drop: ['ALL'] },
                    },
                    script: stepScript(phase),
                },
            ],
        },
    };
}

;// CONCATENATED MODULE: ./src/front-doors/tekton-catalog/pipeline.ts


/** The three Pipelines. The gate phase stands before every phase that takes the application down or undoes. */
const PIPELINES = [
    {
        name: 'k2h-migration',
        description: 'The forward migration: checks, secrets and storage prepared while the application runs, then an approval, the downtime and the Helm install.',
        phases: ['preflight', 'migrate-secrets', 'prepare-storage', 'gate', 'downtime', 'helm-install'],
        fixed: { gate: { for: 'downtime' } },
    },
    {
        name: 'k2h-rollback',
        description: 'Back to the kustomize installation from the migration record, after an approval.',
        phases: ['gate', 'rollback'],
        fixed: { gate: { for: 'rollback' } },
    },
    {
        name: 'k2h-cleanup',
        description: 'Removes the kustomize leftovers once the Helm release is healthy, after an approval.',
        phases: ['gate', 'cleanup'],
        fixed: { gate: { for: 'cleanup' } },
    },
];
/** Input of a guarded phase saying the platform, not the k2h gate, approved it. */
const PLATFORM_APPROVAL_INPUT = 'approved-by-platform';
/** The phase the gate guards (the one after it), if the chain has a gate. */
function guardedBy(spec) {
    const at = spec.phases.indexOf('gate');
    return at >= 0 ? spec.phases[at + 1] : undefined;
}
/**
 * Params a Task of the chain gets as literals: the spec's, and for the guarded phase
 * `approved-by-platform: false` (in Tekton the k2h gate always approves).
 */
function fixedParams(spec, phase) {
    const fixed = { ...(spec.fixed?.[phase] ?? {}) };
    if (phase === guardedBy(spec) && PHASES[phase].inputs.some((i) => i.name === PLATFORM_APPROVAL_INPUT))
        fixed[PLATFORM_APPROVAL_INPUT] = 'false';
    return fixed;
}
const isFixed = (spec, phase, param) => param in fixedParams(spec, phase);
/** The union of the Tasks' params that are not fixed, first declaration wins. */
function pipelineParams(spec) {
    const seen = new Map();
    for (const phase of spec.phases)
        for (const p of taskParams(phase))
            if (!isFixed(spec, phase, p.name) && !seen.has(p.name))
                seen.set(p.name, p);
    return [...seen.values()];
}
/** Results of the Pipeline: every phase-specific output of its Tasks (status and state-dir stay per Task). */
function pipelineResults(spec) {
    const all = spec.phases.flatMap((phase) => PHASES[phase].outputs.map((o) => ({ phase, output: o.name })));
    return all.map(({ phase, output }) => ({
        name: all.filter((x) => x.output === output).length > 1 ? `${phase}-${output}` : output,
        phase,
        output,
    }));
}
function pipelineDocument(spec) {
    return {
        apiVersion: 'tekton.dev/v1',
        kind: 'Pipeline',
        metadata: {
            name: spec.name,
            labels: { 'app.kubernetes.io/version': CATALOG_VERSION },
            annotations: {
                'tekton.dev/pipelines.minVersion': '0.50.0',
                'tekton.dev/categories': 'Deployment',
                'tekton.dev/tags': 'cognigy, helm, kubernetes, migration',
                'tekton.dev/displayName': spec.name,
                // The helm of the image comes from a linux/x64-only package (tekton/Dockerfile).
                'tekton.dev/platforms': 'linux/amd64',
            },
        },
        spec: {
            description: `${spec.description} Phases: ${spec.phases.join(' -> ')}.`,
            params: pipelineParams(spec),
            workspaces: [
                {
                    name: STATE_WORKSPACE,
                    description: 'The migration record and PVC backups, shared by every phase.',
                },
                {
                    name: KUBECONFIG_WORKSPACE,
                    optional: true,
                    description: 'A Secret with a kubeconfig. Unbound: the service account of the PipelineRun.',
                },
            ],
            results: pipelineResults(spec).map((r) => ({
                name: r.name,
                description: PHASES[r.phase].outputs.find((o) => o.name === r.output).description,
                value: `$(tasks.${r.phase}.results.${r.output})`,
            })),
            tasks: spec.phases.map((phase, n) => ({
                name: phase,
                taskRef: { name: taskName(phase) },
                ...(n > 0 ? { runAfter: [spec.phases[n - 1]] } : {}),
                params: taskParams(phase).map((p) => ({
                    name: p.name,
                    value: isFixed(spec, phase, p.name) ? fixedParams(spec, phase)[p.name] : `$(params.${p.name})`,
                })),
                workspaces: [
                    { name: STATE_WORKSPACE, workspace: STATE_WORKSPACE },
                    { name: KUBECONFIG_WORKSPACE, workspace: KUBECONFIG_WORKSPACE },
                ],
            })),
        },
    };
}

;// CONCATENATED MODULE: ./src/front-doors/status.ts
/**
 * `k2h status`: where a migration stands, read-only, from the record and the cluster: each phase
 * done / pending / partly done, the next step, the lock holder if any, and what a rollback would do
 * now (the rollback phase's own dry-run). It changes nothing, not even the state dir: the record is
 * read through a scratch copy, and the in-cluster copy through a mirror that refuses writes.
 */


















/** The status command's inputs: the common ones but dry-run (it never changes anything). */
const STATUS_INPUTS = core_inputs/* COMMON_INPUTS */.s7.filter((i) => i.name !== 'dry-run');
/** The forward chain of phases, in order (the Tekton migration Pipeline's). */
const FORWARD = PIPELINES[0].phases;
/** The state of one phase from its record entry. */
function phaseState(entry) {
    if (!entry)
        return { state: 'pending' };
    const steps = entry.steps ?? [];
    const applied = steps.filter((s) => s.status !== 'pending' && s.status !== 'planned' && s.status !== 'failed');
    const progress = steps.length ? `${applied.length}/${steps.length} steps` : undefined;
    const when = entry.finishedAt ?? entry.startedAt;
    switch (entry.status) {
        case 'succeeded':
            return { state: 'done', detail: when };
        case 'planned':
            return { state: 'planned only', detail: `dry-run ${when}` };
        case 'running':
            return {
                state: 'partly done',
                detail: [progress, `interrupted (started ${entry.startedAt})`].filter(Boolean).join(', '),
            };
        default:
            return applied.length
                ? { state: 'partly done', detail: [progress, entry.error].filter(Boolean).join(': ') }
                : { state: 'failed', detail: entry.error };
    }
}
/** What to do next, from the phases' states. */
function nextStep(record, phases) {
    const of = (p) => phases.find((s) => s.phase === p);
    if (!record)
        return 'k2h preflight (no migration record yet, neither in the state dir nor in the cluster)';
    const rollback = of('rollback');
    if (rollback.state === 'done')
        return 'rolled back: the kustomize installation runs again; a new migration starts with k2h preflight';
    if (rollback.state !== 'pending')
        return 're-run k2h rollback: it finishes what is left';
    if (of('cleanup').state === 'done')
        return 'nothing: the migration is complete and the kustomize leftovers are removed';
    for (const p of FORWARD) {
        const s = of(p);
        if (s.state === 'done')
            continue;
        // The gate is skipped where the platform (a GitHub Environment) approves; the downtime decides.
        if (p === 'gate' && of('downtime').state !== 'pending')
            continue;
        if (s.state === 'partly done' || s.state === 'failed')
            return `re-run k2h ${p}: it decides from the cluster what is left`;
        if (p === 'gate')
            return "k2h gate --for downtime, then k2h approve by an approver (or the GitHub Environment's reviewers), then k2h downtime";
        return `k2h ${p}`;
    }
    return 'when the Helm release is healthy: k2h gate --for cleanup, then k2h cleanup';
}
/** A mirror that reads the in-cluster copy and refuses to write it: status changes nothing. */
class ReadOnlyMirror {
    inner;
    constructor(inner) {
        this.inner = inner;
    }
    get where() {
        return this.inner.where;
    }
    read() {
        return this.inner.read();
    }
    async write() {
        throw new Error('k2h status never writes the in-cluster record');
    }
}
/** The Kube for the rollback preview: its changing methods refuse, whatever the phase's dry-run does. */
function readOnlyKube(kube) {
    const refused = new Set(['create', 'patch', 'delete']);
    return new Proxy(kube, {
        get(target, prop, receiver) {
            if (typeof prop === 'string' && refused.has(prop))
                return async () => {
                    throw new Error(`k2h status is read-only: the rollback preview tried to ${prop} an object`);
                };
            const value = Reflect.get(target, prop, receiver);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    });
}
/** A logger that keeps a phase's chatter out of the status output but masks alike. */
function quiet(logger) {
    return {
        info: (m) => logger.debug(m),
        debug: (m) => logger.debug(m),
        warn: (m) => logger.debug(m),
        error: (m) => logger.debug(m),
        group: (_name, fn) => fn(),
        mask: (v) => logger.mask(v),
        redact: (t) => logger.redact(t),
    };
}
/** A rollback that would not start: its own reasons, one per line. */
function refusal(message) {
    return ['refuse to start:', ...message.split('\n').filter((l) => l.trim() && !/cannot start/.test(l))];
}
/** The rollback phase's dry-run against a scratch copy of the state: what a rollback would do now. */
async function rollbackPreview(kube, inputs, scratch, mirror, logger, env) {
    const def = src_phases/* PHASES */.ZG.rollback;
    kube = readOnlyKube(kube);
    const raw = (n) => (inputs[n] === undefined ? undefined : String(inputs[n]));
    const store = new record_store.RecordStore(scratch, mirror, () => (0,cluster_identity/* clusterIdentity */.B)(kube));
    const ctx = {
        logger: quiet(logger),
        inputs: {
            ...(0,core_inputs/* parseInputs */.TL)((0,src_phases/* inputsOf */.Vc)(def), raw, (v) => logger.mask(v)),
            'dry-run': true,
            'state-dir': scratch,
        },
        dryRun: true,
        env,
        kube: async () => kube,
        helm: () => new helm/* Helm */.f5(String(inputs.helm ?? 'helm')),
        lock: async () => {
            throw new Error('k2h status takes no lock');
        },
        store: async () => store,
    };
    try {
        const result = await def.run(ctx);
        if (!result.ok)
            return refusal(logger.redact(result.error ?? 'failed'));
        const lines = result.report.filter((l) => l.trim() && !l.startsWith('|'));
        return lines.length ? lines.map((l) => logger.redact(l)) : ['nothing: there is nothing to undo'];
    }
    catch (err) {
        return refusal(logger.redact((0,errors/* errorMessage */.gJ)(err)));
    }
}
/** Reads where the migration stands. Makes no changing request and writes no file of the state dir. */
async function migrationStatus(kube, inputs, logger, env = process.env) {
    const source = String(inputs['source-namespace']);
    const target = String(inputs['target-namespace']);
    const release = String(inputs.release);
    const stateDir = (0,external_node_path_.resolve)(String(inputs['state-dir']));
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'k2h-status-'));
    try {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(stateDir, schema/* RECORD_FILE */.lt)))
            (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(stateDir, schema/* RECORD_FILE */.lt), (0,external_node_path_.join)(scratch, schema/* RECORD_FILE */.lt));
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(stateDir, schema/* PVC_BACKUP_DIR */.zk)))
            (0,external_node_fs_.cpSync)((0,external_node_path_.join)(stateDir, schema/* PVC_BACKUP_DIR */.zk), (0,external_node_path_.join)(scratch, schema/* PVC_BACKUP_DIR */.zk), { recursive: true });
        const mirror = new ReadOnlyMirror(new record_mirror/* ConfigMapMirror */.G(kube, source));
        const store = new record_store.RecordStore(scratch, mirror, () => (0,cluster_identity/* clusterIdentity */.B)(kube));
        const record = await store.tryLoad();
        const phases = src_phases/* PHASE_NAMES */.bs.map((phase) => ({
            phase,
            ...phaseState(record?.phases?.[phase]),
        }));
        // Where the platform (a GitHub Environment) approved the downtime, the gate never ran.
        const gate = phases.find((p) => p.phase === 'gate');
        if (gate?.state === 'pending' && phases.find((p) => p.phase === 'downtime')?.state !== 'pending')
            Object.assign(gate, { state: 'skipped', detail: 'the downtime was approved on the platform' });
        const lease = await (0,kube_lease/* readLease */.zR)(kube, source, run_lock/* LOCK_NAME */.Sy);
        const lock = (0,kube_lease/* isHeld */.i7)(lease, Date.now())
            ? { holder: lease.holder, expiresAt: lease.expiresAt?.toISOString() }
            : undefined;
        const releaseSecrets = await kube.list('v1', 'Secret', target, (0,helm_release/* releaseSelector */.Tg)(release));
        let scaledDown;
        if (record?.deployments?.length) {
            const live = await kube.list('apps/v1', 'Deployment', source);
            const zero = new Set(live.filter((d) => (d.spec?.replicas ?? 1) === 0).map((d) => d.metadata.name));
            scaledDown = {
                down: record.deployments.filter((d) => zero.has(d.name)).length,
                recorded: record.deployments.length,
            };
        }
        const rollback = record
            ? // Messages name the scratch copy; the user knows the state dir.
                (await rollbackPreview(kube, inputs, scratch, mirror, logger, env)).map((l) => l.split(scratch).join(stateDir))
            : ['nothing: no migration record, so k2h has changed nothing here'];
        return {
            record,
            phases,
            next: nextStep(record, phases),
            lock,
            release: (0,helm_release/* latestRevision */.HA)(releaseSecrets, release),
            scaledDown,
            rollback,
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** The status as text lines for the terminal. */
function formatStatus(s, inputs) {
    const r = s.record;
    const w = Math.max(...s.phases.map((p) => p.phase.length)) + 2;
    return [
        r
            ? `Migration ${r.id} of ${r.sourceNamespace} -> ${r.targetNamespace} (release ${r.release}, Cognigy.AI ${r.product.version}), record generation ${r.generation}`
            : `No migration record for ${String(inputs['source-namespace'])} -> ${String(inputs['target-namespace'])}.`,
        '',
        'Phases:',
        ...s.phases.map((p) => `  ${p.phase.padEnd(w)}${p.state}${p.detail ? ` (${p.detail})` : ''}`),
        '',
        `Lock: ${s.lock ? `held by ${s.lock.holder}${s.lock.expiresAt ? ` until ${s.lock.expiresAt}` : ''}` : 'free'}`,
        `Helm release ${String(inputs.release)}: ${s.release ? `revision ${s.release.revision}, ${s.release.status}` : 'not installed'}`,
        ...(s.scaledDown
            ? [`Kustomize deployments at 0 replicas: ${s.scaledDown.down} of ${s.scaledDown.recorded} recorded`]
            : []),
        '',
        `Next: ${s.next}`,
        '',
        'A rollback now would:',
        ...s.rollback.map((l) => `  ${l}`),
    ];
}
/** `k2h status [--flags]`. */
async function runStatus(argv, io) {
    const options = { help: { type: 'boolean' } };
    for (const i of STATUS_INPUTS)
        options[i.name] = { type: 'string' };
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({ args: argv, options, strict: true, allowPositionals: false }));
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`${(0,errors/* errorMessage */.gJ)(err)}\nRun 'k2h status --help' for the flags.`);
    }
    if (values.help) {
        io.stdout.write([
            'k2h status: where the migration stands (read-only): phases, next step, lock, what a rollback would do now.',
            '',
            'Usage: k2h status [--flags]',
            '',
            'Flags:',
            ...STATUS_INPUTS.map((i) => `  --${i.name} <value>\n      ${i.description}${i.default ? ` (default: ${i.default})` : ''}`),
            '',
        ].join('\n'));
        return errors/* EXIT */.dc.ok;
    }
    const logger = new core_logger/* ConsoleLogger */.Cr(io.stdout, io.stderr);
    const inputs = (0,core_inputs/* parseInputs */.TL)(STATUS_INPUTS, (n) => values[n], (v) => logger.mask(v));
    try {
        const kube = await client/* Kube */.We.connect({
            kubeconfig: inputs.kubeconfig,
            context: inputs.context,
            env: io.env,
        }, logger);
        const status = await migrationStatus(kube, inputs, logger, io.env);
        io.stdout.write(logger.redact(formatStatus(status, inputs).join('\n')) + '\n');
        return errors/* EXIT */.dc.ok;
    }
    catch (err) {
        if (err instanceof errors/* ConfigurationError */.j1)
            throw err;
        throw new errors/* ConfigurationError */.j1(`k2h status could not read the migration: ${logger.redact((0,errors/* errorMessage */.gJ)(err))}`);
    }
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
