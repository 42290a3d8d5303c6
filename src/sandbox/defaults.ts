/**
 * Defaulting the apiserver does on every write, limited to the fields clients read back
 * (helm's readiness checks, kubectl's printers, the migration's checks).
 */
import type { Obj } from './json';
import type { ResourceDef } from './resources';

/**
 * Fills defaults into `obj` (mutated) on create and update. For the workload kinds (see
 * `defaultsCopyOnWrite`) `obj` itself must be writable, but parts of it may be stored (frozen)
 * ones: what gets a default is copied first (spec, strategy, a template container and its ports).
 */
export function applyDefaults(def: ResourceDef, obj: Obj): void {
  if (defaultsCopyOnWrite(def)) own(obj, 'spec');
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
      own(spec, 'strategy');
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
    // The template is usually the stored one, untouched: copied only where a port lacks a protocol.
    let lacking = false;
    for (const c of spec.template?.spec?.containers ?? [])
      for (const p of c.ports ?? []) if (p.protocol === undefined || p.protocol === null) lacking = true;
    if (lacking) {
      const containers = own(own(own(spec, 'template'), 'spec'), 'containers');
      for (let i = 0; i < containers.length; i++) {
        let lacks = false;
        for (const p of containers[i].ports ?? [])
          if (p.protocol === undefined || p.protocol === null) lacks = true;
        if (!lacks) continue;
        const ports = own(own(containers, i), 'ports');
        for (let j = 0; j < ports.length; j++) own(ports, j).protocol ??= 'TCP';
      }
    }
  }
}

/**
 * Kinds whose defaulting copes with stored (frozen) parts in the object it fills (copying what it
 * writes to), so an update of them need not deep-copy the stored object first.
 */
export function defaultsCopyOnWrite(def: ResourceDef): boolean {
  return (
    (def.kind === 'Deployment' || def.kind === 'StatefulSet' || def.kind === 'ReplicaSet') &&
    def.group === 'apps' &&
    !def.custom
  );
}

/**
 * `holder[key]` made writable: a stored (frozen) object or array there is replaced by a shallow
 * copy of itself (its parts stay shared). `holder` must be writable.
 */
function own(holder: any, key: string | number): any {
  const v = holder[key];
  if (typeof v !== 'object' || v === null || !Object.isFrozen(v)) return v;
  return (holder[key] = Array.isArray(v) ? [...v] : { ...v });
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
