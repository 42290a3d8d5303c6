/**
 * What a chart may ask of the cluster (`.Capabilities`): the server's version and every
 * group/version and group/version/Kind discovery serves, in the form helm's `--api-versions` takes.
 */
import { ApisApi, CoreV1Api, CustomObjectsApi, type V1APIResourceList } from '@kubernetes/client-node';
import type { Kube } from './client';

/** The cluster as helm sees it when it renders against the server. */
export interface ClusterCapabilities {
  /** `/version`'s gitVersion, e.g. `v1.23.17` (or `v1.23.17-eks-…`). */
  kubeVersion: string;
  /** `v1`, `v1/Service`, `networking.k8s.io/v1`, `networking.k8s.io/v1/IngressClass`, … sorted. */
  apiVersions: string[];
}

/** Reads `/version`, `/api/v1` and every group/version of `/apis` (subresources left out, as helm does). */
export async function clusterCapabilities(kube: Kube): Promise<ClusterCapabilities> {
  const version = await kube.serverVersion();
  const core = kube.config.makeApiClient(CoreV1Api);
  const apis = kube.config.makeApiClient(ApisApi);
  const custom = kube.config.makeApiClient(CustomObjectsApi);
  const out = new Set<string>();
  const add = (groupVersion: string, list: V1APIResourceList) => {
    out.add(groupVersion);
    for (const r of list.resources ?? []) if (!r.name.includes('/')) out.add(`${groupVersion}/${r.kind}`);
  };
  add('v1', await core.getAPIResources());
  const groups = await apis.getAPIVersions();
  const versions = groups.groups.flatMap((g) => g.versions.map((v) => ({ group: g.name, ...v })));
  const lists = await Promise.all(
    versions.map((v) =>
      custom.getAPIResources({ group: v.group, version: v.version }).catch(() => undefined),
    ),
  );
  versions.forEach((v, n) => {
    const list = lists[n];
    // An aggregated API that does not answer (metrics-server down) is left out, as helm does.
    if (list) add(v.groupVersion, list);
  });
  return { kubeVersion: version.gitVersion, apiVersions: [...out].sort() };
}
