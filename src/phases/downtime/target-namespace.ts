/**
 * The target namespace must hold only what k2h put there (migrated or adopted secrets, objects
 * with k2h's created-by label, the claims of this migration), so the volumes are never bound into
 * a namespace something else already uses.
 */
import { createdByK2h } from '../../kube/adopt';
import type { KubeObject } from '../../kube/client';
import type { Observation } from '../../kube/observation';
import type { MigrationRecord } from '../../record/schema';

/** Kinds looked at, as in preflight's check. */
export const TARGET_KINDS: Array<[string, string]> = [
  ['v1', 'Secret'],
  ['v1', 'ConfigMap'],
  ['v1', 'PersistentVolumeClaim'],
  ['v1', 'Service'],
  ['v1', 'ServiceAccount'],
  ['v1', 'Pod'],
  ['apps/v1', 'Deployment'],
  ['apps/v1', 'StatefulSet'],
];

/** Objects every namespace gets by itself. */
const NAMESPACE_DEFAULTS = new Set(['ConfigMap/kube-root-ca.crt', 'ServiceAccount/default']);

/** `Kind/name` of every object in the target namespace that is not k2h's. */
export function foreignObjects(obs: Observation, record: MigrationRecord): string[] {
  const ns = record.targetNamespace;
  const ours = (kind: string, o: KubeObject) =>
    createdByK2h(o) ||
    (kind === 'Secret' && record.migratedSecrets.includes(o.metadata.name)) ||
    record.adoptions.some((a) => a.kind === kind && a.name === o.metadata.name && a.namespace === ns) ||
    (kind === 'PersistentVolumeClaim' &&
      record.pvcs.some(
        (p) => p.name === o.metadata.name && (!o.spec?.volumeName || o.spec.volumeName === p.pv),
      ));
  const out: string[] = [];
  for (const [apiVersion, kind] of TARGET_KINDS)
    for (const o of obs.list(apiVersion, kind, ns)) {
      const id = `${kind}/${o.metadata.name}`;
      if (!NAMESPACE_DEFAULTS.has(id) && !ours(kind, o)) out.push(id);
    }
  return out;
}
