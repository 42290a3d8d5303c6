/**
 * What a chart may ask of the cluster (`.Capabilities`): the server's version and every
 * group/version and group/version/Kind discovery serves, in the form helm's `--api-versions` takes.
 */
import type { Kube } from './client';

/** An APIResourceList as discovery answers it (the part k2h reads). */
interface ApiResourceList {
  resources?: Array<{ name: string; kind: string }>;
}

/** The cluster as helm sees it when it renders against the server. */
export interface ClusterCapabilities {
  /** `/version`'s gitVersion, e.g. `v1.23.17` (or `v1.23.17-eks-…`). */
  kubeVersion: string;
  /** `v1`, `v1/Service`, `networking.k8s.io/v1`, `networking.k8s.io/v1/IngressClass`, … sorted. */
  apiVersions: string[];
}

/** Reads `/version`, `/api/v1` and every group/version of `/apis` (subresources left out, as helm does). */
export async function clusterCapabilities(kube: Kube): Promise<ClusterCapabilities> {
  // The version alongside the discovery (it is asked once per client).
  const versionRead = kube.serverVersion();
  versionRead.catch(() => undefined);
  const out = new Set<string>();
  const add = (groupVersion: string, list: ApiResourceList) => {
    out.add(groupVersion);
    for (const r of list.resources ?? []) if (!r.name.includes('/')) out.add(`${groupVersion}/${r.kind}`);
  };
  const [core, groups] = await Promise.all([
    kube.request<ApiResourceList>('get /api/v1', 'GET', '/api/v1'),
    kube.apiGroups(),
  ]);
  add('v1', core);
  const versions = groups.groups.flatMap((g) => g.versions.map((v) => ({ group: g.name, ...v })));
  const lists = await Promise.all(
    versions.map((v) =>
      kube
        .request<ApiResourceList>(`get /apis/${v.groupVersion}`, 'GET', `/apis/${v.groupVersion}`)
        .catch(() => undefined),
    ),
  );
  versions.forEach((v, n) => {
    const list = lists[n];
    // An aggregated API that does not answer (metrics-server down) is left out, as helm does.
    if (list) add(v.groupVersion, list);
  });
  return { kubeVersion: (await versionRead).gitVersion, apiVersions: [...out].sort() };
}
