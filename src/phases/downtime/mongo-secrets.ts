/**
 * The migrated connection-string secrets that hold the new MongoDB users' passwords, read as the
 * downtime reads: from its observation when it listed the target namespace's secrets, else one
 * GET each, at once. No driver here: the MongoDB part's worker thread asks the main thread for
 * them (mongo-remote.ts).
 */
import type { DowntimeContext } from './part';

export async function renameSecrets(
  d: Pick<DowntimeContext, 'kube' | 'observation' | 'profile' | 'record'>,
): Promise<Array<any | undefined>> {
  const ns = d.record.targetNamespace;
  const observed = await d.observation;
  const listed = observed?.covers('v1', 'Secret', ns);
  return Promise.all(
    d.profile.secrets.renames.map((r) =>
      listed ? observed!.get('v1', 'Secret', r.to, ns) : d.kube.get('v1', 'Secret', r.to, ns),
    ),
  );
}
