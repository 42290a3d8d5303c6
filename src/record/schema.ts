/**
 * The migration record: everything a later phase, a rollback or a human needs to know about a
 * migration, and nothing secret. Versioned; a record of another schema version is refused.
 */

export const RECORD_SCHEMA_VERSION = 1;
export const RECORD_KIND = 'K2hMigrationRecord';
export const RECORD_FILE = 'migration-record.json';
export const PVC_BACKUP_DIR = 'pvc-backups';

export type Provider = 'aws' | 'azure' | 'generic';
export const PROVIDERS: readonly Provider[] = ['aws', 'azure', 'generic'];

/** The reclaim policies a PV can have; an unknown one is refused, never defaulted. */
export const RECLAIM_POLICIES = ['Delete', 'Retain', 'Recycle'] as const;
export type ReclaimPolicy = (typeof RECLAIM_POLICIES)[number];

/** Which cluster a record belongs to: the uid of namespace kube-system, the server URL for people. */
export type { ClusterIdentity } from '../kube/cluster-identity';
import type { ClusterIdentity } from '../kube/cluster-identity';

/** One PVC of the installation and the PV behind it, as preflight found them. */
export interface PvcFact {
  name: string;
  pv: string;
  /** Reclaim policy before k2h touched it (rollback restores it). */
  originalReclaimPolicy: ReclaimPolicy;
  /** When originalReclaimPolicy was read from the live PV, just before k2h set Retain. */
  reclaimPolicyReadAt?: string;
  capacity?: string;
  accessModes?: string[];
  storageClass?: string;
  /** AWS EFS file system id from the PV's NFS server. */
  efsId?: string;
}

/** An object k2h created (its create succeeded), by uid: clean-up and rollback delete only these. */
export interface CreatedObject {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  uid: string;
}

/** A VolumeSnapshot preflight counted as a backup (ready to use). */
export interface SnapshotFact {
  name: string;
  pvc: string;
  uid?: string;
  /** k2h created it (clean-up may delete only these, by uid). */
  createdByK2h: boolean;
}

/** An object k2h annotated/labelled for Helm adoption, with what it carried before. */
export type { AdoptionFact } from '../kube/adopt';
import type { InventoryItem } from '../cognigy/inventory';
export type { InventoryItem } from '../cognigy/inventory';
import type { AdoptionFact } from '../kube/adopt';
import type { MongoFacts } from '../mongo/facts';
import type { ChartStorageFacts } from '../helm/chart-storage';

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
  /** Identity of this migration, set by the first preflight: copies with another id are another migration. */
  id: string;
  /**
   * Bumped by every save. Between the local copy and the in-cluster mirror of one migration the
   * higher generation is the newer one (no wall clocks of different machines are compared).
   */
  generation: number;
  createdAt: string;
  updatedAt: string;
  k2hVersion: string;
  sourceNamespace: string;
  targetNamespace: string;
  release: string;
  /** The cluster the record belongs to (see ClusterIdentity) and its version when preflight ran. */
  cluster: ClusterIdentity & { version: string };
  product: { version: string; chart: string; chartVersion: string };
  provider: Provider;
  traefik: boolean;
  cognigyApps: boolean;
  /** Deployments of the installation and their replicas when preflight saw them. */
  deployments: Array<{ name: string; replicas: number }>;
  pvcs: PvcFact[];
  /**
   * Names of the secrets the migration puts into the target namespace (created or adopted),
   * written ahead. It proves nothing about ownership: what k2h created is in createdObjects.
   */
  migratedSecrets: string[];
  /** Objects k2h created, each recorded with its uid after the create succeeded. */
  createdObjects?: CreatedObject[];
  /** The VolumeSnapshots that are the PVs' backups (ready to use when preflight recorded them). */
  snapshots?: SnapshotFact[];
  adoptions: AdoptionFact[];
  phases: Record<string, PhaseEntry>;
  /** Decisions the gate saw, newest last (who approved which plan of which phase). */
  approvals?: ApprovalFact[];
  /** What the downtime stage did (rollback restores the replicas). */
  downtime?: DowntimeFacts;
  /** The MongoDB database copies (verification per collection) and users; clean-up reads it. */
  mongo?: MongoFacts;
  /** What helm-install asked helm for (a digest of chart, version and values: nothing readable). */
  helmInstall?: HelmInstallFacts;
  /** The Traefik Service's external address before downtime (helm-install says whether DNS must change). */
  traefikAddress?: string;
  /** The installation's objects in the source namespace, with uids, taken before downtime: all clean-up may delete. */
  inventory?: InventoryItem[];
  /** What rollback did (rollback re-runs decide from the cluster; this is for people and status). */
  rollback?: { finishedAt?: string; namespaceDeleted?: boolean; undonePhases?: Record<string, unknown> };
  /** What clean-up deleted (names), for people and status. */
  cleanup?: { deleted: string[]; droppedDatabases: string[] };
  /**
   * The claims and StorageClasses the chart renders (preflight, with the user's values): the
   * claims k2h creates for the release carry them; classes with other immutable fields are replaced.
   */
  chart?: ChartStorageFacts;
}

/** helm-install's write-ahead: what it installs, so a re-run with the same inputs is a no-op. */
export interface HelmInstallFacts {
  chart: string;
  chartVersion: string;
  digest: string;
  startedAt: string;
  /** The release revision once it was deployed. */
  revision?: number;
  /** When every workload of the release was first Ready (the end of the outage). */
  readyAt?: string;
}

/** An approval (or rejection) of a guarded phase's plan, as the approval request's status says. */
export interface ApprovalFact {
  for: string;
  /** Name of the ApprovalRequest (in the source namespace). */
  request: string;
  planSha256: string;
  decision: 'Approved' | 'Rejected' | 'Platform';
  /** Username the API server reported for the approver (SelfSubjectReview). */
  decidedBy: string;
  decidedAt: string;
  reason?: string;
}

/** Undo facts and timings of the downtime stage. */
export interface DowntimeFacts {
  /**
   * Replicas of each scaled deployment before k2h scaled it to 0, written before the scale-down;
   * never overwritten (a re-run finds the deployment at 0 and keeps the earlier count).
   */
  replicas: Record<string, number>;
  /** When the first scale-down was sent (start of the downtime window). */
  scaleDownAt?: string;
  /** When the last volume was verified Bound to its new claim. */
  lastBoundAt?: string;
  /**
   * When the stage's last change settled: a volume Bound, a database copied and verified or a
   * MongoDB user set up, whichever came last (end of the downtime stage's window).
   */
  endedAt?: string;
}
