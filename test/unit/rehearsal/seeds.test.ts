import { gunzipSync } from 'node:zlib';
import {
  AWS_EFS_IDS,
  SEED_NAMES,
  cognigyImages,
  cognigySeed,
  seedByName,
  type CognigySeedOptions,
  type KubeObject,
} from '../../../src/rehearsal/seeds';
import { profileFor } from '../../../src/cognigy/profile';
import { LAST_APPLIED } from '../../../src/kube/manifest';
import { quantityBytes } from '../../../src/phases/chart-checks';

/** Cognigy's facts (the secrets each 4.41 installation holds), written out independently of the seed. */
const FACT_SECRETS: Record<string, string[]> = {
  'cognigy-amazon-credentials': ['amazon-client-id', 'amazon-client-secret'],
  'cognigy-facebook': ['fb-verify-token'],
  'cognigy-insights-collector-api-key': ['secret'],
  'cognigy-insights-jwt': ['secret'],
  'cognigy-jwt': ['secret'],
  'cognigy-live-agent-credentials': ['cognigy-live-agent-platform-token'],
  'cognigy-management-ui-creds': ['management-ui-creds.json'],
  'cognigy-mongo-server': ['mongo-initdb-root-password'],
  'cognigy-mongodb-exporter': ['connection-string'],
  'cognigy-odata': ['odata-super-api-key'],
  'cognigy-rabbitmq': ['connection-string', 'rabbitmq-password', 'connection-string-api'],
  'cognigy-rce-credentials': ['rce-verify-token'],
  'cognigy-service-endpoint-api-access-token': ['api-access-token'],
  'cognigy-smtp': ['system-smtp-password'],
  'cognigy-traefik': ['tls.crt', 'tls.key'],
  'cognigy-redis-password': ['redis-password.conf'],
  'cognigy-redis-persistent-password': ['redis-persistent-password.conf'],
};
// The seed must hold what the product expects: the lists come from k2h's Cognigy profile (the
// sandbox itself never imports the product; its tests may).
const PROFILE = profileFor('4.41.2');
const FACT_CONNECTION_SERVICES = PROFILE.secrets.migrated
  .filter((x) => x.connectionString)
  .map((x) => x.name);
const FACT_DEPLOYMENTS = [
  ...PROFILE.workloads.deployments,
  // NLP per language: the seed runs English and German.
  ...['score', 'train'].flatMap((m) => ['en', 'de'].map((l) => `service-nlp-${m}-${l}`)),
];

const VARIANTS = ['generic', 'aws', 'azure'] as const;

function find(objects: KubeObject[], kind: string, name: string, namespace?: string): KubeObject | undefined {
  return objects.find(
    (o) =>
      o.kind === kind &&
      o.metadata.name === name &&
      (namespace === undefined || o.metadata.namespace === namespace),
  );
}
function ofKind(objects: KubeObject[], kind: string): KubeObject[] {
  return objects.filter((o) => o.kind === kind);
}
function decode(secret: KubeObject, key: string): string {
  const data = secret.data as Record<string, string>;
  return Buffer.from(data[key], 'base64').toString('utf8');
}
const spec = (o: KubeObject) => o.spec as Record<string, any>;

describe.each(VARIANTS)('cognigySeed %s', (variant) => {
  const objects = cognigySeed({ variant });

  test('every object has apiVersion, kind, metadata.name; namespaced kinds have a namespace; no duplicates', () => {
    const clusterKinds = new Set([
      'Namespace',
      'StorageClass',
      'PersistentVolume',
      'ClusterRole',
      'ClusterRoleBinding',
      'IngressClass',
    ]);
    const seen = new Set<string>();
    for (const o of objects) {
      expect(typeof o.apiVersion).toBe('string');
      expect(typeof o.kind).toBe('string');
      expect(o.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
      if (clusterKinds.has(o.kind)) expect(o.metadata.namespace).toBeUndefined();
      else expect(['default', 'mongodb']).toContain(o.metadata.namespace);
      const key = `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  test('namespaces first, then cluster-scoped objects, then namespaced ones', () => {
    const kinds = objects.map((o) => o.kind);
    const lastNamespace = kinds.lastIndexOf('Namespace');
    expect(kinds.slice(0, lastNamespace + 1).every((k) => k === 'Namespace')).toBe(true);
    const firstNamespaced = objects.findIndex((o) => o.metadata.namespace !== undefined);
    expect(objects.slice(firstNamespaced).every((o) => o.metadata.namespace !== undefined)).toBe(true);
    expect(ofKind(objects, 'Namespace').map((n) => n.metadata.name)).toEqual([
      'default',
      'kube-system',
      'mongodb',
    ]);
  });

  test('the kubernetes Service exists in default', () => {
    expect(spec(find(objects, 'Service', 'kubernetes', 'default')!).clusterIP).toBe('10.96.0.1');
  });

  test('every PVC is Bound to an existing PV whose claimRef names it (and the PV is Bound)', () => {
    const claims = ofKind(objects, 'PersistentVolumeClaim');
    expect(claims.map((c) => `${c.metadata.namespace}/${c.metadata.name}`)).toEqual([
      'default/flow-modules',
      'default/functions',
      'default/redis-persistent',
      'default/mongodb',
      'mongodb/datadir-mongodb-0',
      'mongodb/datadir-mongodb-1',
      'mongodb/datadir-mongodb-2',
    ]);
    for (const claim of claims) {
      expect((claim.status as any).phase).toBe('Bound');
      const pv = find(objects, 'PersistentVolume', spec(claim).volumeName)!;
      expect(pv).toBeDefined();
      expect((pv.status as any).phase).toBe('Bound');
      expect(spec(pv).claimRef).toMatchObject({
        kind: 'PersistentVolumeClaim',
        name: claim.metadata.name,
        namespace: claim.metadata.namespace,
        uid: claim.metadata.uid,
      });
      expect(spec(pv).storageClassName).toBe(spec(claim).storageClassName);
      // A claim may ask less than its volume holds (generic: 1Gi of 10Gi); its status shows the volume's.
      expect(quantityBytes(spec(pv).capacity.storage)!).toBeGreaterThanOrEqual(
        quantityBytes(spec(claim).resources.requests.storage)!,
      );
      expect((claim.status as any).capacity).toEqual(spec(pv).capacity);
      expect(spec(pv).accessModes).toEqual(spec(claim).accessModes);
      // Static volumes on generic pair with their claims by class name alone: no StorageClass object.
      if (variant === 'generic') expect(ofKind(objects, 'StorageClass')).toEqual([]);
      else expect(find(objects, 'StorageClass', spec(claim).storageClassName)).toBeDefined();
    }
    // No PV without a claim.
    expect(ofKind(objects, 'PersistentVolume')).toHaveLength(claims.length);
  });

  test('the deployments mount the claims as core/manifests of Cognigy/kubernetes 4.41.2 do', () => {
    const mounts: Record<string, string[]> = {};
    for (const d of ofKind(objects, 'Deployment').filter((x) => x.metadata.namespace === 'default')) {
      const claims = (spec(d).template.spec.volumes ?? [])
        .filter((v: any) => v.persistentVolumeClaim)
        .map((v: any) => v.persistentVolumeClaim.claimName);
      if (claims.length) mounts[d.metadata.name] = claims;
    }
    expect(mounts).toEqual({
      'service-ai': ['flow-modules'],
      'service-custom-modules': ['flow-modules'],
      'service-execution': ['flow-modules'],
      'service-function-execution': ['functions'],
      'service-resources': ['flow-modules', 'functions'],
      'redis-persistent': ['redis-persistent'],
    });
  });

  test('PVC access modes and sizes follow the facts', () => {
    const mode = (n: string) => spec(find(objects, 'PersistentVolumeClaim', n, 'default')!).accessModes;
    expect(mode('flow-modules')).toEqual(['ReadWriteMany']);
    expect(mode('functions')).toEqual(['ReadWriteMany']);
    expect(mode('redis-persistent')).toEqual(['ReadWriteOnce']);
    expect(mode('mongodb')).toEqual(['ReadWriteOnce']);
    expect(
      spec(find(objects, 'PersistentVolumeClaim', 'redis-persistent', 'default')!).resources.requests.storage,
    ).toBe('10Gi');
  });

  test('every secret in the facts table is present with its keys, base64-encoded', () => {
    for (const [name, keys] of Object.entries(FACT_SECRETS)) {
      const s = find(objects, 'Secret', name, 'default');
      expect({ name, present: !!s }).toEqual({ name, present: true });
      expect(Object.keys(s!.data as object).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const raw = (s!.data as Record<string, string>)[key];
        expect(Buffer.from(raw, 'base64').toString('base64')).toBe(raw);
        expect(decode(s!, key).length).toBeGreaterThan(8);
      }
    }
    expect(find(objects, 'Secret', 'cognigy-traefik')!.type).toBe('kubernetes.io/tls');
    expect(decode(find(objects, 'Secret', 'cognigy-redis-password')!, 'redis-password.conf')).toMatch(
      /^requirepass \S{16,}\n$/,
    );
    expect(
      decode(find(objects, 'Secret', 'cognigy-redis-persistent-password')!, 'redis-persistent-password.conf'),
    ).toMatch(/^requirepass \S{16,}\n$/);
    expect(() =>
      JSON.parse(decode(find(objects, 'Secret', 'cognigy-management-ui-creds')!, 'management-ui-creds.json')),
    ).not.toThrow();
    expect(find(objects, 'Secret', 'cognigy-service-app-session-manager')).toBeUndefined();
  });

  test('connection strings parse; user and database are the secret name without cognigy-; hosts are the replica set', () => {
    for (const name of FACT_CONNECTION_SERVICES) {
      const s = find(objects, 'Secret', name, 'default')!;
      expect(Object.keys(s.data as object)).toEqual(['connection-string']);
      const text = decode(s, 'connection-string');
      expect(text).toContain(
        '@mongodb-0.mongodb-headless.mongodb.svc.cluster.local:27017,mongodb-1.mongodb-headless.mongodb.svc.cluster.local:27017,mongodb-2.mongodb-headless.mongodb.svc.cluster.local:27017/',
      );
      // WHATWG URL does not take several hosts; parse with the first host only.
      const url = new URL(
        text.replace(/@[^/]+\//, '@mongodb-0.mongodb-headless.mongodb.svc.cluster.local:27017/'),
      );
      expect(url.protocol).toBe('mongodb:');
      const service = name.replace(/^cognigy-/, '');
      expect(url.username).toBe(service);
      expect(url.pathname).toBe(`/${service}`);
      expect(url.password).toMatch(/^[A-Za-z0-9]{24}$/);
      expect(url.password.toLowerCase()).not.toContain('password');
    }
    const rabbit = find(objects, 'Secret', 'cognigy-rabbitmq')!;
    const amqp = new URL(decode(rabbit, 'connection-string'));
    expect(amqp.protocol).toBe('amqp:');
    expect(amqp.password).toBe(decode(rabbit, 'rabbitmq-password'));
    expect(new URL(decode(rabbit, 'connection-string-api')).password).toBe(amqp.password);
  });

  test('passwords differ between secrets', () => {
    const pws = FACT_CONNECTION_SERVICES.map(
      (n) =>
        new URL(decode(find(objects, 'Secret', n)!, 'connection-string').replace(/@[^/]+\//, '@h/')).password,
    );
    expect(new Set(pws).size).toBe(pws.length);
  });

  test('some secrets carry last-applied and user annotations/labels; imperative ones do not', () => {
    const jwt = find(objects, 'Secret', 'cognigy-jwt')!;
    expect(jwt.metadata.annotations).toMatchObject({ team: 'platform' });
    expect(jwt.metadata.labels).toMatchObject({ 'backup.example.com/include': 'true' });
    const applied = JSON.parse(jwt.metadata.annotations![LAST_APPLIED]);
    expect(applied).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { annotations: {}, name: 'cognigy-jwt', namespace: 'default' },
      type: 'Opaque',
      data: jwt.data,
    });
    expect(find(objects, 'Secret', 'cognigy-smtp')!.metadata.annotations).toMatchObject({ team: 'platform' });
    expect(find(objects, 'Secret', 'cognigy-service-api')!.metadata.annotations).toMatchObject({
      team: 'platform',
    });
    expect(find(objects, 'Secret', 'cognigy-traefik')!.metadata.annotations?.[LAST_APPLIED]).toBeUndefined();
  });

  test('all deployments of the facts list, labelled app: <name>, with the shared images', () => {
    const images = cognigyImages('4.41.2');
    for (const name of FACT_DEPLOYMENTS) {
      const d = find(objects, 'Deployment', name, 'default');
      expect({ name, present: !!d }).toEqual({ name, present: true });
      expect(d!.metadata.labels).toEqual({ app: name });
      expect(spec(d!).selector).toEqual({ matchLabels: { app: name } });
      expect(spec(d!).template.metadata.labels).toEqual({ app: name });
      expect(spec(d!).replicas).toBeGreaterThanOrEqual(1);
      expect(spec(d!).replicas).toBeLessThanOrEqual(3);
      expect(spec(d!).template.spec.containers[0].image).toBe(images[name]);
    }
    const replicas = ofKind(objects, 'Deployment').map((d) => spec(d).replicas);
    expect(replicas.filter((r) => r > 1).length).toBeGreaterThanOrEqual(3);
    expect(find(objects, 'Deployment', 'service-app-session-manager')).toBeUndefined();
    expect(find(objects, 'Deployment', 'mongo-server')).toBeUndefined();
  });

  test("4.41.2 runs the real images of the chart at that tag (clamav, NLP en/de, the registry's dependencies)", () => {
    const images = cognigyImages('4.41.2');
    expect(images.clamd).toBe('cognigy.azurecr.io/clamav:0.105');
    expect(images['service-nlp-score-en']).toBe(
      'cognigy.azurecr.io/service-nlp-en:617232c7ab66d2bbe05469bfc8d8fbde242aa2fb',
    );
    expect(images['service-nlp-score-de']).toBe(
      'cognigy.azurecr.io/service-nlp:617232c7ab66d2bbe05469bfc8d8fbde242aa2fb',
    );
    expect(images.rabbitmq).toBe('cognigy.azurecr.io/rabbitmq:3.9.24_cognigy-4.X');
    expect(images.traefik).toBe('cognigy.azurecr.io/traefik:2.6.3');
  });

  test('images of other versions are commit-like, not versions', () => {
    for (const [name, image] of Object.entries(cognigyImages('4.42.0'))) {
      if (!image.startsWith('cognigy.azurecr.io/')) continue;
      expect(image).toMatch(
        new RegExp(`^cognigy\\.azurecr\\.io/${name}:([0-9a-f]{40}|release-[0-9a-f]{7}-\\d{10})$`),
      );
    }
  });

  test('PVC users mount their claims', () => {
    const claimsOf = (name: string) =>
      (spec(find(objects, 'Deployment', name)!).template.spec.volumes ?? [])
        .filter((v: any) => v.persistentVolumeClaim)
        .map((v: any) => v.persistentVolumeClaim.claimName);
    expect(claimsOf('service-custom-modules')).toEqual(['flow-modules']);
    expect(claimsOf('service-function-execution')).toEqual(['functions']);
    expect(claimsOf('redis-persistent')).toEqual(['redis-persistent']);
  });

  test('secrets referenced by deployments exist', () => {
    for (const d of ofKind(objects, 'Deployment').filter((o) => o.metadata.namespace === 'default')) {
      for (const v of spec(d).template.spec.volumes ?? []) {
        if (v.secret)
          expect({
            d: d.metadata.name,
            s: v.secret.secretName,
            ok: !!find(objects, 'Secret', v.secret.secretName, 'default'),
          }).toMatchObject({ ok: true });
      }
    }
  });

  test('services, LoadBalancer traefik with an ingress address, ingresses on class traefik', () => {
    for (const name of ['rabbitmq', 'redis', 'redis-persistent', 'service-api', 'service-ui']) {
      expect(find(objects, 'Service', name, 'default')).toBeDefined();
    }
    const traefik = find(objects, 'Service', 'traefik', 'default')!;
    expect(spec(traefik).type).toBe('LoadBalancer');
    expect((traefik.status as any).loadBalancer.ingress).toHaveLength(1);
    const ingresses = ofKind(objects, 'Ingress');
    expect(ingresses.length).toBeGreaterThanOrEqual(3);
    for (const ing of ingresses) {
      expect(spec(ing).ingressClassName).toBe('traefik');
      const backend = spec(ing).rules[0].http.paths[0].backend.service.name;
      expect(find(objects, 'Service', backend, 'default')).toBeDefined();
    }
  });

  test('traefik cluster objects', () => {
    expect(find(objects, 'ClusterRole', 'traefik')).toBeDefined();
    expect((find(objects, 'ClusterRoleBinding', 'traefik') as any).subjects).toEqual([
      { kind: 'ServiceAccount', name: 'traefik', namespace: 'default' },
    ]);
    expect(find(objects, 'IngressClass', 'traefik')).toBeDefined();
    expect(find(objects, 'ServiceAccount', 'traefik', 'default')).toBeDefined();
  });

  test('unrelated workloads in default are not labelled like Cognigy', () => {
    for (const [kind, name] of [
      ['Deployment', 'billing-exporter'],
      ['Service', 'billing-exporter'],
      ['ConfigMap', 'billing-exporter-config'],
      ['Secret', 'billing-db'],
    ]) {
      const o = find(objects, kind, name, 'default')!;
      expect(o).toBeDefined();
      expect(o.metadata.labels).toMatchObject({ team: 'finance' });
      expect(o.metadata.name).not.toMatch(/^(cognigy|service-)/);
    }
  });

  test('the mongodb Helm release', () => {
    const sts = find(objects, 'StatefulSet', 'mongodb', 'mongodb')!;
    expect(spec(sts).replicas).toBe(3);
    expect(spec(sts).serviceName).toBe('mongodb-headless');
    expect(sts.metadata.labels).toMatchObject({
      'app.kubernetes.io/managed-by': 'Helm',
      'app.kubernetes.io/instance': 'mongodb',
    });
    expect(sts.metadata.annotations).toMatchObject({
      'meta.helm.sh/release-name': 'mongodb',
      'meta.helm.sh/release-namespace': 'mongodb',
    });
    expect(spec(sts).template.spec.containers[0].image).toMatch(/bitnami\/mongodb:/);
    expect(spec(find(objects, 'Service', 'mongodb-headless', 'mongodb')!).clusterIP).toBe('None');
    expect(decode(find(objects, 'Secret', 'mongodb', 'mongodb')!, 'mongodb-root-password')).toMatch(
      /^[A-Za-z0-9]{24}$/,
    );
  });

  test('the mongodb release Secret decodes as Helm stores it', () => {
    const secret = find(objects, 'Secret', 'sh.helm.release.v1.mongodb.v1', 'mongodb')!;
    expect(secret.type).toBe('helm.sh/release.v1');
    expect(secret.metadata.labels).toMatchObject({
      name: 'mongodb',
      owner: 'helm',
      status: 'deployed',
      version: '1',
    });
    const payload = Buffer.from(decode(secret, 'release'), 'base64');
    const release = JSON.parse(gunzipSync(payload).toString('utf8'));
    expect(release).toMatchObject({
      name: 'mongodb',
      namespace: 'mongodb',
      version: 1,
      info: { status: 'deployed' },
    });
    expect(release.chart.metadata).toMatchObject({ name: 'mongodb', version: '12.1.31' });
    expect(release.manifest).toContain('kind: StatefulSet');
  });

  test('deterministic across calls', () => {
    expect(cognigySeed({ variant })).toEqual(objects);
    expect(JSON.stringify(cognigySeed({ variant }))).toBe(JSON.stringify(objects));
  });
});

describe('variants differ as described', () => {
  const pvOf = (objects: KubeObject[], claim: string) => {
    const c = find(objects, 'PersistentVolumeClaim', claim, 'default')!;
    return find(objects, 'PersistentVolume', spec(c).volumeName)!;
  };

  test('aws: EFS classes and provisioners, NFS PVs with distinct EFS ids, Delete policy, gp2 redis class', () => {
    const o = cognigySeed({ variant: 'aws' });
    expect(
      ofKind(o, 'StorageClass')
        .map((s) => s.metadata.name)
        .sort(),
    ).toEqual(['aws-efs-flow-modules', 'aws-efs-functions', 'gp2', 'redis-persistent']);
    expect(find(o, 'StorageClass', 'aws-efs-flow-modules')!.provisioner).toBe('efs-provisioner-flow-modules');
    expect((find(o, 'StorageClass', 'redis-persistent')!.parameters as any).type).toBe('gp2');
    for (const name of ['efs-provisioner-flow-modules', 'efs-provisioner-functions']) {
      expect(find(o, 'ClusterRoleBinding', name)).toBeDefined();
      expect(find(o, 'Deployment', name, 'default')).toBeDefined();
    }
    const fm = pvOf(o, 'flow-modules');
    const fn = pvOf(o, 'functions');
    expect(fm.metadata.name).toMatch(
      /^pvc-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(fm.metadata.name).toBe(`pvc-${find(o, 'PersistentVolumeClaim', 'flow-modules')!.metadata.uid}`);
    expect(spec(fm).nfs.server).toBe(`${AWS_EFS_IDS.flowModules}.efs.eu-central-1.amazonaws.com`);
    expect(spec(fn).nfs.server).toBe(`${AWS_EFS_IDS.functions}.efs.eu-central-1.amazonaws.com`);
    expect(AWS_EFS_IDS.flowModules).toMatch(/^fs-[0-9a-f]{17}$/);
    expect(AWS_EFS_IDS.flowModules).not.toBe(AWS_EFS_IDS.functions);
    for (const claim of ['flow-modules', 'functions', 'redis-persistent']) {
      expect(spec(pvOf(o, claim)).persistentVolumeReclaimPolicy).toBe('Delete');
    }
    expect(spec(pvOf(o, 'redis-persistent')).awsElasticBlockStore.volumeID).toMatch(
      /^aws:\/\/eu-central-1a\/vol-0[0-9a-f]{16}$/,
    );
  });

  test('azure: azure-file classes flow-modules/functions, 100Gi, azureFile sources, managed-premium', () => {
    const o = cognigySeed({ variant: 'azure' });
    expect(
      ofKind(o, 'StorageClass')
        .map((s) => s.metadata.name)
        .sort(),
    ).toEqual(['flow-modules', 'functions', 'managed-premium']);
    expect(find(o, 'StorageClass', 'functions')!.provisioner).toBe('kubernetes.io/azure-file');
    for (const claim of ['flow-modules', 'functions']) {
      expect(spec(find(o, 'PersistentVolumeClaim', claim)!).resources.requests.storage).toBe('100Gi');
      const pv = pvOf(o, claim);
      expect(spec(pv).azureFile.shareName).toBe(`kubernetes-dynamic-${pv.metadata.name}`);
      expect(find(o, 'Secret', spec(pv).azureFile.secretName, 'default')).toBeDefined();
      expect(spec(pv).persistentVolumeReclaimPolicy).toBe('Delete');
    }
    expect(spec(pvOf(o, 'redis-persistent')).azureDisk.kind).toBe('Managed');
    expect(find(o, 'ClusterRoleBinding', 'efs-provisioner-flow-modules')).toBeUndefined();
  });

  test('generic: as Cognigy/kubernetes 4.41.2 on premises: local PVs named like the PVCs, Retain, one class per claim, no StorageClass', () => {
    const o = cognigySeed({ variant: 'generic' });
    expect(ofKind(o, 'StorageClass')).toEqual([]);
    const facts: Record<string, [string, string, string]> = {
      // claim: [access mode, claim request, PV capacity] (core/manifests/volume-claims, volumes)
      'flow-modules': ['ReadWriteMany', '1Gi', '10Gi'],
      functions: ['ReadWriteMany', '1Gi', '10Gi'],
      'redis-persistent': ['ReadWriteOnce', '10Gi', '10Gi'],
      mongodb: ['ReadWriteOnce', '50Gi', '50Gi'],
    };
    for (const [claim, [mode, request, capacity]] of Object.entries(facts)) {
      const pvc = find(o, 'PersistentVolumeClaim', claim, 'default')!;
      const pv = pvOf(o, claim);
      expect(pv.metadata.name).toBe(claim);
      expect(spec(pvc).storageClassName).toBe(claim);
      expect(spec(pv).storageClassName).toBe(claim);
      expect(spec(pvc).accessModes).toEqual([mode]);
      expect(spec(pvc).resources.requests.storage).toBe(request);
      expect(spec(pv).capacity.storage).toBe(capacity);
      expect(spec(pv).persistentVolumeReclaimPolicy).toBe('Retain');
      expect(spec(pv).local.path).toBe(`/var/opt/cognigy/${claim}`);
      expect(spec(pv).nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].key).toBe(
        'kubernetes.io/hostname',
      );
      // The manifests name no volume: the controller bound them (kubectl's last-applied shows it).
      const applied = JSON.parse(pvc.metadata.annotations![LAST_APPLIED]);
      expect(applied.spec.volumeName).toBeUndefined();
      expect(pvc.metadata.annotations!['pv.kubernetes.io/bound-by-controller']).toBe('yes');
    }
    // The MongoDB release's claims carry the class its chart's values name (storageClass "mongodb").
    expect(spec(find(o, 'PersistentVolumeClaim', 'datadir-mongodb-0', 'mongodb')!).storageClassName).toBe(
      'mongodb',
    );
  });

  test('seedByName maps the names to the variants and rejects others', () => {
    expect(SEED_NAMES).toEqual(['cognigy', 'cognigy-aws', 'cognigy-azure']);
    expect(seedByName('cognigy')).toEqual(cognigySeed({ variant: 'generic' }));
    expect(seedByName('cognigy-aws')).toEqual(cognigySeed({ variant: 'aws' }));
    expect(seedByName('cognigy-azure')).toEqual(cognigySeed({ variant: 'azure' }));
    expect(() => seedByName('cognigy-gcp')).toThrow(
      /unknown seed "cognigy-gcp".*cognigy, cognigy-aws, cognigy-azure/,
    );
  });
});

describe('options', () => {
  const names = (o: KubeObject[], kind: string) => ofKind(o, kind).map((x) => x.metadata.name);

  test('traefik: false drops traefik objects and uses another ingress class', () => {
    const o = cognigySeed({ traefik: false });
    for (const kind of [
      'ClusterRole',
      'ClusterRoleBinding',
      'IngressClass',
      'ServiceAccount',
      'Service',
      'Deployment',
    ]) {
      expect(names(o, kind)).not.toContain('traefik');
    }
    expect(ofKind(o, 'Ingress').every((i) => spec(i).ingressClassName !== 'traefik')).toBe(true);
    expect(find(o, 'Secret', 'cognigy-traefik')).toBeDefined();
  });

  test('appSessionManager adds the deployment and its connection-string secret', () => {
    const o = cognigySeed({ appSessionManager: true });
    expect(find(o, 'Deployment', 'service-app-session-manager')).toBeDefined();
    const s = find(o, 'Secret', 'cognigy-service-app-session-manager')!;
    expect(decode(s, 'connection-string')).toMatch(
      /^mongodb:\/\/service-app-session-manager:[A-Za-z0-9]{24}@.*\/service-app-session-manager$/,
    );
  });

  test('legacyMongoOnly: no mongodb namespace, mongo-server with the mongodb PVC in default', () => {
    const o = cognigySeed({ legacyMongoOnly: true } as CognigySeedOptions);
    expect(names(o, 'Namespace')).toEqual(['default', 'kube-system']);
    expect(o.some((x) => x.metadata.namespace === 'mongodb')).toBe(false);
    const mongo = find(o, 'Deployment', 'mongo-server', 'default')!;
    expect(spec(mongo).template.spec.volumes).toEqual([
      { name: 'cognigy-mongo-storage', persistentVolumeClaim: { claimName: 'mongodb' } },
    ]);
    const claim = find(o, 'PersistentVolumeClaim', 'mongodb', 'default')!;
    expect(spec(find(o, 'PersistentVolume', spec(claim).volumeName)!).claimRef.uid).toBe(claim.metadata.uid);
    expect(ofKind(o, 'PersistentVolumeClaim')).toHaveLength(4);
    expect(ofKind(o, 'PersistentVolume')).toHaveLength(4);
    expect(decode(find(o, 'Secret', 'cognigy-service-api')!, 'connection-string')).toMatch(
      /@mongo-server:27017\/service-api$/,
    );
  });

  test('lookalikes: objects named like Cognigy that belong to somebody else', () => {
    expect(find(cognigySeed(), 'Service', 'service-desk-bridge')).toBeUndefined();
    const o = cognigySeed({ lookalikes: true });
    for (const kind of ['Service', 'Deployment']) {
      expect(find(o, kind, 'service-desk-bridge', 'default')!.metadata.labels).toMatchObject({
        team: 'support',
      });
    }
    expect(spec(find(o, 'Ingress', 'status-page', 'default')!).ingressClassName).toBe('traefik');
    expect(o.filter((x) => x.kind === 'Namespace').length).toBe(3);
  });

  test('version gates: insights-collector-api-key from 4.40, endpoint-api-access-token from 4.41', () => {
    const has = (version: string, name: string) => !!find(cognigySeed({ version }), 'Secret', name);
    expect(has('4.39.0', 'cognigy-insights-collector-api-key')).toBe(false);
    expect(has('4.40.0', 'cognigy-insights-collector-api-key')).toBe(true);
    expect(has('4.40.3', 'cognigy-service-endpoint-api-access-token')).toBe(false);
    expect(has('4.41.0', 'cognigy-service-endpoint-api-access-token')).toBe(true);
  });

  test('another version runs other images', () => {
    const a = cognigyImages('4.41.2');
    const b = cognigyImages('4.42.0');
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(a['service-ai']).not.toBe(b['service-ai']);
    const o = cognigySeed({ version: '4.42.0' });
    expect(spec(find(o, 'Deployment', 'service-ai')!).template.spec.containers[0].image).toBe(
      b['service-ai'],
    );
  });

  test('returned objects are fresh copies (mutating one seed does not affect the next)', () => {
    const first = cognigySeed();
    first[0].metadata.name = 'mutated';
    (find(first, 'Secret', 'cognigy-jwt')!.metadata.annotations as Record<string, string>).team = 'x';
    expect(cognigySeed()[0].metadata.name).toBe('default');
    expect(find(cognigySeed(), 'Secret', 'cognigy-jwt')!.metadata.annotations!.team).toBe('platform');
  });
});
