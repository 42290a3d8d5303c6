/** How long the installation was down, from the facts the downtime stage and helm-install record. */
import type { MigrationRecord } from './schema';

const span = (from: string | undefined, to: string | undefined): number | undefined => {
  if (!from || !to) return undefined;
  const ms = Date.parse(to) - Date.parse(from);
  return ms >= 0 ? ms : undefined;
};

/** The downtime stage's window: its first scale-down to its last change (the last Bound before `endedAt` was recorded). */
export function downtimeWindowMs(record: MigrationRecord): number | undefined {
  const d = record.downtime;
  return span(d?.scaleDownAt, d?.endedAt ?? d?.lastBoundAt);
}

/**
 * How long the installation was offline: the downtime stage's first scale-down to the first time
 * every workload of the release was Ready; undefined until both happened (a rollback clears them).
 */
export function outageMs(record: MigrationRecord): number | undefined {
  return span(record.downtime?.scaleDownAt, record.helmInstall?.readyAt);
}
