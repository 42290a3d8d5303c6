/** The sandbox's public API: an in-memory Kubernetes for tests and `k2h rehearse`. */
export { Sandbox, type SandboxOptions } from './sandbox';
export { RequestLog, type RequestEntry, type Verb } from './request-log';
export { Faults, type ErrorRule } from './faults';
export type { DeniedPermission } from './authz';
export { SANDBOX_USER, type SandboxIdentity } from './identities';
