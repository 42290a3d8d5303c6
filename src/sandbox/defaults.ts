/**
 * Defaulting the apiserver does on every write, limited to the fields clients read back
 * (helm's readiness checks, kubectl's printers, the migration's checks).
 */
import type { Obj } from './json';
import type { ResourceDef } from './resources';

/** Fills defaults into `obj` (mutated) on create and update. */
export function applyDefaults(def: ResourceDef, obj: Obj): void {
  const spec = (obj.spec ??= {});
  switch (def.kind) {
    case 'Namespace':
      spec.finalizers ??= ['kubernetes'];
      // The apiserver labels every namespace with its name (NamespaceDefaultLabelName).
      if (obj.metadata?.name)
        obj.metadata.labels = {
          ...(obj.metadata.labels ?? {}),
          'kubernetes.io/metadata.name': obj.metadata.name,
        };
      break;
    case 'Secret':
      delete obj.spec;
      if (!obj.type) obj.type = 'Opaque';
      // stringData is write-only: the apiserver folds it into data.
      if (obj.stringData) {
        obj.data = { ...(obj.data ?? {}) };
        for (const [k, v] of Object.entries(obj.stringData))
          obj.data[k] = Buffer.from(String(v)).toString('base64');
        delete obj.stringData;
      }
      break;
    case 'Deployment':
      spec.replicas ??= 1;
      spec.revisionHistoryLimit ??= 10;
      spec.progressDeadlineSeconds ??= 600;
      spec.strategy ??= {};
      spec.strategy.type ||= 'RollingUpdate';
      if (spec.strategy.type === 'RollingUpdate') {
        spec.strategy.rollingUpdate = {
          maxSurge: '25%',
          maxUnavailable: '25%',
          ...(spec.strategy.rollingUpdate ?? {}),
        };
      }
      break;
    case 'StatefulSet':
      spec.replicas ??= 1;
      spec.podManagementPolicy ??= 'OrderedReady';
      spec.updateStrategy ??= { type: 'RollingUpdate', rollingUpdate: { partition: 0 } };
      break;
    case 'ReplicaSet':
      spec.replicas ??= 1;
      break;
    case 'Service':
      spec.type ??= 'ClusterIP';
      spec.sessionAffinity ??= 'None';
      for (const p of spec.ports ?? []) {
        p.protocol ??= 'TCP';
        if (p.targetPort === undefined) p.targetPort = p.port;
      }
      break;
    case 'PersistentVolumeClaim':
      spec.volumeMode ??= 'Filesystem';
      break;
    case 'PersistentVolume':
      spec.persistentVolumeReclaimPolicy ??= 'Retain';
      spec.volumeMode ??= 'Filesystem';
      break;
    case 'StorageClass':
      delete obj.spec;
      obj.reclaimPolicy ??= 'Delete';
      obj.volumeBindingMode ??= 'Immediate';
      break;
    case 'Pod':
      for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
        for (const p of c.ports ?? []) p.protocol ??= 'TCP';
        c.terminationMessagePath ??= '/dev/termination-log';
        c.imagePullPolicy ??=
          c.image?.endsWith(':latest') || !c.image?.includes(':') ? 'Always' : 'IfNotPresent';
      }
      spec.restartPolicy ??= 'Always';
      break;
    default:
      if (Object.keys(spec).length === 0) delete obj.spec;
  }
  if (
    obj.spec &&
    Object.keys(obj.spec).length === 0 &&
    ![
      'Namespace',
      'Service',
      'PersistentVolumeClaim',
      'PersistentVolume',
      'Pod',
      'Deployment',
      'StatefulSet',
      'ReplicaSet',
    ].includes(def.kind)
  ) {
    delete obj.spec;
  }
  if (def.kind === 'Deployment' || def.kind === 'StatefulSet' || def.kind === 'ReplicaSet') {
    for (const c of spec.template?.spec?.containers ?? [])
      for (const p of c.ports ?? []) p.protocol ??= 'TCP';
  }
}

/**
 * On update the apiserver carries allocated values over when the new object leaves them empty
 * (a replaced Service keeps its clusterIP and nodePorts), so `kubectl replace` and full PUTs of a
 * manifest work.
 */
export function carryOverAllocated(def: ResourceDef, old: Obj, obj: Obj): void {
  if (def.kind !== 'Service' || !obj.spec || !old.spec) return;
  if (!obj.spec.clusterIP && old.spec.clusterIP) {
    obj.spec.clusterIP = old.spec.clusterIP;
    obj.spec.clusterIPs ??= old.spec.clusterIPs;
  }
  for (const port of obj.spec.ports ?? []) {
    if (port.nodePort) continue;
    const before = (old.spec.ports ?? []).find(
      (p: Obj) => p.port === port.port && (p.protocol ?? 'TCP') === (port.protocol ?? 'TCP'),
    );
    if (before?.nodePort) port.nodePort = before.nodePort;
  }
}
