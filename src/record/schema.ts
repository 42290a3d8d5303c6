/**
 * The migration record: everything a later phase, a rollback or a human needs to know about a
 * migration, and nothing secret. Versioned; a record of another schema version is refused.
 */

export const RECORD_SCHEMA_VERSION = 1;
export const RECORD_KIND = 'K2hMigrationRecord';
export const RECORD_FILE = 'migration-record.json';
export const PVC_BACKUP_DIR = 'pvc-backups';

export type Provider = 'aws' | 'azure' | 'generic';

/** One PVC of the installation and the PV behind it, as preflight found them. */
export interface PvcFact {
  name: string;
  pv: string;
  /** Reclaim policy before k2h touched it (rollback restores it). */
  originalReclaimPolicy: string;
  capacity?: string;
  accessModes?: string[];
  storageClass?: string;
  /** AWS EFS file system id from the PV's NFS server. */
  efsId?: string;
}

/** An object k2h annotated/labelled for Helm adoption, with what it carried before. */
export type { AdoptionFact } from '../kube/adopt';
import type { AdoptionFact } from '../kube/adopt';

export interface PhaseEntry {
  status: 'running' | 'succeeded' | 'failed' | 'planned';
  startedAt: string;
  finishedAt?: string;
  steps?: Array<{ id: string; status: string; durationMs: number }>;
  error?: string;
}

export interface MigrationRecord {
  schemaVersion: typeof RECORD_SCHEMA_VERSION;
  kind: typeof RECORD_KIND;
  createdAt: string;
  updatedAt: string;
  k2hVersion: string;
  sourceNamespace: string;
  targetNamespace: string;
  release: string;
  cluster: { server: string; version: string };
  product: { version: string; chart: string; chartVersion: string };
  provider: Provider;
  traefik: boolean;
  cognigyApps: boolean;
  /** Deployments of the installation and their replicas when preflight saw them. */
  deployments: Array<{ name: string; replicas: number }>;
  pvcs: PvcFact[];
  /** Names of secrets migrated into the target namespace (names only). */
  migratedSecrets: string[];
  adoptions: AdoptionFact[];
  phases: Record<string, PhaseEntry>;
}
