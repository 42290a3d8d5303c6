import { splitHooks } from '../../../src/helm/render';
import type { KubeObject } from '../../../src/kube/client';
import {
  claimFitsVolume,
  describeOverride,
  describeReplacement,
  expectedClaims,
  fieldConflicts,
  missingSecrets,
  quantityBytes,
  referencedSecrets,
  storageClassDifferences,
  storageClassForCreate,
  storageClassReplacements,
  valuesOverrides,
} from '../../../src/phases/chart-checks';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const sc = (name: string, extra: Record<string, unknown> = {}): KubeObject =>
  ({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name }, ...extra }) as KubeObject;
const secret = (
  name: string,
  data: Record<string, string>,
  annotations?: Record<string, string>,
): KubeObject =>
  ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, ...(annotations ? { annotations } : {}) },
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
  }) as KubeObject;

describe('StorageClass immutable differences', () => {
  const kustomize = sc('redis-persistent', {
    provisioner: 'kubernetes.io/aws-ebs',
    parameters: { type: 'gp2', fsType: 'ext4', encrypted: 'true' },
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'Immediate',
  });
  const chart = sc('redis-persistent', {
    provisioner: 'kubernetes.io/aws-ebs',
    parameters: { encrypted: 'true', fsType: 'ext4', type: 'gp2' },
    volumeBindingMode: 'WaitForFirstConsumer',
  });

  test('server defaults applied; parameter order does not matter; only volumeBindingMode differs', () => {
    expect(storageClassDifferences(kustomize, chart)).toEqual([
      { field: 'volumeBindingMode', existing: 'Immediate', rendered: 'WaitForFirstConsumer' },
    ]);
    expect(
      storageClassDifferences(
        sc('a', { provisioner: 'p' }),
        sc('a', { provisioner: 'p', reclaimPolicy: 'Delete' }),
      ),
    ).toEqual([]);
  });

  test('every immutable field is reported', () => {
    const d = storageClassDifferences(
      sc('x', {
        provisioner: 'a',
        parameters: { k: '1' },
        reclaimPolicy: 'Retain',
        volumeBindingMode: 'Immediate',
      }),
      sc('x', { provisioner: 'b', parameters: { k: '2' }, volumeBindingMode: 'WaitForFirstConsumer' }),
    );
    expect(d.map((x) => x.field)).toEqual([
      'provisioner',
      'parameters',
      'reclaimPolicy',
      'volumeBindingMode',
    ]);
  });

  test('replacements: only existing classes that differ; described in one line; created with Helm ownership', () => {
    const rendered = splitHooks([
      chart,
      sc('aws-efs-functions', { provisioner: 'efs' }),
      sc('new', { provisioner: 'x' }),
    ]);
    const live = new Map([
      ['redis-persistent', kustomize],
      ['aws-efs-functions', sc('aws-efs-functions', { provisioner: 'efs', reclaimPolicy: 'Delete' })],
    ]);
    const r = storageClassReplacements(rendered, (n) => live.get(n));
    expect(r.map((x) => x.name)).toEqual(['redis-persistent']);
    expect(describeReplacement(r[0])).toBe(
      'StorageClass redis-persistent: volumeBindingMode Immediate -> WaitForFirstConsumer',
    );
    const created = storageClassForCreate(
      { ...chart, metadata: { name: 'redis-persistent', namespace: 'x', uid: 'u' } as any },
      {
        annotations: { 'meta.helm.sh/release-name': 'r' },
        labels: { 'app.kubernetes.io/managed-by': 'Helm' },
      },
    );
    expect(created.metadata).toEqual({
      name: 'redis-persistent',
      annotations: { 'meta.helm.sh/release-name': 'r' },
      labels: { 'app.kubernetes.io/managed-by': 'Helm' },
    });
    expect(created.volumeBindingMode).toBe('WaitForFirstConsumer');
  });
});

describe('claims', () => {
  const pvc = {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'redis-persistent' },
    spec: {
      storageClassName: 'redis-persistent',
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '10Gi' } },
    },
  } as KubeObject;
  const pv = (capacity: string, modes: string[]) =>
    ({
      kind: 'PersistentVolume',
      metadata: { name: 'pv-1' },
      spec: { capacity: { storage: capacity }, accessModes: modes },
    }) as unknown as KubeObject;

  test('the chart claim with its class, size and modes; a PV fits when big enough with the modes', () => {
    const claim = expectedClaims(splitHooks([pvc])).get('redis-persistent')!;
    expect(claim).toMatchObject({
      storageClassName: 'redis-persistent',
      size: '10Gi',
      accessModes: ['ReadWriteOnce'],
    });
    expect(claimFitsVolume(claim, pv('10Gi', ['ReadWriteOnce']))).toBeUndefined();
    expect(claimFitsVolume(claim, pv('5Gi', ['ReadWriteOnce']))).toBe(
      "PV pv-1 holds 5Gi, the chart's claim redis-persistent asks 10Gi",
    );
    expect(claimFitsVolume(claim, pv('10Gi', ['ReadWriteMany']))).toContain('asks ReadWriteOnce');
  });

  test('quantities', () => {
    expect(quantityBytes('1Mi')).toBe(2 ** 20);
    expect(quantityBytes('10G')).toBe(1e10);
    expect(quantityBytes('100Gi')! > quantityBytes('10Gi')!).toBe(true);
    expect(quantityBytes('nonsense')).toBeUndefined();
  });
});

describe('Secrets the pods and hooks reference', () => {
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'service-api' },
    spec: {
      template: {
        spec: {
          imagePullSecrets: [{ name: 'cognigy-registry-token' }],
          containers: [
            {
              name: 'a',
              env: [
                {
                  name: 'X',
                  valueFrom: { secretKeyRef: { name: 'cognigy-smtp', key: 'system-smtp-password' } },
                },
                { name: 'Y', valueFrom: { secretKeyRef: { name: 'maybe', key: 'k', optional: true } } },
              ],
              envFrom: [{ secretRef: { name: 'cognigy-env-secret' } }],
            },
          ],
          volumes: [
            {
              name: 'v',
              secret: {
                secretName: 'cognigy-redis-password',
                items: [{ key: 'redis-password.conf', path: 'p' }],
              },
            },
          ],
        },
      },
    },
  } as KubeObject;
  const job = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'cognigy-ai-db-init', annotations: { 'helm.sh/hook': 'pre-install,pre-upgrade' } },
    spec: {
      template: {
        spec: {
          containers: [
            {
              name: 'j',
              env: [
                {
                  name: 'U',
                  valueFrom: { secretKeyRef: { name: 'mongodb-connection-creds', key: 'username' } },
                },
              ],
            },
          ],
          volumes: [
            {
              name: 'p',
              projected: {
                sources: [
                  {
                    secret: { name: 'cognigy-service-api', items: [{ key: 'connection-string', path: 'x' }] },
                  },
                  {
                    secret: { name: 'cognigy-service-ai', items: [{ key: 'connection-string', path: 'y' }] },
                  },
                ],
              },
            },
          ],
        },
      },
    },
  } as KubeObject;
  const chart = splitHooks([
    deployment,
    job,
    secret('mongodb-connection-creds', { username: 'root' }, { 'helm.sh/hook': 'pre-install' }),
  ]);

  test('env, envFrom, secret and projected volumes, pull secrets; hooks marked; optional noted', () => {
    const refs = referencedSecrets(chart);
    expect([...refs.keys()].sort()).toEqual(
      [
        'cognigy-env-secret',
        'cognigy-redis-password',
        'cognigy-registry-token',
        'cognigy-service-ai',
        'cognigy-service-api',
        'cognigy-smtp',
        'maybe',
        'mongodb-connection-creds',
      ].sort(),
    );
    expect(refs.get('cognigy-service-api')!.by).toEqual(new Set(['Job/cognigy-ai-db-init (hook)']));
    expect(refs.get('maybe')!.optional).toBe(true);
    expect(refs.get('cognigy-registry-token')!.pullOnly).toBe(true);
    expect(refs.get('cognigy-redis-password')!.keys).toEqual(new Set(['redis-password.conf']));
  });

  test('missing: absent and not rendered, or lacking a key; optional and rendered ones are fine', () => {
    const have = new Map([
      ['cognigy-smtp', secret('cognigy-smtp', { other: 'x' })],
      ['cognigy-env-secret', secret('cognigy-env-secret', {})],
      [
        'cognigy-redis-password',
        secret('cognigy-redis-password', { 'redis-password.conf': 'requirepass x' }),
      ],
      ['cognigy-service-api', secret('cognigy-service-api', { 'connection-string': 'mongodb://a' })],
    ]);
    expect(missingSecrets(chart, (n) => have.get(n))).toEqual([
      'Secret cognigy-registry-token is missing (needed by Deployment/service-api to pull images)',
      'Secret cognigy-service-ai is missing (needed by Job/cognigy-ai-db-init (hook))',
      'Secret cognigy-smtp lacks key(s) system-smtp-password (needed by Deployment/service-api)',
    ]);
  });
});

describe('Secrets rendered from values', () => {
  test('compared by hash, keys named, values never in the result; keep (lookup-gated) ones skipped', () => {
    const chart = splitHooks([
      secret('cognigy-smtp', { 'system-smtp-password': '' }),
      secret('cognigy-amazon-credentials', { 'amazon-client-id': 'same-id', 'amazon-client-secret': 'new' }),
      secret('cognigy-jwt', { secret: 'random-rendered' }, { 'helm.sh/resource-policy': 'keep' }),
      secret('cognigy-unmigrated', { a: 'b' }),
    ]);
    const migrated = new Map([
      ['cognigy-smtp', secret('cognigy-smtp', { 'system-smtp-password': 'smtp-secret-value-123' })],
      [
        'cognigy-amazon-credentials',
        secret('cognigy-amazon-credentials', {
          'amazon-client-id': 'same-id',
          'amazon-client-secret': 'old-secret-value-456',
          extra: 'x',
        }),
      ],
      ['cognigy-jwt', secret('cognigy-jwt', { secret: 'old-jwt-value-789' })],
    ]);
    const o = valuesOverrides(chart, (n) => migrated.get(n));
    expect(o).toEqual([
      { name: 'cognigy-smtp', changed: ['system-smtp-password'], dropped: [], added: [] },
      {
        name: 'cognigy-amazon-credentials',
        changed: ['amazon-client-secret'],
        dropped: ['extra'],
        added: [],
      },
    ]);
    const text = JSON.stringify(o) + o.map(describeOverride).join('\n');
    for (const v of ['smtp-secret-value-123', 'old-secret-value-456', 'old-jwt-value-789', 'new'])
      expect(text).not.toContain(v);
    expect(describeOverride(o[1])).toBe(
      'Secret cognigy-amazon-credentials: values replace amazon-client-secret; drops extra',
    );
  });
});

describe('Helm 4 field conflicts', () => {
  const mf = (manager: string) => [{ manager, operation: 'Update' }];
  test('rendered fields that differ from an object other managers own; defaults and equal fields are not', () => {
    const chart = splitHooks([
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: 'traefik' },
        subjects: [{ kind: 'ServiceAccount', name: 'traefik', namespace: 'cognigy-ai' }],
        roleRef: { kind: 'ClusterRole', name: 'traefik' },
      } as KubeObject,
      sc('redis-persistent', { provisioner: 'p', volumeBindingMode: 'WaitForFirstConsumer' }),
      secret('cognigy-smtp', { 'system-smtp-password': '' }),
      sc('equal', { provisioner: 'p' }),
    ]);
    const live: Record<string, KubeObject> = {
      traefik: {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: 'traefik', managedFields: mf('kubectl-client-side-apply') } as any,
        subjects: [{ kind: 'ServiceAccount', name: 'traefik', namespace: 'default' }],
        roleRef: { kind: 'ClusterRole', name: 'traefik', apiGroup: 'rbac.authorization.k8s.io' },
      } as KubeObject,
      'redis-persistent': sc('redis-persistent', {
        metadata: { name: 'redis-persistent', managedFields: mf('kubectl-client-side-apply') },
        provisioner: 'p',
        reclaimPolicy: 'Delete',
        volumeBindingMode: 'Immediate',
      }),
      'cognigy-smtp': {
        ...secret('cognigy-smtp', { 'system-smtp-password': 'secret-smtp-1' }),
        metadata: { name: 'cognigy-smtp', managedFields: mf('k2h') },
      } as KubeObject,
      equal: sc('equal', {
        metadata: { name: 'equal', managedFields: mf('kubectl') },
        provisioner: 'p',
        reclaimPolicy: 'Delete',
      }),
    };
    const c = fieldConflicts(chart, (o) => live[o.metadata.name]);
    expect(c).toEqual([
      {
        kind: 'ClusterRoleBinding',
        name: 'traefik',
        namespace: undefined,
        fields: ['.subjects'],
        managers: ['kubectl-client-side-apply'],
      },
      {
        kind: 'StorageClass',
        name: 'redis-persistent',
        namespace: undefined,
        fields: ['.volumeBindingMode'],
        managers: ['kubectl-client-side-apply'],
      },
      {
        kind: 'Secret',
        name: 'cognigy-smtp',
        namespace: undefined,
        fields: ['.data.system-smtp-password'],
        managers: ['k2h'],
      },
    ]);
    expect(JSON.stringify(c)).not.toContain('secret-smtp-1');
  });

  test('a generated credential (resource-policy keep) that exists is no conflict: the install renders none', () => {
    const generated = {
      ...secret('cognigy-jwt', { secret: 'rendered-at-random' }),
      metadata: { name: 'cognigy-jwt', annotations: { 'helm.sh/resource-policy': 'keep' } },
    } as KubeObject;
    const live = {
      ...secret('cognigy-jwt', { secret: 'migrated-jwt-1' }),
      metadata: { name: 'cognigy-jwt', managedFields: mf('k2h') },
    } as KubeObject;
    expect(fieldConflicts(splitHooks([generated]), () => live)).toEqual([]);
    // Without the annotation the same difference is one.
    const fromValues = { ...generated, metadata: { name: 'cognigy-jwt' } } as KubeObject;
    expect(fieldConflicts(splitHooks([fromValues]), () => live).map((x) => x.fields)).toEqual([
      ['.data.secret'],
    ]);
  });
});
