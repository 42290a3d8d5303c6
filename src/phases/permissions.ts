/**
 * Every permission the phases need, checked by preflight with SelfSubjectAccessReview. The
 * Tekton RBAC will be derived from this list too.
 */
import type { AccessCheck } from '../kube/client';

export interface NeededPermission extends AccessCheck {
  /** Which phase needs it, for the report. */
  neededBy: string;
}

/**
 * The permissions for a migration from `source` to `target`, MongoDB in `mongo`. The source
 * namespace's secrets are read by name: with `sourceSecrets` (the profile's list for the
 * version) one `get` per named secret, as RBAC `resourceNames` grants it; never `list`.
 */
export function neededPermissions(
  source: string,
  target: string,
  mongo: string,
  sourceSecrets?: string[],
): NeededPermission[] {
  const ns = (
    namespace: string,
    neededBy: string,
    group: string,
    resource: string,
    verbs: string[],
    subresource?: string,
  ) => verbs.map((verb) => ({ verb, resource, group, namespace, subresource, neededBy }));
  const cluster = (neededBy: string, group: string, resource: string, verbs: string[]) =>
    verbs.map((verb) => ({ verb, resource, group, neededBy }));
  return [
    ...ns(source, 'preflight', 'apps', 'deployments', ['get', 'list']),
    ...cluster('preflight', 'storage.k8s.io', 'storageclasses', ['list']),
    ...ns(source, 'preflight', 'snapshot.storage.k8s.io', 'volumesnapshots', ['list']),
    ...['secrets', 'configmaps', 'persistentvolumeclaims', 'services', 'serviceaccounts', 'pods'].flatMap(
      (r) => ns(target, 'preflight (target namespace empty)', '', r, ['list']),
    ),
    ...ns(target, 'preflight (target namespace empty)', 'apps', 'deployments', ['list']),
    ...ns(target, 'preflight (target namespace empty)', 'apps', 'statefulsets', ['list']),
    ...(sourceSecrets?.length
      ? sourceSecrets.map((name) => ({
          verb: 'get',
          resource: 'secrets',
          group: '',
          namespace: source,
          name,
          neededBy: 'preflight, migrate-secrets',
        }))
      : ns(source, 'preflight, migrate-secrets', '', 'secrets', ['get'])),
    // The run lock and the cluster's identity (every phase that changes anything).
    ...ns(source, 'run lock', 'coordination.k8s.io', 'leases', ['get', 'create', 'patch']),
    { verb: 'get', resource: 'namespaces', group: '', name: 'kube-system', neededBy: 'cluster identity' },
    ...ns(source, 'preflight, prepare-storage', '', 'persistentvolumeclaims', ['get', 'list']),
    ...ns(source, 'record mirror', '', 'configmaps', ['get', 'create', 'patch']),
    ...ns(source, 'downtime', 'apps', 'deployments', ['patch', 'update'], 'scale'),
    ...ns(source, 'downtime', '', 'persistentvolumeclaims', ['delete', 'create']),
    ...ns(source, 'downtime', '', 'pods', ['list']),
    ...cluster('preflight, prepare-storage, downtime', '', 'persistentvolumes', ['get', 'list', 'patch']),
    ...cluster('preflight, migrate-secrets', '', 'namespaces', ['get', 'create']),
    ...ns(target, 'migrate-secrets', '', 'secrets', ['get', 'create', 'patch']),
    ...ns(target, 'downtime', '', 'persistentvolumeclaims', ['get', 'create']),
    ...cluster('prepare-storage', 'storage.k8s.io', 'storageclasses', ['get', 'patch']),
    ...cluster('prepare-storage', 'rbac.authorization.k8s.io', 'clusterrolebindings', [
      'get',
      'list',
      'patch',
    ]),
    ...cluster('prepare-storage', 'rbac.authorization.k8s.io', 'clusterroles', ['get', 'list', 'patch']),
    ...cluster('prepare-storage', 'networking.k8s.io', 'ingressclasses', ['get', 'list', 'patch']),
    ...ns(mongo, 'preflight, downtime', 'apps', 'statefulsets', ['get']),
    ...ns(mongo, 'preflight, downtime (MongoDB root password)', '', 'secrets', ['get']),
    ...ns(mongo, 'preflight, downtime (MongoDB primary)', '', 'pods', ['list']),
    ...ns(
      mongo,
      'preflight, downtime (MongoDB from outside the cluster)',
      '',
      'pods',
      ['create'],
      'portforward',
    ),
  ];
}

/** `verb resource[/sub] [-n ns]` for the report. */
export function describePermission(p: NeededPermission): string {
  const res = `${p.resource}${p.subresource ? `/${p.subresource}` : ''}${p.group ? `.${p.group}` : ''}`;
  return `${p.verb} ${res}${p.name ? ` ${p.name}` : ''}${p.namespace ? ` in ${p.namespace}` : ' (cluster)'}`;
}
