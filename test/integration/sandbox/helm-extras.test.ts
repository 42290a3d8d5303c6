import { resolve } from 'node:path';
import { Harness, type Toolset } from './harness';

const CHART = resolve(__dirname, '../../fixtures/charts/sandbox-extras');

describe.each<Toolset>(['v32', 'v35'])('helm %s: CRDs, hook Jobs, DaemonSets, PDBs, HPAs', (tools) => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(async () => {
    await h.stop();
  });

  test('install --wait --wait-for-jobs, custom resources served, uninstall', async () => {
    const ns = `extras-${tools}`;
    const install = await h.helm(tools, [
      'upgrade',
      '--install',
      'ex',
      CHART,
      '-n',
      ns,
      '--create-namespace',
      '--wait',
      '--wait-for-jobs',
      '--timeout',
      '30s',
    ]);
    expect(install.stderr).not.toMatch(/Error/);
    expect(install.code).toBe(0);
    const crd = h.sandbox.get('apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'widgets.example.com');
    expect(crd.status.conditions).toContainEqual(
      expect.objectContaining({ type: 'Established', status: 'True' }),
    );
    expect(h.sandbox.get('example.com/v1', 'Widget', 'ex-widget', ns).spec).toEqual({ size: 3 });
    expect(h.sandbox.get('batch/v1', 'Job', 'ex-migrate', ns).status.succeeded).toBe(1);
    const got = await h.kubectl(tools, ['get', 'wg', '-n', ns, '-o', 'name']);
    expect(got.stdout.trim()).toBe('widget.example.com/ex-widget');
    const upgrade = await h.helm(tools, ['upgrade', 'ex', CHART, '-n', ns, '--wait', '--timeout', '30s']);
    expect(upgrade.code).toBe(0);
    const uninstall = await h.helm(tools, ['uninstall', 'ex', '-n', ns, '--wait']);
    expect(uninstall.code).toBe(0);
    expect(h.sandbox.list('example.com/v1', 'Widget', ns)).toEqual([]);
    expect(h.sandbox.get('apps/v1', 'DaemonSet', 'ex-agent', ns)).toBeUndefined();
    expect(h.sandbox.requests.entries.filter((e) => e.status >= 500)).toEqual([]);
  });
});
