/**
 * The chart's pre-install hook `cognigy-ai-db-init` creates the services' MongoDB users with the
 * root credentials the values give (mongodb.auth.rootUser/rootPassword, or mongodb.auth.existingSecret).
 * Preflight authenticates with exactly those, over the route it reaches MongoDB by (the seed's
 * MongoDB through a port-forward, or --mongodb-uri), against the sandbox's MongoDB with the real
 * driver and helm: the right ones pass, wrong ones are a blocker naming the user and nothing is
 * changed, none is a warning. No password shows in any output.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { PREFLIGHT_OK, seedSecretValues, world, type Outcome, type World } from './harness';

const WRONG = 'Wr0ng-db-init-Passw0rd';

/** The seed's MongoDB root password (Secret mongodb/mongodb). */
function rootPassword(w: World): string {
  const s = w.sandbox.get('v1', 'Secret', 'mongodb', 'mongodb');
  return Buffer.from(s.data['mongodb-root-password'], 'base64').toString('utf8');
}

/** A values file with `mongodb.auth` as given, mode 0600, outside the state dir. */
function authValues(auth: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'k2h-dbinit-values-'));
  const file = join(dir, 'mongodb-values.yaml');
  writeFileSync(file, yaml.dump({ mongodb: { auth } }), { mode: 0o600 });
  return file;
}

const withValues = (file: string) => ({ ...PREFLIGHT_OK, values: `${PREFLIGHT_OK.values},${file}` });

const mongoLines = (o: Outcome) => o.log.lines.filter((l) => / mongodb: /.test(l));

/** Everything preflight printed, returned or wrote. */
function outputs(o: Outcome, w: World): string {
  const files: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name));
      else files.push(readFileSync(join(d, e.name), 'utf8'));
  };
  walk(w.stateDir);
  return [
    o.log.text(),
    o.error?.message ?? '',
    o.result?.error ?? '',
    ...(o.result?.report ?? []),
    JSON.stringify(o.result?.steps ?? []),
    ...files,
  ].join('\n');
}

function expectNoSecret(o: Outcome, w: World, extra: string[] = []) {
  const text = outputs(o, w);
  // Raw, base64 and URL-encoded, as the pipeline's leak scan looks for them.
  for (const v of [...seedSecretValues(w.sandbox), ...extra])
    for (const form of new Set([v, Buffer.from(v).toString('base64'), encodeURIComponent(v)]))
      expect(text).not.toContain(form);
}

describe("preflight: the db-init hook's MongoDB root credentials", () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });
  afterEach(async () => {
    await w.stop();
  });

  test('the right root password in the values authenticates (through the port-forward): preflight passes', async () => {
    const pf = await w.run(
      'preflight',
      withValues(authValues({ rootUser: 'root', rootPassword: rootPassword(w) })),
    );
    expect(pf.result?.error).toBeUndefined();
    expect(pf.result?.ok).toBe(true);
    expect(pf.log.lines).toContain(
      "info ✓ mongodb: the db-init hook's MongoDB root credentials (user root, from Secret mongodb-connection-creds rendered from the values' mongodb.auth.rootUser/rootPassword) authenticate (role root)",
    );
    expect(mongoLines(pf).filter((l) => l.startsWith('warn') || l.startsWith('error'))).toEqual([]);
    expectNoSecret(pf, w);
  }, 120_000);

  test('a wrong root password: a blocker naming the user, never the password; nothing changed in Kubernetes or MongoDB', async () => {
    w.sandbox.requests.clear();
    const writesBefore = w.mongo!.writes.length;
    const pf = await w.run('preflight', withValues(authValues({ rootUser: 'root', rootPassword: WRONG })));
    expect(pf.result?.ok).toBe(false);
    expect(pf.result?.error).toContain('preflight found 1 blocker(s)');
    expect(pf.result?.error).toContain(
      "mongodb: MongoDB refused the db-init hook's root credentials: authentication failed for user root (from Secret mongodb-connection-creds rendered from the values' mongodb.auth.rootUser/rootPassword), so the pre-install hook cognigy-ai-db-init could not create the services' MongoDB users and helm-install would time out",
    );
    expect(pf.result?.report.join('\n')).toMatch(
      /\| mongodb \| BLOCKER \| MongoDB refused the db-init hook's root credentials/,
    );
    // Read-only: no write to the API server, none to MongoDB, no record.
    expect(w.mutations()).toEqual([]);
    expect(w.mongo!.writes.length).toBe(writesBefore);
    expect(existsSync(join(w.stateDir, 'migration-record.json'))).toBe(false);
    expectNoSecret(pf, w, [WRONG]);
    // The password was masked as soon as it was read.
    expect(pf.log.masked).toContain(WRONG);
  }, 120_000);

  test('an unknown root user is refused the same way', async () => {
    const pf = await w.run(
      'preflight',
      withValues(authValues({ rootUser: 'cognigy-root', rootPassword: rootPassword(w) })),
    );
    expect(pf.result?.ok).toBe(false);
    expect(pf.result?.error).toContain('authentication failed for user cognigy-root');
    expect(w.mutations()).toEqual([]);
    expectNoSecret(pf, w);
  }, 120_000);

  test('credentials of a user that cannot create users: a warning naming its roles, not a pass', async () => {
    const password = 'Read-0nly-Passw0rd';
    w.mongo!.load({
      admin: {
        users: [{ user: 'cognigy-reader', password, roles: [{ role: 'readAnyDatabase', db: 'admin' }] }],
      },
    });
    const pf = await w.run(
      'preflight',
      withValues(authValues({ rootUser: 'cognigy-reader', rootPassword: password })),
    );
    expect(pf.result?.error).toBeUndefined();
    expect(mongoLines(pf)).toContainEqual(
      "warn mongodb: the db-init hook's MongoDB credentials (user cognigy-reader, from Secret mongodb-connection-creds rendered from the values' mongodb.auth.rootUser/rootPassword) authenticate, but the user has role(s) readAnyDatabase@admin and neither root nor userAdminAnyDatabase on admin: unless a custom role allows createUser in every database, the pre-install hook cognigy-ai-db-init could not create the services' MongoDB users and helm-install would time out",
    );
    expect(w.mutations()).toEqual([]);
    expectNoSecret(pf, w, [password]);
  }, 120_000);

  test('no root password in the values: a clear warning that the hook would fail, not a pass', async () => {
    const pf = await w.run('preflight', PREFLIGHT_OK);
    expect(pf.result?.error).toBeUndefined();
    expect(mongoLines(pf)).toContainEqual(
      "warn mongodb: the values give the db-init hook (Job cognigy-ai-db-init) no MongoDB root credentials: the password (MONGODB_PASSWORD) is empty (Secret mongodb-connection-creds rendered from the values' mongodb.auth.rootUser/rootPassword); the pre-install hook cognigy-ai-db-init could not create the services' MongoDB users and helm-install would time out. Set mongodb.auth.rootUser and mongodb.auth.rootPassword (or mongodb.auth.existingSecret) to MongoDB's root credentials",
    );
    expect(pf.result?.report.join('\n')).toMatch(/\| mongodb \| warning \| the values give the db-init hook/);
    expect(mongoLines(pf).some((l) => l.includes("db-init hook's MongoDB root credentials"))).toBe(false);
    expectNoSecret(pf, w);
  }, 120_000);

  test('mongodb.auth.existingSecret: the Secret in the target namespace is what is checked, right then wrong', async () => {
    const secret = (password: string) => ({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'mongodb-root-creds', namespace: 'cognigy-ai' },
      type: 'Opaque',
      data: {
        username: Buffer.from('root').toString('base64'),
        password: Buffer.from(password).toString('base64'),
      },
    });
    const values = withValues(authValues({ existingSecret: 'mongodb-root-creds' }));

    // Not there yet: nothing to check, and said so.
    const absent = await w.run('preflight', values);
    expect(mongoLines(absent)).toContainEqual(
      expect.stringContaining(
        "warn mongodb: the values give the db-init hook (Job cognigy-ai-db-init) no MongoDB root credentials: Secret cognigy-ai/mongodb-root-creds does not exist (Secret cognigy-ai/mongodb-root-creds (the values' mongodb.auth.existingSecret))",
      ),
    );

    w.sandbox.load([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'cognigy-ai' } },
      secret(rootPassword(w)),
    ]);
    const ok = await w.run('preflight', values);
    // The only blocker is the target-namespace check's (an object k2h did not create), not MongoDB's.
    expect(ok.result?.error).toContain('preflight found 1 blocker(s)');
    expect(ok.result?.error).toContain(
      'target namespace: cognigy-ai already holds objects k2h did not create (Secret/mongodb-root-creds)',
    );
    expect(ok.log.lines).toContain(
      "info ✓ mongodb: the db-init hook's MongoDB root credentials (user root, from Secret cognigy-ai/mongodb-root-creds (the values' mongodb.auth.existingSecret)) authenticate (role root)",
    );
    expectNoSecret(ok, w);

    w.sandbox.load([secret(WRONG)]);
    w.sandbox.requests.clear();
    const writesBefore = w.mongo!.writes.length;
    const bad = await w.run('preflight', values);
    expect(bad.result?.error).toContain('preflight found 2 blocker(s)');
    expect(bad.result?.error).toContain(
      "authentication failed for user root (from Secret cognigy-ai/mongodb-root-creds (the values' mongodb.auth.existingSecret))",
    );
    expect(w.mutations()).toEqual([]);
    expect(w.mongo!.writes.length).toBe(writesBefore);
    expectNoSecret(bad, w, [WRONG]);
  }, 180_000);

  test('with --mongodb-uri the same check runs against that MongoDB', async () => {
    const uri = w.mongo!.uri;
    const right = await w.run('preflight', {
      ...withValues(authValues({ rootUser: 'root', rootPassword: rootPassword(w) })),
      'mongodb-uri': uri,
    });
    expect(right.result?.error).toBeUndefined();
    expect(right.log.lines).toContainEqual(
      expect.stringContaining("db-init hook's MongoDB root credentials (user root"),
    );
    w.sandbox.requests.clear();
    const wrong = await w.run('preflight', {
      ...withValues(authValues({ rootUser: 'root', rootPassword: WRONG })),
      'mongodb-uri': uri,
    });
    expect(wrong.result?.error).toContain('authentication failed for user root');
    expect(w.mutations()).toEqual([]);
    expectNoSecret(wrong, w, [WRONG]);
  }, 180_000);
});
