/**
 * The downtime's MongoDB part in its worker thread (as the bundles run it): the same phase as in
 * the main thread — one root connection, the users created, the record's MongoDB facts, no
 * secret in any line — and a worker that cannot start or that stops inside the window fails the
 * phase with the reason: nothing waits forever, nothing is changed before the window, and the
 * phase run again finishes the work.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedSecretValues } from '../phases/harness';
import {
  checkpoint,
  fromCheckpoint,
  readyWorld,
  record,
  rootConnections,
  until,
  type Checkpoint,
} from './helpers';

const WORKER = join(__dirname, '..', '..', '..', 'src', 'phases', 'downtime', 'mongo-worker.ts');

describe('downtime: the MongoDB part in a worker thread', () => {
  let cp: Checkpoint;
  let dir: string;
  const before = process.env.K2H_MONGO_WORKER;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'k2h-mongo-worker-'));
    const w = await readyWorld({ variant: 'generic' });
    cp = checkpoint(w, 'generic');
    await w.stop();
  }, 60_000);
  afterEach(() => {
    if (before === undefined) delete process.env.K2H_MONGO_WORKER;
    else process.env.K2H_MONGO_WORKER = before;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the phase as in the main thread: users created, facts recorded, one connection closed at the end, no secret in a line', async () => {
    process.env.K2H_MONGO_WORKER = WORKER;
    const w = await fromCheckpoint(cp);
    try {
      const secrets = seedSecretValues(w.sandbox);
      const r = await w.run('downtime', { 'approved-by-platform': 'true' });
      expect(r.result?.error).toBeUndefined();
      expect(r.result?.ok).toBe(true);
      // The worker's own lines reach the phase's log.
      expect(rootConnections(r.log.lines)).toBe(1);
      for (const db of ['service-analytics-collector', 'service-analytics-conversation'])
        expect(w.mongo.commands.some((c) => c.command === 'createUser' && c.db === db && c.ok)).toBe(true);
      // What the worker's steps proved is in the main thread's record (the journal committed it).
      expect((record(w).mongo?.users ?? []).map((u: { database: string }) => u.database).sort()).toEqual(
        ['service-analytics-collector', 'service-analytics-conversation'].sort(),
      );
      expect(await until(() => w.mongo.connections === 0)).toBe(true);
      // Nor in what the worker sent back into the record.
      const text = `${r.log.text()}\n${JSON.stringify(record(w))}`;
      for (const s of secrets) expect(text).not.toContain(s);
    } finally {
      await w.stop();
    }
  }, 90_000);

  test('no mongodb-uri: the main thread opens the port-forward the worker connects through', async () => {
    process.env.K2H_MONGO_WORKER = WORKER;
    const w = await fromCheckpoint(cp);
    try {
      // The installation's MongoDB behind the pod mongodb-0 (the seed's), reached as in production.
      const r = await w.run('downtime', { 'approved-by-platform': 'true', 'mongodb-uri': '' });
      expect(r.result?.error).toBeUndefined();
      expect(r.result?.ok).toBe(true);
      expect(r.log.lines.some((l) => /reached through a port-forward/.test(l))).toBe(true);
      expect(w.sandbox.requests.entries.some((e) => /\/pods\/mongodb-\d+\/portforward/.test(e.path))).toBe(
        true,
      );
      expect((record(w).mongo?.users ?? []).length).toBe(2);
    } finally {
      await w.stop();
    }
  }, 90_000);

  test('the observation fails: the worker learns it, the phase fails with the reason, nothing changed', async () => {
    process.env.K2H_MONGO_WORKER = WORKER;
    const w = await fromCheckpoint(cp);
    try {
      // The observation's LIST of the target namespace's ServiceAccounts answers 500, every time.
      w.sandbox.faults.errorRate({ verb: 'list', resource: 'serviceaccounts', rate: 1, status: 500 });
      const r = await w.run('downtime', { 'approved-by-platform': 'true' }, { retries: 0 });
      expect(r.result?.ok).not.toBe(true);
      expect(r.error?.message ?? r.result?.error).toMatch(/500|serviceaccounts|ServiceAccount/i);
      expect(w.mutations().filter((m) => !/leases/.test(m.path))).toEqual([]);
      expect(w.mongo.writes).toEqual([]);
      expect(await until(() => w.mongo.connections === 0)).toBe(true);
    } finally {
      await w.stop();
    }
  }, 90_000);

  test('a worker that cannot start: the phase stops with the reason before the window, nothing changed', async () => {
    const broken = join(dir, 'broken-worker.js');
    writeFileSync(broken, "throw new Error('the MongoDB driver failed to load');\n");
    process.env.K2H_MONGO_WORKER = broken;
    const w = await fromCheckpoint(cp);
    try {
      const r = await w.run('downtime', { 'approved-by-platform': 'true' });
      expect(r.result?.ok).not.toBe(true);
      expect(r.error?.message ?? r.result?.error).toMatch(/the MongoDB driver failed to load/);
      expect(w.mutations().filter((m) => !/configmaps|leases/.test(m.path))).toEqual([]);
      expect(w.mongo.writes).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 90_000);

  test('a worker that stops inside the window fails the phase with the reason; run again, the phase finishes', async () => {
    // The real worker, stopping the moment the main thread asks it to apply a step (before the
    // step's first command leaves: the exit runs in the same turn as the message).
    const dying = join(dir, 'dying-worker.mts');
    writeFileSync(
      dying,
      [
        "import { parentPort } from 'node:worker_threads';",
        // The worker's own listener first: messages sent before it listens wait in the port.
        `await import(${JSON.stringify(WORKER)});`,
        "parentPort!.on('message', (m: { t: string; method?: string; args?: unknown[] }) => {",
        "  if (m.t === 'call' && m.method === 'step' && m.args?.[0] === 'apply') process.exit(7);",
        '});',
        '',
      ].join('\n'),
    );
    process.env.K2H_MONGO_WORKER = dying;
    const w = await fromCheckpoint(cp);
    try {
      const r = await w.run('downtime', { 'approved-by-platform': 'true' });
      expect(r.result?.ok).not.toBe(true);
      expect(r.error?.message ?? r.result?.error ?? r.log.lines.join('\n')).toMatch(
        /worker thread stopped \(exit code 7\)/,
      );
      // Nothing was created by the step that never ran.
      expect(w.mongo.commands.some((c) => c.command === 'createUser' && c.ok)).toBe(false);

      process.env.K2H_MONGO_WORKER = WORKER;
      const again = await w.run('downtime', { 'approved-by-platform': 'true' });
      expect(again.result?.error).toBeUndefined();
      expect(again.result?.ok).toBe(true);
      for (const db of ['service-analytics-collector', 'service-analytics-conversation'])
        expect(w.mongo.commands.some((c) => c.command === 'createUser' && c.db === db && c.ok)).toBe(true);
      expect(await until(() => w.mongo.connections === 0)).toBe(true);
    } finally {
      await w.stop();
    }
  }, 120_000);
});
