/**
 * The `meta.k8s.io/v1` Table kubectl asks for on `get` (`Accept: ...;as=Table`). Kinds the runbook
 * reads by eye or through `grep`/`awk` (`kubectl get pv | grep flow-modules | awk '{print $1}'`)
 * get the apiserver's columns; every other kind gets Name and Age, which the clients accept.
 */
import type { Obj } from './json';

type Cell = string | number;
/** One column: header, type, and how to compute the cell. */
type Column = [name: string, type: 'string' | 'integer', cell: (o: Obj) => Cell];

function age(created: string | undefined): string {
  if (!created) return '<unknown>';
  const s = Math.max(0, Math.floor((Date.now() - Date.parse(created)) / 1000));
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.floor(s / 60)}m`;
  if (s < 172800) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}

const MODES: Record<string, string> = {
  ReadWriteOnce: 'RWO',
  ReadOnlyMany: 'ROX',
  ReadWriteMany: 'RWX',
  ReadWriteOncePod: 'RWOP',
};
const modes = (list: string[] | undefined): string => (list ?? []).map((m) => MODES[m] ?? m).join(',');
const or = (v: unknown, fallback = '<none>'): string =>
  v === undefined || v === null || v === '' ? fallback : String(v);

const NAME: Column = ['Name', 'string', (o) => o.metadata?.name];
const AGE: Column = ['Age', 'string', (o) => age(o.metadata?.creationTimestamp)];

// prettier-ignore
const COLUMNS: Record<string, Column[]> = {
  PersistentVolume: [
    NAME,
    ['Capacity', 'string', (o) => or(o.spec?.capacity?.storage, '')],
    ['Access Modes', 'string', (o) => modes(o.spec?.accessModes)],
    ['Reclaim Policy', 'string', (o) => or(o.spec?.persistentVolumeReclaimPolicy, '')],
    ['Status', 'string', (o) => (o.metadata?.deletionTimestamp ? 'Terminating' : or(o.status?.phase, ''))],
    ['Claim', 'string', (o) => (o.spec?.claimRef ? `${o.spec.claimRef.namespace}/${o.spec.claimRef.name}` : '')],
    ['StorageClass', 'string', (o) => or(o.spec?.storageClassName, '')],
    ['VolumeAttributesClass', 'string', (o) => or(o.spec?.volumeAttributesClassName)],
    ['Reason', 'string', (o) => or(o.status?.reason, '')],
    AGE,
  ],
  PersistentVolumeClaim: [
    NAME,
    ['Status', 'string', (o) => (o.metadata?.deletionTimestamp ? 'Terminating' : or(o.status?.phase, ''))],
    ['Volume', 'string', (o) => or(o.spec?.volumeName, '')],
    ['Capacity', 'string', (o) => or(o.status?.capacity?.storage, '')],
    ['Access Modes', 'string', (o) => modes(o.status?.accessModes)],
    ['StorageClass', 'string', (o) => or(o.spec?.storageClassName, '')],
    ['VolumeAttributesClass', 'string', (o) => or(o.spec?.volumeAttributesClassName)],
    AGE,
  ],
  Deployment: [
    NAME,
    ['Ready', 'string', (o) => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 0}`],
    ['Up-to-date', 'integer', (o) => o.status?.updatedReplicas ?? 0],
    ['Available', 'integer', (o) => o.status?.availableReplicas ?? 0],
    AGE,
  ],
  StatefulSet: [NAME, ['Ready', 'string', (o) => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 0}`], AGE],
  Pod: [
    NAME,
    ['Ready', 'string', (o) => `${(o.status?.containerStatuses ?? []).filter((c: Obj) => c.ready).length}/${(o.spec?.containers ?? []).length}`],
    ['Status', 'string', (o) => (o.metadata?.deletionTimestamp ? 'Terminating' : or(o.status?.phase, 'Pending'))],
    ['Restarts', 'string', () => '0'],
    AGE,
  ],
  Service: [
    NAME,
    ['Type', 'string', (o) => or(o.spec?.type, 'ClusterIP')],
    ['Cluster-IP', 'string', (o) => or(o.spec?.clusterIP)],
    ['External-IP', 'string', (o) => {
      const ingress = (o.status?.loadBalancer?.ingress ?? []).map((i: Obj) => i.ip ?? i.hostname).filter(Boolean);
      if (ingress.length) return ingress.join(',');
      return o.spec?.type === 'LoadBalancer' ? '<pending>' : or(o.spec?.externalName);
    }],
    ['Port(s)', 'string', (o) => or((o.spec?.ports ?? []).map((p: Obj) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(','))],
    AGE,
  ],
  Namespace: [NAME, ['Status', 'string', (o) => or(o.status?.phase, '')], AGE],
  Node: [
    NAME,
    ['Status', 'string', (o) => ((o.status?.conditions ?? []).some((c: Obj) => c.type === 'Ready' && c.status === 'True') ? 'Ready' : 'NotReady')],
    ['Roles', 'string', () => '<none>'],
    AGE,
    ['Version', 'string', (o) => or(o.status?.nodeInfo?.kubeletVersion, '')],
  ],
  StorageClass: [
    NAME,
    ['Provisioner', 'string', (o) => or(o.provisioner, '')],
    ['ReclaimPolicy', 'string', (o) => or(o.reclaimPolicy, 'Delete')],
    ['VolumeBindingMode', 'string', (o) => or(o.volumeBindingMode, 'Immediate')],
    ['AllowVolumeExpansion', 'string', (o) => String(o.allowVolumeExpansion ?? false)],
    AGE,
  ],
  Ingress: [
    NAME,
    ['Class', 'string', (o) => or(o.spec?.ingressClassName)],
    ['Hosts', 'string', (o) => or((o.spec?.rules ?? []).map((r: Obj) => r.host ?? '*').join(','), '*')],
    ['Address', 'string', (o) => (o.status?.loadBalancer?.ingress ?? []).map((i: Obj) => i.ip ?? i.hostname).join(',')],
    ['Ports', 'string', (o) => (o.spec?.tls?.length ? '80, 443' : '80')],
    AGE,
  ],
};

/** A Table of `objects` of `kind`; with `includeObject=None` rows carry no object. */
export function toTable(
  kind: string,
  objects: Obj[],
  resourceVersion: string,
  includeObject: string | null,
): Obj {
  const columns = COLUMNS[kind] ?? [NAME, AGE];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: columns.map(([name, type]) => ({
      name,
      type,
      format: name === 'Name' ? 'name' : '',
      description: '',
      priority: name === 'VolumeAttributesClass' || name === 'Reason' ? 1 : 0,
    })),
    rows: objects.map((o) => {
      const row: Obj = { cells: columns.map(([, , cell]) => cell(o)) };
      if (includeObject === 'None') return row;
      row.object =
        includeObject === 'Object'
          ? o
          : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata };
      return row;
    }),
  };
}
