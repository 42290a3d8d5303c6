import { Sandbox } from '../../../src/sandbox/index';
import { call } from './http';

describe('API semantics over HTTP', () => {
  let s: Sandbox;
  beforeAll(async () => {
    s = await Sandbox.start();
  });
  afterAll(async () => {
    await s.stop();
  });

  const cm = (name: string, data: Record<string, string> = { a: '1' }) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name },
    data,
  });

  test('create fills metadata; AlreadyExists and NotFound speak the apiserver wording', async () => {
    const created = await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps', cm('one'));
    expect(created.status).toBe(201);
    expect(created.body.metadata).toMatchObject({ name: 'one', namespace: 'default' });
    expect(created.body.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(created.body.metadata.creationTimestamp).toMatch(/Z$/);
    const dup = await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps', cm('one'));
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'AlreadyExists',
      message: 'configmaps "one" already exists',
      details: { name: 'one', kind: 'configmaps' },
    });
    const missing = await call(
      s.url,
      'GET',
      '/api/v1/persistentvolumeclaims'.replace('/api/v1/', '/api/v1/namespaces/default/') + '/x',
    );
    expect(missing.body).toMatchObject({
      code: 404,
      reason: 'NotFound',
      message: 'persistentvolumeclaims "x" not found',
    });
    const noNs = await call(s.url, 'POST', '/api/v1/namespaces/nowhere/configmaps', cm('two'));
    expect(noNs.body).toMatchObject({ code: 404, message: 'namespaces "nowhere" not found' });
    const gen = await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps', {
      metadata: { generateName: 'gen-' },
    });
    expect(gen.body.metadata.name).toMatch(/^gen-[a-z0-9]{5}$/);
    const copied = await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps', {
      ...cm('copied'),
      metadata: { name: 'copied', resourceVersion: '42' },
    });
    expect(copied.body).toMatchObject({
      code: 500,
      message: 'resourceVersion should not be set on objects to be created',
    });
    const bad = await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps', cm('Bad_Name'));
    expect(bad.body).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(bad.body.message).toMatch(/^ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value/);
  });

  test('update: stale resourceVersion conflicts; a no-op keeps the resourceVersion', async () => {
    const one = (await call(s.url, 'GET', '/api/v1/namespaces/default/configmaps/one')).body;
    const same = await call(s.url, 'PUT', '/api/v1/namespaces/default/configmaps/one', one);
    expect(same.body.metadata.resourceVersion).toBe(one.metadata.resourceVersion);
    const changed = await call(s.url, 'PUT', '/api/v1/namespaces/default/configmaps/one', {
      ...one,
      data: { a: '2' },
    });
    expect(Number(changed.body.metadata.resourceVersion)).toBeGreaterThan(
      Number(one.metadata.resourceVersion),
    );
    const stale = await call(s.url, 'PUT', '/api/v1/namespaces/default/configmaps/one', {
      ...one,
      data: { a: '3' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe(
      'Operation cannot be fulfilled on configmaps "one": the object has been modified; please apply your changes to the latest version and try again',
    );
    const noop = await call(
      s.url,
      'PATCH',
      '/api/v1/namespaces/default/configmaps/one',
      { data: { a: '2' } },
      'application/merge-patch+json',
    );
    expect(noop.body.metadata.resourceVersion).toBe(changed.body.metadata.resourceVersion);
  });

  test('dryRun=All validates and answers but stores nothing', async () => {
    const before = s.requests.mutating().length;
    const dry = await call(s.url, 'POST', '/api/v1/namespaces/default/configmaps?dryRun=All', cm('dry'));
    expect(dry.status).toBe(201);
    expect(dry.body.metadata.name).toBe('dry');
    expect(s.get('v1', 'ConfigMap', 'dry', 'default')).toBeUndefined();
    const dryPatch = await call(
      s.url,
      'PATCH',
      '/api/v1/namespaces/default/configmaps/one?dryRun=All',
      { data: { a: '9' } },
      'application/merge-patch+json',
    );
    expect(dryPatch.body.data.a).toBe('9');
    expect(s.get('v1', 'ConfigMap', 'one', 'default').data.a).toBe('2');
    const dryDelete = await call(s.url, 'DELETE', '/api/v1/namespaces/default/configmaps/one?dryRun=All');
    expect(dryDelete.status).toBe(200);
    expect(s.get('v1', 'ConfigMap', 'one', 'default')).toBeDefined();
    expect(s.requests.mutating().length).toBe(before);
  });

  test('generation moves with spec only; status subresource writes status only', async () => {
    const dep = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'g' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { a: 'g' } },
        template: { metadata: { labels: { a: 'g' } }, spec: { containers: [{ name: 'c', image: 'i' }] } },
      },
    };
    const created = (await call(s.url, 'POST', '/apis/apps/v1/namespaces/default/deployments', dep)).body;
    expect(created.metadata.generation).toBe(1);
    const labelled = (
      await call(
        s.url,
        'PATCH',
        '/apis/apps/v1/namespaces/default/deployments/g',
        { metadata: { labels: { x: 'y' } } },
        'application/merge-patch+json',
      )
    ).body;
    expect(labelled.metadata.generation).toBe(1);
    const scaled = (
      await call(
        s.url,
        'PATCH',
        '/apis/apps/v1/namespaces/default/deployments/g',
        { spec: { replicas: 3 } },
        'application/merge-patch+json',
      )
    ).body;
    expect(scaled.metadata.generation).toBe(2);
    expect(s.get('apps/v1', 'Deployment', 'g', 'default').status.observedGeneration).toBe(2);
    const scale = await call(s.url, 'GET', '/apis/apps/v1/namespaces/default/deployments/g/scale');
    expect(scale.body).toMatchObject({
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      spec: { replicas: 3 },
      status: { replicas: 3, selector: 'a=g' },
    });
    const put = await call(s.url, 'PUT', '/apis/apps/v1/namespaces/default/deployments/g/scale', {
      ...scale.body,
      spec: { replicas: 0 },
    });
    expect(put.body.spec.replicas).toBe(0);
    expect(s.list('v1', 'Pod', 'default').filter((p) => p.metadata.labels.a === 'g')).toEqual([]);
    const immutable = await call(
      s.url,
      'PATCH',
      '/apis/apps/v1/namespaces/default/deployments/g',
      { spec: { selector: { matchLabels: { a: 'h' } } } },
      'application/merge-patch+json',
    );
    expect(immutable.body).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(immutable.body.message).toContain('Deployment.apps "g" is invalid: spec.selector');
  });

  test('the status subresource changes status only; main-resource writes leave status alone', async () => {
    const ing = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'web' },
      spec: { ingressClassName: 'a' },
      status: { loadBalancer: { ingress: [{ ip: '1.2.3.4' }] } },
    };
    const created = (
      await call(s.url, 'POST', '/apis/networking.k8s.io/v1/namespaces/default/ingresses', ing)
    ).body;
    expect(created.status).toBeUndefined();
    const st = await call(
      s.url,
      'PATCH',
      '/apis/networking.k8s.io/v1/namespaces/default/ingresses/web/status',
      { spec: { ingressClassName: 'b' }, status: { loadBalancer: { ingress: [{ ip: '5.6.7.8' }] } } },
      'application/merge-patch+json',
    );
    expect(st.body.spec.ingressClassName).toBe('a');
    expect(st.body.status.loadBalancer.ingress[0].ip).toBe('5.6.7.8');
    const main = await call(
      s.url,
      'PATCH',
      '/apis/networking.k8s.io/v1/namespaces/default/ingresses/web',
      { spec: { ingressClassName: 'c' }, status: null },
      'application/merge-patch+json',
    );
    expect(main.body.spec.ingressClassName).toBe('c');
    expect(main.body.status.loadBalancer.ingress[0].ip).toBe('5.6.7.8');
  });

  test('label and field selectors, Table answers', async () => {
    s.load([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'l1', namespace: 'default', labels: { tier: 'a', keep: 'y' } },
      },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'l2', namespace: 'default', labels: { tier: 'b' } },
      },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'l3', namespace: 'kube-system', labels: { tier: 'b' } },
      },
    ]);
    const names = async (q: string, path = '/api/v1/namespaces/default/configmaps') =>
      (await call(s.url, 'GET', `${path}?${q}`)).body.items.map((i: any) => i.metadata.name);
    expect(await names('labelSelector=' + encodeURIComponent('tier in (a,b)'))).toEqual(['l1', 'l2']);
    expect(await names('labelSelector=' + encodeURIComponent('tier,!keep'))).toEqual(['l2']);
    expect(await names('labelSelector=tier%3Db', '/api/v1/configmaps')).toEqual(['l2', 'l3']);
    expect(await names('fieldSelector=metadata.name%3Dl1')).toEqual(['l1']);
    expect(
      await names('fieldSelector=metadata.namespace%3Dkube-system&labelSelector=tier', '/api/v1/configmaps'),
    ).toEqual(['l3']);
    const table = await call(
      s.url,
      'GET',
      '/api/v1/namespaces/default/configmaps?labelSelector=tier',
      undefined,
      'application/json',
      {
        accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
      },
    );
    expect(table.body.kind).toBe('Table');
    expect(table.body.rows.map((r: any) => r.cells[0])).toEqual(['l1', 'l2']);
  });

  test('delete cascades through ownerReferences unless orphaned', async () => {
    s.load([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'owner', namespace: 'default', uid: 'owner-uid' },
      },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'child',
          namespace: 'default',
          ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: 'owner-uid' }],
        },
      },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'owner2', namespace: 'default', uid: 'owner2-uid' },
      },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'child2',
          namespace: 'default',
          ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner2', uid: 'owner2-uid' }],
        },
      },
    ]);
    await call(s.url, 'DELETE', '/api/v1/namespaces/default/configmaps/owner', {
      propagationPolicy: 'Background',
    });
    expect(s.get('v1', 'ConfigMap', 'child', 'default')).toBeUndefined();
    await call(s.url, 'DELETE', '/api/v1/namespaces/default/configmaps/owner2?propagationPolicy=Orphan');
    expect(s.get('v1', 'ConfigMap', 'child2', 'default').metadata.ownerReferences).toBeUndefined();
  });

  test('finalizers hold an object until they are removed', async () => {
    s.load([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'held', namespace: 'default', finalizers: ['example.com/hold'] },
      },
    ]);
    const del = await call(s.url, 'DELETE', '/api/v1/namespaces/default/configmaps/held');
    expect(del.body.metadata.deletionTimestamp).toBeDefined();
    expect(s.get('v1', 'ConfigMap', 'held', 'default')).toBeDefined();
    await call(
      s.url,
      'PATCH',
      '/api/v1/namespaces/default/configmaps/held',
      { metadata: { finalizers: null } },
      'application/merge-patch+json',
    );
    expect(s.get('v1', 'ConfigMap', 'held', 'default')).toBeUndefined();
  });

  test('unknown paths and verbs', async () => {
    expect((await call(s.url, 'GET', '/api/v1/namespaces/default/widgets')).status).toBe(404);
    expect((await call(s.url, 'GET', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews')).status).toBe(
      405,
    );
    expect(
      (await call(s.url, 'PATCH', '/api/v1/namespaces/default/configmaps/l1', '{}', 'text/plain')).status,
    ).toBe(415);
  });
});

describe('objects captured from a real cluster', () => {
  test('a Deployment keeps its captured ReplicaSet and pods (hash from the real apiserver)', async () => {
    const s = await Sandbox.start();
    try {
      const template = {
        metadata: { labels: { app: 'cap' } },
        spec: { containers: [{ name: 'c', image: 'i:1' }] },
      };
      s.load([
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'cap', namespace: 'default', uid: 'dep-uid', generation: 3 },
          spec: { replicas: 1, selector: { matchLabels: { app: 'cap' } }, template },
          status: { observedGeneration: 3, replicas: 1, readyReplicas: 1 },
        },
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          metadata: {
            name: 'cap-5d8f7c9b6',
            namespace: 'default',
            uid: 'rs-uid',
            labels: { app: 'cap', 'pod-template-hash': '5d8f7c9b6' },
            ownerReferences: [
              { apiVersion: 'apps/v1', kind: 'Deployment', name: 'cap', uid: 'dep-uid', controller: true },
            ],
          },
          spec: {
            replicas: 1,
            selector: { matchLabels: { app: 'cap', 'pod-template-hash': '5d8f7c9b6' } },
            template: { ...template, metadata: { labels: { app: 'cap', 'pod-template-hash': '5d8f7c9b6' } } },
          },
        },
        {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {
            name: 'cap-5d8f7c9b6-abcde',
            namespace: 'default',
            labels: { app: 'cap', 'pod-template-hash': '5d8f7c9b6' },
            ownerReferences: [
              {
                apiVersion: 'apps/v1',
                kind: 'ReplicaSet',
                name: 'cap-5d8f7c9b6',
                uid: 'rs-uid',
                controller: true,
              },
            ],
          },
          spec: template.spec,
          status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
        },
      ]);
      expect(s.list('apps/v1', 'ReplicaSet', 'default').map((r) => r.metadata.name)).toEqual([
        'cap-5d8f7c9b6',
      ]);
      expect(s.list('v1', 'Pod', 'default').map((p) => p.metadata.name)).toEqual(['cap-5d8f7c9b6-abcde']);
      expect(s.get('apps/v1', 'Deployment', 'cap', 'default').metadata.generation).toBe(3);
    } finally {
      await s.stop();
    }
  });
});

describe('immutable fields a chart upgrade trips over', () => {
  test('StatefulSet volumeClaimTemplates, Job template, Secret type', async () => {
    const s = await Sandbox.start();
    try {
      s.load([
        {
          apiVersion: 'apps/v1',
          kind: 'StatefulSet',
          metadata: { name: 'db', namespace: 'default' },
          spec: {
            replicas: 1,
            serviceName: 'db',
            selector: { matchLabels: { a: 'db' } },
            template: {
              metadata: { labels: { a: 'db' } },
              spec: { containers: [{ name: 'c', image: 'db:1' }] },
            },
            volumeClaimTemplates: [
              {
                metadata: { name: 'data' },
                spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
              },
            ],
          },
        },
        {
          apiVersion: 'batch/v1',
          kind: 'Job',
          metadata: { name: 'j', namespace: 'default' },
          spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'j:1' }] } } },
        },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 's', namespace: 'default' },
          data: { a: 'YQ==' },
        },
      ]);
      const sts = await call(
        s.url,
        'PATCH',
        '/apis/apps/v1/namespaces/default/statefulsets/db',
        { spec: { volumeClaimTemplates: [] } },
        'application/merge-patch+json',
      );
      expect(sts.body.message).toContain(
        'StatefulSet.apps "db" is invalid: spec: Forbidden: updates to statefulset spec for fields other than',
      );
      const image = await call(
        s.url,
        'PATCH',
        '/apis/apps/v1/namespaces/default/statefulsets/db',
        { spec: { replicas: 2, template: { spec: { containers: [{ name: 'c', image: 'db:2' }] } } } },
        'application/strategic-merge-patch+json',
      );
      expect(image.status).toBe(200);
      const job = await call(
        s.url,
        'PATCH',
        '/apis/batch/v1/namespaces/default/jobs/j',
        { spec: { template: { spec: { containers: [{ name: 'c', image: 'j:2' }] } } } },
        'application/strategic-merge-patch+json',
      );
      expect(job.body.message).toMatch(
        /^Job.batch "j" is invalid: spec.template: Invalid value: .*: field is immutable$/,
      );
      const secret = await call(
        s.url,
        'PATCH',
        '/api/v1/namespaces/default/secrets/s',
        { type: 'kubernetes.io/tls' },
        'application/merge-patch+json',
      );
      expect(secret.body).toMatchObject({
        code: 422,
        message: 'Secret "s" is invalid: type: Invalid value: "kubernetes.io/tls": field is immutable',
      });
    } finally {
      await s.stop();
    }
  });
});

describe('allocated values and the node', () => {
  test('a replaced Service keeps its clusterIP; changing it is refused; one Ready node', async () => {
    const s = await Sandbox.start();
    try {
      s.load([
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'svc', namespace: 'default' },
          spec: { ports: [{ port: 80 }] },
        },
      ]);
      const ip = s.get('v1', 'Service', 'svc', 'default').spec.clusterIP;
      expect(ip).toMatch(/^10\.96\./);
      const replaced = await call(s.url, 'PUT', '/api/v1/namespaces/default/services/svc', {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'svc' },
        spec: { ports: [{ port: 81 }] },
      });
      expect(replaced.status).toBe(200);
      expect(replaced.body.spec.clusterIP).toBe(ip);
      const moved = await call(
        s.url,
        'PATCH',
        '/api/v1/namespaces/default/services/svc',
        { spec: { clusterIP: '10.96.9.9' } },
        'application/merge-patch+json',
      );
      expect(moved.body).toMatchObject({
        code: 422,
        message: 'Service "svc" is invalid: spec.clusterIP: Invalid value: "10.96.9.9": field is immutable',
      });
      const nodes = (await call(s.url, 'GET', '/api/v1/nodes')).body.items;
      expect(nodes.map((n: any) => n.metadata.name)).toEqual(['sandbox-node']);
      expect(nodes[0].status.conditions[0]).toMatchObject({ type: 'Ready', status: 'True' });
    } finally {
      await s.stop();
    }
  });
});
