/**
 * Mirror of the record in a ConfigMap of the source namespace (`k2h-migration-record`): the
 * record JSON under `record.json`, each PVC backup under `pvc-backup.<file>`. Never secrets.
 */
import type { Kube } from '../kube/client';
import type { MigrationRecord } from './schema';
import type { RecordMirror } from './store';

export const MIRROR_NAME = 'k2h-migration-record';
const BACKUP_PREFIX = 'pvc-backup.';

export class ConfigMapMirror implements RecordMirror {
  constructor(
    private readonly kube: Kube,
    readonly namespace: string,
    private readonly name = MIRROR_NAME,
  ) {}

  async write(record: MigrationRecord, backups: Record<string, string>): Promise<void> {
    const data: Record<string, string> = { 'record.json': JSON.stringify(record, null, 2) };
    for (const [f, text] of Object.entries(backups)) data[BACKUP_PREFIX + f] = text;
    const body = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: this.name,
        namespace: this.namespace,
        labels: { 'app.kubernetes.io/managed-by': 'k2h', 'app.kubernetes.io/part-of': 'k2h' },
      },
      data,
    };
    await this.kube.patch('v1', 'ConfigMap', this.name, this.namespace, body, 'apply');
  }

  async read(): Promise<{ record: MigrationRecord; backups: Record<string, string> } | undefined> {
    const cm = await this.kube.get('v1', 'ConfigMap', this.name, this.namespace);
    const data: Record<string, string> | undefined = cm?.data;
    if (!data?.['record.json']) return undefined;
    const backups: Record<string, string> = {};
    for (const [k, v] of Object.entries(data))
      if (k.startsWith(BACKUP_PREFIX)) backups[k.slice(BACKUP_PREFIX.length)] = v;
    return { record: JSON.parse(data['record.json']), backups };
  }
}
