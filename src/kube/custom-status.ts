/**
 * Writing the `status` subresource of a custom resource. The main resource's create/update never
 * changes status (the API server drops it), so a decision kept in status can be guarded by RBAC on
 * `<plural>/status` alone.
 */
import type { Kube, KubeObject } from './client';
import { plain } from './plain';
import { toKubeError } from './errors';
import { CustomObjectsApi } from '@kubernetes/client-node';

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
  const api = kube.config.makeApiClient(CustomObjectsApi);
  try {
    const res = await api.replaceNamespacedCustomObjectStatus({ ...ref, body: obj, fieldManager: 'k2h' });
    return plain(res);
  } catch (raw) {
    throw toKubeError(raw, `update ${ref.plural}/status ${ref.namespace}/${ref.name}`, kube.server);
  }
}
