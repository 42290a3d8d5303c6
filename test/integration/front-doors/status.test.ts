/**
 * `k2h status` against the sandbox: phases from the record, the next step, the lock holder, the
 * Helm release, what a rollback would do; and that it changes nothing, in the cluster or the state dir.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../../src/front-doors/cli';
import { migrationStatus, nextStep, phaseState, readOnlyKube } from '../../../src/front-doors/status';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { PHASE_NAMES } from '../../../src/phases';
import { microTime } from '../../../src/kube/lease';
import { MemoryLogger } from '../../support/memory-logger';
import { PREFLIGHT_OK, seedSecretValues, world, type World } from '../phases/harness';
import { startMongo } from '../downtime/helpers';
import type { MongoSandbox } from '../../../src/sandbox/mongo';

async function status(w: World, extra: string[] = []) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const kubeconfig = join(w.stateDir, '..', `${w.stateDir.split('/').pop()}-kubeconfig`);
  writeFileSync(kubeconfig, w.kubeconfig);
  const code = await runCli(['status', '--kubeconfig', kubeconfig, '--state-dir', w.stateDir, ...extra], {
    stdout,
    stderr,
    env: { PATH: process.env.PATH, HOME: w.stateDir },
  });
  return { code, out, err };
}

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true })
      .map(String)
      .sort()
      .map((f) => {
        try {
          return [f, readFileSync(join(dir, f), 'utf8')];
        } catch {
          return [f, '(dir)'];
        }
      }),
  );

describe('k2h status', () => {
  let w: World;
  let mongo: MongoSandbox;
  beforeAll(async () => {
    w = await world();
    mongo = await startMongo();
  });
  afterAll(async () => {
    await mongo.stop();
    await w.stop();
  });

  test('before any phase: no record, next is preflight, lock free, nothing changed', async () => {
    w.sandbox.requests.clear();
    const r = await status(w);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('No migration record for default -> cognigy-ai.');
    for (const p of PHASE_NAMES) expect(r.out).toMatch(new RegExp(`  ${p} +pending`));
    expect(r.out).toContain('Next: k2h preflight');
    expect(r.out).toContain('Lock: free');
    expect(r.out).toContain('Helm release cognigy-ai: not installed');
    expect(w.mutations()).toEqual([]);
    expect(readdirSync(w.stateDir)).toEqual([]);
  });

  test('after preflight and migrate-secrets: done, done, pending; the next step; a rollback plan; read-only', async () => {
    expect((await w.run('preflight', { ...PREFLIGHT_OK, 'mongodb-uri': mongo.uri })).result?.ok).toBe(true);
    expect((await w.run('migrate-secrets')).result?.ok).toBe(true);
    const before = snapshot(w.stateDir);
    w.sandbox.requests.clear();
    const r = await status(w);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /Migration \S+ of default -> cognigy-ai \(release cognigy-ai, Cognigy.AI 4\.41\.2\)/,
    );
    expect(r.out).toMatch(/ {2}preflight +done/);
    expect(r.out).toMatch(/ {2}migrate-secrets +done/);
    expect(r.out).toMatch(/ {2}prepare-storage +pending/);
    expect(r.out).toContain('Next: k2h prepare-storage');
    expect(r.out).toMatch(/A rollback now would:\n {2}\S/);
    expect(r.out).toMatch(/Kustomize deployments at 0 replicas: 0 of \d+ recorded/);
    // Read-only: no changing request, the state dir byte for byte as it was.
    expect(w.mutations()).toEqual([]);
    expect(snapshot(w.stateDir)).toEqual(before);
    for (const s of seedSecretValues(w.sandbox)) expect(r.out).not.toContain(s);
  });

  test('a phase that stopped half-way is partly done, and the next step is to re-run it', async () => {
    const file = join(w.stateDir, 'migration-record.json');
    const original = readFileSync(file, 'utf8');
    const record = JSON.parse(original);
    record.phases['prepare-storage'] = {
      status: 'failed',
      startedAt: new Date().toISOString(),
      finishedAt: new Date().toISOString(),
      steps: [
        { id: 'reclaim flow-modules', status: 'applied', durationMs: 10 },
        { id: 'reclaim functions', status: 'failed', durationMs: 10 },
      ],
      error: 'the API server went away',
    };
    writeFileSync(file, JSON.stringify(record, null, 2));
    try {
      const r = await status(w);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/ {2}prepare-storage +partly done \(1\/2 steps: the API server went away\)/);
      expect(r.out).toContain('Next: re-run k2h prepare-storage');
    } finally {
      writeFileSync(file, original);
    }
  });

  test('names the holder of the migration lock', async () => {
    const now = Date.now();
    w.sandbox.load([
      {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: { name: 'k2h-migration-lock', namespace: 'default' },
        spec: {
          holderIdentity: 'github run 4711 downtime',
          leaseDurationSeconds: 60,
          acquireTime: microTime(now),
          renewTime: microTime(now),
        },
      },
    ]);
    const r = await status(w);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Lock: held by github run 4711 downtime until \d{4}-/);
    // Released again (holder cleared), as the holder does when it ends.
    w.sandbox.load([
      {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: { name: 'k2h-migration-lock', namespace: 'default' },
        spec: { holderIdentity: '', leaseDurationSeconds: 60 },
      },
    ]);
    expect((await status(w)).out).toContain('Lock: free');
  });

  test('the rollback preview cannot change the cluster even if a phase tried', async () => {
    const kube = readOnlyKube(new Kube(loadKubeConfig({ kubeconfig: w.kubeconfig }), new MemoryLogger()));
    w.sandbox.requests.clear();
    await expect(kube.delete('v1', 'Secret', 'cognigy-jwt', 'default')).rejects.toThrow(/read-only/);
    await expect(kube.get('v1', 'Secret', 'cognigy-jwt', 'default')).resolves.toBeDefined();
    expect(w.mutations()).toEqual([]);
    const s = await migrationStatus(
      kube,
      {
        'source-namespace': 'default',
        'target-namespace': 'cognigy-ai',
        release: 'cognigy-ai',
        'state-dir': w.stateDir,
      },
      new MemoryLogger(),
    );
    expect(s.phases.find((p) => p.phase === 'preflight')?.state).toBe('done');
  });

  test('after the downtime: the next step is helm-install and a rollback has a plan; still read-only', async () => {
    expect((await w.run('prepare-storage')).result?.ok).toBe(true);
    const down = await w.run('downtime', { 'mongodb-uri': mongo.uri, 'approved-by-platform': 'true' });
    expect(down.result?.error ?? down.error?.message).toBeUndefined();
    const before = snapshot(w.stateDir);
    w.sandbox.requests.clear();
    const r = await status(w);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ {2}downtime +done/);
    // The window the downtime reported, from the record.
    const seconds = Number(down.result!.outputs['downtime-window-seconds']);
    const shown = /downtime +done \([^)]*window (\d+(?:\.\d+)?) (ms|s)\)/.exec(r.out);
    expect(shown).not.toBeNull();
    const ms = Number(shown![1]) * (shown![2] === 's' ? 1000 : 1);
    expect(Math.abs(ms / 1000 - seconds)).toBeLessThanOrEqual(0.05);
    expect(r.out).not.toContain('offline for');
    expect(r.out).toMatch(/ {2}gate +skipped \(the downtime was approved on the platform\)/);
    // The gate was skipped (the platform approved): the chain goes on at helm-install.
    expect(r.out).toContain('Next: k2h helm-install');
    expect(r.out).toMatch(/Kustomize deployments at 0 replicas: (\d+) of \1 recorded/);
    const plan = r.out.slice(r.out.indexOf('A rollback now would:'));
    expect(plan).not.toContain('refuse to start');
    expect(plan.split('\n').filter((l) => l.startsWith('  ')).length).toBeGreaterThan(0);
    expect(w.mutations()).toEqual([]);
    expect(snapshot(w.stateDir)).toEqual(before);
  });

  test('bad flags are a usage error', async () => {
    const r = await status(w, ['--bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bogus/);
  });
});

describe('status logic', () => {
  test('phase states from record entries', () => {
    expect(phaseState(undefined).state).toBe('pending');
    expect(phaseState({ status: 'succeeded', startedAt: 'a', finishedAt: 'b' })).toEqual({
      state: 'done',
      detail: 'b',
    });
    expect(phaseState({ status: 'planned', startedAt: 'a' }).state).toBe('planned only');
    expect(phaseState({ status: 'running', startedAt: 'a' }).state).toBe('partly done');
    expect(
      phaseState({
        status: 'failed',
        startedAt: 'a',
        error: 'x',
        steps: [{ id: 's', status: 'failed', durationMs: 1 }],
      }),
    ).toEqual({
      state: 'failed',
      detail: 'x',
    });
  });

  test('the next step follows the forward chain; the gate is skipped once the downtime ran', () => {
    const record = {} as any;
    const st = (done: string[], extra: Record<string, any> = {}) =>
      PHASE_NAMES.map((phase) => ({
        phase,
        state: extra[phase] ?? (done.includes(phase) ? 'done' : 'pending'),
      }));
    expect(nextStep(undefined, st([]))).toMatch(/^k2h preflight/);
    expect(nextStep(record, st(['preflight', 'migrate-secrets', 'prepare-storage']))).toMatch(
      /^k2h gate --for downtime/,
    );
    expect(nextStep(record, st(['preflight', 'migrate-secrets', 'prepare-storage', 'downtime']))).toBe(
      'k2h helm-install',
    );
    expect(
      nextStep(
        record,
        st(['preflight', 'migrate-secrets', 'prepare-storage', 'gate', 'downtime', 'helm-install']),
      ),
    ).toMatch(/k2h cleanup/);
    expect(nextStep(record, st(['preflight'], { rollback: 'partly done' }))).toBe(
      're-run k2h rollback: it finishes what is left',
    );
  });
});
