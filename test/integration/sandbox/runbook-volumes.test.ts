import { Harness, type Toolset } from './harness';

/** A Retain-able PV bound to a claim, as the migration finds them. */
function seed(suffix: string): object[] {
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: `vol-${suffix}` } },
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: `fast-${suffix}` },
      provisioner: 'ebs.csi.aws.com',
      reclaimPolicy: 'Delete',
    },
    {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data', namespace: `vol-${suffix}` },
      spec: {
        accessModes: ['ReadWriteOnce'],
        storageClassName: `fast-${suffix}`,
        resources: { requests: { storage: '5Gi' } },
      },
    },
  ];
}

describe.each<Toolset>(['v32', 'v35'])('runbook volume commands, kubectl %s', (tools) => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(async () => {
    await h.stop();
  });

  test('dynamic provisioning binds; patch Retain; delete PVC releases; claimRef null makes it Available; a new claim rebinds', async () => {
    const ns = `vol-${tools}`;
    h.sandbox.load(seed(tools));
    const pvc = h.sandbox.get('v1', 'PersistentVolumeClaim', 'data', ns);
    expect(pvc.status.phase).toBe('Bound');
    const pvName = pvc.spec.volumeName;
    expect(pvName).toBe(`pvc-${pvc.metadata.uid}`);
    expect(h.sandbox.get('v1', 'PersistentVolume', pvName).status.phase).toBe('Bound');

    const get = await h.kubectl(tools, ['get', 'pv']);
    expect(get.code).toBe(0);
    expect(get.stdout).toContain(pvName);

    const yaml = await h.kubectl(tools, ['get', 'pvc', 'data', '-n', ns, '-o', 'yaml']);
    expect(yaml.stdout).toContain(`volumeName: ${pvName}`);

    const retain = await h.kubectl(tools, [
      'patch',
      'pv',
      pvName,
      '-p',
      '{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}',
    ]);
    expect(retain.stderr).toBe('');
    expect(retain.stdout).toContain('patched');
    expect(h.sandbox.get('v1', 'PersistentVolume', pvName).spec.persistentVolumeReclaimPolicy).toBe('Retain');
    const again = await h.kubectl(tools, [
      'patch',
      'pv',
      pvName,
      '-p',
      '{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}',
    ]);
    expect(again.stdout).toContain('(no change)');

    const del = await h.kubectl(tools, ['delete', 'pvc', 'data', '-n', ns]);
    expect(del.stderr).toBe('');
    expect(h.sandbox.get('v1', 'PersistentVolumeClaim', 'data', ns)).toBeUndefined();
    const released = h.sandbox.get('v1', 'PersistentVolume', pvName);
    expect(released.status.phase).toBe('Released');
    expect(released.spec.claimRef.uid).toBe(pvc.metadata.uid);
    expect(h.sandbox.lostVolumes).toEqual([]);

    // A new claim naming the volume stays Pending while the old claimRef (with uid) is there.
    const manifest = h.file(
      `pvc-${tools}.yaml`,
      [
        'apiVersion: v1',
        'kind: PersistentVolumeClaim',
        'metadata:',
        '  name: data',
        `  namespace: ${ns}`,
        'spec:',
        '  accessModes: [ReadWriteOnce]',
        `  storageClassName: fast-${tools}`,
        `  volumeName: ${pvName}`,
        '  resources:',
        '    requests:',
        '      storage: 5Gi',
        '',
      ].join('\n'),
    );
    const apply = await h.kubectl(tools, ['apply', '-f', manifest]);
    expect(apply.stderr).toBe('');
    expect(h.sandbox.get('v1', 'PersistentVolumeClaim', 'data', ns).status.phase).toBe('Pending');

    const free = await h.kubectl(tools, ['patch', 'pv', pvName, '-p', '{"spec":{"claimRef": null}}']);
    expect(free.stderr).toBe('');
    const rebound = h.sandbox.get('v1', 'PersistentVolumeClaim', 'data', ns);
    expect(rebound.status.phase).toBe('Bound');
    expect(h.sandbox.get('v1', 'PersistentVolume', pvName).spec.claimRef.uid).toBe(rebound.metadata.uid);

    const reapply = await h.kubectl(tools, ['apply', '-f', manifest]);
    expect(reapply.stdout).toContain('unchanged');
    const ssa = await h.kubectl(tools, ['apply', '--server-side', '-f', manifest]);
    expect(ssa.stderr).toBe('');
    expect(ssa.stdout).toContain('serverside-applied');
  });

  test('deleting the claim of a Delete-policy PV loses the volume', async () => {
    const ns = `vol-${tools}`;
    h.sandbox.load([
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'scratch', namespace: ns },
        spec: {
          accessModes: ['ReadWriteOnce'],
          storageClassName: `fast-${tools}`,
          resources: { requests: { storage: '1Gi' } },
        },
      },
    ]);
    const pvName = h.sandbox.get('v1', 'PersistentVolumeClaim', 'scratch', ns).spec.volumeName;
    const del = await h.kubectl(tools, ['delete', 'pvc', 'scratch', '-n', ns]);
    expect(del.code).toBe(0);
    expect(h.sandbox.get('v1', 'PersistentVolume', pvName)).toBeUndefined();
    expect(h.sandbox.lostVolumes).toContain(pvName);
  });

  test('a claim mounted by a running pod stays Terminating until the pod goes', async () => {
    const ns = `vol-${tools}`;
    h.sandbox.load([
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'busy', namespace: ns },
        spec: {
          accessModes: ['ReadWriteOnce'],
          storageClassName: `fast-${tools}`,
          resources: { requests: { storage: '1Gi' } },
        },
      },
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'user', namespace: ns },
        spec: {
          containers: [{ name: 'c', image: 'busybox:1' }],
          volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'busy' } }],
        },
      },
    ]);
    const del = await h.kubectl(tools, ['delete', 'pvc', 'busy', '-n', ns, '--wait=false']);
    expect(del.code).toBe(0);
    const terminating = h.sandbox.get('v1', 'PersistentVolumeClaim', 'busy', ns);
    expect(terminating.metadata.deletionTimestamp).toBeDefined();
    expect(terminating.metadata.finalizers).toEqual(['kubernetes.io/pvc-protection']);
    await h.kubectl(tools, ['delete', 'pod', 'user', '-n', ns]);
    expect(h.sandbox.get('v1', 'PersistentVolumeClaim', 'busy', ns)).toBeUndefined();
  });
});

describe.each<Toolset>(['v32', 'v35'])('the runbook storage migration, kubectl %s', (tools) => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(async () => {
    await h.stop();
  });

  test('get -o yaml, edit namespace, delete, patch claimRef null, apply: the PV moves to the new claim', async () => {
    h.sandbox.load([
      {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: 'flow-modules' },
        provisioner: 'efs.csi.aws.com',
        reclaimPolicy: 'Delete',
      },
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'flow-modules', namespace: 'default' },
        spec: {
          accessModes: ['ReadWriteMany'],
          storageClassName: 'flow-modules',
          resources: { requests: { storage: '1Gi' } },
        },
      },
    ]);
    const pvName = h.sandbox.get('v1', 'PersistentVolumeClaim', 'flow-modules', 'default').spec.volumeName;
    expect(
      (
        await h.kubectl(tools, [
          'patch',
          'pv',
          pvName,
          '-p',
          '{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}',
        ])
      ).code,
    ).toBe(0);
    const exported = await h.kubectl(tools, ['get', 'pvc', '-n=default', 'flow-modules', '-o', 'yaml']);
    expect(exported.stdout).toContain('resourceVersion:');
    const edited = exported.stdout
      .replace('namespace: default', 'namespace: cognigy-ai')
      .replace(
        /annotations:\n/,
        'annotations:\n    meta.helm.sh/release-name: cognigy-ai\n    meta.helm.sh/release-namespace: cognigy-ai\n',
      );
    const file = h.file(`flow-modules-pvc-${tools}.yaml`, edited);
    expect((await h.kubectl(tools, ['create', 'ns', 'cognigy-ai'])).code).toBe(0);
    expect((await h.kubectl(tools, ['delete', 'pvc', '-n=default', 'flow-modules'])).code).toBe(0);
    expect(h.sandbox.get('v1', 'PersistentVolume', pvName).status.phase).toBe('Released');
    expect((await h.kubectl(tools, ['patch', 'pv', pvName, '-p', '{"spec":{"claimRef": null}}'])).code).toBe(
      0,
    );
    expect(h.sandbox.get('v1', 'PersistentVolume', pvName).status.phase).toBe('Available');
    const apply = await h.kubectl(tools, ['apply', '-f', file]);
    expect(apply.stderr).toBe('');
    const claim = h.sandbox.get('v1', 'PersistentVolumeClaim', 'flow-modules', 'cognigy-ai');
    expect(claim.status.phase).toBe('Bound');
    expect(claim.spec.volumeName).toBe(pvName);
    expect(claim.metadata.annotations['meta.helm.sh/release-name']).toBe('cognigy-ai');
    expect(h.sandbox.get('v1', 'PersistentVolume', pvName).spec.claimRef).toMatchObject({
      namespace: 'cognigy-ai',
      uid: claim.metadata.uid,
    });
    expect(h.sandbox.lostVolumes).toEqual([]);
  });
});

describe.each<Toolset>(['v32', 'v35'])('runbook loops over table output, kubectl %s', (tools) => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
    h.sandbox.load([
      {
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: 'efs' },
        provisioner: 'efs.csi.aws.com',
      },
      ...['redis-persistent', 'flow-modules', 'functions', 'unrelated'].map((name) => ({
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name, namespace: 'default' },
        spec: {
          accessModes: ['ReadWriteOnce'],
          storageClassName: 'efs',
          resources: { requests: { storage: '2Gi' } },
        },
      })),
    ]);
  });
  afterAll(async () => {
    await h.stop();
  });

  test('kubectl get pv | grep | awk feeds the reclaim-policy loop', async () => {
    const table = await h.kubectl(tools, ['get', 'pv']);
    expect(table.stdout.split('\n')[0]).toMatch(
      /^NAME\s+CAPACITY\s+ACCESS MODES\s+RECLAIM POLICY\s+STATUS\s+CLAIM\s+STORAGECLASS/,
    );
    expect(table.stdout).toMatch(/pvc-\S+\s+2Gi\s+RWO\s+Delete\s+Bound\s+default\/flow-modules\s+efs/);
    const loop = await h.sh(
      tools,
      `for i in $(kubectl get pv | grep -E 'redis-persistent|flow-modules|functions' | awk '{print $1}'); do kubectl patch pv $i -p '{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}'; done`,
    );
    expect(loop.stderr).toBe('');
    const policies = Object.fromEntries(
      h.sandbox
        .list('v1', 'PersistentVolume')
        .map((pv) => [pv.spec.claimRef.name, pv.spec.persistentVolumeReclaimPolicy]),
    );
    expect(policies).toEqual({
      'redis-persistent': 'Retain',
      'flow-modules': 'Retain',
      functions: 'Retain',
      unrelated: 'Delete',
    });
    const pvName = h.sandbox.get('v1', 'PersistentVolumeClaim', 'functions', 'default').spec.volumeName;
    const describe = await h.kubectl(tools, ['describe', 'pv', pvName]);
    expect(describe.stderr).toBe('');
    expect(describe.stdout).toMatch(/Claim:\s+default\/functions/);
    const pvcs = await h.kubectl(tools, ['get', 'pvc']);
    expect(pvcs.stdout).toMatch(/^functions\s+Bound\s+pvc-\S+\s+2Gi\s+RWO\s+efs/m);
  });
});
