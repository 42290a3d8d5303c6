/**
 * Helm 3/4 release storage, read-only: the Secrets `sh.helm.release.v1.<release>.v<revision>`
 * (type helm.sh/release.v1, labels owner=helm, name, status, version) in the release namespace.
 * Reading them through the Kubernetes API tells whether a release is installed without running
 * helm. The release body carries the user's values (secrets among them): only the chart version
 * and status are taken out of it, nothing else is kept.
 */
import { gunzipSync } from 'node:zlib';
import type { KubeObject } from '../kube/client';

/** Label selector of a release's storage Secrets. */
export const releaseSelector = (release: string) => `owner=helm,name=${release}`;

/** What k2h needs to know of one revision. */
export interface ReleaseRevision {
  revision: number;
  status: string;
  chartVersion?: string;
}

/** The revision of a storage Secret, undefined when it is not one of `release`'s. */
export function revisionOf(secret: KubeObject, release: string): ReleaseRevision | undefined {
  const l = secret.metadata.labels ?? {};
  if (l.owner !== 'helm' || l.name !== release) return undefined;
  const revision = Number(l.version);
  if (!Number.isInteger(revision)) return undefined;
  return { revision, status: l.status ?? 'unknown', chartVersion: chartVersionOf(secret) };
}

/** The latest revision among a release's storage Secrets (as listed with releaseSelector). */
export function latestRevision(secrets: KubeObject[], release: string): ReleaseRevision | undefined {
  let latest: ReleaseRevision | undefined;
  for (const s of secrets) {
    const r = revisionOf(s, release);
    if (r && (!latest || r.revision > latest.revision)) latest = r;
  }
  return latest;
}

/** The chart version inside the release body (base64 of base64 of gzip of JSON), if readable. */
function chartVersionOf(secret: KubeObject): string | undefined {
  const data = (secret as { data?: Record<string, string> }).data?.release;
  if (!data) return undefined;
  try {
    const inner = Buffer.from(Buffer.from(data, 'base64').toString('utf8'), 'base64');
    const body = JSON.parse(gunzipSync(inner).toString('utf8')) as {
      chart?: { metadata?: { version?: string } };
    };
    return body.chart?.metadata?.version;
  } catch {
    return undefined;
  }
}
