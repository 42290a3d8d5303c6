/**
 * The seeds loaded into the sandbox stay as seeded: every PVC remains bound to its PV, no volume
 * is lost, Deployments become ready; and the test chart installs with `helm upgrade --install
 * --wait` (helm 3 and 4) next to the seeded installation, in its own namespace.
 */
import { join, resolve } from 'node:path';
import { Sandbox } from '../../../src/sandbox/index';
import { cognigySeed, type SeedVariant } from '../../../src/rehearsal/seeds';
import { loadSeedFile, type KubeObject } from '../../../src/sandbox/seeds';
import { Harness, type Toolset } from './harness';

const CHART = resolve(__dirname, '../../../src/rehearsal/chart/cognigy-ai');
const CAPTURE = resolve(__dirname, '../../fixtures/captures/minimal-list.yaml');

async function until(check: () => boolean, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each<SeedVariant>(['generic', 'aws', 'azure'])('the %s seed in the sandbox', (variant) => {
  let sandbox: Sandbox;
  const seed = cognigySeed({ variant });
  beforeAll(async () => {
    sandbox = await Sandbox.start();
    sandbox.load(seed);
  });
  afterAll(async () => {
    await sandbox.stop();
  });

  test('every seeded object is there', () => {
    for (const o of seed) {
      const got = sandbox.get(o.apiVersion, o.kind, o.metadata.name, o.metadata.namespace);
      expect({ o: `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`, found: !!got }).toEqual({
        o: `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`,
        found: true,
      });
    }
  });

  test('PVCs stay bound to their PVs, uids kept, nothing lost', () => {
    expect(sandbox.lostVolumes).toEqual([]);
    for (const claim of seed.filter((o) => o.kind === 'PersistentVolumeClaim')) {
      const pvc = sandbox.get('v1', 'PersistentVolumeClaim', claim.metadata.name, claim.metadata.namespace);
      expect(pvc.metadata.uid).toBe(claim.metadata.uid);
      expect(pvc.status.phase).toBe('Bound');
      expect(pvc.spec.volumeName).toBe((claim.spec as any).volumeName);
      const pv = sandbox.get('v1', 'PersistentVolume', pvc.spec.volumeName);
      expect(pv.status.phase).toBe('Bound');
      expect(pv.spec.claimRef.uid).toBe(pvc.metadata.uid);
    }
    expect(sandbox.list('v1', 'PersistentVolume')).toHaveLength(
      seed.filter((o) => o.kind === 'PersistentVolume').length,
    );
  });

  test('deployments become ready; the kubernetes Service survives', async () => {
    const deployments = seed.filter((o: KubeObject) => o.kind === 'Deployment');
    await until(() =>
      deployments.every((d) => {
        const live = sandbox.get('apps/v1', 'Deployment', d.metadata.name, d.metadata.namespace);
        return live.status?.readyReplicas === (d.spec as any).replicas;
      }),
    );
    expect(sandbox.get('v1', 'Service', 'kubernetes', 'default')).toBeDefined();
  });
});

test('the example capture loads into the sandbox with its uids', async () => {
  const sandbox = await Sandbox.start();
  try {
    sandbox.load(loadSeedFile(CAPTURE));
    const pvc = sandbox.get('v1', 'PersistentVolumeClaim', 'redis-persistent', 'default');
    expect(pvc.metadata.uid).toBe('6d2a9f0e-41c7-4b58-8e3d-a97c05b1f2e6');
    expect(pvc.status.phase).toBe('Bound');
    expect(sandbox.lostVolumes).toEqual([]);
  } finally {
    await sandbox.stop();
  }
});

describe.each<Toolset>(['v32', 'v35'])('helm %s installs the test chart next to the seed', (tools) => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ deploymentReadyDelayMs: 50 });
    h.sandbox.load(cognigySeed({ variant: 'azure' }));
  });
  afterAll(async () => {
    await h.stop();
  });

  test('the seeded mongodb release is a Helm release', async () => {
    const list = await h.helm(tools, ['list', '--namespace', 'mongodb', '-o', 'json']);
    expect(list.stderr).toBe('');
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({
        name: 'mongodb',
        namespace: 'mongodb',
        revision: '1',
        status: 'deployed',
        chart: 'mongodb-12.1.31',
        app_version: '5.0.10',
      }),
    ]);
    const values = await h.helm(tools, ['get', 'values', 'mongodb', '--namespace', 'mongodb', '-o', 'json']);
    expect(JSON.parse(values.stdout)).toMatchObject({ mongodb: { auth: { rootUser: 'root' } } });
    const manifest = await h.helm(tools, ['get', 'manifest', 'mongodb', '--namespace', 'mongodb']);
    expect(manifest.stdout).toContain('kind: StatefulSet');
  });

  test('upgrade --install --wait succeeds; hook secrets kept; lookup keeps existing secret data', async () => {
    // An adopted secret whose data the chart must keep (lookup).
    const kubectl = await h.kubectl(tools, ['create', 'namespace', 'cognigy-ai']);
    expect(kubectl.code).toBe(0);
    const existing = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'cognigy-jwt',
        namespace: 'cognigy-ai',
        annotations: {
          'meta.helm.sh/release-name': 'cognigy-ai',
          'meta.helm.sh/release-namespace': 'cognigy-ai',
        },
        labels: { 'app.kubernetes.io/managed-by': 'Helm' },
      },
      type: 'Opaque',
      data: { secret: Buffer.from('keep-me').toString('base64') },
    };
    h.sandbox.load([existing]);
    const args = [
      'upgrade',
      '--install',
      'cognigy-ai',
      CHART,
      '--namespace',
      'cognigy-ai',
      // The chart needs what the real one needs (image credentials, TLS): the CI values.
      '--values',
      join(CHART, 'ci', 'azure-values.yaml'),
      // Helm 4 applies server-side: the adopted Traefik ClusterRoleBinding's subjects move to the
      // new namespace, a real conflict with kubectl's fields that only --force-conflicts resolves.
      ...(tools === 'v35' ? ['--force-conflicts'] : []),
    ];
    // The chart's azure StorageClasses exist in the seed without ownership: adopt them first.
    for (const sc of ['flow-modules', 'functions']) {
      await h.kubectl(tools, [
        'annotate',
        'storageclass',
        sc,
        'meta.helm.sh/release-name=cognigy-ai',
        'meta.helm.sh/release-namespace=cognigy-ai',
      ]);
      await h.kubectl(tools, ['label', 'storageclass', sc, 'app.kubernetes.io/managed-by=Helm']);
    }
    for (const kind of ['clusterrole', 'clusterrolebinding', 'ingressclass']) {
      await h.kubectl(tools, [
        'annotate',
        kind,
        'traefik',
        'meta.helm.sh/release-name=cognigy-ai',
        'meta.helm.sh/release-namespace=cognigy-ai',
      ]);
      await h.kubectl(tools, ['label', kind, 'traefik', 'app.kubernetes.io/managed-by=Helm']);
    }
    const install = await h.helm(tools, [...args, '--wait', '--timeout', '60s']);
    expect(install.stderr).not.toMatch(/Error/);
    expect(install.code).toBe(0);
    const jwt = h.sandbox.get('v1', 'Secret', 'cognigy-jwt', 'cognigy-ai');
    expect(Buffer.from(jwt.data.secret, 'base64').toString()).toBe('keep-me');
    // The chart renders it only when absent (lookup), as the real one: the existing Secret is
    // left exactly as it was, metadata included.
    expect(jwt.metadata.annotations['helm.sh/resource-policy']).toBeUndefined();
    const hook = h.sandbox.get('v1', 'Secret', 'cognigy-service-api', 'cognigy-ai');
    expect(hook.metadata.annotations['helm.sh/hook']).toBe('pre-install');
    const ready = h.sandbox.get('apps/v1', 'Deployment', 'service-ai', 'cognigy-ai');
    expect(ready.status.readyReplicas).toBe(1);
    for (const name of ['flow-modules', 'functions', 'redis-persistent']) {
      expect(h.sandbox.get('v1', 'PersistentVolumeClaim', name, 'cognigy-ai').status.phase).toBe('Bound');
    }
    // The seeded installation in default is untouched.
    expect(h.sandbox.get('v1', 'PersistentVolumeClaim', 'flow-modules', 'default').status.phase).toBe(
      'Bound',
    );
    expect(h.sandbox.lostVolumes).toEqual([]);

    // A second run is an upgrade: hooks do not run again, the connection string is unchanged.
    const before = hook.data['connection-string'];
    const upgrade = await h.helm(tools, [...args, '--wait', '--timeout', '60s']);
    expect(upgrade.code).toBe(0);
    expect(h.sandbox.get('v1', 'Secret', 'cognigy-service-api', 'cognigy-ai').data['connection-string']).toBe(
      before,
    );
  });
});
