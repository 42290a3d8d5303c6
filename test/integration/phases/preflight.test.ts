import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_4_42, PREFLIGHT_OK, seedSecretValues, world, type World } from './harness';

describe('preflight against the sandbox', () => {
  for (const variant of ['generic', 'aws', 'azure'] as const) {
    test(`${variant}: passes, records the installation and changes nothing in the cluster`, async () => {
      const w = await world({ variant });
      try {
        const { result, error, log } = await w.run('preflight', PREFLIGHT_OK);
        expect(error).toBeUndefined();
        expect(result?.error).toBeUndefined();
        expect(result?.ok).toBe(true);
        expect(w.mutations()).toEqual([]);
        const record = JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));
        expect(record.provider).toBe(variant);
        expect(record.pvcs.map((p: any) => p.name)).toEqual([
          'flow-modules',
          'functions',
          'redis-persistent',
        ]);
        for (const p of record.pvcs) {
          const pv = w.sandbox.get('v1', 'PersistentVolume', p.pv);
          expect(pv.spec.claimRef.name).toBe(p.name);
          expect(p.originalReclaimPolicy).toBe(pv.spec.persistentVolumeReclaimPolicy);
        }
        if (variant === 'aws') expect(record.pvcs.filter((p: any) => p.efsId).length).toBe(2);
        expect(record.deployments.length).toBeGreaterThan(30);
        expect(record.deployments.map((d: any) => d.name)).not.toContain('billing-exporter');
        expect(record.traefik).toBe(true);
        expect(JSON.stringify(record)).not.toMatch(/connection-string|requirepass/);
        for (const v of seedSecretValues(w.sandbox)) {
          expect(log.text()).not.toContain(v);
          expect(JSON.stringify(record)).not.toContain(v);
        }
      } finally {
        await w.stop();
      }
    });
  }

  test('dry-run writes no record and makes no request that changes anything', async () => {
    const w = await world();
    try {
      const { result } = await w.run('preflight', { ...PREFLIGHT_OK, 'dry-run': 'true' });
      expect(result?.ok).toBe(true);
      expect(w.mutations()).toEqual([]);
      expect(existsSync(join(w.stateDir, 'migration-record.json'))).toBe(false);
      expect(existsSync(join(w.stateDir, 'preflight-report.md'))).toBe(false);
    } finally {
      await w.stop();
    }
  });

  test('with the VolumeSnapshot API: missing snapshots block; create-snapshots creates them', async () => {
    const w = await world({}, { volumeSnapshots: true });
    try {
      const blocked = await w.run('preflight', {
        'chart-version': '4.41.2',
        chart: PREFLIGHT_OK.chart,
        values: PREFLIGHT_OK.values,
      });
      expect(blocked.result?.ok).toBe(false);
      expect(blocked.result?.error).toContain('no VolumeSnapshot of PVC default/flow-modules');
      expect(w.mutations()).toEqual([]);
      const created = await w.run('preflight', {
        'chart-version': '4.41.2',
        chart: PREFLIGHT_OK.chart,
        values: PREFLIGHT_OK.values,
        'create-snapshots': 'true',
      });
      expect(created.result?.error).toBeUndefined();
      const snaps = w.sandbox.list('snapshot.storage.k8s.io/v1', 'VolumeSnapshot', 'default');
      expect(snaps.map((s) => s.spec.source.persistentVolumeClaimName).sort()).toEqual([
        'flow-modules',
        'functions',
        'redis-persistent',
      ]);
      const again = await w.run('preflight', {
        'chart-version': '4.41.2',
        chart: PREFLIGHT_OK.chart,
        values: PREFLIGHT_OK.values,
      });
      expect(again.result?.ok).toBe(true);
    } finally {
      await w.stop();
    }
  });
});

/** A bad cluster state or input, what preflight must say, and that it changed nothing. */
async function expectBlocked(w: World, inputs: Record<string, string>, ...messages: Array<string | RegExp>) {
  try {
    w.sandbox.requests.clear();
    const { result, error } = await w.run('preflight', { ...PREFLIGHT_OK, ...inputs });
    const text = result?.error ?? error?.message ?? '';
    expect(result?.ok ?? false).toBe(false);
    for (const m of messages) expect(text).toMatch(m);
    expect(w.mutations()).toEqual([]);
    expect(existsSync(join(w.stateDir, 'migration-record.json'))).toBe(false);
  } finally {
    await w.stop();
  }
}

test("Kubernetes newer than the tested 1.21-1.23 is a warning, not a blocker; the chart's own kubeVersion is", async () => {
  const w = await world({}, { serverVersion: { major: '1', minor: '29', gitVersion: 'v1.29.4' } });
  try {
    const { result, log } = await w.run('preflight', PREFLIGHT_OK);
    expect(log.text()).toContain(
      "warn kubernetes: server v1.29.4 is newer than the runbook's tested range 1.21–1.23",
    );
    expect(result?.report.join('\n')).toMatch(/\| kubernetes \| warning \|/);
    // Like the real 4.41.2, the chart declares kubeVersion <1.24: helm would refuse to install it.
    expect(result?.error).toMatch(/preflight found 1 blocker\(s\)/);
    expect(result?.error).toContain(
      'requires Kubernetes >=v1.19.0-0,<v1.24.0-0 (its kubeVersion) and the cluster runs v1.29.4',
    );
  } finally {
    await w.stop();
  }
});

describe('preflight reports every blocker, changes nothing', () => {
  test('missing secrets: all of them listed', async () => {
    const w = await world();
    const core = w.sandbox;
    // Remove two secrets through the API, as an operator might have.
    await fetch(`${core.url}/api/v1/namespaces/default/secrets/cognigy-jwt`, { method: 'DELETE' });
    await fetch(`${core.url}/api/v1/namespaces/default/secrets/cognigy-service-api`, { method: 'DELETE' });
    await expectBlocked(w, {}, 'missing: cognigy-jwt', 'missing: cognigy-service-api');
  });

  test('bad connection string: names the secret, never the value', async () => {
    const w = await world();
    const bad = 'mongodb://wrong-user:hunter2-secret@mongodb-0:27017/other-db';
    await fetch(`${w.sandbox.url}/api/v1/namespaces/default/secrets/cognigy-service-ai`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ data: { 'connection-string': Buffer.from(bad).toString('base64') } }),
    });
    const { result } = await w.run('preflight', PREFLIGHT_OK);
    expect(result?.error).toContain('cognigy-service-ai');
    expect(result?.error).not.toContain('hunter2-secret');
    await expectBlocked(w, {}, /cognigy-service-ai: /);
  });

  test('missing PVC and unbound PVC', async () => {
    // The functions PVC is absent; flow-modules waits for a volume that does not exist.
    const w = await world({}, {}, [], (objs) =>
      objs
        .filter((o) => !(o.kind === 'PersistentVolumeClaim' && o.metadata.name === 'functions'))
        .filter((o) => !(o.kind === 'PersistentVolume' && o.spec?.claimRef?.name === 'flow-modules'))
        .map((o) =>
          o.kind === 'PersistentVolumeClaim' && o.metadata.name === 'flow-modules'
            ? { ...o, spec: { ...o.spec, volumeName: 'gone-pv' }, status: { phase: 'Pending' } }
            : o,
        ),
    );
    await expectBlocked(
      w,
      {},
      'PVC default/functions not found',
      /PVC default\/flow-modules is (Lost|Pending)/,
    );
  });

  test('a PVC being deleted blocks', async () => {
    const w = await world();
    // Mounted by a running pod, the PVC stays Terminating (pvc-protection).
    await fetch(`${w.sandbox.url}/api/v1/namespaces/default/persistentvolumeclaims/functions`, {
      method: 'DELETE',
    });
    expect(
      w.sandbox.get('v1', 'PersistentVolumeClaim', 'functions', 'default')?.metadata.deletionTimestamp,
    ).toBeTruthy();
    await expectBlocked(w, {}, 'PVC default/functions is being deleted');
  });

  test('wrong version: every image mismatch listed', async () => {
    const w = await world();
    await expectBlocked(
      w,
      { 'chart-version': '4.42.0', chart: CHART_4_42 },
      /not at chart version 4.42.0/,
      /service-ai\/service-ai: running .*, chart renders/,
    );
  });

  test('installation older than 4.38 and an unparsable version', async () => {
    await expectBlocked(await world(), { 'chart-version': '4.37.0' }, /older than 4.38.0/);
    await expectBlocked(await world(), { 'chart-version': 'latest' }, /not a Cognigy.AI version/);
  });

  test('missing permissions: a table of what is missing', async () => {
    const w = await world(
      {},
      {
        deniedPermissions: [
          { verb: 'patch', resource: 'persistentvolumes' },
          { verb: 'create', resource: 'namespaces' },
        ],
      },
    );
    await expectBlocked(
      w,
      {},
      'missing: patch persistentvolumes (cluster)',
      'missing: create namespaces (cluster)',
    );
  });

  test('a check the identity may not run is reported with the rest, not a crash', async () => {
    const w = await world(
      {},
      {
        deniedPermissions: [
          { verb: 'list', resource: 'storageclasses' },
          { verb: 'get', resource: 'statefulsets' },
        ],
      },
    );
    await expectBlocked(
      w,
      {},
      'missing: list storageclasses.storage.k8s.io (cluster)',
      /storage: could not check: list StorageClass failed: 403 Forbidden/,
      /mongodb: could not check: get StatefulSet mongodb\/mongodb failed: 403 Forbidden/,
      // four blockers: the two permissions and the two checks they stopped; the rest still ran.
      /preflight found 4 blocker\(s\)/,
    );
  });

  test('registry username without password', async () => {
    await expectBlocked(
      await world(),
      { 'registry-username': 'robot' },
      /registry-username and registry-password go together/,
    );
  });

  test('target namespace in use by something else', async () => {
    const w = await world({}, {}, [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'cognigy-ai' } },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'someone-elses', namespace: 'cognigy-ai' },
        data: { a: 'b' },
      },
    ]);
    await expectBlocked(
      w,
      {},
      /cognigy-ai already holds objects k2h did not create \(ConfigMap\/someone-elses\)/,
    );
  });

  test('legacy single-replica MongoDB only', async () => {
    await expectBlocked(
      await world({ legacyMongoOnly: true }),
      {},
      /single- to multi-replica MongoDB migration/,
    );
  });

  test('Kubernetes older than 1.21 blocks', async () => {
    const w = await world({}, { serverVersion: { major: '1', minor: '20', gitVersion: 'v1.20.15' } });
    await expectBlocked(w, {}, "server v1.20.15 is older than 1.21, the runbook's minimum");
  });

  test('no snapshot API and no acknowledgement', async () => {
    await expectBlocked(await world(), { 'acknowledge-no-snapshots': 'false' }, /no VolumeSnapshot API/);
  });

  test('a helm older than 3.8 or missing', async () => {
    await expectBlocked(
      await world(),
      { helm: '/nonexistent/helm' },
      /helm binary '\/nonexistent\/helm' not found/,
    );
  });

  test('no helm with --image-check false: a warning that says helm was not checked, never a pass', async () => {
    const w = await world();
    try {
      const { result, log } = await w.run('preflight', {
        ...PREFLIGHT_OK,
        helm: '/nonexistent/helm',
        'image-check': 'false',
      });
      expect(result?.ok).toBe(true);
      expect(log.text()).toMatch(
        /warn helm: .*not needed with --image-check false, but helm-install will need helm/,
      );
      expect(log.text()).not.toMatch(/✓ helm/);
      expect(result?.report.join('\n')).toMatch(/\| helm \| warning \|/);
    } finally {
      await w.stop();
    }
  });

  test('unreachable cluster: clear error, nothing written', async () => {
    const w = await world();
    const url = w.sandbox.url;
    await w.sandbox.stop();
    const { error } = await w.run('preflight', PREFLIGHT_OK);
    expect(error?.message).toContain(`cannot reach the Kubernetes API server at ${url}`);
    expect(existsSync(join(w.stateDir, 'migration-record.json'))).toBe(false);
  });

  test('invalid kubeconfig: clear error', async () => {
    const w = await world();
    const { error } = await w.run('preflight', {
      ...PREFLIGHT_OK,
      kubeconfig: 'apiVersion: v1\nclusters: [',
    });
    expect(error?.message).toMatch(/the --kubeconfig content is not a valid kubeconfig: YAML syntax error/);
    expect(w.mutations()).toEqual([]);
    await w.stop();
  });
});
