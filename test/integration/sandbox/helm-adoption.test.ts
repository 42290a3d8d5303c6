import { resolve } from 'node:path';
import { Harness, type Toolset } from './harness';

const CHART = resolve(__dirname, '../../fixtures/charts/sandbox-smoke');

describe.each<Toolset>(['v32', 'v35'])('helm %s adoption of existing objects', (tools) => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(async () => {
    await h.stop();
  });

  test('refuses an unowned ConfigMap, adopts it once annotated and labelled', async () => {
    h.sandbox.load([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'adopt' } },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'own-config', namespace: 'adopt' },
        data: { greeting: 'old' },
      },
    ]);
    const args = ['upgrade', '--install', 'own', CHART, '--namespace', 'adopt', '--wait', '--timeout', '30s'];
    const refused = await h.helm(tools, args);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('invalid ownership metadata');

    const annotate = await h.kubectl(tools, [
      '-n',
      'adopt',
      'annotate',
      'configmap',
      'own-config',
      'meta.helm.sh/release-name=own',
      'meta.helm.sh/release-namespace=adopt',
    ]);
    expect(annotate.code).toBe(0);
    const label = await h.kubectl(tools, [
      '-n',
      'adopt',
      'label',
      'configmap',
      'own-config',
      'app.kubernetes.io/managed-by=Helm',
    ]);
    expect(label.code).toBe(0);

    if (tools === 'v35') {
      // helm 4 applies server-side without force: fields it would change that another manager
      // owns (here the untracked seed's, "before-first-apply") conflict, as on a real cluster.
      const conflict = await h.helm(tools, args);
      expect(conflict.code).not.toBe(0);
      expect(conflict.stderr).toContain(
        'Apply failed with 1 conflict: conflict with "before-first-apply" using v1: .data.greeting',
      );
      expect(h.sandbox.get('v1', 'ConfigMap', 'own-config', 'adopt').data).toEqual({ greeting: 'old' });
    }
    const uid = h.sandbox.get('v1', 'ConfigMap', 'own-config', 'adopt').metadata.uid;
    const adopted = await h.helm(tools, tools === 'v35' ? [...args, '--force-conflicts'] : args);
    expect(adopted.stderr).not.toMatch(/Error/);
    expect(adopted.code).toBe(0);
    const adoptedConfig = h.sandbox.get('v1', 'ConfigMap', 'own-config', 'adopt');
    expect(adoptedConfig.data).toEqual({ greeting: 'hello' });
    expect(adoptedConfig.metadata.uid).toBe(uid);
    expect(h.sandbox.requests.entries.filter((e) => e.status >= 500)).toEqual([]);
  });
});

describe('helm 4 adopting an object kubectl apply created', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(async () => {
    await h.stop();
  });

  test('the conflict names kubectl-client-side-apply, as on a cluster', async () => {
    const manifest = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'kc-config',
        namespace: 'kc',
        annotations: { 'meta.helm.sh/release-name': 'kc', 'meta.helm.sh/release-namespace': 'kc' },
        labels: { 'app.kubernetes.io/managed-by': 'Helm' },
      },
      data: { greeting: 'kustomize' },
    };
    h.sandbox.load([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kc' } },
      {
        ...manifest,
        metadata: {
          ...manifest.metadata,
          annotations: {
            ...manifest.metadata.annotations,
            'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(manifest),
          },
        },
      },
    ]);
    const managers = h.sandbox.get('v1', 'ConfigMap', 'kc-config', 'kc').metadata.managedFields;
    expect(managers).toEqual([
      expect.objectContaining({ manager: 'kubectl-client-side-apply', operation: 'Update' }),
    ]);
    const r = await h.helm('v35', ['upgrade', '--install', 'kc', CHART, '-n', 'kc']);
    expect(r.stderr).toContain('conflict with "kubectl-client-side-apply" using v1: .data.greeting');
  });
});
