/**
 * Who the API server takes this client for: SelfSubjectReview (authentication.k8s.io/v1, GA since
 * Kubernetes 1.28), and the kubeconfig's user name only where it is not served.
 * The server's answer is what an approval is recorded under: a kubeconfig user name is a label
 * anyone can write, the server's username is what RBAC decides on.
 */
import type { Kube } from './client';
import { KubeApiError } from './errors';

/** The identity of the caller. */
export interface CallerIdentity {
  username: string;
  groups: string[];
  /** Where it came from: the API server, or the kubeconfig (servers without SelfSubjectReview). */
  source: 'SelfSubjectReview' | 'kubeconfig';
}

/** Asks the API server who we are; falls back to the kubeconfig user where the API is missing. */
export async function whoAmI(kube: Kube): Promise<CallerIdentity> {
  const attempts: Array<() => Promise<{ status?: { userInfo?: { username?: string; groups?: string[] } } }>> =
    [
      () =>
        kube.request(
          'create selfsubjectreview',
          'POST',
          '/apis/authentication.k8s.io/v1/selfsubjectreviews',
          {
            apiVersion: 'authentication.k8s.io/v1',
            kind: 'SelfSubjectReview',
          },
        ),
    ];
  for (const attempt of attempts) {
    try {
      const res = await attempt();
      const info = res.status?.userInfo;
      if (info?.username)
        return { username: info.username, groups: info.groups ?? [], source: 'SelfSubjectReview' };
    } catch (err) {
      // 404: this version of the API is not served; try the next, then the kubeconfig.
      if (!(err instanceof KubeApiError && err.code === 404)) throw err;
    }
  }
  const user = kube.config.getCurrentUser();
  return { username: user?.name ?? 'unknown', groups: [], source: 'kubeconfig' };
}
