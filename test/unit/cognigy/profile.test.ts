import {
  isInstallationDeployment,
  profileFor,
  secretGroupMetadata,
  secretsToMigrate,
  SECRET_RANGES,
} from '../../../src/cognigy/profile';
import { compareVersions, inRange, parseVersion } from '../../../src/cognigy/version';
import { ConfigurationError } from '../../../src/core/errors';
import { HELM_META } from '../../../src/helm/ownership';

// The official script's lists (parity); what k2h migrates beyond them: secret-migration-beyond-script.test.ts.
const names = (v: string, apps = false) => secretsToMigrate(profileFor(v), apps, true).map((s) => s.name);

describe('version helpers', () => {
  test.each([
    ['4.42.1', { major: 4, minor: 42, patch: 1 }],
    ['v4.81.0', { major: 4, minor: 81, patch: 0 }],
    ['4.42', { major: 4, minor: 42, patch: 0 }],
    ['2025.10.0', { major: 2025, minor: 10, patch: 0 }],
    [' 2026.12.0-1 ', { major: 2026, minor: 12, patch: 0, suffix: '1' }],
  ])('parses %j', (input, expected) => {
    expect(parseVersion(input)).toEqual(expect.objectContaining(expected));
  });

  test.each(
    ['', 'latest', '4', '4.x.1', '4.42.1.2', 'v', '4.42.1 ', '-4.42.1'].filter((s) => s.trim() !== '4.42.1'),
  )('rejects %j', (input) => expect(parseVersion(input)).toBeUndefined());

  test('compares numerically, calendar versions after 4.x, suffixes ignored', () => {
    expect(compareVersions('4.9.0', '4.10.0')).toBe(-1);
    expect(compareVersions('4.100.1', '2025.10.0')).toBe(-1);
    expect(compareVersions('4.81.0', 'v4.81.0')).toBe(0);
    expect(compareVersions('2026.12.0-3', '2026.12.0')).toBe(0);
    expect(inRange('4.43.0', '4.43.0', '4.81.0')).toBe(true);
    expect(inRange('4.81.0', '4.43.0', '4.81.0')).toBe(false);
  });
});

describe('profileFor', () => {
  test('bad and too-old versions are ConfigurationErrors', () => {
    expect(() => profileFor('latest')).toThrow(ConfigurationError);
    expect(() => profileFor('4.37.0')).toThrow(ConfigurationError);
    expect(profileFor('4.38.0').minVersion).toBe('4.38.0');
  });

  test('the official script version per range', () => {
    expect(profileFor('4.38.0').secrets.officialScript.blob).toMatch(/^f62b4b6/);
    expect(profileFor('4.42.1').secrets.officialScript.blob).toMatch(/^f62b4b6/);
    expect(profileFor('4.43.0').secrets.officialScript.blob).toMatch(/^715ae33/);
    expect(profileFor('4.80.1').secrets.officialScript.blob).toMatch(/^715ae33/);
    expect(profileFor('4.81.0').secrets.officialScript.blob).toMatch(/^118ba52/);
    expect(profileFor('2026.16.0').secrets.officialScript.blob).toMatch(/^118ba52/);
    // Ranges are contiguous and ordered.
    for (let i = 1; i < SECRET_RANGES.length; i++) {
      expect(SECRET_RANGES[i].script.min).toBe(SECRET_RANGES[i - 1].script.maxExclusive);
    }
  });

  test('secret lists: collector api key from 4.43, journeys until 4.80, app-session-manager with cognigyApps', () => {
    expect(names('4.42.1')).not.toContain('cognigy-insights-collector-api-key');
    expect(names('4.43.0')).toContain('cognigy-insights-collector-api-key');
    expect(names('4.80.1')).toContain('cognigy-service-journeys');
    expect(names('4.81.0')).not.toContain('cognigy-service-journeys');
    expect(names('4.81.0')).not.toContain('cognigy-service-app-session-manager');
    expect(names('4.81.0', true)).toContain('cognigy-service-app-session-manager');
    expect(names('4.42.1')).toHaveLength(30);
    expect(names('4.43.0')).toHaveLength(31);
    expect(names('4.81.0')).toHaveLength(30);
    expect(new Set(names('4.81.0', true)).size).toBe(31);
    const notMigrated = profileFor('4.81.0').secrets.notMigrated.map((n) => n.name);
    expect(notMigrated).toEqual(
      expect.arrayContaining([
        'cognigy-mongo-server',
        'cognigy-mongodb-exporter',
        'cognigy-service-endpoint-api-access-token',
        'cognigy-service-journeys',
        'cognigy-registry-token',
      ]),
    );
    for (const n of notMigrated) expect(names('4.81.0', true)).not.toContain(n);
  });

  test('file names as the official script opens them', () => {
    const specs = secretsToMigrate(profileFor('4.81.0'));
    const file = (n: string) => specs.find((s) => s.name === n)?.file;
    expect(file('cognigy-redis-password')).toBe('redis-password.yaml');
    expect(file('cognigy-redis-persistent-password')).toBe('redis-persistent.password.yaml');
    expect(file('cognigy-service-ai')).toBe('cognigy-service-ai.yaml');
    for (const s of specs.filter((x) => !x.name.includes('redis'))) expect(s.file).toBe(`${s.name}.yaml`);
  });

  test('groups, keys, renames and connection-string expectations', () => {
    const specs = secretsToMigrate(profileFor('4.81.0'), true);
    const by = Object.fromEntries(specs.map((s) => [s.name, s]));
    expect(by['cognigy-traefik']).toEqual(
      expect.objectContaining({ group: 'adopt', type: 'kubernetes.io/tls', keys: ['tls.crt', 'tls.key'] }),
    );
    expect(by['cognigy-rabbitmq'].group).toBe('adopt-keep');
    expect(by['cognigy-service-analytics-collector-provider']).toEqual(
      expect.objectContaining({
        group: 'pre-install-hook',
        renameTo: 'cognigy-service-analytics-collector',
        connectionString: {
          key: 'connection-string',
          user: 'service-analytics-collector-provider',
          database: 'service-analytics-collector-provider',
        },
      }),
    );
    expect(by['cognigy-service-analytics-conversation-collector-provider'].renameTo).toBe(
      'cognigy-service-analytics-conversation',
    );
    expect(specs.filter((s) => s.group === 'pre-install-hook').every((s) => s.connectionString)).toBe(true);
    expect(specs.filter((s) => s.group === 'adopt').map((s) => s.name)).toEqual([
      'cognigy-amazon-credentials',
      'cognigy-live-agent-credentials',
      'cognigy-management-ui-creds',
      'cognigy-smtp',
      'cognigy-traefik',
    ]);
  });

  test('group metadata equals the official script with our release and namespace', () => {
    expect(secretGroupMetadata('adopt', 'r', 'n')).toEqual({
      annotations: { [HELM_META.releaseName]: 'r', [HELM_META.releaseNamespace]: 'n' },
      labels: { 'app.kubernetes.io/managed-by': 'Helm' },
    });
    expect(secretGroupMetadata('adopt-keep', 'r', 'n').annotations['helm.sh/resource-policy']).toBe('keep');
    expect(secretGroupMetadata('pre-install-hook', 'r', 'n')).toEqual({
      annotations: {
        'helm.sh/resource-policy': 'keep',
        'helm.sh/hook': 'pre-install',
        'helm.sh/hook-weight': '-4',
      },
      labels: {},
    });
  });

  test('EFS values keys change at 4.44', () => {
    expect(profileFor('4.43.1').storage.efsValuesKeys).toEqual({
      flowModules: 'efs.flowModules.id',
      functions: 'efs.functions.id',
    });
    expect(profileFor('4.44.0').storage.efsValuesKeys).toEqual({
      flowModules: 'flowModules.persistence.aws.efs.id',
      functions: 'functions.persistence.aws.efs.id',
    });
  });

  test('storage, traefik, mongodb and platform facts', () => {
    const p = profileFor('4.81.0');
    expect(p.storage.pvcs.filter((c) => c.migrate).map((c) => c.name)).toEqual([
      'flow-modules',
      'functions',
      'redis-persistent',
    ]);
    expect(p.storage.pvcs.find((c) => c.name === 'mongodb')).toEqual(
      expect.objectContaining({ optional: true, migrate: false }),
    );
    expect(p.storage.storageClasses.aws).toEqual(['aws-efs-flow-modules', 'aws-efs-functions']);
    expect(p.storage.storageClasses.azure).toEqual(['flow-modules', 'functions']);
    expect(p.storage.storageClasses.generic).toEqual(['flow-modules', 'functions']);
    expect(p.storage.clusterRoleBindings.aws).toEqual([
      'efs-provisioner-flow-modules',
      'efs-provisioner-functions',
    ]);
    expect(p.traefik).toEqual({
      clusterRoles: ['traefik'],
      clusterRoleBindings: ['traefik'],
      ingressClasses: ['traefik'],
      service: 'traefik',
    });
    expect(p.mongodb).toEqual(
      expect.objectContaining({
        namespace: 'mongodb',
        statefulSet: 'mongodb',
        rootSecret: 'mongodb',
        rootSecretKey: 'mongodb-root-password',
        legacyDeployment: 'mongo-server',
      }),
    );
    expect(p.kubernetes).toEqual({ min: '1.21', maxTested: '1.23' });
    expect(p.sourceNamespace).toBe('default');
  });

  test('installation deployments: named, NLP per language, optional, EFS; unrelated ones are not', () => {
    const p = profileFor('4.81.0');
    for (const d of [
      'service-ai',
      'management-ui',
      'service-nlp-score-en',
      'service-nlp-train-ge',
      'service-nlp-classifier-score-ja',
      'service-nlp-v2-train-xx',
      'service-app-session-manager',
      'mongo-server',
      'efs-provisioner-functions',
      'traefik',
    ]) {
      expect({ d, yes: isInstallationDeployment(p, d) }).toEqual({ d, yes: true });
    }
    for (const d of [
      'my-app',
      'service-nlp-score-',
      'service-nlp-score-en-custom',
      'kubernetes',
      'live-agent-api',
    ]) {
      expect({ d, yes: isInstallationDeployment(p, d) }).toEqual({ d, yes: false });
    }
  });
});
