/**
 * migrateSecrets / readSecretsDir / writeSecretsDir / describeSecret on bad and unusual input.
 * The leak tests collect every value of the fixture secrets and check that none appears in any
 * message, description or thrown error.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import yaml from 'js-yaml';
import { profileFor, secretsToMigrate } from '../../../src/cognigy/profile';
import {
  describeSecret,
  diffSecretData,
  formatSecretDescription,
  migrateSecrets,
  parseSecretManifest,
  readSecretsDir,
  secretValues,
  writeSecretsDir,
  type KubeSecret,
} from '../../../src/cognigy/secret-migration';
import { ConfigurationError } from '../../../src/core/errors';

const FIXTURES = path.resolve(__dirname, '../../fixtures/secrets');
const VERSION = '4.81.0';
const profile = profileFor(VERSION);
const SPECS = secretsToMigrate(profile, true);

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const HOSTS =
  'mongodb-0.mongodb-headless.mongodb.svc.cluster.local:27017,mongodb-1.mongodb-headless.mongodb.svc.cluster.local:27017';
const PASSWORD = 'Pa55w0rdThatMustNeverLeak';

let tmp: string;
let backups: Map<string, KubeSecret>;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'k2h-secret-tests-'));
  const read = await readSecretsDir(path.join(FIXTURES, 'backup-4.81'), SPECS);
  expect(read.errors).toEqual([]);
  backups = read.secrets;
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function backupCopy(name: string): Promise<string> {
  const dir = path.join(tmp, name);
  await cp(path.join(FIXTURES, 'backup-4.81'), dir, { recursive: true });
  return dir;
}

function withSecret(name: string, patch: (s: KubeSecret) => KubeSecret): Map<string, KubeSecret> {
  const m = new Map(backups);
  m.set(name, patch(structuredClone(backups.get(name) as KubeSecret)));
  return m;
}

const migrate = (
  secrets: ReadonlyMap<string, KubeSecret>,
  extra: Partial<Parameters<typeof migrateSecrets>[0]> = {},
) =>
  migrateSecrets({
    secrets,
    version: VERSION,
    release: 'cognigy-ai',
    namespace: 'cognigy-ai',
    cognigyApps: true,
    ...extra,
  });

/** Every value of every fixture secret, and the test's own planted secret. */
function allValues(): string[] {
  return [...[...backups.values()].flatMap((s) => secretValues(s)), PASSWORD].filter((v) => v.length >= 4);
}

function expectNoValue(text: string) {
  for (const v of allValues()) {
    if (text.includes(v)) throw new Error(`a secret value leaked into: ${text.slice(0, 200)}`);
    if (text.includes(b64(v))) throw new Error(`a base64 secret value leaked into: ${text.slice(0, 200)}`);
  }
}

describe('readSecretsDir', () => {
  test('reads the runbook file names, including redis-password.yaml and redis-persistent.password.yaml', async () => {
    const read = await readSecretsDir(path.join(FIXTURES, 'backup-4.81'), SPECS);
    expect(read.missing).toEqual([]);
    expect(read.secrets.get('cognigy-redis-password')?.data?.['redis-password.conf']).toBeDefined();
    expect(
      read.secrets.get('cognigy-redis-persistent-password')?.data?.['redis-persistent-password.conf'],
    ).toBeDefined();
    // kubectl get -o yaml output: server fields are read as they are (stripped later).
    expect(read.secrets.get('cognigy-rabbitmq')?.metadata.managedFields).toBeDefined();
  });

  test('malformed YAML: the error names the file and a position, never the content', async () => {
    const dir = await backupCopy('malformed');
    await writeFile(
      path.join(dir, 'cognigy-smtp.yaml'),
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: cognigy-smtp\ndata:\n  system-smtp-password: [${PASSWORD}\n    other: x\n`,
    );
    await writeFile(path.join(dir, 'redis-password.yaml'), `apiVersion: v1\n\tkind: Secret ${PASSWORD}\n`);
    const read = await readSecretsDir(dir, SPECS);
    expect(read.errors.map((e) => e.file).sort()).toEqual(['cognigy-smtp.yaml', 'redis-password.yaml']);
    for (const e of read.errors) {
      expect(e.problem).toMatch(/^is not valid YAML( at line \d+, column \d+)?$/);
      expectNoValue(JSON.stringify(e));
    }
    expect(read.secrets.has('cognigy-smtp')).toBe(false);
    expect(read.secrets.size).toBe(SPECS.length - 2);
  });

  test('several documents, a List, another kind, a wrong name and an unreadable file are errors naming the file', async () => {
    const dir = await backupCopy('odd-files');
    const smtp = await readFile(path.join(dir, 'cognigy-smtp.yaml'), 'utf8');
    await writeFile(path.join(dir, 'cognigy-smtp.yaml'), `${smtp}---\n${smtp}`);
    await writeFile(
      path.join(dir, 'cognigy-jwt.yaml'),
      `apiVersion: v1\nkind: List\nitems:\n- kind: Secret\n  data: {secret: ${b64(PASSWORD)}}\n`,
    );
    await writeFile(
      path.join(dir, 'cognigy-odata.yaml'),
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cognigy-odata}\ndata: {x: ${PASSWORD}}\n`,
    );
    await writeFile(
      path.join(dir, 'cognigy-facebook.yaml'),
      `apiVersion: v1\nkind: Secret\nmetadata: {name: cognigy-fb}\ndata: {fb-verify-token: ${b64(PASSWORD)}}\n`,
    );
    await rm(path.join(dir, 'cognigy-rce-credentials.yaml'));
    await mkdir(path.join(dir, 'cognigy-rce-credentials.yaml'));
    const read = await readSecretsDir(dir, SPECS);
    const byFile = Object.fromEntries(read.errors.map((e) => [e.file, e.problem]));
    expect(byFile).toEqual({
      'cognigy-smtp.yaml': 'holds more than one YAML document; expected a single Secret manifest',
      'cognigy-jwt.yaml':
        'holds a list; expected a single Secret manifest (`kubectl get secret NAME -o yaml`)',
      'cognigy-odata.yaml': 'is not a Secret manifest (kind is not Secret)',
      'cognigy-facebook.yaml': 'holds a Secret not named "cognigy-facebook"',
      'cognigy-rce-credentials.yaml': 'cannot be read (EISDIR)',
    });
    expectNoValue(JSON.stringify(read.errors));
  });

  test('every missing file is listed at once, with the file name the runbook expects', async () => {
    const dir = await backupCopy('missing');
    for (const f of [
      'redis-password.yaml',
      'redis-persistent.password.yaml',
      'cognigy-jwt.yaml',
      'cognigy-service-ai.yaml',
    ]) {
      await rm(path.join(dir, f));
    }
    const read = await readSecretsDir(dir, SPECS);
    expect(read.missing).toEqual([
      { name: 'cognigy-jwt', file: 'cognigy-jwt.yaml' },
      { name: 'cognigy-redis-password', file: 'redis-password.yaml' },
      { name: 'cognigy-redis-persistent-password', file: 'redis-persistent.password.yaml' },
      { name: 'cognigy-service-ai', file: 'cognigy-service-ai.yaml' },
    ]);
    // migrateSecrets reports the same, all at once.
    const r = migrate(read.secrets);
    expect(r.missing).toEqual(read.missing);
    expect(r.secrets).toHaveLength(SPECS.length - 4);
  });

  test('a Redis backup saved as <secret-name>.yaml is accepted when the runbook name is absent', async () => {
    const dir = await backupCopy('redis-by-name');
    await cp(path.join(dir, 'redis-password.yaml'), path.join(dir, 'cognigy-redis-password.yaml'));
    await rm(path.join(dir, 'redis-password.yaml'));
    const read = await readSecretsDir(dir, SPECS);
    expect(read.missing).toEqual([]);
    expect(read.secrets.get('cognigy-redis-password')).toEqual(backups.get('cognigy-redis-password'));
  });

  test('scalars stay strings: a base64 value that looks like a number is not converted', () => {
    const parsed = parseSecretManifest(
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\ndata:\n  a: 1234\n  b: 0123\nimmutable: true\n',
    );
    expect(parsed).toEqual({
      secret: {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'x' },
        data: { a: '1234', b: '0123' },
        immutable: true,
      },
    });
  });
});

describe('migrateSecrets: validation', () => {
  const CS = 'cognigy-service-api';
  const setUrl = (url: string) => withSecret(CS, (s) => ({ ...s, data: { 'connection-string': b64(url) } }));

  test.each([
    [
      'wrong user',
      `mongodb://admin:${PASSWORD}@${HOSTS}/service-api`,
      'data key "connection-string" does not use the MongoDB user "service-api"',
    ],
    [
      'wrong database',
      `mongodb://service-api:${PASSWORD}@${HOSTS}/admin`,
      'data key "connection-string" does not name the database "service-api"',
    ],
    [
      'no database',
      `mongodb://service-api:${PASSWORD}@${HOSTS}`,
      'data key "connection-string" does not name the database "service-api"',
    ],
    [
      'not a MongoDB URL',
      `postgres://service-api:${PASSWORD}@db/service-api`,
      'data key "connection-string" is not a mongodb:// or mongodb+srv:// URL',
    ],
    [
      'no credentials',
      `mongodb://${HOSTS}/service-api`,
      'data key "connection-string" has no credentials (user:password@)',
    ],
    [
      'no password',
      `mongodb://service-api@${HOSTS}/service-api`,
      'data key "connection-string" has no password (user:password@)',
    ],
    [
      'empty password',
      `mongodb://service-api:@${HOSTS}/service-api`,
      'data key "connection-string" has an empty password',
    ],
    [
      'bad host list',
      `mongodb://service-api:${PASSWORD}@host:99999,/service-api`,
      'data key "connection-string" has an empty or malformed host list',
    ],
    ['empty', '', 'data key "connection-string" is empty'],
  ])('%s -> invalid naming the secret, never the value', (_what, url, problem) => {
    const r = migrate(setUrl(url));
    expect(r.invalid).toEqual([{ name: CS, problem }]);
    expect(r.secrets.map((s) => s.metadata.name)).not.toContain(CS);
    expectNoValue(JSON.stringify(r.invalid));
  });

  test('a trailing newline (echo without -n) is reported with a hint', () => {
    const r = migrate(setUrl(`mongodb://service-api:${PASSWORD}@${HOSTS}/service-api\n`));
    expect(r.invalid).toEqual([
      {
        name: CS,
        problem:
          'data key "connection-string" ends with a newline (was it encoded with `echo` instead of `echo -n`?)',
      },
    ]);
  });

  test('valid variants: mongodb+srv, options, percent-encoded password', () => {
    for (const url of [
      `mongodb+srv://service-api:${encodeURIComponent('p@ss/word')}@cluster0.example.net/service-api?retryWrites=true`,
      `mongodb://service-api:${PASSWORD}@${HOSTS}/service-api?replicaSet=rs0&authSource=admin`,
      `mongodb://service-api:${PASSWORD}@[::1]:27017/service-api`,
    ]) {
      expect(migrate(setUrl(url)).invalid).toEqual([]);
    }
  });

  test('invalid base64 and a missing data key are reported per key', () => {
    const secrets = withSecret('cognigy-traefik', (s) => ({
      ...s,
      data: { 'tls.crt': `not base64! ${PASSWORD}` },
    }));
    const r = migrate(secrets);
    expect(r.invalid).toEqual([
      { name: 'cognigy-traefik', problem: 'data key "tls.crt" is not valid base64' },
      { name: 'cognigy-traefik', problem: 'has no data key "tls.key"' },
    ]);
    // r.secrets legitimately carries the other secrets' values; the problems must not.
    expectNoValue(JSON.stringify(r.invalid));
  });

  test('a manifest of another kind or name under the expected key is invalid', () => {
    const r = migrate(
      withSecret('cognigy-odata', (s) => ({
        ...s,
        kind: 'ConfigMap' as 'Secret',
        metadata: { ...s.metadata, name: 'other' },
      })),
    );
    expect(r.invalid).toEqual([
      { name: 'cognigy-odata', problem: 'is not a v1 Secret manifest' },
      { name: 'cognigy-odata', problem: `the manifest's metadata.name is not "cognigy-odata"` },
    ]);
  });

  test.each(['latest', '4.x', '', '4', 'v4.42.1.1', '4.42.1; rm -rf /'])(
    'version %j -> ConfigurationError',
    (version) => {
      expect(() => migrate(backups, { version })).toThrow(ConfigurationError);
      expect(() => migrate(backups, { version })).toThrow(/not a Cognigy.AI version/);
    },
  );

  test('a version older than 4.38 -> ConfigurationError saying what to do', () => {
    expect(() => migrate(backups, { version: '4.37.0' })).toThrow(
      /older than 4.38.0.*upgrade the kustomize installation/,
    );
  });

  test('bad namespace or release -> ConfigurationError', () => {
    expect(() => migrate(backups, { namespace: 'Cognigy_AI' })).toThrow(ConfigurationError);
    expect(() => migrate(backups, { release: 'x'.repeat(54) })).toThrow(/not a valid Helm release name/);
  });
});

describe('migrateSecrets: metadata', () => {
  test('ownership is merged into existing annotations/labels; ours win on conflicts', () => {
    const r = migrate(
      withSecret('cognigy-smtp', (s) => ({
        ...s,
        metadata: {
          ...s.metadata,
          annotations: { ...s.metadata.annotations, 'meta.helm.sh/release-name': 'old', 'x/y': 'z' },
          labels: { 'app.kubernetes.io/managed-by': 'kustomize', team: 'a' },
          ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'o', uid: '1' }],
          generation: 3,
        },
      })),
      { release: 'rel', namespace: 'target' },
    );
    const smtp = r.secrets.find((s) => s.metadata.name === 'cognigy-smtp') as KubeSecret;
    expect(smtp.metadata).toEqual({
      name: 'cognigy-smtp',
      namespace: 'target',
      annotations: {
        'example.com/owner': 'platform-team',
        'meta.helm.sh/release-name': 'rel',
        'meta.helm.sh/release-namespace': 'target',
        'x/y': 'z',
      },
      labels: { 'app.kubernetes.io/managed-by': 'Helm', team: 'a' },
    });
  });

  test('a live secret (no apiVersion/kind, Date timestamps, stringData) is accepted and normalised', () => {
    const live = {
      metadata: {
        name: 'cognigy-facebook',
        namespace: 'default',
        creationTimestamp: new Date(0),
        uid: 'u',
        resourceVersion: '9',
      },
      type: 'Opaque',
      stringData: { 'fb-verify-token': PASSWORD },
      immutable: true,
    } as unknown as KubeSecret;
    const r = migrate(new Map(backups).set('cognigy-facebook', live));
    const fb = r.secrets.find((s) => s.metadata.name === 'cognigy-facebook') as KubeSecret;
    expect(fb).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'cognigy-facebook',
        namespace: 'cognigy-ai',
        annotations: {
          'helm.sh/resource-policy': 'keep',
          'meta.helm.sh/release-name': 'cognigy-ai',
          'meta.helm.sh/release-namespace': 'cognigy-ai',
        },
        labels: { 'app.kubernetes.io/managed-by': 'Helm' },
      },
      type: 'Opaque',
      data: { 'fb-verify-token': b64(PASSWORD) },
      immutable: true,
    });
  });

  test('the analytics rename also works on stringData and leaves the password alone', () => {
    const r = migrate(
      withSecret('cognigy-service-analytics-conversation-collector-provider', (s) => ({
        ...s,
        data: undefined,
        stringData: {
          'connection-string': `mongodb://service-analytics-conversation-collector-provider:${PASSWORD}@${HOSTS}/service-analytics-conversation-collector-provider`,
        },
      })),
    );
    const s = r.secrets.find(
      (x) => x.metadata.name === 'cognigy-service-analytics-conversation',
    ) as KubeSecret;
    expect(Buffer.from(s.data?.['connection-string'] ?? '', 'base64').toString()).toBe(
      `mongodb://service-analytics-conversation:${PASSWORD}@${HOSTS}/service-analytics-conversation`,
    );
    expect(s.stringData).toBeUndefined();
  });

  test('input objects are not modified', () => {
    const before = structuredClone([...backups]);
    migrate(backups);
    expect([...backups]).toEqual(before);
  });
});

describe('writeSecretsDir', () => {
  test('mode 0600 even when the file existed with wider permissions; names cannot escape the folder', async () => {
    const out = path.join(tmp, 'out');
    const { secrets } = migrate(backups);
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'cognigy-smtp.yaml'), 'old');
    await chmod(path.join(out, 'cognigy-smtp.yaml'), 0o644);
    await writeSecretsDir(out, secrets);
    expect((await stat(path.join(out, 'cognigy-smtp.yaml'))).mode & 0o777).toBe(0o600);
    const bad = { ...secrets[0], metadata: { ...secrets[0].metadata, name: '../escape' } };
    await expect(writeSecretsDir(out, [bad])).rejects.toThrow(ConfigurationError);
    await expect(stat(path.join(tmp, 'escape.yaml'))).rejects.toThrow();
  });
});

describe('describeSecret and secretValues', () => {
  test('describeSecret lists names, type, keys, annotations and labels; last-applied is redacted', () => {
    const src = backups.get('cognigy-rabbitmq') as KubeSecret;
    const d = describeSecret(src);
    expect(d).toEqual({
      name: 'cognigy-rabbitmq',
      namespace: 'default',
      type: 'Opaque',
      keys: ['connection-string', 'connection-string-api', 'rabbitmq-password'],
      annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '(redacted)' },
      labels: {},
    });
    expect(formatSecretDescription(d)).toBe(
      'default/cognigy-rabbitmq (Opaque) keys: connection-string, connection-string-api, rabbitmq-password; annotations: kubectl.kubernetes.io/last-applied-configuration=(redacted); labels: -',
    );
  });

  test('an annotation that holds a secret value is redacted', () => {
    const s: KubeSecret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'x', annotations: { note: `old password was ${PASSWORD}`, owner: 'team' } },
      data: { p: b64(PASSWORD) },
    };
    expect(describeSecret(s).annotations).toEqual({ note: '(redacted)', owner: 'team' });
  });

  test('secretValues returns decoded values and the embedded passwords', () => {
    const mongo = secretValues(backups.get('cognigy-service-ai') as KubeSecret);
    const url = Buffer.from(
      backups.get('cognigy-service-ai')?.data?.['connection-string'] ?? '',
      'base64',
    ).toString();
    expect(mongo).toContain(url);
    expect(mongo).toContain(/:([0-9a-f]{32})@/.exec(url)?.[1]);
    const redis = secretValues(backups.get('cognigy-redis-password') as KubeSecret);
    expect(redis).toContain(/^requirepass (\S+)$/.exec(redis[0])?.[1]);
    const ui = secretValues(backups.get('cognigy-management-ui-creds') as KubeSecret);
    expect(ui.some((v) => /^[0-9a-f]{24}$/.test(v))).toBe(true);
    const rabbit = secretValues(backups.get('cognigy-rabbitmq') as KubeSecret);
    expect(rabbit).toContain(
      Buffer.from(backups.get('cognigy-rabbitmq')?.data?.['rabbitmq-password'] ?? '', 'base64').toString(),
    );
  });
});

describe('no secret value leaks', () => {
  test('not in describeSecret of any input or output secret', () => {
    const { secrets } = migrate(backups);
    for (const s of [...backups.values(), ...secrets]) {
      expectNoValue(JSON.stringify(describeSecret(s)));
      expectNoValue(formatSecretDescription(describeSecret(s)));
    }
  });

  test('not in any problem of a run where every secret is broken', () => {
    const broken = new Map<string, KubeSecret>();
    for (const [name, s] of backups) {
      const data = Object.fromEntries(Object.entries(s.data ?? {}).map(([k, v]) => [k, `${v}!`]));
      broken.set(name, { ...s, data });
    }
    const r = migrate(broken);
    expect(r.secrets).toEqual([]);
    expect(new Set(r.invalid.map((i) => i.name)).size).toBe(SPECS.length);
    expectNoValue(JSON.stringify({ missing: r.missing, invalid: r.invalid }));
  });

  test('not in thrown errors', async () => {
    const errors: unknown[] = [];
    for (const call of [
      () => migrate(backups, { version: PASSWORD }),
      () => migrate(backups, { namespace: 'Bad' }),
      () => migrate(backups, { release: 'Bad' }),
    ]) {
      try {
        call();
      } catch (e) {
        errors.push(e);
      }
    }
    try {
      await writeSecretsDir(path.join(tmp, 'x'), [
        { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'A/B' }, data: { k: b64(PASSWORD) } },
      ]);
    } catch (e) {
      errors.push(e);
    }
    expect(errors).toHaveLength(4);
    // The version input itself is echoed (it is an input, not a secret); the planted password is
    // the version here, so check the other fixture values only.
    for (const e of errors) {
      const text = `${(e as Error).message}\n${(e as Error).stack}`;
      for (const v of allValues().filter((x) => x !== PASSWORD)) expect(text.includes(v)).toBe(false);
    }
    expect((errors[3] as Error).message).not.toContain(PASSWORD);
  });
});

describe('diffSecretData', () => {
  test('equal data is equal; differing and one-sided keys are listed, values are not', () => {
    const a = backups.get('cognigy-rabbitmq') as KubeSecret;
    expect(diffSecretData(a, structuredClone(a))).toEqual({ equal: true, differingKeys: [] });
    const b = structuredClone(a);
    b.data = { ...b.data, 'rabbitmq-password': b64(PASSWORD), extra: '' };
    expect(diffSecretData(a, b)).toEqual({ equal: false, differingKeys: ['extra', 'rabbitmq-password'] });
  });
});

describe('readSecretsDir: the shapes a backup comes in', () => {
  /** The fixture backups as one `kubectl get secrets -o yaml` List. */
  async function asList(): Promise<string> {
    const dir = path.join(FIXTURES, 'backup-4.81');
    const items: unknown[] = [];
    for (const f of await readdir(dir)) items.push(yaml.load(await readFile(path.join(dir, f), 'utf8')));
    return yaml.dump({ apiVersion: 'v1', kind: 'List', items, metadata: { resourceVersion: '' } });
  }

  test('a folder that does not exist is one clear error, not a missing file per secret', async () => {
    await expect(readSecretsDir(path.join(tmp, 'no-such-backup'), SPECS)).rejects.toThrow(
      /the secrets backup .*no-such-backup does not exist: pass --secrets-dir with the folder/,
    );
  });

  test('one List file (kubectl get secrets -o yaml) given as the path', async () => {
    const file = path.join(tmp, 'secrets-list.yaml');
    await writeFile(file, await asList());
    const fromList = await readSecretsDir(file, SPECS);
    const fromFiles = await readSecretsDir(path.join(FIXTURES, 'backup-4.81'), SPECS);
    expect(fromList.errors).toEqual([]);
    expect(fromList.missing).toEqual([]);
    expect([...fromList.secrets.keys()].sort()).toEqual([...fromFiles.secrets.keys()].sort());
    for (const [name, s] of fromFiles.secrets) expect(fromList.secrets.get(name)?.data).toEqual(s.data);
  });

  test('a List file inside the folder fills in the secrets without their own file', async () => {
    const dir = await backupCopy('with-list');
    await rm(path.join(dir, 'cognigy-odata.yaml'));
    await writeFile(path.join(dir, 'all.yaml'), await asList());
    const read = await readSecretsDir(dir, SPECS);
    expect(read.missing).toEqual([]);
    expect(read.secrets.has('cognigy-odata')).toBe(true);
  });

  test('a file that is neither a List nor a Secret is reported, without values', async () => {
    const file = path.join(tmp, 'not-a-list.yaml');
    await writeFile(file, `apiVersion: v1\nkind: ConfigMap\ndata: {x: ${PASSWORD}}\n`);
    const read = await readSecretsDir(file, SPECS);
    expect(read.errors).toEqual([
      { file: 'not-a-list.yaml', problem: 'is not a Secret List (`kubectl get secrets -o yaml`)' },
    ]);
    expect(read.missing).toHaveLength(SPECS.length);
    expectNoValue(JSON.stringify(read.errors));
  });
});
