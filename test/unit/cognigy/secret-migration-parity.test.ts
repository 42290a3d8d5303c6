/**
 * Parity with Cognigy's official secret-migration.py: the expected-* fixtures are the script's own
 * output on the backup-* fixtures (see test/fixtures/secrets/README.md for tags and commits).
 *
 * The comparison is semantic, not literal, because k2h deliberately differs from the script:
 * 1. The script REPLACES metadata.annotations (all groups) and metadata.labels (adopt groups), so
 *    the user's own annotations/labels are lost; k2h merges. => we check that every annotation and
 *    label in the script's output is in ours with the same value, and that the user's are kept.
 * 2. The script keeps uid, resourceVersion, creationTimestamp, managedFields and selfLink from
 *    `kubectl get -o yaml` backups; k2h strips them (and ownerReferences, generation, ...).
 * 3. The script drops the last-applied annotation only as a side effect of replacing the
 *    annotations; k2h drops it explicitly (it holds a copy of the data).
 * 4. The script names its output files after its list entries (`redis-password.yaml`,
 *    `redis-persistent.password.yaml`); `writeSecretsDir` writes `<metadata.name>.yaml`. We compare
 *    secrets by metadata.name.
 * 5. The script hard-codes the release name `cognigy-ai`; k2h takes it as input (here `cognigy-ai`).
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import yaml from 'js-yaml';
import { profileFor, secretsToMigrate } from '../../../src/cognigy/profile';
import {
  migrateSecrets,
  readSecretsDir,
  writeSecretsDir,
  type KubeSecret,
} from '../../../src/cognigy/secret-migration';

const FIXTURES = path.resolve(__dirname, '../../fixtures/secrets');

interface Run {
  expected: string;
  backup: string;
  version: string;
  namespace: string;
  cognigyApps: boolean;
}

const RUNS: Run[] = [
  {
    expected: 'expected-4.42',
    backup: 'backup-4.42',
    version: '4.42.1',
    namespace: 'cognigy-ai',
    cognigyApps: false,
  },
  {
    expected: 'expected-4.42-cognigy-apps',
    backup: 'backup-4.42',
    version: '4.42.1',
    namespace: 'cognigy-ai',
    cognigyApps: true,
  },
  {
    expected: 'expected-4.43',
    backup: 'backup-4.43',
    version: '4.43.0',
    namespace: 'cognigy-prod',
    cognigyApps: false,
  },
  {
    expected: 'expected-4.81',
    backup: 'backup-4.81',
    version: '4.81.0',
    namespace: 'cognigy-prod',
    cognigyApps: false,
  },
  {
    expected: 'expected-4.81-cognigy-apps',
    backup: 'backup-4.81',
    version: '4.81.0',
    namespace: 'cognigy-prod',
    cognigyApps: true,
  },
];

const SERVER_FIELDS = [
  'uid',
  'resourceVersion',
  'creationTimestamp',
  'managedFields',
  'selfLink',
  'generation',
  'ownerReferences',
];
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

async function loadDir(dir: string): Promise<Map<string, KubeSecret>> {
  const out = new Map<string, KubeSecret>();
  for (const f of (await readdir(dir)).sort()) {
    const doc = yaml.load(await readFile(path.join(dir, f), 'utf8'), {
      schema: yaml.FAILSAFE_SCHEMA,
    }) as KubeSecret;
    out.set(doc.metadata.name, doc);
  }
  return out;
}

async function migrateRun(run: Run) {
  const profile = profileFor(run.version);
  // Exact parity is the official-script-parity flag: without it k2h also migrates the keys the
  // script leaves behind (see secret-migration-beyond-script.test.ts).
  const read = await readSecretsDir(
    path.join(FIXTURES, run.backup),
    secretsToMigrate(profile, run.cognigyApps, true),
  );
  const result = migrateSecrets({
    secrets: read.secrets,
    version: run.version,
    release: 'cognigy-ai',
    namespace: run.namespace,
    cognigyApps: run.cognigyApps,
    officialParity: true,
  });
  return { read, result };
}

describe.each(RUNS)('parity with the official script: $expected', (run) => {
  let expected: Map<string, KubeSecret>;
  let backups: Map<string, KubeSecret>;
  let ours: Map<string, KubeSecret>;

  beforeAll(async () => {
    expected = await loadDir(path.join(FIXTURES, run.expected));
    backups = await loadDir(path.join(FIXTURES, run.backup));
    const { read, result } = await migrateRun(run);
    expect(read.errors).toEqual([]);
    expect(read.missing).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.invalid).toEqual([]);
    ours = new Map(result.secrets.map((s) => [s.metadata.name, s]));
  });

  test('the same set of secret names', () => {
    expect([...ours.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  test('the same data, type, kind and namespace', () => {
    for (const [name, exp] of expected) {
      const got = ours.get(name) as KubeSecret;
      expect({
        name,
        data: got.data,
        type: got.type ?? 'Opaque',
        kind: got.kind,
        apiVersion: got.apiVersion,
      }).toEqual({
        name,
        data: exp.data,
        type: exp.type ?? 'Opaque',
        kind: exp.kind,
        apiVersion: exp.apiVersion,
      });
      expect(got.metadata.namespace).toBe(run.namespace);
      expect(exp.metadata.namespace).toBe(run.namespace);
    }
  });

  test('every annotation and label the script sets is present with the same value', () => {
    for (const [name, exp] of expected) {
      const got = ours.get(name) as KubeSecret;
      expect({ name, annotations: got.metadata.annotations }).toEqual({
        name,
        annotations: expect.objectContaining(exp.metadata.annotations ?? {}),
      });
      expect({ name, labels: got.metadata.labels ?? {} }).toEqual({
        name,
        labels: expect.objectContaining(exp.metadata.labels ?? {}),
      });
    }
  });

  test('difference 1: the user annotations and labels of the backup are kept (the script drops annotations)', () => {
    let checked = 0;
    for (const [name, got] of ours) {
      const sourceName = [...backups.keys()].find((b) => b === name) ?? renamedFrom(name);
      const src = backups.get(sourceName) as KubeSecret;
      for (const [k, v] of Object.entries(src.metadata.annotations ?? {})) {
        if (k === LAST_APPLIED) continue;
        expect(got.metadata.annotations?.[k]).toBe(v);
        // ... and the script's output does not have it: this is an improvement, not parity.
        expect(expected.get(name)?.metadata.annotations?.[k]).toBeUndefined();
        checked++;
      }
      for (const [k, v] of Object.entries(src.metadata.labels ?? {})) {
        expect(got.metadata.labels?.[k]).toBe(v);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  test('difference 2 and 3: server fields and the last-applied annotation are stripped', () => {
    let scriptKept = 0;
    for (const [name, got] of ours) {
      for (const f of SERVER_FIELDS) expect({ name, [f]: got.metadata[f] }).toEqual({ name, [f]: undefined });
      expect(got.metadata.annotations?.[LAST_APPLIED]).toBeUndefined();
      expect((got as unknown as Record<string, unknown>).status).toBeUndefined();
      if (expected.get(name)?.metadata.uid) scriptKept++;
    }
    // The script's output still carries them for every `kubectl get -o yaml` backup.
    expect(scriptKept).toBeGreaterThanOrEqual(5);
    expect(expected.get('cognigy-rabbitmq')?.metadata.managedFields).toBeDefined();
  });

  test('the analytics renames rewrite the connection string (user, database, authSource)', () => {
    const url = (s: KubeSecret | undefined) =>
      Buffer.from(s?.data?.['connection-string'] ?? '', 'base64').toString();
    const collector = url(ours.get('cognigy-service-analytics-collector'));
    expect(collector).toMatch(/^mongodb:\/\/service-analytics-collector:[0-9a-f]+@/);
    expect(collector).toMatch(/\/service-analytics-collector\?authSource=service-analytics-collector$/);
    expect(collector).not.toContain('provider');
    const conversation = url(ours.get('cognigy-service-analytics-conversation'));
    expect(conversation).toMatch(
      /^mongodb:\/\/service-analytics-conversation:[0-9a-f]+@.*\/service-analytics-conversation$/,
    );
    expect(ours.has('cognigy-service-analytics-collector-provider')).toBe(false);
  });

  test('offline mode: written files parse back to the same secrets, mode 0600 (difference 4: file names)', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'k2h-secrets-'));
    try {
      const { result } = await migrateRun(run);
      const written = await writeSecretsDir(path.join(out, 'migration-secrets'), result.secrets);
      expect(written.map((f) => path.basename(f)).sort()).toEqual(
        [...expected.keys()].map((n) => `${n}.yaml`).sort(),
      );
      for (const f of written) expect((await stat(f)).mode & 0o777).toBe(0o600);
      const back = await loadDir(path.join(out, 'migration-secrets'));
      expect(new Map([...back].map(([k, v]) => [k, v]))).toEqual(
        new Map(result.secrets.map((s) => [s.metadata.name, s])),
      );
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

function renamedFrom(name: string): string {
  return (
    {
      'cognigy-service-analytics-collector': 'cognigy-service-analytics-collector-provider',
      'cognigy-service-analytics-conversation': 'cognigy-service-analytics-conversation-collector-provider',
    } as Record<string, string>
  )[name];
}

describe('version differences of the script are reproduced', () => {
  test('4.42 does not migrate cognigy-insights-collector-api-key, 4.43 does', async () => {
    const [a, b] = await Promise.all([migrateRun(RUNS[0]), migrateRun(RUNS[2])]);
    expect(a.result.secrets.map((s) => s.metadata.name)).not.toContain('cognigy-insights-collector-api-key');
    const key = b.result.secrets.find((s) => s.metadata.name === 'cognigy-insights-collector-api-key');
    expect(key?.metadata.annotations?.['helm.sh/resource-policy']).toBe('keep');
  });

  test('4.81 drops cognigy-service-journeys, -cognigyApps adds app-session-manager as a hook secret', async () => {
    const [a, b] = await Promise.all([migrateRun(RUNS[3]), migrateRun(RUNS[4])]);
    expect(a.result.secrets.map((s) => s.metadata.name)).not.toContain('cognigy-service-journeys');
    expect(a.result.secrets.map((s) => s.metadata.name)).not.toContain('cognigy-service-app-session-manager');
    const asm = b.result.secrets.find((s) => s.metadata.name === 'cognigy-service-app-session-manager');
    expect(asm?.metadata.annotations).toEqual(
      expect.objectContaining({
        'helm.sh/hook': 'pre-install',
        'helm.sh/hook-weight': '-4',
        'helm.sh/resource-policy': 'keep',
      }),
    );
    // A hook secret gets no ownership label, like the script.
    expect(asm?.metadata.labels?.['app.kubernetes.io/managed-by']).toBeUndefined();
  });

  test('the release input replaces the hard-coded cognigy-ai', async () => {
    const profile = profileFor('4.81.0');
    const read = await readSecretsDir(path.join(FIXTURES, 'backup-4.81'), secretsToMigrate(profile));
    const r = migrateSecrets({
      secrets: read.secrets,
      version: '4.81.0',
      release: 'cai-prod',
      namespace: 'cai',
    });
    const smtp = r.secrets.find((s) => s.metadata.name === 'cognigy-smtp');
    expect(smtp?.metadata.annotations).toEqual(
      expect.objectContaining({
        'meta.helm.sh/release-name': 'cai-prod',
        'meta.helm.sh/release-namespace': 'cai',
      }),
    );
    expect(smtp?.metadata.namespace).toBe('cai');
  });
});
