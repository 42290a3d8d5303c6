/**
 * The RBAC of the Tekton Tasks (tekton/rbac/): a ServiceAccount, one ClusterRole for the
 * cluster-scoped objects and one Role per namespace, granting exactly the permissions preflight
 * checks (phases/permissions.ts, the one list), the approval requester role for the gate, and the
 * approver role bound to a group of people. Rendered for the default namespaces; other namespaces:
 * `npx tsx scripts/gen-tekton.ts --rbac-only --source NS --target NS --mongo NS --out DIR`.
 */
import { COMMON_INPUTS } from '../../core/inputs';
import { profileFor } from '../../cognigy/profile';
import { neededPermissions, type NeededPermission } from '../../phases/permissions';
import {
  APPROVER_GROUP,
  APPROVER_ROLE,
  REQUESTER_ROLE,
  approvalRoleBinding,
} from '../../phases/gate/manifests';

export const SERVICE_ACCOUNT = 'k2h';
const RBAC = 'rbac.authorization.k8s.io';
const LABELS = { 'app.kubernetes.io/part-of': 'k2h' };

export interface RbacNamespaces {
  /** Where the PipelineRuns and the ServiceAccount live. */
  pipeline: string;
  source: string;
  target: string;
  mongo: string;
}

const defaultOf = (name: string) => COMMON_INPUTS.find((i) => i.name === name)!.default!;

/** The namespaces of a default installation, the pipeline's own `k2h`. */
export function defaultNamespaces(): RbacNamespaces {
  return {
    pipeline: 'k2h',
    source: defaultOf('source-namespace'),
    target: defaultOf('target-namespace'),
    // The MongoDB namespace is a Cognigy fact; it does not depend on the product version.
    mongo: profileFor('4.41.2').mongodb.namespace,
  };
}

export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

/** Rules from permissions: one rule per (group, resource[/subresource]), verbs sorted. */
export function rulesOf(perms: NeededPermission[]): PolicyRule[] {
  const byKey = new Map<string, { group: string; resource: string; verbs: Set<string> }>();
  for (const p of perms) {
    const resource = p.subresource ? `${p.resource}/${p.subresource}` : p.resource;
    const key = `${p.group ?? ''}|${resource}`;
    const entry = byKey.get(key) ?? { group: p.group ?? '', resource, verbs: new Set<string>() };
    entry.verbs.add(p.verb);
    byKey.set(key, entry);
  }
  return [...byKey.values()]
    .sort((a, b) => `${a.group}|${a.resource}`.localeCompare(`${b.group}|${b.resource}`))
    .map((e) => ({ apiGroups: [e.group], resources: [e.resource], verbs: [...e.verbs].sort() }));
}

/** The RBAC documents, in apply order. */
export function rbacDocuments(ns: RbacNamespaces = defaultNamespaces()): Array<Record<string, unknown>> {
  const perms = neededPermissions(ns.source, ns.target, ns.mongo);
  const subject = { kind: 'ServiceAccount', name: SERVICE_ACCOUNT, namespace: ns.pipeline };
  const docs: Array<Record<string, unknown>> = [
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: SERVICE_ACCOUNT, namespace: ns.pipeline, labels: LABELS },
    },
    {
      apiVersion: `${RBAC}/v1`,
      kind: 'ClusterRole',
      metadata: { name: 'k2h-cluster', labels: LABELS },
      rules: rulesOf(perms.filter((p) => !p.namespace)),
    },
    {
      apiVersion: `${RBAC}/v1`,
      kind: 'ClusterRoleBinding',
      metadata: { name: `k2h-cluster-${ns.pipeline}`, labels: LABELS },
      roleRef: { apiGroup: RBAC, kind: 'ClusterRole', name: 'k2h-cluster' },
      subjects: [subject],
    },
  ];
  const namespaces = [...new Set(perms.filter((p) => p.namespace).map((p) => p.namespace!))];
  for (const namespace of namespaces) {
    docs.push(
      {
        apiVersion: `${RBAC}/v1`,
        kind: 'Role',
        metadata: { name: 'k2h', namespace, labels: LABELS },
        rules: rulesOf(perms.filter((p) => p.namespace === namespace)),
      },
      {
        apiVersion: `${RBAC}/v1`,
        kind: 'RoleBinding',
        metadata: { name: 'k2h', namespace, labels: LABELS },
        roleRef: { apiGroup: RBAC, kind: 'Role', name: 'k2h' },
        subjects: [subject],
      },
    );
  }
  // The gate's approval requests live in the source namespace: the pipeline may ask, people decide.
  docs.push(
    approvalRoleBinding(
      REQUESTER_ROLE,
      ns.source,
      subject as { kind: 'ServiceAccount'; name: string; namespace: string },
    ),
    approvalRoleBinding(APPROVER_ROLE, ns.source, { kind: 'Group', name: APPROVER_GROUP }),
  );
  return docs;
}

/** The target namespace: its Role needs it to exist; migrate-secrets would otherwise create it. */
export function targetNamespaceDocument(ns: RbacNamespaces = defaultNamespaces()): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns.target, labels: LABELS } };
}
