/**
 * The Secret in which Helm 3 (and 4) stores a release (`sh.helm.release.v1.<name>.v<revision>`),
 * so that `helm list`, `helm status` and `helm get` see a seeded release as installed. The
 * payload is Helm's encoding: JSON of the release, gzipped, base64 — and base64 again as Secret data.
 */
import { gzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import type { KubeObject } from '../../sandbox/seeds/types';

/** What a seeded release is made of. */
export interface SeedRelease {
  name: string;
  namespace: string;
  revision: number;
  chart: { name: string; version: string; appVersion: string; description?: string };
  /** User-supplied values (`helm get values`). */
  values: Record<string, unknown>;
  /** The release's objects; their manifest (without status) becomes the release manifest. */
  objects: KubeObject[];
  deployedAt: string;
}

function manifestOf(objects: KubeObject[], chartName: string): string {
  return objects
    .map((o) => {
      const rest: Record<string, unknown> = { ...o };
      delete rest.status;
      const metadata = { ...o.metadata };
      for (const k of ['uid', 'creationTimestamp', 'resourceVersion', 'managedFields']) delete metadata[k];
      const kindFile = o.kind.toLowerCase();
      return `---\n# Source: ${chartName}/templates/${kindFile}.yaml\n${yaml.dump({ ...rest, metadata }, { lineWidth: -1, noRefs: true })}`;
    })
    .join('');
}

/** Helm's storage Secret for `release`. */
export function helmReleaseSecret(release: SeedRelease): KubeObject {
  const body = {
    name: release.name,
    info: {
      first_deployed: release.deployedAt,
      last_deployed: release.deployedAt,
      deleted: '',
      description: 'Install complete',
      status: 'deployed',
    },
    chart: {
      metadata: {
        name: release.chart.name,
        version: release.chart.version,
        appVersion: release.chart.appVersion,
        description: release.chart.description ?? '',
        apiVersion: 'v2',
        type: 'application',
      },
      lock: null,
      templates: [],
      values: {},
      schema: null,
      files: [],
    },
    config: release.values,
    manifest: manifestOf(release.objects, release.chart.name),
    version: release.revision,
    namespace: release.namespace,
  };
  const encoded = gzipSync(Buffer.from(JSON.stringify(body), 'utf8')).toString('base64');
  const modifiedAt = String(Math.floor(Date.parse(release.deployedAt) / 1000));
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: `sh.helm.release.v1.${release.name}.v${release.revision}`,
      namespace: release.namespace,
      creationTimestamp: release.deployedAt,
      labels: {
        name: release.name,
        owner: 'helm',
        status: 'deployed',
        version: String(release.revision),
        modifiedAt,
      },
    },
    type: 'helm.sh/release.v1',
    data: { release: Buffer.from(encoded, 'utf8').toString('base64') },
  };
}
