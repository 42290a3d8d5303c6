/**
 * Approval requests in the cluster: create (by the pipeline), read, decide (by an approver, via
 * the status subresource) and wait for a decision (a watch with a deadline).
 */
import { createHash } from 'node:crypto';
import { ConfigurationError } from '../../core/errors';
import type { Kube, KubeObject } from '../../kube/client';
import { replaceCustomStatus } from '../../kube/custom-status';
import { KubeApiError } from '../../kube/errors';
import type { CallerIdentity } from '../../kube/identity';
import { waitUntil } from '../../kube/wait';
import {
  APPROVAL_API_VERSION,
  APPROVAL_GROUP,
  APPROVAL_KIND,
  APPROVAL_PLURAL,
  APPROVAL_VERSION,
} from './manifests';

/** Phases a gate guards. */
import { GUARDED_PHASES, type GuardedPhase } from '../shared-inputs';

export { GUARDED_PHASES, type GuardedPhase };

export type Decision = 'Approved' | 'Rejected';

export interface ApprovalSpec {
  for: GuardedPhase;
  release: string;
  sourceNamespace: string;
  targetNamespace: string;
  cluster: string;
  plan: string;
  planSha256: string;
  requestedBy: CallerIdentity;
  requestedAt: string;
}

export interface ApprovalStatus {
  decision?: Decision;
  decidedBy?: CallerIdentity;
  decidedAt?: string;
  reason?: string;
}

export interface ApprovalRequest extends KubeObject {
  spec: ApprovalSpec;
  status?: ApprovalStatus;
}

/** The digest an approval is bound to. */
export function planDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** One request per guarded phase and plan: a re-run of the gate finds its own request. */
export function requestName(phase: GuardedPhase, digest: string): string {
  return `k2h-${phase}-${digest.slice(0, 12)}`;
}

/** `Approved`, `Rejected` or `Pending`. */
export function decisionOf(req: ApprovalRequest): Decision | 'Pending' {
  return req.status?.decision ?? 'Pending';
}

/** True when the identity that decided is the one that asked (the pipeline approving itself). */
export function decidedByRequester(req: ApprovalRequest): boolean {
  return !!req.status?.decidedBy && req.status.decidedBy.username === req.spec.requestedBy?.username;
}

const crdMissing = (namespace: string) =>
  new ConfigurationError(
    `the API server does not serve ${APPROVAL_PLURAL}.${APPROVAL_GROUP} (namespace ${namespace}): install the approval CRD ` +
      '(deploy/crd/approvalrequests.yaml) and the roles (deploy/rbac/approval-roles.yaml), or let the platform gate the job (e.g. a GitHub Environment) and pass --approved-by-platform to the guarded phase.',
  );

/** Maps a 404 of the whole API (no CRD) to a clear error; other errors pass. */
function explain(err: unknown, namespace: string): never {
  if (err instanceof KubeApiError && err.code === 404) throw crdMissing(namespace);
  if (
    err instanceof Error &&
    /could not find|no resource|not found.*resource|unknown kind/i.test(err.message)
  )
    throw crdMissing(namespace);
  throw err;
}

/** True when the approval API is served. */
export async function approvalApiServed(kube: Kube): Promise<boolean> {
  return kube.hasApi(APPROVAL_API_VERSION);
}

/** The request, or undefined. */
export async function getRequest(
  kube: Kube,
  namespace: string,
  name: string,
): Promise<ApprovalRequest | undefined> {
  try {
    return await kube.get<ApprovalRequest>(APPROVAL_API_VERSION, APPROVAL_KIND, name, namespace);
  } catch (err) {
    return explain(err, namespace);
  }
}

/** Every request in the namespace. */
export async function listRequests(kube: Kube, namespace: string): Promise<ApprovalRequest[]> {
  try {
    return await kube.list<ApprovalRequest>(APPROVAL_API_VERSION, APPROVAL_KIND, namespace);
  } catch (err) {
    return explain(err, namespace);
  }
}

/** Creates the request (its status, if any, is dropped by the API server). */
export async function createRequest(
  kube: Kube,
  namespace: string,
  name: string,
  spec: ApprovalSpec,
): Promise<ApprovalRequest> {
  try {
    return await kube.create<ApprovalRequest>({
      apiVersion: APPROVAL_API_VERSION,
      kind: APPROVAL_KIND,
      metadata: {
        name,
        namespace,
        labels: { 'app.kubernetes.io/managed-by': 'k2h', 'k2h.cognigy.ai/for': spec.for },
      },
      spec,
    });
  } catch (err) {
    return explain(err, namespace);
  }
}

/**
 * Records a decision in the request's status. Refuses a request already decided and an approver
 * who is the requester; a concurrent decision makes the write fail with a conflict.
 */
export async function decide(
  kube: Kube,
  req: ApprovalRequest,
  decision: Decision,
  by: CallerIdentity,
  reason: string | undefined,
  now = new Date(),
): Promise<ApprovalRequest> {
  const ns = req.metadata.namespace!;
  const current = decisionOf(req);
  if (current !== 'Pending')
    throw new ConfigurationError(
      `${req.metadata.name} was already ${current.toLowerCase()} by ${req.status?.decidedBy?.username ?? 'someone'} at ${req.status?.decidedAt ?? '?'}; a decision is final. Re-run the gate for a new request.`,
    );
  if (by.username === req.spec.requestedBy?.username)
    throw new ConfigurationError(
      `${by.username} is the identity that requested ${req.metadata.name} (the pipeline's own account): it cannot ${decision === 'Approved' ? 'approve' : 'reject'} its own request. Run k2h approve with an approver's kubeconfig.`,
    );
  const status: ApprovalStatus = {
    decision,
    decidedBy: by,
    decidedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  if (reason) status.reason = reason;
  try {
    return (await replaceCustomStatus(
      kube,
      {
        group: APPROVAL_GROUP,
        version: APPROVAL_VERSION,
        plural: APPROVAL_PLURAL,
        namespace: ns,
        name: req.metadata.name,
      },
      { ...req, status },
    )) as ApprovalRequest;
  } catch (err) {
    if (err instanceof KubeApiError && err.code === 403)
      throw new ConfigurationError(
        `${by.username} may not write ${APPROVAL_PLURAL}/status in ${ns}: bind the ClusterRole k2h-approver to the approver in that namespace (deploy/rbac/approval-roles.yaml).`,
      );
    if (err instanceof KubeApiError && err.code === 409)
      throw new ConfigurationError(
        `${req.metadata.name} changed while deciding (someone else decided?); run k2h approve again to see its state.`,
      );
    throw err;
  }
}

/** Waits for the request to be decided; resolves with it. Rejects on the deadline or the signal. */
export async function waitForDecision(
  kube: Kube,
  namespace: string,
  name: string,
  timeoutMs: number,
  o: { signal?: AbortSignal; onProgress?: (text: string) => void } = {},
): Promise<ApprovalRequest> {
  const found = await waitUntil(kube, {
    apiVersion: APPROVAL_API_VERSION,
    kind: APPROVAL_KIND,
    namespace,
    fieldSelector: `metadata.name=${name}`,
    description: `a decision on approval request ${namespace}/${name}`,
    until: (objs) => objs.some((x) => (x as ApprovalRequest).status?.decision) || objs.length === 0,
    progress: (objs) => (objs.length ? 'pending' : 'deleted'),
    onProgress: o.onProgress,
    timeoutMs,
    signal: o.signal,
  });
  const req = found.find((x) => x.metadata.name === name) as ApprovalRequest | undefined;
  if (!req)
    throw new ConfigurationError(
      `approval request ${namespace}/${name} was deleted while waiting; nothing was approved.`,
    );
  return req;
}
