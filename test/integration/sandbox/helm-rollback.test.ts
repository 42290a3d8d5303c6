import { resolve } from 'node:path';
import { Harness, type Toolset } from './harness';

const CHART = resolve(__dirname, '../../fixtures/charts/sandbox-smoke');

describe.each<Toolset>(['v32', 'v35'])('helm %s rollback', (tools) => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(async () => {
    await h.stop();
  });

  test('rollback restores the dropped env var and the old image', async () => {
    const ns = 'rb';
    const env = () =>
      h.sandbox
        .get('apps/v1', 'Deployment', 'rb-app', ns)
        .spec.template.spec.containers[0].env.map((e: any) => e.name);
    expect(
      (await h.helm(tools, ['install', 'rb', CHART, '-n', ns, '--create-namespace', '--wait'])).code,
    ).toBe(0);
    const values = h.file(
      `rb-${tools}.yaml`,
      'image: registry.example.com/smoke:2.0.0\nenv:\n  - name: MODE\n    value: staging\n',
    );
    expect((await h.helm(tools, ['upgrade', 'rb', CHART, '-n', ns, '-f', values, '--wait'])).code).toBe(0);
    expect(env()).toEqual(['MODE']);
    const rollback = await h.helm(tools, ['rollback', 'rb', '1', '-n', ns, '--wait']);
    expect(rollback.stderr).not.toMatch(/Error/);
    expect(rollback.code).toBe(0);
    expect(env()).toEqual(['MODE', 'EXTRA']);
    expect(h.sandbox.get('apps/v1', 'Deployment', 'rb-app', ns).spec.template.spec.containers[0].image).toBe(
      'registry.example.com/smoke:1.0.0',
    );
    const history = JSON.parse((await h.helm(tools, ['history', 'rb', '-n', ns, '-o', 'json'])).stdout);
    expect(history.map((r: any) => r.status)).toEqual(['superseded', 'superseded', 'deployed']);
  });
});
