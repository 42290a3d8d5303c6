/**
 * What a client reads after a write's answer includes the controllers' effects (the pods of a
 * scaled-down deployment gone, a claim bound), for concurrent writes too.
 */
import { Sandbox } from '../../../src/sandbox/index';
import { cognigySeed } from '../../../src/rehearsal/seeds';
import { call } from './http';

describe("sandbox: the controllers' effects after a write", () => {
  let s: Sandbox;
  beforeEach(async () => {
    s = await Sandbox.start();
    s.load(cognigySeed({ variant: 'generic' }));
  });
  afterEach(() => s.stop());

  const podsOf = async (app: string) =>
    (await call(s.url, 'GET', `/api/v1/namespaces/default/pods?labelSelector=app%3D${app}`)).body.items;

  test('concurrent scale-downs: the next read sees every pod gone', async () => {
    const names = ['service-api', 'service-ui', 'service-endpoint'];
    expect((await podsOf('service-api')).length).toBeGreaterThan(0);
    const answers = await Promise.all(
      names.map((n) =>
        call(
          s.url,
          'PATCH',
          `/apis/apps/v1/namespaces/default/deployments/${n}`,
          { spec: { replicas: 0 } },
          'application/merge-patch+json',
        ),
      ),
    );
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.body.spec.replicas).toBe(0);
    }
    for (const n of names) expect(await podsOf(n)).toEqual([]);
    expect(s.list('v1', 'Pod', 'default').filter((p) => names.includes(p.metadata.labels?.app))).toEqual([]);
  });

  test('a claim created for a reserved volume: Bound on the next read', async () => {
    const pv = {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'pv-after' },
      spec: {
        capacity: { storage: '1Gi' },
        accessModes: ['ReadWriteOnce'],
        persistentVolumeReclaimPolicy: 'Retain',
        storageClassName: 'manual',
        hostPath: { path: '/tmp/pv-after' },
        claimRef: { namespace: 'default', name: 'claim-after' },
      },
    };
    expect((await call(s.url, 'POST', '/api/v1/persistentvolumes', pv)).status).toBe(201);
    const created = await call(s.url, 'POST', '/api/v1/namespaces/default/persistentvolumeclaims', {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'claim-after' },
      spec: {
        accessModes: ['ReadWriteOnce'],
        storageClassName: 'manual',
        volumeName: 'pv-after',
        resources: { requests: { storage: '1Gi' } },
      },
    });
    expect(created.status).toBe(201);
    const read = await call(s.url, 'GET', '/api/v1/namespaces/default/persistentvolumeclaims/claim-after');
    expect(read.body.status.phase).toBe('Bound');
    expect(s.get('v1', 'PersistentVolume', 'pv-after').status.phase).toBe('Bound');
  });
});
