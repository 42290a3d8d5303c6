export const id = 7;
export const ids = [7];
export const modules = {

/***/ 1007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UNLOCK_HELP: () => (/* binding */ UNLOCK_HELP),
/* harmony export */   runUnlock: () => (/* binding */ runUnlock)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_logger__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11227);
/* harmony import */ var _kube_client__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80825);
/* harmony import */ var _kube_lease__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96207);
/* harmony import */ var _phases_run_lock__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8725);
/**
 * `k2h unlock`: removes the migration lock of a run that died, on purpose. A lease that has
 * expired is cleared; one still within its lease duration is cleared only when `--holder` names
 * its holder (proof the user means that run, e.g. after seeing the runner die). `--dry-run`
 * says what it would do and changes nothing. The write is guarded by the resourceVersion read,
 * so a lease its holder renewed meanwhile is left alone.
 */






const UNLOCK_HELP = [
    'k2h unlock: remove the migration lock (Lease k2h-migration-lock) a dead run left behind.',
    '',
    'Usage: k2h unlock [--source-namespace <ns>] [--holder <id>] [--dry-run] [--kubeconfig <file|content>] [--context <name>]',
    '',
    'Flags:',
    '  --source-namespace <value>  Namespace of the installation, where the lock lives (default: default)',
    '  --holder <value>            The holder the lock names; required while the lock has not expired',
    '  --dry-run                   Say what would be done; change nothing',
    '  --kubeconfig <value>        Kubeconfig content or path. Empty: $KUBECONFIG, ~/.kube/config or in-cluster',
    '  --context <value>           Kubeconfig context to use',
].join('\n');
/** Runs `k2h unlock` with the arguments after the command; resolves with the exit code. */
async function runUnlock(argv, io, o = {}) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            strict: true,
            allowPositionals: false,
            options: {
                'source-namespace': { type: 'string', default: 'default' },
                holder: { type: 'string' },
                'dry-run': { type: 'boolean', default: false },
                kubeconfig: { type: 'string' },
                context: { type: 'string' },
                help: { type: 'boolean', default: false },
            },
        }));
    }
    catch (err) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${(0,_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}\nRun 'k2h unlock --help' for the flags.`);
    }
    const print = (s) => io.stdout.write(s + '\n');
    if (values.help) {
        print(UNLOCK_HELP);
        return _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
    }
    const logger = new _core_logger__WEBPACK_IMPORTED_MODULE_2__/* .ConsoleLogger */ .Cr(io.stdout, io.stderr);
    const namespace = String(values['source-namespace']);
    const dryRun = values['dry-run'] === true;
    const now = (o.now ?? Date.now)();
    const kube = o.kube
        ? await o.kube()
        : await _kube_client__WEBPACK_IMPORTED_MODULE_3__/* .Kube */ .We.connect({
            kubeconfig: values.kubeconfig,
            context: values.context,
            env: io.env,
        }, logger);
    const lease = await (0,_kube_lease__WEBPACK_IMPORTED_MODULE_4__/* .readLease */ .zR)(kube, namespace, _phases_run_lock__WEBPACK_IMPORTED_MODULE_5__/* .LOCK_NAME */ .Sy);
    if (!lease || !lease.holder) {
        print(`no migration lock held in namespace ${namespace}: nothing to do`);
        return _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
    }
    const what = `Lease ${namespace}/${_phases_run_lock__WEBPACK_IMPORTED_MODULE_5__/* .LOCK_NAME */ .Sy} held by ${lease.holder} (renewed ${lease.renewTime ?? 'never'}, expires ${lease.expiresAt?.toISOString() ?? 'never'})`;
    if ((0,_kube_lease__WEBPACK_IMPORTED_MODULE_4__/* .isHeld */ .i7)(lease, now) && values.holder !== lease.holder)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what} has not expired: its run may still be working. If you know that run is dead, ` +
            `say so with --holder '${lease.holder}'; otherwise wait until it expires.`);
    if (dryRun) {
        print(`dry-run: would remove the migration lock: ${what}`);
        return _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
    }
    await (0,_kube_lease__WEBPACK_IMPORTED_MODULE_4__/* .clearLease */ .ER)(kube, lease, now);
    print(`removed the migration lock: ${what}`);
    return _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
}


/***/ })

};
