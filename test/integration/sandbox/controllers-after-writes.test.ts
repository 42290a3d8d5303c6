/**
 * The sandbox's controllers run as a controller-manager beside an API server does: a write is
 * answered as stored, the controllers react to the writes of one event-loop turn together right
 * after, and any read that comes after an answer sees their effects.
 */
import { Sandbox } from '../../../src/sandbox/index';
import { cognigySeed } from '../../../src/rehearsal/seeds';
import { call } from './http';

describe('sandbox: controllers after the writes', () => {
  let s: Sandbox;
  beforeEach(async () => {
    s = await Sandbox.start();
    s.load(cognigySeed({ variant: 'generic' }));
  });
  afterEach(() => s.stop());

  const podsOf = async (app: string) =>
    (await call(s.url, 'GET', `/api/v1/namespaces/default/pods?labelSelector=app%3D${app}`)).body.items;

  test('concurrent scale-downs are answered as written; the next read sees every pod gone', async () => {
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
    // In-process reads settle too.
    expect(s.list('v1', 'Pod', 'default').filter((p) => names.includes(p.metadata.labels?.app))).toEqual([]);
  });

  test('a claim is created Pending and bound right after: Bound on the next read', async () => {
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
    expect(created.body.status?.phase ?? 'Pending').toBe('Pending');
    const read = await call(s.url, 'GET', '/api/v1/namespaces/default/persistentvolumeclaims/claim-after');
    expect(read.body.status.phase).toBe('Bound');
    expect(s.get('v1', 'PersistentVolume', 'pv-after').status.phase).toBe('Bound');
  });
});
