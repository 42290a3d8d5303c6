import { Helm, type Runner } from '../../../src/helm/helm';
import { parseManifests, renderArgs, renderChart, splitHooks } from '../../../src/helm/render';

describe('render', () => {
  test('argv: --kube-version from /version and one --api-versions per discovered version/kind', () => {
    const h = new Helm('helm');
    expect(
      renderArgs(h, {
        release: 'cognigy-ai',
        chart: 'oci://cognigy.azurecr.io/helm/cognigy.ai',
        namespace: 'cognigy-ai',
        version: '4.41.2',
        values: ['values_prod.yaml', 'efs.yaml'],
        capabilities: {
          kubeVersion: 'v1.23.17-eks-8ccc7ba',
          apiVersions: ['networking.k8s.io/v1', 'networking.k8s.io/v1/IngressClass', 'v1'],
        },
      }),
    ).toEqual([
      'template',
      'cognigy-ai',
      'oci://cognigy.azurecr.io/helm/cognigy.ai',
      '--namespace',
      'cognigy-ai',
      '--version',
      '4.41.2',
      '--kube-version',
      'v1.23.17-eks-8ccc7ba',
      '--api-versions',
      'networking.k8s.io/v1',
      '--api-versions',
      'networking.k8s.io/v1/IngressClass',
      '--api-versions',
      'v1',
      '--values',
      'values_prod.yaml',
      '--values',
      'efs.yaml',
    ]);
  });

  test('renderChart runs exactly that argv and splits hooks from the release objects', async () => {
    const calls: string[][] = [];
    const out = [
      '---',
      '# Source: x/templates/a.yaml',
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: a',
      '  annotations:',
      '    helm.sh/hook: pre-install',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: b',
    ].join('\n');
    const run: Runner = async (_f, args) => {
      calls.push(args);
      return { code: 0, stdout: out, stderr: '' };
    };
    const h = new Helm('helm', run);
    const o = {
      release: 'r',
      chart: 'c',
      namespace: 'n',
      capabilities: { kubeVersion: 'v1.23.17', apiVersions: ['v1'] },
    };
    const chart = await renderChart(h, o);
    expect(calls).toEqual([renderArgs(h, o)]);
    expect(chart.hooks.map((x) => x.metadata.name)).toEqual(['a']);
    expect(chart.objects.map((x) => x.metadata.name)).toEqual(['b']);
  });

  test('parses trailing tabs as the real chart renders them, and unpacks kind: List', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: service-ai',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: service-ai',
      '          env:',
      '            - name: FEATURE',
      '              value: "true"\t',
      '          envFrom:',
      '            - configMapRef:',
      '                name: cognigy-env\t\t\t',
      '---',
      'apiVersion: v1',
      'kind: List',
      'metadata:',
      '  name: traefik',
      'items:',
      '  - apiVersion: v1',
      '    kind: Service',
      '    metadata:',
      '      name: traefik',
      '---',
      '',
    ].join('\n');
    const objs = parseManifests(text);
    expect(objs.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Deployment/service-ai',
      'Service/traefik',
    ]);
    const c = objs[0].spec.template.spec.containers[0];
    expect(c.env[0].value).toBe('true');
    expect(c.envFrom[0].configMapRef.name).toBe('cognigy-env');
    expect(splitHooks(objs).hooks).toEqual([]);
  });
});
