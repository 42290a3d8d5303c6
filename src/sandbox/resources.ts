/**
 * The resource table: every kind the sandbox serves, one line each. Discovery, OpenAPI, routing,
 * tables and the store are all driven from this list, so adding a kind is adding a line.
 */

/** One served resource (a plural name in one group/version). */
export interface ResourceDef {
  group: string;
  version: string;
  /** Plural, lower-case, as in the URL path. */
  plural: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
  /** `all` for kinds that `kubectl get all` lists. */
  categories?: string[];
  /** Served verbs; defaults to the full CRUD set. */
  verbs?: string[];
  /** Subresources served besides the main resource. */
  subresources?: Array<'status' | 'scale'>;
  /** Only served when this sandbox option is on. */
  option?: 'volumeSnapshots';
  /** Served because a CustomResourceDefinition says so. */
  custom?: boolean;
}

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/** The kinds the sandbox serves. */
// prettier-ignore
export const RESOURCES: ResourceDef[] = [
  { group: '', version: 'v1', plural: 'namespaces', kind: 'Namespace', namespaced: false, shortNames: ['ns'], subresources: ['status'] },
  { group: '', version: 'v1', plural: 'secrets', kind: 'Secret', namespaced: true },
  { group: '', version: 'v1', plural: 'configmaps', kind: 'ConfigMap', namespaced: true, shortNames: ['cm'] },
  { group: '', version: 'v1', plural: 'services', kind: 'Service', namespaced: true, shortNames: ['svc'], categories: ['all'], subresources: ['status'] },
  { group: '', version: 'v1', plural: 'endpoints', kind: 'Endpoints', namespaced: true, shortNames: ['ep'] },
  { group: '', version: 'v1', plural: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true, shortNames: ['sa'] },
  { group: '', version: 'v1', plural: 'pods', kind: 'Pod', namespaced: true, shortNames: ['po'], categories: ['all'], subresources: ['status'] },
  { group: '', version: 'v1', plural: 'persistentvolumes', kind: 'PersistentVolume', namespaced: false, shortNames: ['pv'], subresources: ['status'] },
  { group: '', version: 'v1', plural: 'persistentvolumeclaims', kind: 'PersistentVolumeClaim', namespaced: true, shortNames: ['pvc'], subresources: ['status'] },
  { group: '', version: 'v1', plural: 'nodes', kind: 'Node', namespaced: false, shortNames: ['no'], subresources: ['status'] },
  { group: '', version: 'v1', plural: 'events', kind: 'Event', namespaced: true, shortNames: ['ev'] },
  { group: '', version: 'v1', plural: 'resourcequotas', kind: 'ResourceQuota', namespaced: true, shortNames: ['quota'], subresources: ['status'] },
  { group: '', version: 'v1', plural: 'limitranges', kind: 'LimitRange', namespaced: true, shortNames: ['limits'] },
  { group: 'apps', version: 'v1', plural: 'deployments', kind: 'Deployment', namespaced: true, shortNames: ['deploy'], categories: ['all'], subresources: ['status', 'scale'] },
  { group: 'apps', version: 'v1', plural: 'replicasets', kind: 'ReplicaSet', namespaced: true, shortNames: ['rs'], categories: ['all'], subresources: ['status', 'scale'] },
  { group: 'apps', version: 'v1', plural: 'statefulsets', kind: 'StatefulSet', namespaced: true, shortNames: ['sts'], categories: ['all'], subresources: ['status', 'scale'] },
  { group: 'apps', version: 'v1', plural: 'daemonsets', kind: 'DaemonSet', namespaced: true, shortNames: ['ds'], categories: ['all'], subresources: ['status'] },
  { group: 'apps', version: 'v1', plural: 'controllerrevisions', kind: 'ControllerRevision', namespaced: true },
  { group: 'batch', version: 'v1', plural: 'jobs', kind: 'Job', namespaced: true, categories: ['all'], subresources: ['status'] },
  { group: 'batch', version: 'v1', plural: 'cronjobs', kind: 'CronJob', namespaced: true, shortNames: ['cj'], categories: ['all'], subresources: ['status'] },
  { group: 'autoscaling', version: 'v2', plural: 'horizontalpodautoscalers', kind: 'HorizontalPodAutoscaler', namespaced: true, shortNames: ['hpa'], categories: ['all'], subresources: ['status'] },
  { group: 'policy', version: 'v1', plural: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true, shortNames: ['pdb'], subresources: ['status'] },
  { group: 'storage.k8s.io', version: 'v1', plural: 'storageclasses', kind: 'StorageClass', namespaced: false, shortNames: ['sc'] },
  { group: 'storage.k8s.io', version: 'v1', plural: 'csidrivers', kind: 'CSIDriver', namespaced: false },
  { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'clusterroles', kind: 'ClusterRole', namespaced: false },
  { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false },
  { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'roles', kind: 'Role', namespaced: true },
  { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'rolebindings', kind: 'RoleBinding', namespaced: true },
  { group: 'networking.k8s.io', version: 'v1', plural: 'ingressclasses', kind: 'IngressClass', namespaced: false },
  { group: 'networking.k8s.io', version: 'v1', plural: 'ingresses', kind: 'Ingress', namespaced: true, shortNames: ['ing'], subresources: ['status'] },
  { group: 'networking.k8s.io', version: 'v1', plural: 'networkpolicies', kind: 'NetworkPolicy', namespaced: true, shortNames: ['netpol'] },
  { group: 'coordination.k8s.io', version: 'v1', plural: 'leases', kind: 'Lease', namespaced: true },
  { group: 'apiextensions.k8s.io', version: 'v1', plural: 'customresourcedefinitions', kind: 'CustomResourceDefinition', namespaced: false, shortNames: ['crd', 'crds'], subresources: ['status'] },
  { group: 'snapshot.storage.k8s.io', version: 'v1', plural: 'volumesnapshots', kind: 'VolumeSnapshot', namespaced: true, shortNames: ['vs'], subresources: ['status'], option: 'volumeSnapshots' },
  { group: 'snapshot.storage.k8s.io', version: 'v1', plural: 'volumesnapshotclasses', kind: 'VolumeSnapshotClass', namespaced: false, shortNames: ['vsclass', 'vsclasses'], option: 'volumeSnapshots' },
  { group: 'authorization.k8s.io', version: 'v1', plural: 'selfsubjectaccessreviews', kind: 'SelfSubjectAccessReview', namespaced: false, verbs: ['create'] },
  { group: 'authorization.k8s.io', version: 'v1', plural: 'selfsubjectrulesreviews', kind: 'SelfSubjectRulesReview', namespaced: false, verbs: ['create'] },
  { group: 'authentication.k8s.io', version: 'v1', plural: 'selfsubjectreviews', kind: 'SelfSubjectReview', namespaced: false, verbs: ['create'] },
  // Older versions a 1.23 API server still serves (charts test .Capabilities for them). Each is
  // its own store here: an object written through one version is not visible through another.
  { group: 'autoscaling', version: 'v1', plural: 'horizontalpodautoscalers', kind: 'HorizontalPodAutoscaler', namespaced: true, shortNames: ['hpa'], subresources: ['status'] },
  { group: 'autoscaling', version: 'v2beta1', plural: 'horizontalpodautoscalers', kind: 'HorizontalPodAutoscaler', namespaced: true, shortNames: ['hpa'], subresources: ['status'] },
  { group: 'autoscaling', version: 'v2beta2', plural: 'horizontalpodautoscalers', kind: 'HorizontalPodAutoscaler', namespaced: true, shortNames: ['hpa'], subresources: ['status'] },
  { group: 'batch', version: 'v1beta1', plural: 'cronjobs', kind: 'CronJob', namespaced: true, shortNames: ['cj'], subresources: ['status'] },
  { group: 'policy', version: 'v1beta1', plural: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true, shortNames: ['pdb'], subresources: ['status'] },
  { group: 'policy', version: 'v1beta1', plural: 'podsecuritypolicies', kind: 'PodSecurityPolicy', namespaced: false, shortNames: ['psp'] },
  { group: 'scheduling.k8s.io', version: 'v1', plural: 'priorityclasses', kind: 'PriorityClass', namespaced: false, shortNames: ['pc'] },
  { group: 'discovery.k8s.io', version: 'v1', plural: 'endpointslices', kind: 'EndpointSlice', namespaced: true },
  { group: 'events.k8s.io', version: 'v1', plural: 'events', kind: 'Event', namespaced: true, shortNames: ['ev'] },
];

/** Verbs a resource serves. */
export function verbsOf(def: ResourceDef): string[] {
  return def.verbs ?? CRUD;
}

/** `apiVersion` string of a resource: `v1` for the core group, `group/version` otherwise. */
export function apiVersionOf(def: Pick<ResourceDef, 'group' | 'version'>): string {
  return def.group ? `${def.group}/${def.version}` : def.version;
}

/** Lower-case singular name, as discovery reports it. */
export function singularOf(def: ResourceDef): string {
  return def.kind.toLowerCase();
}

/** `plural.group` (or `plural` in the core group): the name Status messages use. */
export function qualifiedName(def: Pick<ResourceDef, 'group' | 'plural'>): string {
  return def.group ? `${def.plural}.${def.group}` : def.plural;
}

/** Lookup helpers over the enabled subset of the table. */
export class ResourceRegistry {
  readonly defs: ResourceDef[];
  /** byPath and byKind answers, by key; dropped whenever a custom resource comes or goes. */
  private lookups = new Map<string, ResourceDef | undefined>();

  constructor(options: { volumeSnapshots?: boolean }) {
    this.defs = RESOURCES.filter((d) => !d.option || options[d.option]);
  }

  /**
   * Serves a custom resource. The same group/version/plural always maps to the same definition
   * object, because the store indexes objects by it.
   */
  addCustom(def: ResourceDef): ResourceDef {
    this.lookups.clear();
    const existing = this.byPath(def.group, def.version, def.plural);
    if (existing) {
      if (existing.custom) Object.assign(existing, def, { custom: true });
      return existing;
    }
    const added = { ...def, custom: true };
    this.defs.push(added);
    return added;
  }

  /** Stops serving a custom resource. */
  removeCustom(def: ResourceDef): void {
    this.lookups.clear();
    const i = this.defs.indexOf(def);
    if (i >= 0 && def.custom) this.defs.splice(i, 1);
  }

  byPath(group: string, version: string, plural: string): ResourceDef | undefined {
    return this.lookup(`p\u0000${group}\u0000${version}\u0000${plural}`, () =>
      this.defs.find((d) => d.group === group && d.version === version && d.plural === plural),
    );
  }

  byKind(apiVersion: string, kind: string): ResourceDef | undefined {
    return this.lookup(`k\u0000${apiVersion}\u0000${kind}`, () =>
      this.defs.find((d) => apiVersionOf(d) === apiVersion && d.kind === kind),
    );
  }

  /** Every request looks resources up several times; the table changes only with CRDs. */
  private lookup(key: string, find: () => ResourceDef | undefined): ResourceDef | undefined {
    if (this.lookups.has(key)) return this.lookups.get(key);
    const def = find();
    // Bounded: keys come from request paths.
    if (this.lookups.size > 10000) this.lookups.clear();
    this.lookups.set(key, def);
    return def;
  }

  /** The group/versions served, core first. */
  groupVersions(): Array<{ group: string; version: string }> {
    const seen = new Map<string, { group: string; version: string }>();
    for (const d of this.defs) seen.set(apiVersionOf(d), { group: d.group, version: d.version });
    return [...seen.values()];
  }
}
