/** Seeds from files: a `kubectl get ... -o yaml` capture of a cluster, loaded into the sandbox. */
export { SeedFileError, loadSeedFile, parseSeed } from './from-file';
export type { KubeObject } from './types';
