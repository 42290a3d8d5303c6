import { resolve } from 'node:path';
import { Harness, type Toolset } from './harness';

const CHART = resolve(__dirname, '../../fixtures/charts/sandbox-smoke');

describe.each<Toolset>(['v32', 'v35'])('helm %s against the sandbox', (tools) => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ deploymentReadyDelayMs: 300 });
  });
  afterAll(async () => {
    await h.stop();
  });

  test('upgrade --install --wait, then an upgrade that drops an env var', async () => {
    const install = await h.helm(tools, [
      'upgrade',
      '--install',
      'smoke',
      CHART,
      '--namespace',
      'apps',
      '--create-namespace',
      '--wait',
      '--timeout',
      '60s',
    ]);
    expect(install.stderr).not.toMatch(/Error/);
    expect(install.code).toBe(0);
    const dep = h.sandbox.get('apps/v1', 'Deployment', 'smoke-app', 'apps');
    expect(dep.status.readyReplicas).toBe(2);
    const env = dep.spec.template.spec.containers[0].env.map((e: any) => e.name);
    expect(env).toEqual(['MODE', 'EXTRA']);
    expect(h.sandbox.get('v1', 'ConfigMap', 'smoke-config', 'apps').data).toEqual({ greeting: 'hello' });
    expect(h.sandbox.list('v1', 'Secret', 'apps').map((s) => s.metadata.name)).toContain(
      'sh.helm.release.v1.smoke.v1',
    );

    const values = h.file(`drop-${tools}.yaml`, 'env:\n  - name: MODE\n    value: staging\n');
    const upgrade = await h.helm(tools, [
      'upgrade',
      '--install',
      'smoke',
      CHART,
      '--namespace',
      'apps',
      '-f',
      values,
      '--wait',
      '--timeout',
      '60s',
    ]);
    expect(upgrade.stderr).not.toMatch(/Error/);
    expect(upgrade.code).toBe(0);
    const after = h.sandbox.get('apps/v1', 'Deployment', 'smoke-app', 'apps');
    expect(after.spec.template.spec.containers[0].env).toEqual([{ name: 'MODE', value: 'staging' }]);
    expect(after.spec.template.spec.containers[0].volumeMounts.map((m: any) => m.mountPath)).toEqual([
      '/etc/app',
      '/etc/secret',
    ]);
    expect(after.status.observedGeneration).toBe(after.metadata.generation);

    // helm 3 upgrades with strategic merge patches, helm 4 applies server-side.
    const patchTypes = new Set(
      h.sandbox.requests.filter({ verb: 'patch', resource: 'deployments' }).map((e) => e.contentType),
    );
    expect([...patchTypes]).toEqual([
      tools === 'v32' ? 'application/strategic-merge-patch+json' : 'application/apply-patch+yaml',
    ]);
    expect(h.sandbox.requests.entries.filter((e) => e.status >= 500)).toEqual([]);

    const status = await h.helm(tools, ['status', 'smoke', '--namespace', 'apps']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('STATUS: deployed');
    const list = await h.helm(tools, ['list', '--namespace', 'apps', '-o', 'json']);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ name: 'smoke', revision: '2', status: 'deployed' }),
    ]);

    const uninstall = await h.helm(tools, ['uninstall', 'smoke', '--namespace', 'apps', '--wait']);
    expect(uninstall.code).toBe(0);
    expect(h.sandbox.get('apps/v1', 'Deployment', 'smoke-app', 'apps')).toBeUndefined();
    expect(h.sandbox.list('v1', 'Pod', 'apps')).toEqual([]);
    expect(h.sandbox.list('v1', 'Secret', 'apps').filter((s) => s.type === 'helm.sh/release.v1')).toEqual([]);
  });
});

describe('helm 4 after kubectl scale', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(async () => {
    await h.stop();
  });

  test('an upgrade that sets replicas back conflicts with the scale subresource manager unless forced', async () => {
    const args = [
      'upgrade',
      '--install',
      'sc',
      CHART,
      '--namespace',
      'scaled',
      '--create-namespace',
      '--wait',
      '--timeout',
      '30s',
    ];
    expect((await h.helm('v35', args)).code).toBe(0);
    const scale = await h.kubectl('v35', ['-n', 'scaled', 'scale', '--replicas=0', 'deployment', 'sc-app']);
    expect(scale.stderr).toBe('');
    const managers = h.sandbox.get('apps/v1', 'Deployment', 'sc-app', 'scaled').metadata.managedFields;
    expect(managers).toContainEqual(expect.objectContaining({ operation: 'Update', subresource: 'scale' }));
    const upgrade = await h.helm('v35', args);
    expect(upgrade.code).not.toBe(0);
    expect(upgrade.stderr).toMatch(
      /conflict with "kubectl[^"]*" with subresource "scale" using apps\/v1: \.spec\.replicas/,
    );
    const forced = await h.helm('v35', [...args, '--force-conflicts']);
    expect(forced.code).toBe(0);
    expect(h.sandbox.get('apps/v1', 'Deployment', 'sc-app', 'scaled').spec.replicas).toBe(2);
  });
});
