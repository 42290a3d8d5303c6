/**
 * The record on disk (`<state-dir>/migration-record.json` + `pvc-backups/`), written atomically
 * (temp file + rename) and mirrored into a ConfigMap in the source namespace, so rollback works
 * even when the pipeline's artifacts are gone.
 *
 * Trust rules: every copy is schema-checked on load; a copy of another cluster (kube-system uid)
 * or of another migration (record id) is refused, naming both; between the two copies of one
 * migration the higher generation wins (never wall clocks); the mirror is written with the
 * resourceVersion last read, and a copy another run wrote meanwhile stops this run.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../core/errors';
import { type ClusterIdentity, type MigrationRecord, PVC_BACKUP_DIR, RECORD_FILE } from './schema';
import { validateRecord } from './validate';

/** What the mirror holds: its resourceVersion (null: no ConfigMap) and the record, if any. */
export interface MirroredCopy {
  resourceVersion: string | null;
  found?: { doc: unknown; backups: Record<string, string> };
}

/** Where the record is mirrored; implemented over the cluster in record/mirror.ts. */
export interface RecordMirror {
  /** Names the copy in messages. */
  readonly where: string;
  /** Writes with the resourceVersion last read (null: create); resolves with the new one. */
  write(
    record: MigrationRecord,
    backups: Record<string, string>,
    resourceVersion: string | null,
  ): Promise<string>;
  read(): Promise<MirroredCopy>;
}

/** The mirror changed since it was read (HTTP 409). */
export class MirrorConflictError extends Error {
  constructor(where: string) {
    super(`${where} was changed by someone else since this run read it`);
    this.name = 'MirrorConflictError';
  }
}

/** Writes `data` to `file` so a reader sees the old or the new content, never a torn one. */
export function writeFileAtomic(file: string, data: string, mode = 0o644): void {
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(tmp, data, { mode });
  renameSync(tmp, file);
}

/** Validates a parsed record document; clear errors for foreign, future or broken documents. */
export function checkRecord(doc: unknown, where: string): MigrationRecord {
  return validateRecord(doc, where);
}

const describeCluster = (c: ClusterIdentity) => `${c.server} (kube-system uid ${c.uid})`;

/** Refuses a record of another cluster, naming both. */
export function checkSameCluster(record: MigrationRecord, where: string, live: ClusterIdentity): void {
  if (record.cluster.uid === live.uid) return;
  throw new ConfigurationError(
    `${where} belongs to another cluster: it was written for ${describeCluster(record.cluster)}, ` +
      `but this is ${describeCluster(live)}. Nothing was changed. Pass the state dir of this cluster's migration ` +
      '(or an empty one: the copy in the cluster is then used), or point the kubeconfig at the cluster the record belongs to.',
  );
}

function describeCopy(r: MigrationRecord): string {
  return `migration ${r.id} (created ${r.createdAt}, generation ${r.generation}, ${r.sourceNamespace} -> ${r.targetNamespace})`;
}

export class RecordStore {
  /** resourceVersion of the mirror as last read or written; undefined: not read yet, null: absent. */
  private mirrorVersion: string | null | undefined;
  private liveIdentity: Promise<ClusterIdentity> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private behind: number | undefined;

  /**
   * @param identity the identity of the cluster this run talks to; without it (offline reads)
   *   no cluster check is made.
   */
  constructor(
    readonly dir: string,
    private readonly mirror?: RecordMirror,
    private readonly identity?: () => Promise<ClusterIdentity>,
  ) {}

  get file(): string {
    return join(this.dir, RECORD_FILE);
  }
  get backupDir(): string {
    return join(this.dir, PVC_BACKUP_DIR);
  }

  exists(): boolean {
    return existsSync(this.file);
  }

  /** The identity of the cluster this store mirrors to (what preflight stamps on a new record). */
  clusterIdentity(): Promise<ClusterIdentity> {
    if (!this.identity) throw new Error('this record store has no cluster (offline)');
    return (this.liveIdentity ??= this.identity());
  }

  /**
   * Loads the record: the state dir's copy and the in-cluster mirror, both schema-checked and
   * checked to be of this cluster and of one migration; the higher generation wins. A newer
   * mirror is restored into the state dir, PVC backups included (a job that died before
   * uploading its artifact leaves a stale local copy). Fails with "run preflight first" when
   * neither has one.
   */
  async load(): Promise<MigrationRecord> {
    const found = await this.tryLoad();
    if (found) return found;
    throw new ConfigurationError(
      `no migration record in ${this.dir} (nor in the cluster): run preflight first, or pass the state-dir preflight wrote.`,
    );
  }

  /** Like load(), but undefined when there is no record anywhere. Bad records still fail. */
  async tryLoad(): Promise<MigrationRecord | undefined> {
    const local = this.readLocal();
    // The cluster's identity and its copy of the record in one round trip.
    const liveRead = this.identity ? this.clusterIdentity() : undefined;
    const copyRead = this.mirror?.read();
    copyRead?.catch(() => undefined);
    const live = await liveRead;
    if (local && live) checkSameCluster(local, this.file, live);
    if (!this.mirror || !copyRead) return local;
    const copy = await copyRead;
    this.mirrorVersion = copy.resourceVersion;
    if (!copy.found) return local;
    const mirrored = validateRecord(copy.found.doc, this.mirror.where);
    if (live) checkSameCluster(mirrored, this.mirror.where, live);
    if (local && local.id !== mirrored.id)
      throw new ConfigurationError(
        `${this.file} and ${this.mirror.where} are two different migrations of this cluster:\n` +
          `  - state dir: ${describeCopy(local)}\n  - cluster:   ${describeCopy(mirrored)}\n` +
          "Nothing was changed. Pass the state dir of the cluster's migration (or an empty one to use the cluster's copy).",
      );
    if (!local || mirrored.generation > local.generation) {
      this.writeLocal(mirrored, copy.found.backups);
      return mirrored;
    }
    // The run that wrote the local copy died before mirroring it.
    this.behind = mirrored.generation < local.generation ? mirrored.generation : undefined;
    return local;
  }

  /**
   * The generation of the in-cluster copy when it is behind the state dir's (a run died between
   * the local write and the mirror write); undefined when it is not.
   */
  get mirrorBehind(): number | undefined {
    return this.behind;
  }

  /** Writes the loaded record to the mirror as it is (same generation): the copies agree again. */
  async syncMirror(record: MigrationRecord): Promise<void> {
    const run = this.saving.then(async () => {
      if (this.mirror) await this.writeMirror(JSON.parse(JSON.stringify(record)) as MigrationRecord);
      this.behind = undefined;
    });
    this.saving = run.catch(() => undefined);
    return run;
  }

  /**
   * Saves locally (atomically, generation + 1) and then to the mirror. `mirror: false` is for
   * progress that no undo depends on (step outcomes): it stays local until the next full save.
   */
  async save(record: MigrationRecord, opts: { mirror?: boolean } = {}): Promise<void> {
    // Steps of a stage run concurrently and share one record: saves go one at a time, each
    // writing the record as it is when its turn comes.
    const run = this.saving.then(() => this.saveNow(record, opts.mirror !== false));
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async saveNow(record: MigrationRecord, mirror: boolean): Promise<void> {
    const live = this.identity ? await this.clusterIdentity() : undefined;
    // Never write one cluster's record into another's state or mirror.
    if (live) checkSameCluster(record, 'the record to save', live);
    record.generation = (record.generation ?? 0) + 1;
    record.updatedAt = new Date().toISOString();
    const snapshot = JSON.parse(JSON.stringify(record)) as MigrationRecord;
    this.writeLocal(snapshot, {});
    if (mirror && this.mirror) await this.writeMirror(snapshot);
  }

  /** Stores a PVC manifest backup (YAML text) and mirrors it with the record. */
  async saveBackup(record: MigrationRecord, name: string, yaml: string): Promise<void> {
    mkdirSync(this.backupDir, { recursive: true });
    writeFileAtomic(join(this.backupDir, name), yaml);
    await this.save(record);
  }

  readBackup(name: string): string | undefined {
    const f = join(this.backupDir, name);
    return existsSync(f) ? readFileSync(f, 'utf8') : undefined;
  }

  readBackups(): Record<string, string> {
    if (!existsSync(this.backupDir)) return {};
    const out: Record<string, string> = {};
    for (const f of readdirSync(this.backupDir).sort())
      if (f.endsWith('.yaml')) out[f] = readFileSync(join(this.backupDir, f), 'utf8');
    return out;
  }

  /**
   * Writes the mirror with the version last read. On a conflict the mirror is read again: an
   * ancestor of this record (same migration, lower generation, e.g. our own write whose answer was
   * lost) is overwritten; anything else stops the run with both copies named.
   */
  private async writeMirror(record: MigrationRecord): Promise<void> {
    const mirror = this.mirror!;
    if (this.mirrorVersion === undefined) this.mirrorVersion = (await mirror.read()).resourceVersion;
    for (let attempt = 0; ; attempt++) {
      try {
        this.mirrorVersion = await mirror.write(record, this.readBackups(), this.mirrorVersion);
        return;
      } catch (err) {
        if (!(err instanceof MirrorConflictError) || attempt >= 3) throw err;
      }
      const copy = await mirror.read();
      this.mirrorVersion = copy.resourceVersion;
      if (!copy.found) continue;
      let other: MigrationRecord | undefined;
      try {
        other = validateRecord(copy.found.doc, mirror.where);
      } catch {
        other = undefined;
      }
      const ancestor = other && other.id === record.id && other.generation < record.generation;
      const ownLostWrite =
        other &&
        other.id === record.id &&
        other.generation === record.generation &&
        JSON.stringify(other) === JSON.stringify(record);
      if (ownLostWrite) return;
      if (!ancestor)
        throw new ConfigurationError(
          `${mirror.where} was changed by another run while this one worked: it now holds ` +
            `${other ? describeCopy(other) : 'a record this k2h cannot read'}, this run has ${describeCopy(record)}. ` +
            `Stopping before anything else changes; this run's record is in ${this.file}. ` +
            'Find out which run is current (k2h takes a lock per namespace, so this should not happen), then re-run.',
        );
    }
  }

  private readLocal(): MigrationRecord | undefined {
    if (!this.exists()) return undefined;
    const text = readFileSync(this.file, 'utf8');
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      throw new ConfigurationError(
        `${this.file} is not valid JSON (${(err as Error).message}); it may be truncated (${text.length} bytes). ` +
          'Restore it from the pipeline artifact, or remove it to use the copy in the cluster.',
      );
    }
    return validateRecord(doc, this.file);
  }

  private writeLocal(record: MigrationRecord, backups: Record<string, string>): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileAtomic(this.file, JSON.stringify(record, null, 2) + '\n');
    if (Object.keys(backups).length) {
      mkdirSync(this.backupDir, { recursive: true });
      for (const [name, text] of Object.entries(backups)) writeFileAtomic(join(this.backupDir, name), text);
    }
  }
}
