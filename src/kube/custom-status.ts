/**
 * Writing the `status` subresource of a custom resource. The main resource's create/update never
 * changes status (the API server drops it), so a decision kept in status can be guarded by RBAC on
 * `<plural>/status` alone.
 */
import type { Kube, KubeObject } from './client';

/** Where a custom resource lives. */
export interface CustomRef {
  group: string;
  version: string;
  plural: string;
  namespace: string;
  name: string;
}

/**
 * PUT `.../status` with `obj` (its resourceVersion included): a concurrent writer makes it fail
 * with 409 Conflict rather than be overwritten.
 */
export async function replaceCustomStatus(kube: Kube, ref: CustomRef, obj: KubeObject): Promise<KubeObject> {
  const path = `/apis/${ref.group}/${ref.version}/namespaces/${encodeURIComponent(ref.namespace)}/${ref.plural}/${encodeURIComponent(ref.name)}/status`;
  return kube.request<KubeObject>(
    `update ${ref.plural}/status ${ref.namespace}/${ref.name}`,
    'PUT',
    path,
    obj,
    {
      fieldManager: 'k2h',
    },
  );
}
