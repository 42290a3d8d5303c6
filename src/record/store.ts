/**
 * The record on disk (`<state-dir>/migration-record.json` + `pvc-backups/`), written atomically
 * (temp file + rename) and mirrored into a ConfigMap in the source namespace, so rollback works
 * even when the pipeline's artifacts are gone.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../core/errors';
import {
  type MigrationRecord,
  PVC_BACKUP_DIR,
  RECORD_FILE,
  RECORD_KIND,
  RECORD_SCHEMA_VERSION,
} from './schema';

/** Where the record is mirrored; implemented over the cluster in record/mirror.ts. */
export interface RecordMirror {
  write(record: MigrationRecord, backups: Record<string, string>): Promise<void>;
  read(): Promise<{ record: MigrationRecord; backups: Record<string, string> } | undefined>;
}

/** Writes `data` to `file` so a reader sees the old or the new content, never a torn one. */
export function writeFileAtomic(file: string, data: string, mode = 0o644): void {
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(tmp, data, { mode });
  renameSync(tmp, file);
}

/** Validates a parsed record document; clear errors for foreign or future documents. */
export function checkRecord(doc: unknown, where: string): MigrationRecord {
  const d = doc as Partial<MigrationRecord> | undefined;
  if (!d || typeof d !== 'object' || d.kind !== RECORD_KIND)
    throw new ConfigurationError(`${where} is not a k2h migration record.`);
  if (d.schemaVersion !== RECORD_SCHEMA_VERSION)
    throw new ConfigurationError(
      `${where} has record schema version ${String(d.schemaVersion)}, this k2h reads version ${RECORD_SCHEMA_VERSION}. ` +
        'Use the k2h version that wrote it to finish or roll back that migration.',
    );
  return d as MigrationRecord;
}

export class RecordStore {
  constructor(
    readonly dir: string,
    private readonly mirror?: RecordMirror,
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

  /**
   * Loads the record: the newer of the state dir's copy and the in-cluster mirror (a job that
   * died before uploading its artifact leaves a stale local copy; the mirror then knows more).
   * A newer mirror is restored into the state dir, PVC backups included.
   * Fails with "run preflight first" when neither has one.
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
    let local: MigrationRecord | undefined;
    if (this.exists()) {
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(this.file, 'utf8'));
      } catch (err) {
        throw new ConfigurationError(`${this.file} is not valid JSON (${(err as Error).message}).`);
      }
      local = checkRecord(doc, this.file);
    }
    const mirrored = await this.mirror?.read();
    if (mirrored) {
      const record = checkRecord(mirrored.record, 'the in-cluster record copy');
      if (!local || record.updatedAt > local.updatedAt) {
        this.writeLocal(record, mirrored.backups);
        return record;
      }
    }
    return local;
  }

  /**
   * Saves locally (atomically) and then to the mirror. `mirror: false` is for progress that no
   * undo depends on (step outcomes): it stays local until the next full save.
   */
  async save(record: MigrationRecord, opts: { mirror?: boolean } = {}): Promise<void> {
    record.updatedAt = new Date().toISOString();
    this.writeLocal(record, {});
    if (opts.mirror !== false) await this.mirror?.write(record, this.readBackups());
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

  private writeLocal(record: MigrationRecord, backups: Record<string, string>): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileAtomic(this.file, JSON.stringify(record, null, 2) + '\n');
    if (Object.keys(backups).length) {
      mkdirSync(this.backupDir, { recursive: true });
      for (const [name, text] of Object.entries(backups)) writeFileAtomic(join(this.backupDir, name), text);
    }
  }
}
