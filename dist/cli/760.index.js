export const id = 760;
export const ids = [760];
export const modules = {

/***/ 11876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SANDBOX_HELP: () => (/* binding */ SANDBOX_HELP),
  runSandboxCommand: () => (/* binding */ runSandboxCommand),
  stopSignal: () => (/* binding */ stopSignal),
  wrapperAncestors: () => (/* binding */ wrapperAncestors)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/rehearsal/sandbox-seed.ts + 13 modules
var sandbox_seed = __webpack_require__(92143);
// EXTERNAL MODULE: ./src/phases/gate/manifests.ts
var manifests = __webpack_require__(79864);
;// CONCATENATED MODULE: ./src/rehearsal/approval.ts

/** The approver the sandbox knows. */
const SANDBOX_APPROVER = 'approver@example.com';
/** Installs the approval API in `namespace` and returns the approver's identity. */
async function installApprovalApi(sandbox, namespace, pipelineUser) {
    sandbox.load([manifests/* approvalCrd */.jR]);
    sandbox.load([
        ...manifests/* approvalRoles */.XM,
        (0,manifests/* approvalRoleBinding */.be)(manifests/* APPROVER_ROLE */.hM, namespace, { kind: 'Group', name: manifests/* APPROVER_GROUP */.Yd }),
        (0,manifests/* approvalRoleBinding */.be)(manifests/* REQUESTER_ROLE */.e1, namespace, {
            kind: 'ServiceAccount',
            name: pipelineUser.split(':').pop(),
            namespace: pipelineUser.split(':')[2],
        }),
    ]);
    // The pipeline's account is allowed everything else in the sandbox, but never the decision.
    sandbox.setDeniedPermissions([
        ...sandbox.deniedPermissions(),
        { verb: '*', resource: `${manifests/* APPROVAL_PLURAL */.h6}/status`, group: manifests/* APPROVAL_GROUP */.cM, user: pipelineUser },
    ]);
    return sandbox.addIdentity({ username: SANDBOX_APPROVER, groups: [manifests/* APPROVER_GROUP */.Yd], authorization: 'rbac' });
}

// EXTERNAL MODULE: ./src/sandbox/index.ts + 40 modules
var src_sandbox = __webpack_require__(17770);
;// CONCATENATED MODULE: ./src/front-doors/sandbox-command.ts
/**
 * `k2h sandbox`: serves the in-memory Kubernetes sandbox until interrupted, with a kubeconfig
 * for kubectl, helm and k2h.
 */







const SANDBOX_HELP = `k2h sandbox: serve an in-memory Kubernetes API (loopback only) that kubectl, helm and k2h work against.

Usage: k2h sandbox [--port P] [--kubeconfig FILE] [--seed cognigy|cognigy-aws|cognigy-azure|FILE] [--latency-ms N] [--volume-snapshots]

  --port P            port on 127.0.0.1 (default: a free one)
  --kubeconfig FILE   where to write the kubeconfig (default: ./k2h-sandbox.kubeconfig)
  --seed S            Cognigy.AI 4.41 kustomize installation (generic, AWS or Azure storage), or a
                      'kubectl get ... -o yaml' capture of your own cluster (default: cognigy)
  --latency-ms N      delay every API answer by N ms
  --volume-snapshots  serve the VolumeSnapshot API
  --approver-kubeconfig FILE
                      install the approval API (k2h gate) and write a second kubeconfig for an
                      approver holding the approver role; the first stays the pipeline's account`;
async function runSandboxCommand(argv, io, until) {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                port: { type: 'string' },
                kubeconfig: { type: 'string' },
                seed: { type: 'string' },
                'latency-ms': { type: 'string' },
                'volume-snapshots': { type: 'boolean' },
                'approver-kubeconfig': { type: 'string' },
                help: { type: 'boolean' },
            },
            strict: true,
        }));
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`${(0,errors/* errorMessage */.gJ)(err)}\n${SANDBOX_HELP}`);
    }
    if (values.help) {
        io.stdout.write(SANDBOX_HELP + '\n');
        return errors/* EXIT */.dc.ok;
    }
    const port = values.port === undefined ? 0 : Number(values.port);
    const latency = values['latency-ms'] === undefined ? 0 : Number(values['latency-ms']);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new errors/* UsageError */.eb(`--port must be a port number, got '${values.port}'`);
    if (!Number.isFinite(latency) || latency < 0)
        throw new errors/* UsageError */.eb(`--latency-ms must be a number >= 0, got '${values['latency-ms']}'`);
    // Watch for the stop (signal, or the npx wrapper gone) from the start: the chain of wrappers
    // is read while they are all there.
    const stopped = until ?? stopSignal();
    const sandbox = await (0,sandbox_seed/* startSeededSandbox */.w)(String(values.seed ?? 'cognigy'), {
        port,
        latencyMs: latency,
        volumeSnapshots: values['volume-snapshots'] === true,
    });
    const file = (0,external_node_path_.resolve)(String(values.kubeconfig ?? 'k2h-sandbox.kubeconfig'));
    await sandbox.writeKubeconfig(file);
    io.stdout.write(`sandbox serving at ${sandbox.url}\nkubeconfig: ${file}\n  export KUBECONFIG=${file}\nstop with Ctrl-C\n`);
    if (typeof values['approver-kubeconfig'] === 'string') {
        const approverFile = (0,external_node_path_.resolve)(values['approver-kubeconfig']);
        const approver = await installApprovalApi(sandbox, 'default', src_sandbox/* SANDBOX_USER */.k4);
        await sandbox.writeKubeconfig(approverFile, 'sandbox-approver', approver);
        io.stdout.write(`approver kubeconfig (${approver.username}): ${approverFile}\n`);
    }
    await stopped;
    await sandbox.stop();
    io.stdout.write(`sandbox stopped (${sandbox.requests.entries.length} requests served)\n`);
    return errors/* EXIT */.dc.ok;
}
/**
 * The wrapper processes between the user's shell and this one (npx/npm, `sh -c`, tsx, node), from
 * /proc on Linux; [] elsewhere. A wrapper is a node/npm/npx/tsx process or a `sh -c` shell.
 */
function wrapperAncestors() {
    const out = [];
    try {
        let pid = process.ppid;
        for (let i = 0; i < 6 && pid > 1; i++) {
            // npm sets its process title ("npm exec tsx ..."): the words may be one NUL-free string.
            const argv = (0,external_node_fs_.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/).filter(Boolean);
            const name = (0,external_node_path_.basename)(argv[0] ?? '');
            const wrapper = /^(node|nodejs|npm|npx|tsx)$/.test(name) ||
                /(^|\/)(npm|npx|tsx)(-cli)?(\.js|\.mjs|\.cjs)?$/.test(argv[1] ?? '') ||
                (/^(sh|dash|bash|zsh)$/.test(name) && argv[1] === '-c');
            if (!wrapper)
                break;
            out.push(pid);
            const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
            pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        }
    }
    catch {
        /* no /proc: the parent check below still applies */
    }
    return out;
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Resolves on SIGINT, SIGTERM or SIGHUP, or when the process that started it goes away.
 * `npx k2h sandbox &` runs the server under npm's wrapper: `kill <pid of npx>` ends the wrapper
 * only, and the server must not keep serving as an orphan. So it watches its parent and the
 * wrappers above it (npx, `sh -c`): when one of them is gone, it stops.
 */
function stopSignal(pollMs = 300) {
    return new Promise((done) => {
        const parent = process.ppid;
        const wrappers = wrapperAncestors();
        if (process.env.K2H_DEBUG === '1')
            process.stderr.write(`sandbox: stops when ${[parent, ...wrappers].join(', ')} go\n`);
        const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
        const stop = () => {
            clearInterval(timer);
            for (const s of signals)
                process.off(s, stop);
            done();
        };
        const timer = setInterval(() => {
            if (process.ppid !== parent || wrappers.some((p) => !alive(p)))
                stop();
        }, pollMs);
        // The server keeps the process alive while it serves; this timer alone must not.
        timer.unref();
        for (const s of signals)
            process.once(s, stop);
    });
}


/***/ }),

/***/ 52977:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   zu: () => (/* reexport default export from named module */ _lib_websocket_server_js__WEBPACK_IMPORTED_MODULE_7__)
/* harmony export */ });
/* harmony import */ var _lib_stream_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86412);
/* harmony import */ var _lib_extension_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61335);
/* harmony import */ var _lib_permessage_deflate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4376);
/* harmony import */ var _lib_receiver_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20893);
/* harmony import */ var _lib_sender_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7389);
/* harmony import */ var _lib_subprotocol_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43332);
/* harmony import */ var _lib_websocket_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56681);
/* harmony import */ var _lib_websocket_server_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70129);











/* unused harmony default export */ var __WEBPACK_DEFAULT_EXPORT__ = ((/* unused pure expression or super */ null && (WebSocket)));


/***/ })

};
