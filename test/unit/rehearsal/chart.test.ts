/**
 * The test chart (src/rehearsal/chart/cognigy-ai, test/fixtures/charts/cognigy-ai-4.42.0) rendered with the real helm binaries: its
 * images are exactly the seeds' `cognigyImages(version)`, and its storage and Traefik objects fit
 * the seeded kustomize installation the way the real chart fits a real one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { parseManifests } from '../../../src/helm/render';
import {
  AWS_EFS_IDS,
  EFS_PROVISIONER_IMAGE,
  SEED_PVC_MOUNTS,
  cognigyImages,
  cognigySeed,
  type KubeObject,
  type SeedVariant,
} from '../../../src/rehearsal/seeds';

const ROOT = resolve(__dirname, '../../..');
const CHART = join(ROOT, 'src/rehearsal/chart/cognigy-ai');
const CHART_442 = join(ROOT, 'test/fixtures/charts/cognigy-ai-4.42.0');
const HELMS = ['v32', 'v35'].map((set) => join(ROOT, '.cache/bin', set, 'helm'));

for (const helm of HELMS) {
  if (!existsSync(helm))
    throw new Error(`${helm} is missing: run \`npx tsx scripts/fetch-binaries.ts\` first`);
}

/** As k2h renders (src/helm/render.ts): the server's version and what discovery serves. */
const CAPABILITIES = ['--kube-version', 'v1.23.17', '--api-versions', 'networking.k8s.io/v1/IngressClass'];
/** Values every render needs, as with the real chart (the ci/*-values.yaml carry the same). */
const REQUIRED = [
  '--set',
  'imageCredentials.username=k2h-test,imageCredentials.password=not-a-real-password',
  '--set',
  'tls.existingSecret=cognigy-traefik',
];

const cache = new Map<string, KubeObject[]>();
function render(
  args: string[] = [],
  chart = CHART,
  helm = HELMS[0],
  base: string[] = [...CAPABILITIES, ...REQUIRED],
): KubeObject[] {
  const key = [helm, chart, ...base, ...args].join(' ');
  if (!cache.has(key)) {
    const out = execFileSync(
      helm,
      ['template', 'cognigy-ai', chart, '--namespace', 'cognigy-ai', ...base, ...args],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          HELM_CACHE_HOME: '/tmp/k2h-helm-cache',
          HELM_CONFIG_HOME: '/tmp/k2h-helm-config',
        },
      },
    );
    cache.set(key, parseManifests(out) as KubeObject[]);
  }
  return cache.get(key)!;
}
function renderError(args: string[], helm = HELMS[0], base?: string[]): string {
  try {
    render(args, CHART, helm, base);
  } catch (e) {
    return String((e as { stderr?: string }).stderr ?? e);
  }
  throw new Error('expected helm template to fail');
}
const AWS = [
  '--set',
  'cloud.provider=aws',
  '--set',
  `efs.flowModules.id=${AWS_EFS_IDS.flowModules}`,
  '--set',
  `efs.functions.id=${AWS_EFS_IDS.functions}`,
];
const VARIANT_ARGS: Record<SeedVariant, string[]> = {
  generic: [],
  aws: AWS,
  azure: ['--set', 'cloud.provider=azure'],
};

const spec = (o: KubeObject) => o.spec as Record<string, any>;
const ofKind = (objects: KubeObject[], kind: string) => objects.filter((o) => o.kind === kind);
const find = (objects: KubeObject[], kind: string, name: string) =>
  objects.find((o) => o.kind === kind && o.metadata.name === name);
function deploymentImages(objects: KubeObject[]): Record<string, string> {
  const images: Record<string, string> = {};
  for (const d of ofKind(objects, 'Deployment'))
    images[d.metadata.name] = spec(d).template.spec.containers[0].image;
  return images;
}
function without<T>(record: Record<string, T>, ...keys: string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));
}

describe.each(HELMS)('helm template with %s', (helm) => {
  test('4.41.2 renders exactly the images of cognigyImages("4.41.2")', () => {
    expect(deploymentImages(render(['--set', 'appSessionManager.enabled=true'], CHART, helm))).toEqual(
      cognigyImages('4.41.2'),
    );
    expect(deploymentImages(render([], CHART, helm))).toEqual(
      without(cognigyImages('4.41.2'), 'service-app-session-manager'),
    );
  });

  test('4.42.0 renders cognigyImages("4.42.0"), every product image differs from 4.41.2', () => {
    const images = deploymentImages(render(['--set', 'appSessionManager.enabled=true'], CHART_442, helm));
    expect(images).toEqual(cognigyImages('4.42.0'));
    const old = cognigyImages('4.41.2');
    for (const [name, image] of Object.entries(images)) {
      if (image.startsWith('cognigy.azurecr.io/')) expect(image).not.toBe(old[name]);
    }
  });
});

describe('the 4.41.2 test chart', () => {
  test('Chart.yaml: cognigy-ai 4.41.2 / 4.42.0; both charts share their templates', () => {
    expect(yaml.load(readFileSync(join(CHART, 'Chart.yaml'), 'utf8'))).toMatchObject({
      name: 'cognigy-ai',
      version: '4.41.2',
      appVersion: '4.41.2',
    });
    expect(yaml.load(readFileSync(join(CHART_442, 'Chart.yaml'), 'utf8'))).toMatchObject({
      name: 'cognigy-ai',
      version: '4.42.0',
      appVersion: '4.42.0',
    });
    const files = readdirSync(join(CHART, 'templates')).sort();
    expect(readdirSync(join(CHART_442, 'templates')).sort()).toEqual(files);
    for (const f of files) {
      expect(readFileSync(join(CHART_442, 'templates', f), 'utf8')).toBe(
        readFileSync(join(CHART, 'templates', f), 'utf8'),
      );
    }
  });

  test('imageTagOverride retags every Cognigy image and leaves third-party images alone', () => {
    const images = deploymentImages(
      render(['--set', 'imageTagOverride=0000000000000000000000000000000000000000']),
    );
    expect(images['service-ai']).toBe(
      'cognigy.azurecr.io/service-ai:0000000000000000000000000000000000000000',
    );
    expect(images.rabbitmq).toBe(cognigyImages('4.41.2').rabbitmq);
  });

  test('deployments: selector app: <name> matches the pod labels, tiny resources, no probes, seed mounts', () => {
    const mounts: Record<string, Array<[string, string]>> = {};
    for (const d of ofKind(render(), 'Deployment')) {
      expect(spec(d).selector).toEqual({ matchLabels: { app: d.metadata.name } });
      expect(spec(d).template.metadata.labels).toEqual({ app: d.metadata.name });
      const c = spec(d).template.spec.containers[0];
      expect(c.resources).toEqual({ requests: { cpu: '1m', memory: '8Mi' }, limits: { memory: '32Mi' } });
      expect(c.readinessProbe).toBeUndefined();
      if (c.volumeMounts) mounts[d.metadata.name] = c.volumeMounts.map((m: any) => [m.name, m.mountPath]);
    }
    expect(mounts).toEqual(SEED_PVC_MOUNTS);
  });

  test('only kinds the sandbox serves', () => {
    const served = [
      'ConfigMap',
      'Deployment',
      'Ingress',
      'IngressClass',
      'PersistentVolumeClaim',
      'Secret',
      'Service',
      'ServiceAccount',
      'StorageClass',
      'ClusterRole',
      'ClusterRoleBinding',
      'Job',
    ];
    for (const args of Object.values(VARIANT_ARGS)) {
      for (const o of render(args)) expect(served).toContain(o.kind);
    }
  });

  test.each(['aws', 'azure'] as const)(
    '%s: PVCs fit the seeded ones (same access modes, size, class), no labels, as the real chart',
    (variant) => {
      const seed = cognigySeed({ variant });
      const rendered = render(VARIANT_ARGS[variant]);
      for (const name of ['flow-modules', 'functions', 'redis-persistent']) {
        const chartPvc = find(rendered, 'PersistentVolumeClaim', name)!;
        const seedPvc = seed.find((o) => o.kind === 'PersistentVolumeClaim' && o.metadata.name === name)!;
        expect(spec(chartPvc).accessModes).toEqual(spec(seedPvc).accessModes);
        expect(spec(chartPvc).resources.requests.storage).toBe(spec(seedPvc).resources.requests.storage);
        expect(spec(chartPvc).storageClassName).toBe(spec(seedPvc).storageClassName);
        expect(chartPvc.metadata.labels).toBeUndefined();
      }
    },
  );

  test("generic: only redis-persistent, class redis-persistent hard-coded (flow-modules/functions are the user's)", () => {
    const rendered = render();
    expect(ofKind(rendered, 'PersistentVolumeClaim').map((o) => o.metadata.name)).toEqual([
      'redis-persistent',
    ]);
    expect(spec(find(rendered, 'PersistentVolumeClaim', 'redis-persistent')!)).toMatchObject({
      storageClassName: 'redis-persistent',
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '10Gi' } },
    });
    // No value changes it (the real chart has none for classes or sizes).
    expect(
      spec(
        find(
          render(['--set', 'redisPersistent.persistence.storageClass=x']),
          'PersistentVolumeClaim',
          'redis-persistent',
        )!,
      ).storageClassName,
    ).toBe('redis-persistent');
  });

  test('generic: no StorageClass, no EFS objects', () => {
    expect(ofKind(render(), 'StorageClass')).toEqual([]);
    expect(ofKind(render(), 'ClusterRoleBinding').map((o) => o.metadata.name)).toEqual(['traefik']);
  });

  test('aws: EFS StorageClasses, provisioners with the EFS ids from values, ClusterRoleBindings, redis-persistent class', () => {
    const rendered = render(AWS);
    const seed = cognigySeed({ variant: 'aws' });
    expect(
      ofKind(rendered, 'StorageClass')
        .map((o) => o.metadata.name)
        .sort(),
    ).toEqual(['aws-efs-flow-modules', 'aws-efs-functions', 'redis-persistent']);
    for (const [claim, id] of [
      ['flow-modules', AWS_EFS_IDS.flowModules],
      ['functions', AWS_EFS_IDS.functions],
    ]) {
      const sc = find(rendered, 'StorageClass', `aws-efs-${claim}`)!;
      expect(sc.provisioner).toBe(find(seed, 'StorageClass', `aws-efs-${claim}`)!.provisioner);
      const d = find(rendered, 'Deployment', `efs-provisioner-${claim}`)!;
      expect(spec(d).template.spec.containers[0].image).toBe(EFS_PROVISIONER_IMAGE);
      expect(spec(d).template.spec.containers[0].env).toContainEqual({ name: 'FILE_SYSTEM_ID', value: id });
      expect(spec(d).template.spec.volumes[0].nfs.server).toBe(`${id}.efs.eu-central-1.amazonaws.com`);
      expect((find(rendered, 'ClusterRoleBinding', `efs-provisioner-${claim}`) as any).subjects).toEqual([
        { kind: 'ServiceAccount', name: 'default', namespace: 'cognigy-ai' },
      ]);
    }
    const redis = find(rendered, 'StorageClass', 'redis-persistent')!;
    expect(redis).toMatchObject({
      provisioner: 'kubernetes.io/aws-ebs',
      volumeBindingMode: 'WaitForFirstConsumer',
      parameters: { type: 'gp2' },
    });
    // The kustomize class was created without volumeBindingMode (Immediate): a real difference,
    // and hard-coded in the chart as in the real one.
    expect(find(seed, 'StorageClass', 'redis-persistent')!.volumeBindingMode).toBe('Immediate');
    expect(
      find(
        render([...AWS, '--set', 'redisPersistent.storageClassVolumeBindingMode=Immediate']),
        'StorageClass',
        'redis-persistent',
      )!.volumeBindingMode,
    ).toBe('WaitForFirstConsumer');
  });

  test("ci/<variant>-values.yaml render like the explicit flags (aws: the seed's EFS ids)", () => {
    for (const variant of ['generic', 'aws', 'azure'] as const) {
      expect(render(['-f', join(CHART, 'ci', `${variant}-values.yaml`)])).toEqual(
        // Secrets hold random data: compare everything else.
        expect.arrayContaining(render(VARIANT_ARGS[variant]).filter((o) => o.kind !== 'Secret')),
      );
    }
  });

  test('aws without EFS ids fails with the missing key', () => {
    expect(renderError(['--set', 'cloud.provider=aws'])).toContain(
      'efs.flowModules.id is required when cloud.provider is aws',
    );
  });

  test('azure: azure-file StorageClasses equal to the seeded ones', () => {
    const rendered = render(VARIANT_ARGS.azure);
    const seed = cognigySeed({ variant: 'azure' });
    expect(
      ofKind(rendered, 'StorageClass')
        .map((o) => o.metadata.name)
        .sort(),
    ).toEqual(['flow-modules', 'functions']);
    for (const name of ['flow-modules', 'functions']) {
      const a = find(rendered, 'StorageClass', name)!;
      const b = find(seed, 'StorageClass', name)!;
      for (const field of ['provisioner', 'parameters', 'mountOptions', 'allowVolumeExpansion'])
        expect(a[field]).toEqual(b[field]);
    }
  });

  test('an unknown cloud.provider fails', () => {
    expect(renderError(['--set', 'cloud.provider=gcp'])).toContain(
      'cloud.provider must be one of generic, aws, azure',
    );
  });

  test('traefik: cluster objects and LoadBalancer Service when enabled, consistent with the seed; none when disabled', () => {
    const rendered = render();
    const seed = cognigySeed();
    expect(find(rendered, 'ClusterRole', 'traefik')).toBeDefined();
    expect((find(rendered, 'ClusterRoleBinding', 'traefik') as any).subjects).toEqual([
      { kind: 'ServiceAccount', name: 'traefik', namespace: 'cognigy-ai' },
    ]);
    expect(spec(find(rendered, 'IngressClass', 'traefik')!)).toEqual(
      spec(find(seed, 'IngressClass', 'traefik')!),
    );
    expect(spec(find(rendered, 'Service', 'traefik')!).type).toBe('LoadBalancer');
    expect(find(rendered, 'ServiceAccount', 'traefik')).toBeDefined();
    for (const ing of ofKind(rendered, 'Ingress')) expect(spec(ing).ingressClassName).toBe('traefik');

    const off = render(['--set', 'traefik.enabled=false']);
    expect(off.filter((o) => o.metadata.name === 'traefik')).toEqual([]);
    for (const ing of ofKind(off, 'Ingress')) expect(spec(ing).ingressClassName).toBe('nginx');
  });

  test('pre-install hook secrets: the connection strings with the renamed analytics services, kept, no owner label', () => {
    const hooks = ofKind(render(), 'Secret').filter(
      (s) => s.metadata.annotations?.['helm.sh/hook'] && s.metadata.name.startsWith('cognigy-'),
    );
    expect(hooks.map((s) => s.metadata.name).sort()).toEqual(
      [
        'ai',
        'alexa-management',
        'analytics-collector',
        'analytics-conversation',
        'api',
        'custom-modules',
        'function-scheduler',
        'handover',
        'journeys',
        'logs',
        'nlp',
        'profiles',
        'resources',
        'runtime-file-manager',
        'security',
        'task-manager',
        'trainer',
      ].map((s) => `cognigy-service-${s}`),
    );
    for (const s of hooks) {
      expect(s.metadata.annotations).toEqual({
        // As the real chart: runtime-file-manager's is also a pre-upgrade hook.
        'helm.sh/hook':
          s.metadata.name === 'cognigy-service-runtime-file-manager'
            ? 'pre-install,pre-upgrade'
            : 'pre-install',
        'helm.sh/hook-weight': '-4',
        'helm.sh/resource-policy': 'keep',
      });
      const url = Buffer.from((s.data as any)['connection-string'], 'base64').toString();
      const service = s.metadata.name.replace(/^cognigy-/, '');
      expect(url).toMatch(
        new RegExp(
          `^mongodb://${service}:[A-Za-z0-9]{24}@mongodb-0\\.mongodb-headless\\.mongodb\\.svc\\.cluster\\.local:27017,.*/${service}$`,
        ),
      );
    }
    const withApps = ofKind(render(['--set', 'appSessionManager.enabled=true']), 'Secret').map(
      (s) => s.metadata.name,
    );
    expect(withApps).toContain('cognigy-service-app-session-manager');
  });

  test("generated secrets: only when absent (lookup), kept, types and keys as the seed (plus the chart's REDIS_* keys)", () => {
    const rendered = ofKind(render(), 'Secret').filter((s) => !s.metadata.annotations?.['helm.sh/hook']);
    const seed = cognigySeed();
    const keep = rendered.filter((s) => s.metadata.annotations?.['helm.sh/resource-policy'] === 'keep');
    expect(keep.map((s) => s.metadata.name).sort()).toEqual(
      [
        'cognigy-facebook',
        'cognigy-insights-collector-api-key',
        'cognigy-insights-jwt',
        'cognigy-jwt',
        'cognigy-odata',
        'cognigy-rabbitmq',
        'cognigy-rce-credentials',
        'cognigy-redis-password',
        'cognigy-redis-persistent-password',
        'cognigy-service-endpoint-api-access-token',
      ].sort(),
    );
    for (const s of keep) {
      const seeded = seed.find((o) => o.kind === 'Secret' && o.metadata.name === s.metadata.name)!;
      expect({ name: s.metadata.name, seeded: !!seeded }).toEqual({ name: s.metadata.name, seeded: true });
      expect(s.type).toBe(seeded.type ?? 'Opaque');
      const extra = /redis/.test(s.metadata.name) ? ['REDIS_PASSWORD', 'REDIS_PERSISTENT_PASSWORD'] : [];
      expect(
        Object.keys(s.data as object)
          .filter((k) => !extra.includes(k))
          .sort(),
      ).toEqual(Object.keys(seeded.data as object).sort());
    }
    const redis = find(rendered, 'Secret', 'cognigy-redis-password')!;
    expect(Buffer.from((redis.data as any)['redis-password.conf'], 'base64').toString()).toMatch(
      /^requirepass [A-Za-z0-9]{24}\n$/,
    );
    // The template asks lookup first: with the Secret present, nothing is rendered (checked
    // against the sandbox in test/integration/phases/real-chart.test.ts).
    expect(readFileSync(join(CHART, 'templates', 'secrets.yaml'), 'utf8')).toContain(
      'if not (lookup "v1" "Secret" $root.Release.Namespace $name)',
    );
  });

  test('values-rendered secrets: from the values on every install, no keep; existingSecret values skip them', () => {
    const values = [
      '--set',
      'amazonCredentials.clientId=id-from-values,smtpPassword=smtp-from-values',
      '--set-string',
      'cognigyLiveAgent.platformToken=token-from-values',
    ];
    const rendered = ofKind(render(values), 'Secret');
    const data = (name: string) =>
      Object.fromEntries(
        Object.entries(find(rendered, 'Secret', name)!.data as Record<string, string>).map(([k, v]) => [
          k,
          Buffer.from(v, 'base64').toString(),
        ]),
      );
    expect(data('cognigy-amazon-credentials')).toEqual({
      'amazon-client-id': 'id-from-values',
      'amazon-client-secret': '',
    });
    expect(data('cognigy-smtp')).toEqual({ 'system-smtp-password': 'smtp-from-values' });
    expect(data('cognigy-live-agent-credentials')).toEqual({
      'cognigy-live-agent-platform-token': 'token-from-values',
    });
    expect(data('cognigy-management-ui-creds')).toEqual({ 'management-ui-creds.json': '[]' });
    for (const name of [
      'cognigy-amazon-credentials',
      'cognigy-smtp',
      'cognigy-live-agent-credentials',
      'cognigy-management-ui-creds',
    ])
      expect(find(rendered, 'Secret', name)!.metadata.annotations).toBeUndefined();
    // tls.existingSecret (REQUIRED) skips cognigy-traefik; tls.crt/key render it from the values.
    expect(find(rendered, 'Secret', 'cognigy-traefik')).toBeUndefined();
    const tls = render(['--set', 'tls.existingSecret=,tls.crt=CRT,tls.key=KEY']);
    expect(find(tls, 'Secret', 'cognigy-traefik')).toMatchObject({ type: 'kubernetes.io/tls' });
    const skipped = ofKind(
      render([
        '--set',
        'amazonCredentials.existingSecret=cognigy-amazon-credentials,cognigyLiveAgent.existingSecret=x,managementUiCredentialsExistingSecret=y,smtpPasswordExistingSecret=z',
      ]),
      'Secret',
    ).map((o) => o.metadata.name);
    for (const name of [
      'cognigy-amazon-credentials',
      'cognigy-smtp',
      'cognigy-live-agent-credentials',
      'cognigy-management-ui-creds',
    ])
      expect(skipped).not.toContain(name);
  });

  test('db-init hook Job: pre-install/pre-upgrade, projected volume of every connection-string Secret, root credentials from hook Secrets', () => {
    const rendered = render();
    const job = find(rendered, 'Job', 'cognigy-ai-db-init')!;
    expect(job.metadata.annotations).toMatchObject({
      'helm.sh/hook': 'pre-install,pre-upgrade',
      'helm.sh/hook-weight': '-3',
    });
    const pod = spec(job).template.spec;
    const projected = pod.volumes.find((v: any) => v.projected).projected.sources.map((x: any) => x.secret);
    const hookSecrets = ofKind(rendered, 'Secret')
      .filter(
        (x) => x.metadata.annotations?.['helm.sh/hook'] && x.metadata.name.startsWith('cognigy-service-'),
      )
      .map((x) => x.metadata.name);
    expect(projected.map((x: any) => x.name).sort()).toEqual(hookSecrets.sort());
    expect(projected).toHaveLength(17);
    for (const x of projected) expect(x.optional).toBeUndefined();
    expect(pod.containers[0].env.map((e: any) => e.valueFrom.secretKeyRef.name)).toEqual([
      'mongodb-connection-creds',
      'mongodb-connection-creds',
      'mongodb-connection-hosts',
    ]);
    for (const name of ['mongodb-connection-creds', 'mongodb-connection-hosts'])
      expect(find(rendered, 'Secret', name)!.metadata.annotations).toMatchObject({
        'helm.sh/hook': 'pre-install,pre-upgrade',
      });
    expect(
      spec(find(render(['--set', 'appSessionManager.enabled=true']), 'Job', 'cognigy-ai-db-init')!).template
        .spec.volumes[1].projected.sources,
    ).toHaveLength(18);
  });

  test('traefik: the Service is inside a kind: List document', () => {
    const out = execFileSync(
      HELMS[0],
      ['template', 'cognigy-ai', CHART, '--namespace', 'cognigy-ai', ...CAPABILITIES, ...REQUIRED],
      { encoding: 'utf8' },
    );
    const list = (yaml.loadAll(out) as any[]).find((d) => d?.kind === 'List');
    expect(list).toMatchObject({
      apiVersion: 'v1',
      items: [{ kind: 'Service', metadata: { name: 'traefik' } }],
    });
  });
});

describe.each(HELMS)('what the real chart refuses, with %s', (helm) => {
  const v4 = helm.includes('v35');
  test('without --kube-version: the kubeVersion constraint fails against the client default', () => {
    expect(renderError([], helm, REQUIRED)).toContain(
      `Error: chart requires kubeVersion: >=v1.19.0-0,<v1.24.0-0 which is incompatible with Kubernetes ${v4 ? 'v1.35.0' : 'v1.32.0'}`,
    );
  });
  test("without --api-versions: Traefik's IngressClass template fails", () => {
    expect(renderError([], helm, ['--kube-version', 'v1.23.17', ...REQUIRED])).toContain(
      'You must have at least networking.k8s.io/v1beta1 to use ingressClass',
    );
  });
  test('without registry credentials or pull secrets, and without TLS values', () => {
    expect(renderError(['--set', 'tls.existingSecret=cognigy-traefik'], helm, CAPABILITIES)).toContain(
      'A valid value for .Values.imageCredentials is required!',
    );
    expect(renderError([REQUIRED[0], REQUIRED[1]], helm, CAPABILITIES)).toContain(
      'A valid value for .Values.tls is required!',
    );
  });
});
