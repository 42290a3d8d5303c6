/**
 * Which cluster a client talks to. The uid of namespace `kube-system` is created with the
 * cluster and never changes (the convention cluster-id tooling follows); the server URL is
 * shown to people but proves nothing (contexts are renamed, endpoints move, tunnels reuse ports).
 */
import { ConfigurationError } from '../core/errors';
import type { Kube } from './client';

export interface ClusterIdentity {
  uid: string;
  server: string;
}

/** Reads the identity; a cluster without a readable kube-system is refused. */
export async function clusterIdentity(kube: Kube): Promise<ClusterIdentity> {
  const ns = await kube.get('v1', 'Namespace', 'kube-system');
  const uid = ns?.metadata.uid;
  if (!uid)
    throw new ConfigurationError(
      `cannot identify the cluster ${kube.server}: namespace kube-system ${ns ? 'has no uid' : 'not found'}. ` +
        'k2h needs get on namespace kube-system to tell clusters apart.',
    );
  return { uid, server: kube.server };
}
