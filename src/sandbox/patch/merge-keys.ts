/**
 * Which lists merge by key under strategic merge patch and server-side apply. The real apiserver
 * reads this from the Go struct tags (`patchMergeKey`); the sandbox keys it by field name, with the
 * parent field deciding where one name means two things (`ports` in a container vs. a Service).
 */

/** How a list field merges. */
export type ListStrategy = { kind: 'keyed'; keys: string[] } | { kind: 'set' } | { kind: 'atomic' };

const KEYED: Record<string, string[]> = {
  containers: ['name'],
  initContainers: ['name'],
  ephemeralContainers: ['name'],
  env: ['name'],
  volumes: ['name'],
  imagePullSecrets: ['name'],
  volumeMounts: ['mountPath'],
  volumeDevices: ['devicePath'],
  hostAliases: ['ip'],
  topologySpreadConstraints: ['topologyKey', 'whenUnsatisfiable'],
  ownerReferences: ['uid'],
  conditions: ['type'],
  resourceClaims: ['name'],
  schedulingGates: ['name'],
  resizePolicy: ['resourceName'],
  volumeClaimTemplates: ['metadata'],
};

/** Lists of strings that merge as sets (`patchStrategy: merge` without a key). */
const SETS = new Set(['finalizers']);

/**
 * Strategy for list `field`, whose parent field is `parent` (undefined at the top level).
 * Container ports merge by containerPort (and protocol, as server-side apply does); Service ports
 * by port.
 */
export function listStrategy(field: string, parent: string | undefined): ListStrategy {
  if (field === 'ports') {
    const inContainer =
      parent === 'containers' || parent === 'initContainers' || parent === 'ephemeralContainers';
    return { kind: 'keyed', keys: inContainer ? ['containerPort', 'protocol'] : ['port', 'protocol'] };
  }
  if (field === 'volumeClaimTemplates') return { kind: 'atomic' };
  if (KEYED[field]) return { kind: 'keyed', keys: KEYED[field] };
  if (SETS.has(field)) return { kind: 'set' };
  return { kind: 'atomic' };
}

/** Defaults the apiserver applies to key fields, so `{containerPort: 80}` matches `{containerPort: 80, protocol: TCP}`. */
export function keyValue(item: Record<string, unknown>, key: string): unknown {
  const v = item[key];
  if (v === undefined && key === 'protocol') return 'TCP';
  return v;
}

/** True when two list items have the same merge key. */
export function sameKey(a: Record<string, unknown>, b: Record<string, unknown>, keys: string[]): boolean {
  // Strategic merge patch keys on the first key only; extra keys only disambiguate when present.
  return keys.every((k, i) =>
    i === 0 || k === 'protocol' || (a[k] !== undefined && b[k] !== undefined)
      ? keyValue(a, k) === keyValue(b, k)
      : true,
  );
}
