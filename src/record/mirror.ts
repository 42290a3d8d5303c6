/**
 * Mirror of the record in a ConfigMap of the source namespace (`k2h-migration-record`): the
 * record JSON under `record.json`, each PVC backup under `pvc-backup.<file>`. Never secrets.
 * Writes are optimistic: with the resourceVersion last read (or as a create when there was none),
 * so a copy another run wrote in between is never overwritten unseen.
 */
import { ConfigurationError } from '../core/errors';
import type { Kube } from '../kube/client';
import { KubeApiError } from '../kube/errors';
import type { MigrationRecord } from './schema';
import { MirrorConflictError, type MirroredCopy, type RecordMirror } from './store';

export const MIRROR_NAME = 'k2h-migration-record';
const BACKUP_PREFIX = 'pvc-backup.';

export class ConfigMapMirror implements RecordMirror {
  constructor(
    private readonly kube: Kube,
    readonly namespace: string,
    private readonly name = MIRROR_NAME,
  ) {}

  get where(): string {
    return `the in-cluster record copy (ConfigMap ${this.namespace}/${this.name})`;
  }

  async write(
    record: MigrationRecord,
    backups: Record<string, string>,
    resourceVersion: string | null,
  ): Promise<string> {
    const text = JSON.stringify(record, null, 2);
    const data: Record<string, string> = { 'record.json': text };
    for (const [f, t] of Object.entries(backups)) data[BACKUP_PREFIX + f] = t;
    const metadata = {
      name: this.name,
      namespace: this.namespace,
      labels: { 'app.kubernetes.io/managed-by': 'k2h', 'app.kubernetes.io/part-of': 'k2h' },
    };
    try {
      if (resourceVersion === null) {
        // None was there when read: create, so a copy someone else created meanwhile conflicts.
        const created = await this.kube.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata, data });
        // A create retried after a lost answer returns what is there: make sure it is ours.
        if (created.data?.['record.json'] !== text) throw new MirrorConflictError(this.where);
        return String(created.metadata.resourceVersion);
      }
      // A merge patch carrying the version read: the apiserver refuses it (409) when stale.
      // (Backups are only ever added, so merging the data map loses nothing.)
      const applied = await this.kube.patch('v1', 'ConfigMap', this.name, this.namespace, {
        metadata: { labels: metadata.labels, resourceVersion },
        data,
      });
      return String(applied.metadata.resourceVersion);
    } catch (err) {
      if (err instanceof KubeApiError && err.code === 409) throw new MirrorConflictError(this.where);
      throw err;
    }
  }

  async read(): Promise<MirroredCopy> {
    const cm = await this.kube.get('v1', 'ConfigMap', this.name, this.namespace);
    if (!cm) return { resourceVersion: null };
    const data: Record<string, string> = cm.data ?? {};
    const resourceVersion = String(cm.metadata.resourceVersion);
    if (!data['record.json']) return { resourceVersion };
    let doc: unknown;
    try {
      doc = JSON.parse(data['record.json']);
    } catch (err) {
      throw new ConfigurationError(
        `${this.where} is not valid JSON (${(err as Error).message}); it may be truncated. Restore it, or delete it to use the state dir's copy.`,
      );
    }
    const backups: Record<string, string> = {};
    for (const [k, v] of Object.entries(data))
      if (k.startsWith(BACKUP_PREFIX)) backups[k.slice(BACKUP_PREFIX.length)] = v;
    return { resourceVersion, found: { doc, backups } };
  }
}
