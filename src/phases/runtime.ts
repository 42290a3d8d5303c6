/**
 * Everything a phase run loads, as ONE module the registry (src/phases/index.ts) and the front
 * doors' context (src/front-doors/execute.ts) import on first use: the phases, the Kubernetes
 * client and the record store. One lazy entry instead of one per phase and one per client module,
 * so the bundle splits their shared code into a few chunks rather than one per combination of
 * entries that share it: ES module loading costs per file (a downtime process loaded 52 files,
 * now 33, ~10 ms less before its first request). `k2h --help` and a refused input load none of it.
 */
export { preflight } from './preflight';
export { migrateSecrets } from './migrate-secrets';
export { prepareStorage } from './prepare-storage';
export { gate } from './gate';
export { downtime } from './downtime';
export { helmInstall } from './helm-install';
export { rollback } from './rollback';
export { cleanup } from './cleanup';
export { Kube } from '../kube/client';
export { RecordStore } from '../record/store';
export { ConfigMapMirror } from '../record/mirror';
export { clusterIdentity } from '../kube/cluster-identity';
