/**
 * The approval API on a sandbox, as an installation with k2h's manifests has it: the CRD, the two
 * ClusterRoles, an approver user bound to the approver role in the namespace of the requests, and
 * the pipeline's service account without access to the requests' status (as the requester role
 * grants none).
 */
import type { Sandbox, SandboxIdentity } from '../sandbox';
import {
  APPROVAL_GROUP,
  APPROVAL_PLURAL,
  APPROVER_GROUP,
  APPROVER_ROLE,
  REQUESTER_ROLE,
  approvalCrd,
  approvalRoleBinding,
  approvalRoles,
} from '../phases/gate/manifests';

/** The approver the sandbox knows. */
export const SANDBOX_APPROVER = 'approver@example.com';

/** Installs the approval API in `namespace` and returns the approver's identity. */
export async function installApprovalApi(
  sandbox: Sandbox,
  namespace: string,
  pipelineUser: string,
): Promise<SandboxIdentity> {
  sandbox.load([approvalCrd]);
  sandbox.load([
    ...approvalRoles,
    approvalRoleBinding(APPROVER_ROLE, namespace, { kind: 'Group', name: APPROVER_GROUP }),
    approvalRoleBinding(REQUESTER_ROLE, namespace, {
      kind: 'ServiceAccount',
      name: pipelineUser.split(':').pop()!,
      namespace: pipelineUser.split(':')[2],
    }),
  ]);
  // The pipeline's account is allowed everything else in the sandbox, but never the decision.
  sandbox.setDeniedPermissions([
    ...sandbox.deniedPermissions(),
    { verb: '*', resource: `${APPROVAL_PLURAL}/status`, group: APPROVAL_GROUP, user: pipelineUser },
  ]);
  return sandbox.addIdentity({ username: SANDBOX_APPROVER, groups: [APPROVER_GROUP], authorization: 'rbac' });
}
