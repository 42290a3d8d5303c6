import { Harness, type Toolset } from './harness';

function manifest(env: string[], image = 'app:1'): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: applied',
    '  namespace: default',
    'spec:',
    '  replicas: 1',
    '  selector:',
    '    matchLabels: {app: applied}',
    '  template:',
    '    metadata:',
    '      labels: {app: applied}',
    '    spec:',
    '      containers:',
    '        - name: app',
    `          image: ${image}`,
    '          env:',
    ...env.map((e) => `            - {name: ${e}, value: "1"}`),
    '',
  ].join('\n');
}

describe.each<Toolset>(['v32', 'v35'])(
  'kubectl %s apply, diff and server-side apply of a Deployment',
  (tools) => {
    let h: Harness;
    beforeAll(async () => {
      h = await Harness.start();
    });
    afterAll(async () => {
      await h.stop();
    });
    const env = () =>
      h.sandbox
        .get('apps/v1', 'Deployment', 'applied', 'default')
        ?.spec.template.spec.containers[0].env.map((e: any) => e.name);

    test('client-side apply: dropped env vars go (last-applied), unchanged re-apply is a no-op', async () => {
      const first = await h.kubectl(tools, ['apply', '-f', h.file('a1.yaml', manifest(['A', 'B']))]);
      expect(first.stderr).toBe('');
      expect(first.stdout).toContain('deployment.apps/applied created');
      const second = await h.kubectl(tools, ['apply', '-f', h.file('a2.yaml', manifest(['A']))]);
      expect(second.stdout).toContain('configured');
      expect(env()).toEqual(['A']);
      const third = await h.kubectl(tools, ['apply', '-f', h.file('a2.yaml', manifest(['A']))]);
      expect(third.stdout).toContain('unchanged');
    });

    test('kubectl diff uses a server dry run and reports the change without making it', async () => {
      const diff = await h.kubectl(tools, ['diff', '-f', h.file('d.yaml', manifest(['A'], 'app:2'))]);
      expect(diff.code).toBe(1);
      expect(diff.stdout).toMatch(/^\+\s+image: app:2$/m);
      expect(diff.stdout).toMatch(/^-\s+image: app:1$/m);
      expect(
        h.sandbox.get('apps/v1', 'Deployment', 'applied', 'default').spec.template.spec.containers[0].image,
      ).toBe('app:1');
    });

    test('server-side apply: fields the manager stops sending are removed', async () => {
      await h.kubectl(tools, ['delete', 'deployment', 'applied']);
      const first = await h.kubectl(tools, [
        'apply',
        '--server-side',
        '--field-manager=k2h',
        '-f',
        h.file('s1.yaml', manifest(['A', 'B', 'C'])),
      ]);
      expect(first.stderr).toBe('');
      const second = await h.kubectl(tools, [
        'apply',
        '--server-side',
        '--field-manager=k2h',
        '-f',
        h.file('s2.yaml', manifest(['C'])),
      ]);
      expect(second.stderr).toBe('');
      expect(env()).toEqual(['C']);
      const managers = h.sandbox
        .get('apps/v1', 'Deployment', 'applied', 'default')
        .metadata.managedFields.map((m: any) => `${m.manager}/${m.operation}`);
      expect(managers).toContain('k2h/Apply');
      // Another manager applying a different image conflicts unless it forces.
      const conflict = await h.kubectl(tools, [
        'apply',
        '--server-side',
        '--field-manager=other',
        '-f',
        h.file('s3.yaml', manifest(['C'], 'app:3')),
      ]);
      expect(conflict.code).not.toBe(0);
      expect(conflict.stderr).toContain('conflict with "k2h"');
      const forced = await h.kubectl(tools, [
        'apply',
        '--server-side',
        '--field-manager=other',
        '--force-conflicts',
        '-f',
        h.file('s3.yaml', manifest(['C'], 'app:3')),
      ]);
      expect(forced.stderr).toBe('');
      expect(
        h.sandbox.get('apps/v1', 'Deployment', 'applied', 'default').spec.template.spec.containers[0].image,
      ).toBe('app:3');
    });
  },
);
