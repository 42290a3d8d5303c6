import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { manifestProblems } from '../../support/kube-models';
import { PREFLIGHT_OK, ROOT, seedSecretValues, world } from './harness';

const BACKUPS = join(ROOT, 'test', 'fixtures', 'secrets', 'backup-4.42');

describe('migrate-secrets against the sandbox', () => {
  test('without a record: run preflight first, nothing changed', async () => {
    const w = await world();
    try {
      const { error } = await w.run('migrate-secrets');
      expect(error?.message).toMatch(/run preflight first/);
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  });

  test('migrates every secret with merged ownership; dry-run first, re-run is a no-op; no value leaks', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      w.sandbox.requests.clear();
      const dry = await w.run('migrate-secrets', { 'dry-run': 'true' });
      expect(dry.result?.ok).toBe(true);
      expect(dry.result?.steps.filter((s) => s.status === 'planned').length).toBeGreaterThan(20);
      expect(w.mutations()).toEqual([]);
      expect(w.sandbox.get('v1', 'Namespace', 'cognigy-ai')).toBeUndefined();

      const run = await w.run('migrate-secrets');
      expect(run.result?.error).toBeUndefined();
      const migrated = w.sandbox.list('v1', 'Secret', 'cognigy-ai');
      const names = migrated.map((s) => s.metadata.name).sort();
      expect(names).toContain('cognigy-service-analytics-collector');
      expect(names).toContain('cognigy-service-analytics-conversation');
      expect(names).not.toContain('cognigy-service-analytics-collector-provider');
      expect(names).not.toContain('cognigy-mongo-server');
      const rabbit = migrated.find((s) => s.metadata.name === 'cognigy-rabbitmq');
      expect(rabbit.metadata.annotations).toMatchObject({
        'meta.helm.sh/release-name': 'cognigy-ai',
        'meta.helm.sh/release-namespace': 'cognigy-ai',
        'helm.sh/resource-policy': 'keep',
      });
      expect(rabbit.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toBeUndefined();
      expect(rabbit.data).toEqual(w.sandbox.get('v1', 'Secret', 'cognigy-rabbitmq', 'default').data);
      // User annotations survive (the official script drops them).
      const withTeam = w.sandbox.list('v1', 'Secret', 'default').filter((s) => s.metadata.annotations?.team);
      expect(withTeam.length).toBeGreaterThan(0);
      for (const s of withTeam) {
        const copy = migrated.find((m) => m.metadata.name === s.metadata.name);
        if (copy) expect(copy.metadata.annotations.team).toBe(s.metadata.annotations.team);
      }
      const analytics = migrated.find((s) => s.metadata.name === 'cognigy-service-analytics-collector');
      const url = Buffer.from(analytics.data['connection-string'], 'base64').toString();
      expect(url).toMatch(/^mongodb:\/\/service-analytics-collector:[^@]+@.*\/service-analytics-collector$/);

      const record = JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));
      expect(record.migratedSecrets.sort()).toEqual(names.filter((n) => n.startsWith('cognigy-')).sort());
      expect(record.phases['migrate-secrets'].status).toBe('succeeded');
      // Mirrored into the cluster before anything changed, without secrets.
      const mirror = w.sandbox.get('v1', 'ConfigMap', 'k2h-migration-record', 'default');
      expect(JSON.parse(mirror.data['record.json']).migratedSecrets.length).toBe(
        record.migratedSecrets.length,
      );

      for (const v of seedSecretValues(w.sandbox)) {
        expect(run.log.text()).not.toContain(v);
        expect(dry.log.text()).not.toContain(v);
        expect(JSON.stringify(run.result)).not.toContain(v);
        expect(JSON.stringify(mirror.data)).not.toContain(v);
      }
      expect(run.log.masked.length).toBeGreaterThan(20);

      w.sandbox.requests.clear();
      const again = await w.run('migrate-secrets');
      expect(again.result?.steps.every((s) => s.status === 'done')).toBe(true);
      expect(w.mutations().filter((m) => !m.path.includes('configmaps/k2h-migration-record'))).toEqual([]);
      // Preflight still passes with k2h's own objects in the target namespace.
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
    } finally {
      await w.stop();
    }
  });

  test('a secret already in the target namespace with other data is a conflict, never overwritten', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      w.sandbox.load([
        {
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: 'cognigy-ai', labels: { 'app.kubernetes.io/created-by': 'k2h' } },
        },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'cognigy-jwt', namespace: 'cognigy-ai' },
          data: { secret: Buffer.from('someone-else').toString('base64') },
        },
      ]);
      w.sandbox.requests.clear();
      const { error } = await w.run('migrate-secrets');
      expect(error?.message).toContain('cognigy-ai/cognigy-jwt: keys secret differ');
      expect(error?.message).not.toContain('someone-else');
      expect(w.mutations()).toEqual([]);
      expect(
        Buffer.from(
          w.sandbox.get('v1', 'Secret', 'cognigy-jwt', 'cognigy-ai').data.secret,
          'base64',
        ).toString(),
      ).toBe('someone-else');
    } finally {
      await w.stop();
    }
  });

  test("a secret already there with the same data is adopted and recorded, never claimed as k2h's", async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      const same = w.sandbox.get('v1', 'Secret', 'cognigy-odata', 'default');
      w.sandbox.load([
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'cognigy-ai' } },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'cognigy-odata', namespace: 'cognigy-ai', labels: { owner: 'platform-team' } },
          data: same.data,
        },
      ]);
      const { result } = await w.run('migrate-secrets');
      expect(result?.error).toBeUndefined();
      const adopted = w.sandbox.get('v1', 'Secret', 'cognigy-odata', 'cognigy-ai');
      expect(adopted.metadata.labels).toEqual({
        owner: 'platform-team',
        'app.kubernetes.io/managed-by': 'Helm',
      });
      expect(adopted.metadata.annotations['meta.helm.sh/release-name']).toBe('cognigy-ai');
      const record = JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));
      expect(record.migratedSecrets).not.toContain('cognigy-odata');
      expect(record.adoptions).toContainEqual(
        expect.objectContaining({
          kind: 'Secret',
          name: 'cognigy-odata',
          namespace: 'cognigy-ai',
          previousLabels: {},
        }),
      );
      expect(
        w.sandbox.get('v1', 'Secret', 'cognigy-jwt', 'cognigy-ai').metadata.labels[
          'app.kubernetes.io/created-by'
        ],
      ).toBe('k2h');
    } finally {
      await w.stop();
    }
  });

  test('a missing source secret: every one listed, nothing applied', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      for (const n of ['cognigy-smtp', 'cognigy-odata'])
        await fetch(`${w.sandbox.url}/api/v1/namespaces/default/secrets/${n}`, { method: 'DELETE' });
      w.sandbox.requests.clear();
      const { error } = await w.run('migrate-secrets');
      expect(error?.message).toMatch(
        /missing secret cognigy-smtp[\s\S]*missing secret cognigy-odata|missing secret cognigy-odata[\s\S]*missing secret cognigy-smtp/,
      );
      expect(w.mutations()).toEqual([]);
      expect(w.sandbox.get('v1', 'Namespace', 'cognigy-ai')).toBeUndefined();
    } finally {
      await w.stop();
    }
  });

  test('inputs that contradict the record are refused', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      const { error } = await w.run('migrate-secrets', { release: 'other' });
      expect(error?.message).toContain("release is 'other' but preflight recorded 'cognigy-ai'");
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  });
});

describe('migrate-secrets from the runbook backups into the cluster', () => {
  test('the backups are applied, not the live secrets', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', { ...PREFLIGHT_OK, 'secrets-dir': BACKUPS })).result?.ok).toBe(true);
      const { result } = await w.run('migrate-secrets', { 'secrets-dir': BACKUPS });
      expect(result?.error).toBeUndefined();
      const fromFile = yaml.load(readFileSync(join(BACKUPS, 'cognigy-jwt.yaml'), 'utf8')) as any;
      expect(w.sandbox.get('v1', 'Secret', 'cognigy-jwt', 'cognigy-ai').data).toEqual(fromFile.data);
      const redis = yaml.load(readFileSync(join(BACKUPS, 'redis-password.yaml'), 'utf8')) as any;
      expect(w.sandbox.get('v1', 'Secret', 'cognigy-redis-password', 'cognigy-ai').data).toEqual(redis.data);
    } finally {
      await w.stop();
    }
  });

  test('a malformed backup file: named, nothing applied, no content echoed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2h-bad-backups-'));
    for (const f of readdirSync(BACKUPS)) writeFileSync(join(dir, f), readFileSync(join(BACKUPS, f)));
    writeFileSync(
      join(dir, 'cognigy-smtp.yaml'),
      'apiVersion: v1\nkind: Secret\ndata: {system-smtp-password: "c2VjcmV0LXNtdHA=\n  broken: [',
    );
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      w.sandbox.requests.clear();
      const { error } = await w.run('migrate-secrets', { 'secrets-dir': dir });
      expect(error?.message).toContain('cognigy-smtp.yaml');
      expect(error?.message).not.toContain('c2VjcmV0LXNtdHA');
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  });
});

describe('migrate-secrets offline', () => {
  test('writes one 0600 manifest per secret from the runbook backups and touches no cluster', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'k2h-out-')), 'migration-secrets');
    const w = await world();
    try {
      const { result, error, log } = await w.run('migrate-secrets', {
        'secrets-dir': BACKUPS,
        'out-dir': out,
        'chart-version': '4.42.1',
        'target-namespace': 'cognigy-prod',
        kubeconfig: '/nonexistent/kubeconfig',
      });
      expect(error).toBeUndefined();
      expect(result?.ok).toBe(true);
      expect(w.sandbox.requests.entries).toEqual([]);
      const files = readdirSync(out);
      expect(files).toContain('cognigy-service-analytics-collector.yaml');
      for (const f of files) {
        expect(statSync(join(out, f)).mode & 0o777).toBe(0o600);
        const s = yaml.load(readFileSync(join(out, f), 'utf8')) as any;
        expect(s.metadata.namespace).toBe('cognigy-prod');
        expect(s.metadata.uid).toBeUndefined();
        expect(manifestProblems(s)).toEqual([]);
      }
      let checked = 0;
      for (const f of readdirSync(BACKUPS)) {
        const s = yaml.load(readFileSync(join(BACKUPS, f), 'utf8')) as any;
        for (const v of Object.values<string>(s.data ?? {})) {
          const text = Buffer.from(v, 'base64').toString();
          if (text.length < 6) continue;
          expect(log.text()).not.toContain(text);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(20);
    } finally {
      await w.stop();
    }
  });

  test('dry-run writes nothing; a missing version is a clear error', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'k2h-out-')), 'x');
    const w = await world();
    try {
      const dry = await w.run('migrate-secrets', {
        'secrets-dir': BACKUPS,
        'out-dir': out,
        'chart-version': '4.42.1',
        'dry-run': 'true',
      });
      expect(dry.result?.ok).toBe(true);
      expect(existsSync(out)).toBe(false);
      const noVersion = await w.run('migrate-secrets', { 'secrets-dir': BACKUPS, 'out-dir': out });
      expect(noVersion.error?.message).toContain('--chart-version');
      expect(existsSync(out)).toBe(false);
    } finally {
      await w.stop();
    }
  });
});
