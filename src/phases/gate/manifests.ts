/**
 * The approval request API: a small CRD whose decision lives in the `status` subresource. The
 * pipeline's role may create and read requests but has no access to `approvalrequests/status`
 * (the API server drops `status` from creates and updates of the main resource), so it cannot
 * approve itself even with a crafted request; the approver role grants the status.
 * deploy/crd/approvalrequests.yaml and deploy/rbac/approval-roles.yaml are these objects as YAML
 * (test/unit/gate/manifests.test.ts keeps them equal).
 */

export const APPROVAL_GROUP = 'k2h.cognigy.ai';
export const APPROVAL_VERSION = 'v1alpha1';
export const APPROVAL_API_VERSION = `${APPROVAL_GROUP}/${APPROVAL_VERSION}`;
export const APPROVAL_KIND = 'ApprovalRequest';
export const APPROVAL_PLURAL = 'approvalrequests';
export const APPROVAL_CRD_NAME = `${APPROVAL_PLURAL}.${APPROVAL_GROUP}`;
/** ClusterRole for the pipeline: create and read requests, never their status. */
export const REQUESTER_ROLE = 'k2h-approval-requester';
/** ClusterRole for approvers: read requests, write their status (the decision). */
export const APPROVER_ROLE = 'k2h-approver';
/** Group the example binding grants the approver role to. */
export const APPROVER_GROUP = 'k2h-approvers';

const PART_OF = { 'app.kubernetes.io/part-of': 'k2h' };

const identity = {
  type: 'object',
  required: ['username'],
  properties: {
    username: { type: 'string' },
    groups: { type: 'array', items: { type: 'string' } },
    source: { type: 'string', description: 'SelfSubjectReview, or kubeconfig where the API is missing.' },
  },
};

/** The CustomResourceDefinition. */
export const approvalCrd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: APPROVAL_CRD_NAME, labels: PART_OF },
  spec: {
    group: APPROVAL_GROUP,
    scope: 'Namespaced',
    names: {
      plural: APPROVAL_PLURAL,
      singular: 'approvalrequest',
      kind: APPROVAL_KIND,
      listKind: `${APPROVAL_KIND}List`,
      shortNames: ['k2happroval'],
    },
    versions: [
      {
        name: APPROVAL_VERSION,
        served: true,
        storage: true,
        subresources: { status: {} },
        additionalPrinterColumns: [
          { name: 'For', type: 'string', jsonPath: '.spec.for' },
          { name: 'Decision', type: 'string', jsonPath: '.status.decision' },
          { name: 'By', type: 'string', jsonPath: '.status.decidedBy.username' },
          { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
        ],
        schema: {
          openAPIV3Schema: {
            type: 'object',
            description: 'A k2h phase waiting for a person to approve its plan.',
            properties: {
              spec: {
                type: 'object',
                required: ['for', 'plan', 'planSha256', 'requestedBy'],
                properties: {
                  for: { type: 'string', enum: ['downtime', 'rollback', 'cleanup'] },
                  release: { type: 'string' },
                  sourceNamespace: { type: 'string' },
                  targetNamespace: { type: 'string' },
                  cluster: { type: 'string', description: 'API server URL the plan was made against.' },
                  plan: { type: 'string', description: 'What the guarded phase will do (its dry-run).' },
                  planSha256: { type: 'string' },
                  requestedBy: identity,
                  requestedAt: { type: 'string', format: 'date-time' },
                },
              },
              status: {
                type: 'object',
                properties: {
                  decision: { type: 'string', enum: ['Approved', 'Rejected'] },
                  decidedBy: identity,
                  decidedAt: { type: 'string', format: 'date-time' },
                  reason: { type: 'string' },
                },
              },
            },
          },
        },
      },
    ],
  },
};

/** The two ClusterRoles, bound per namespace with RoleBindings. */
export const approvalRoles = [
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: REQUESTER_ROLE, labels: PART_OF },
    rules: [
      {
        apiGroups: [APPROVAL_GROUP],
        resources: [APPROVAL_PLURAL],
        verbs: ['create', 'get', 'list', 'watch'],
      },
    ],
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: APPROVER_ROLE, labels: PART_OF },
    rules: [
      { apiGroups: [APPROVAL_GROUP], resources: [APPROVAL_PLURAL], verbs: ['get', 'list', 'watch'] },
      {
        apiGroups: [APPROVAL_GROUP],
        resources: [`${APPROVAL_PLURAL}/status`],
        verbs: ['get', 'update', 'patch'],
      },
    ],
  },
];

/** A RoleBinding granting a ClusterRole in a namespace to a group or user. */
export function approvalRoleBinding(
  role: string,
  namespace: string,
  subject: { kind: 'Group' | 'User' | 'ServiceAccount'; name: string; namespace?: string },
) {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: role, namespace, labels: PART_OF },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
    subjects: [
      subject.kind === 'ServiceAccount' ? subject : { apiGroup: 'rbac.authorization.k8s.io', ...subject },
    ],
  };
}
