/**
 * Plural names and scope of the built-in kinds k2h touches, as every Kubernetes since 1.19 serves
 * them. Seeds the client's discovery cache so the first request of a kind costs no extra round
 * trip; kinds not listed here (CRDs such as VolumeSnapshot) are discovered as usual.
 */
interface BuiltIn {
  name: string;
  kind: string;
  namespaced: boolean;
  singularName: string;
  verbs: string[];
}

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const r = (kind: string, name: string, namespaced: boolean): BuiltIn => ({
  name,
  kind,
  namespaced,
  singularName: kind.toLowerCase(),
  verbs: VERBS,
});

export const BUILT_IN_RESOURCES: Record<string, BuiltIn[]> = {
  v1: [
    r('Namespace', 'namespaces', false),
    r('Secret', 'secrets', true),
    r('ConfigMap', 'configmaps', true),
    r('PersistentVolume', 'persistentvolumes', false),
    r('PersistentVolumeClaim', 'persistentvolumeclaims', true),
    r('Pod', 'pods', true),
    r('Service', 'services', true),
    r('ServiceAccount', 'serviceaccounts', true),
  ],
  'apps/v1': [
    r('Deployment', 'deployments', true),
    r('StatefulSet', 'statefulsets', true),
    r('DaemonSet', 'daemonsets', true),
    r('ReplicaSet', 'replicasets', true),
  ],
  'batch/v1': [r('Job', 'jobs', true)],
  'storage.k8s.io/v1': [r('StorageClass', 'storageclasses', false)],
  'rbac.authorization.k8s.io/v1': [
    r('ClusterRole', 'clusterroles', false),
    r('ClusterRoleBinding', 'clusterrolebindings', false),
    r('Role', 'roles', true),
    r('RoleBinding', 'rolebindings', true),
  ],
  'networking.k8s.io/v1': [r('IngressClass', 'ingressclasses', false), r('Ingress', 'ingresses', true)],
  'coordination.k8s.io/v1': [r('Lease', 'leases', true)],
};
