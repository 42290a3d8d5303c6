/**
 * What the real Cognigy.AI chart 4.41.2 asks of a migration, against the sandbox with the real
 * helm 3.17 and 4.1 and the stand-in chart that reproduces it: rendering with the cluster's
 * capabilities, the claims the chart expects (generic: class redis-persistent), the AWS
 * StorageClass whose immutable volumeBindingMode differs, the Secrets the pods and hooks need, the
 * values-rendered Secrets, and the keys the official script leaves behind. One test per provider
 * proves helm's ownership check passes for everything the chart renders that already exists.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { Helm, HelmError } from '../../../src/helm/helm';
import { renderChart } from '../../../src/helm/render';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { clusterCapabilities } from '../../../src/kube/capabilities';
import { missingSecrets, referencedSecrets } from '../../../src/phases/chart-checks';
import { cognigyMongoSeed } from '../../../src/rehearsal/mongo-seed';
import { cognigySeed, type SeedVariant } from '../../../src/rehearsal/seeds';
import { MongoSandbox } from '../../../src/sandbox/mongo';
import { MemoryLogger } from '../../support/memory-logger';
import { CHART, HELM3, HELM4, preflightOk, seedSecretValues, world, type World } from './harness';

function helmFor(bin: string, home: string) {
  return new Helm(bin, undefined, {
    PATH: process.env.PATH,
    HOME: home,
    HELM_CACHE_HOME: join(home, 'cache'),
    HELM_CONFIG_HOME: join(home, 'config'),
    HELM_DATA_HOME: join(home, 'data'),
  });
}

const values = (variant: SeedVariant) => join(CHART, 'ci', `${variant}-values.yaml`);

/** A world with the seed's MongoDB behind mongodb-uri (preflight checks the databases). */
async function realWorld(variant: SeedVariant, edit?: (objects: any[]) => any[]) {
  const w = await world({ variant }, {}, [], edit);
  const mongo = await MongoSandbox.start(cognigyMongoSeed(cognigySeed({ variant }), { scale: 0.02 }));
  const kubeconfig = join(w.stateDir, 'kubeconfig');
  writeFileSync(kubeconfig, w.kubeconfig, { mode: 0o600 });
  const inputs = { ...preflightOk(variant), 'mongodb-uri': mongo.uri };
  return {
    w,
    kubeconfig,
    inputs,
    stop: async () => {
      await mongo.stop();
      await w.stop();
    },
  };
}

function install(bin: string, w: World, kubeconfig: string, variant: SeedVariant, createNamespace = false) {
  return helmFor(bin, w.stateDir).upgradeInstall('cognigy-ai', CHART, {
    namespace: 'cognigy-ai',
    createNamespace,
    values: [values(variant)],
    // Generic storage has no provisioner: claims bind only through the downtime's rebind.
    wait: variant !== 'generic',
    timeout: '40s',
    kubeconfig,
    forceConflicts: true,
  });
}

/** The runbook's rebind, by hand (the downtime phase does it): old claim gone, the Helm claim created. */
async function rebind(w: World, claim: string) {
  const kube = new Kube(loadKubeConfig({ kubeconfig: w.kubeconfig }), new MemoryLogger());
  const manifest = yaml.load(
    readFileSync(join(w.stateDir, 'pvc-backups', `${claim}-pvc.yaml`), 'utf8'),
  ) as any;
  await kube.delete('v1', 'PersistentVolumeClaim', claim, 'default');
  for (let i = 0; i < 50 && w.sandbox.get('v1', 'PersistentVolumeClaim', claim, 'default'); i++)
    await new Promise((r) => setTimeout(r, 100));
  await kube.patch('v1', 'PersistentVolume', manifest.spec.volumeName, undefined, {
    spec: { claimRef: null },
  });
  await kube.create(manifest);
  for (let i = 0; i < 50; i++) {
    if (w.sandbox.get('v1', 'PersistentVolumeClaim', claim, 'cognigy-ai')?.status?.phase === 'Bound') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`claim ${claim} did not bind`);
}

/**
 * A generic install whose storage was changed from what Cognigy/kubernetes applies: every claim of
 * `default` and its PV on one class `local-storage` (a local-volume StorageClass), as a cluster
 * admin may have set it up. The chart still renders redis-persistent with its hard-coded class.
 */
function onLocalStorageClass(objects: any[]): any[] {
  const claims = new Set(['flow-modules', 'functions', 'redis-persistent', 'mongodb']);
  const out = objects.map((o) => {
    if (
      o.kind === 'PersistentVolumeClaim' &&
      o.metadata.namespace === 'default' &&
      claims.has(o.metadata.name)
    ) {
      const c = structuredClone(o);
      c.spec.storageClassName = 'local-storage';
      const ann = c.metadata.annotations ?? {};
      const last = 'kubectl.kubernetes.io/last-applied-configuration';
      if (ann[last]) {
        const applied = JSON.parse(ann[last]);
        applied.spec.storageClassName = 'local-storage';
        ann[last] = JSON.stringify(applied);
      }
      return c;
    }
    if (
      o.kind === 'PersistentVolume' &&
      o.spec?.claimRef?.namespace === 'default' &&
      claims.has(o.spec.claimRef.name)
    )
      return { ...o, spec: { ...o.spec, storageClassName: 'local-storage' } };
    return o;
  });
  return [
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: 'local-storage' },
      provisioner: 'kubernetes.io/no-provisioner',
      reclaimPolicy: 'Retain',
      volumeBindingMode: 'WaitForFirstConsumer',
    },
    ...out,
  ];
}

describe('the real chart behaviour, per provider', () => {
  test('generic (helm 3) as Cognigy/kubernetes applies it: the claims already carry the classes the chart renders; the install adopts everything; kept keys survive', async () => {
    const { w, kubeconfig, inputs, stop } = await realWorld('generic');
    try {
      const refused = await install(HELM3, w, kubeconfig, 'generic', true).catch((e) => e);
      expect(refused).toBeInstanceOf(HelmError);
      expect(refused.stderr).toContain('invalid ownership metadata');

      const pf = await w.run('preflight', inputs);
      expect(pf.result?.error).toBeUndefined();
      const pfText = pf.log.lines.join('\n');
      // The kustomize claim has the class the chart hard-codes: nothing to change on the PV.
      expect(pfText).toContain(
        "redis-persistent: the chart's claim (class redis-persistent, 10Gi, ReadWriteOnce) fits PV redis-persistent\n",
      );
      expect(pfText).not.toContain("prepare-storage sets the PV's class");
      // No StorageClass exists on generic, and the chart renders none: nothing to adopt or replace.
      expect(pfText).not.toMatch(/storage classes: (adopted|StorageClass)/);
      expect((await w.run('migrate-secrets')).result?.ok).toBe(true);
      const ps = await w.run('prepare-storage');
      expect(ps.result?.ok).toBe(true);
      expect(w.sandbox.get('v1', 'PersistentVolume', 'redis-persistent').spec.storageClassName).toBe(
        'redis-persistent',
      );
      const claim = yaml.load(
        readFileSync(join(w.stateDir, 'pvc-backups', 'redis-persistent-pvc.yaml'), 'utf8'),
      ) as any;
      expect(claim.spec).toEqual({
        accessModes: ['ReadWriteOnce'],
        storageClassName: 'redis-persistent',
        resources: { requests: { storage: '10Gi' } },
        volumeName: 'redis-persistent',
      });
      // flow-modules and functions are the user's own claims on generic: they move as they were
      // (their own class, 1Gi asked of the 10Gi volume).
      for (const name of ['flow-modules', 'functions']) {
        const own = yaml.load(
          readFileSync(join(w.stateDir, 'pvc-backups', `${name}-pvc.yaml`), 'utf8'),
        ) as any;
        expect(own.spec).toMatchObject({
          accessModes: ['ReadWriteMany'],
          storageClassName: name,
          resources: { requests: { storage: '1Gi' } },
          volumeName: name,
        });
      }

      await rebind(w, 'redis-persistent');
      await install(HELM3, w, kubeconfig, 'generic');
      const pvc = w.sandbox.get('v1', 'PersistentVolumeClaim', 'redis-persistent', 'cognigy-ai');
      expect(pvc.status.phase).toBe('Bound');
      expect(pvc.spec.volumeName).toBe('redis-persistent');
      expect(pvc.metadata.annotations['meta.helm.sh/release-name']).toBe('cognigy-ai');
      for (const name of ['cognigy-insights-collector-api-key', 'cognigy-service-endpoint-api-access-token'])
        expect(w.sandbox.get('v1', 'Secret', name, 'cognigy-ai').data).toEqual(
          w.sandbox.get('v1', 'Secret', name, 'default').data,
        );
      expect(w.sandbox.lostVolumes).toEqual([]);
      const logs = [pf, ps].map((o) => o.log.lines.join('\n')).join('\n');
      for (const v of seedSecretValues(w.sandbox)) expect(logs).not.toContain(v);
    } finally {
      await stop();
    }
  }, 180_000);

  test("generic (helm 3) with the claims on another class: the claim is the chart's (class redis-persistent) and its PV follows; the install adopts everything", async () => {
    const { w, kubeconfig, inputs, stop } = await realWorld('generic', onLocalStorageClass);
    try {
      const pf = await w.run('preflight', inputs);
      expect(pf.result?.error).toBeUndefined();
      expect(pf.log.lines.join('\n')).toContain(
        "redis-persistent: the chart's claim (class redis-persistent, 10Gi, ReadWriteOnce) fits PV redis-persistent; prepare-storage sets the PV's class local-storage -> redis-persistent",
      );
      expect((await w.run('migrate-secrets')).result?.ok).toBe(true);
      const ps = await w.run('prepare-storage');
      expect(ps.result?.ok).toBe(true);
      // The PV carries the chart claim's class (the seed's claim had local-storage).
      expect(w.sandbox.get('v1', 'PersistentVolume', 'redis-persistent').spec.storageClassName).toBe(
        'redis-persistent',
      );
      const claim = yaml.load(
        readFileSync(join(w.stateDir, 'pvc-backups', 'redis-persistent-pvc.yaml'), 'utf8'),
      ) as any;
      expect(claim.spec).toEqual({
        accessModes: ['ReadWriteOnce'],
        storageClassName: 'redis-persistent',
        resources: { requests: { storage: '10Gi' } },
        volumeName: 'redis-persistent',
      });
      expect(claim.metadata.annotations).toEqual({
        'meta.helm.sh/release-name': 'cognigy-ai',
        'meta.helm.sh/release-namespace': 'cognigy-ai',
      });
      // flow-modules is the user's own claim on generic: it moves as it was (class kept).
      const fm = yaml.load(
        readFileSync(join(w.stateDir, 'pvc-backups', 'flow-modules-pvc.yaml'), 'utf8'),
      ) as any;
      expect(fm.spec.storageClassName).toBe('local-storage');
      // No noise about classes the chart does not render on generic.
      expect(ps.log.lines.join('\n')).not.toContain('nothing to adopt: StorageClass');

      await rebind(w, 'redis-persistent');
      await install(HELM3, w, kubeconfig, 'generic');
      const pvc = w.sandbox.get('v1', 'PersistentVolumeClaim', 'redis-persistent', 'cognigy-ai');
      expect(pvc.status.phase).toBe('Bound');
      expect(pvc.spec.volumeName).toBe('redis-persistent');
      expect(pvc.metadata.annotations['meta.helm.sh/release-name']).toBe('cognigy-ai');
      // The keys the official script leaves behind were migrated; the chart (lookup) kept them.
      for (const name of ['cognigy-insights-collector-api-key', 'cognigy-service-endpoint-api-access-token'])
        expect(w.sandbox.get('v1', 'Secret', name, 'cognigy-ai').data).toEqual(
          w.sandbox.get('v1', 'Secret', name, 'default').data,
        );
      expect(w.sandbox.lostVolumes).toEqual([]);
      // No secret value in any log.
      const logs = [pf, ps].map((o) => o.log.lines.join('\n')).join('\n');
      for (const v of seedSecretValues(w.sandbox)) expect(logs).not.toContain(v);
    } finally {
      await stop();
    }
  }, 180_000);

  for (const bin of [HELM3, HELM4])
    test(`aws (${bin.includes('v35') ? 'helm 4' : 'helm 3'}): StorageClass redis-persistent is replaced (immutable volumeBindingMode), then the install adopts everything`, async () => {
      const { w, kubeconfig, inputs, stop } = await realWorld('aws');
      try {
        const before = w.sandbox.get('storage.k8s.io/v1', 'StorageClass', 'redis-persistent');
        const pf = await w.run('preflight', inputs);
        expect(pf.result?.error).toBeUndefined();
        expect(pf.log.lines.join('\n')).toContain(
          'storage classes: StorageClass redis-persistent: volumeBindingMode Immediate -> WaitForFirstConsumer',
        );
        expect((await w.run('migrate-secrets')).result?.ok).toBe(true);

        // The plan and dry-run show the replacement and change nothing.
        w.sandbox.requests.clear();
        const dry = await w.run('prepare-storage', { 'dry-run': 'true' });
        expect(dry.result?.ok).toBe(true);
        const plan = dry.log.lines.join('\n');
        expect(plan).toContain(
          'replace StorageClass redis-persistent: volumeBindingMode Immediate -> WaitForFirstConsumer',
        );
        expect(plan).toContain('create StorageClass redis-persistent as the chart renders it');
        expect(w.mutations()).toEqual([]);

        expect((await w.run('prepare-storage')).result?.ok).toBe(true);
        const after = w.sandbox.get('storage.k8s.io/v1', 'StorageClass', 'redis-persistent');
        expect(after.volumeBindingMode).toBe('WaitForFirstConsumer');
        expect(after.metadata.uid).not.toBe(before.metadata.uid);
        expect(after.metadata.annotations['meta.helm.sh/release-name']).toBe('cognigy-ai');
        // The old definition is kept for rollback, and its adoption recorded.
        const kept = yaml.load(
          readFileSync(join(w.stateDir, 'pvc-backups', 'adopted.StorageClass.redis-persistent.yaml'), 'utf8'),
        ) as any;
        expect(kept).toMatchObject({ volumeBindingMode: 'Immediate', provisioner: 'kubernetes.io/aws-ebs' });
        expect(kept.metadata.uid).toBeUndefined();
        const record = JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));
        expect(record.adoptions.map((a: any) => `${a.kind}/${a.name}`)).toContain(
          'StorageClass/redis-persistent',
        );
        // The bound PV is unaffected by the class being replaced.
        const pvName = record.pvcs.find((p: any) => p.name === 'redis-persistent').pv;
        expect(w.sandbox.get('v1', 'PersistentVolume', pvName).status.phase).toBe('Bound');

        // helm's ownership check passes for every rendered object that exists (classes, bindings,
        // Traefik's cluster objects, the migrated Secrets); the install completes.
        await install(bin, w, kubeconfig, 'aws');
        expect(
          w.sandbox.get('storage.k8s.io/v1', 'StorageClass', 'aws-efs-flow-modules').metadata.annotations[
            'meta.helm.sh/release-name'
          ],
        ).toBe('cognigy-ai');
        expect(w.sandbox.lostVolumes).toEqual([]);
      } finally {
        await stop();
      }
    }, 180_000);

  test("aws: the sandbox refuses to change an existing class's volumeBindingMode, as EKS refuses the install's patch", async () => {
    const w = await world({ variant: 'aws' });
    try {
      const kubeconfig = join(w.stateDir, 'kubeconfig');
      writeFileSync(kubeconfig, w.kubeconfig, { mode: 0o600 });
      const kube = new Kube(loadKubeConfig({ kubeconfig: w.kubeconfig }), new MemoryLogger());
      const err = await kube
        .patch('storage.k8s.io/v1', 'StorageClass', 'redis-persistent', undefined, {
          volumeBindingMode: 'WaitForFirstConsumer',
        })
        .catch((e) => e);
      expect(String(err.message)).toContain(
        'volumeBindingMode: Invalid value: "WaitForFirstConsumer": field is immutable',
      );
      expect(w.sandbox.get('storage.k8s.io/v1', 'StorageClass', 'redis-persistent').volumeBindingMode).toBe(
        'Immediate',
      );
    } finally {
      await w.stop();
    }
  });

  test('azure (helm 4): flow-modules and functions classes adopted as they are; the install adopts everything', async () => {
    const { w, kubeconfig, inputs, stop } = await realWorld('azure');
    try {
      const pf = await w.run('preflight', inputs);
      expect(pf.result?.error).toBeUndefined();
      expect(pf.log.lines.join('\n')).toContain(
        'storage classes: adopted as they are: flow-modules, functions',
      );
      expect((await w.run('migrate-secrets')).result?.ok).toBe(true);
      expect((await w.run('prepare-storage')).result?.ok).toBe(true);
      await install(HELM4, w, kubeconfig, 'azure');
      for (const sc of ['flow-modules', 'functions'])
        expect(
          w.sandbox.get('storage.k8s.io/v1', 'StorageClass', sc).metadata.annotations[
            'meta.helm.sh/release-name'
          ],
        ).toBe('cognigy-ai');
      expect(w.sandbox.lostVolumes).toEqual([]);
    } finally {
      await stop();
    }
  }, 180_000);
});

describe('checks against the sandbox', () => {
  test('rendering with the cluster capabilities; the Secrets pods and hooks need exist only after migrate-secrets', async () => {
    const { w, inputs, stop } = await realWorld('generic');
    try {
      const kube = new Kube(loadKubeConfig({ kubeconfig: w.kubeconfig }), new MemoryLogger());
      const caps = await clusterCapabilities(kube);
      expect(caps.kubeVersion).toBe('v1.23.17');
      expect(caps.apiVersions).toEqual(
        expect.arrayContaining([
          'networking.k8s.io/v1/IngressClass',
          'autoscaling/v2beta2/HorizontalPodAutoscaler',
          'batch/v1beta1/CronJob',
          'policy/v1beta1/PodDisruptionBudget',
          'v1/Service',
        ]),
      );
      const helm = helmFor(HELM3, w.stateDir);
      // Without the capabilities the real chart's constraint refuses to render.
      const bare = await renderChart(helm, {
        release: 'cognigy-ai',
        chart: CHART,
        namespace: 'cognigy-ai',
        values: [values('generic')],
      }).catch((e) => e);
      expect(String(bare.message)).toContain('chart requires kubeVersion: >=v1.19.0-0,<v1.24.0-0');
      const chart = await renderChart(helm, {
        release: 'cognigy-ai',
        chart: CHART,
        namespace: 'cognigy-ai',
        values: [values('generic')],
        capabilities: caps,
      });
      expect(chart.hooks.map((h) => `${h.kind}/${h.metadata.name}`)).toContain('Job/cognigy-ai-db-init');
      expect(referencedSecrets(chart).get('cognigy-service-api')?.by).toEqual(
        new Set(['Deployment/service-api', 'Job/cognigy-ai-db-init (hook)']),
      );
      const inTarget = (n: string) => w.sandbox.get('v1', 'Secret', n, 'cognigy-ai');
      // Client-side every lookup-gated Secret renders, so only the pull secret of a chart
      // without credentials, or a key a migrated Secret lacks, shows here; with nothing migrated
      // and the hook Secrets left out (as on an upgrade, where pre-install hooks do not run):
      const upgrade = {
        ...chart,
        hooks: chart.hooks.filter((h) => !h.metadata.name.startsWith('cognigy-service-')),
      };
      const before = missingSecrets(upgrade, inTarget);
      expect(before).toEqual(
        expect.arrayContaining([
          expect.stringContaining(
            'Secret cognigy-service-api is missing (needed by Deployment/service-api, Job/cognigy-ai-db-init (hook))',
          ),
        ]),
      );
      expect((await w.run('preflight', inputs)).result?.error).toBeUndefined();
      expect((await w.run('migrate-secrets')).result?.ok).toBe(true);
      expect(missingSecrets(upgrade, inTarget)).toEqual([]);
    } finally {
      await stop();
    }
  }, 180_000);

  test('preflight: values that would overwrite migrated Secrets are warned about by key name, never by value', async () => {
    const { w, inputs, stop } = await realWorld('generic');
    try {
      const pf = await w.run('preflight', inputs);
      expect(pf.result?.error).toBeUndefined();
      const warnings = pf.log.lines.filter((l) => l.startsWith('warn values:'));
      expect(warnings.map((l) => /Secret (\S+):/.exec(l)![1]).sort()).toEqual([
        'cognigy-amazon-credentials',
        'cognigy-live-agent-credentials',
        'cognigy-management-ui-creds',
        'cognigy-smtp',
      ]);
      expect(warnings.join('\n')).toContain('values replace system-smtp-password');
      for (const v of seedSecretValues(w.sandbox)) expect(pf.log.lines.join('\n')).not.toContain(v);
    } finally {
      await stop();
    }
  }, 120_000);
});
