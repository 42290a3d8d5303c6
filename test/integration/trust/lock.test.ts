/**
 * One run at a time: every phase holds Lease k2h-migration-lock in the source namespace while it
 * changes the cluster. A second run is refused before it changes anything; dry-run takes no
 * lock but says who holds it; `k2h unlock` removes a dead run's lock on purpose.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { microTime } from '../../../src/kube/lease';
import { runUnlock } from '../../../src/front-doors/unlock';
import { LOCK_NAME } from '../../../src/phases/run-lock';
import { MemoryLogger } from '../../support/memory-logger';
import { PREFLIGHT_OK, world, type World } from './support';

const LEASE = 'coordination.k8s.io/v1';
const lease = (w: World) => w.sandbox.get(LEASE, 'Lease', LOCK_NAME, 'default');

/** A lease as a live (or dead) run left it. */
function heldBy(w: World, holder: string, renewedMsAgo = 0, durationSeconds = 60) {
  w.sandbox.load([
    {
      apiVersion: LEASE,
      kind: 'Lease',
      metadata: { name: LOCK_NAME, namespace: 'default' },
      spec: {
        holderIdentity: holder,
        leaseDurationSeconds: durationSeconds,
        acquireTime: microTime(Date.now() - renewedMsAgo),
        renewTime: microTime(Date.now() - renewedMsAgo),
        leaseTransitions: 0,
      },
    },
  ]);
}

async function unlock(w: World, args: string[]) {
  let out = '';
  const sink = new Writable({ write: (c, _e, cb) => ((out += String(c)), cb()) });
  const kube = async () =>
    new Kube(loadKubeConfig({ kubeconfig: w.kubeconfig }), new MemoryLogger(), { retries: 0 });
  const code = await runUnlock(args, { stdout: sink, stderr: sink, env: {} }, { kube }).catch(
    (e: Error) => e,
  );
  return { code, out };
}

describe('one run at a time', () => {
  test('a phase takes the lease before its first change and releases it at the end', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      expect(lease(w)).toBeUndefined(); // preflight changed nothing, so it took no lock
      w.sandbox.requests.clear();
      expect((await w.run('prepare-storage')).result?.error).toBeUndefined();
      const writes = w.sandbox.requests.mutating();
      expect(writes[0]).toMatchObject({ method: 'POST', resource: 'leases' });
      // Released after the last change to the cluster, alongside the record's final save.
      expect(
        writes
          .slice(-2)
          .map((r) => `${r.method} ${r.resource}`)
          .sort(),
      ).toEqual(['PATCH configmaps', 'PATCH leases']);
      expect(writes.filter((r) => r.method === 'PATCH' && r.resource === 'leases')).toHaveLength(1);
      expect(lease(w).spec.holderIdentity).toBeUndefined();
      // A re-run of the finished phase changes nothing, so it takes no lock.
      w.sandbox.requests.clear();
      expect((await w.run('prepare-storage')).result?.ok).toBe(true);
      expect(w.sandbox.requests.mutating()).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 120_000);

  test('a second run fails at once, naming the holder and the expiry, and changes nothing', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      heldBy(w, 'prepare-storage@runner-7:4242:cafe0001');
      w.sandbox.requests.clear();
      for (const phase of ['migrate-secrets', 'prepare-storage'] as const) {
        const out = await w.run(phase);
        expect(out.error?.message).toMatch(
          /Lease default\/k2h-migration-lock is held by prepare-storage@runner-7:4242:cafe0001 until \d{4}-\d\d-\d\dT[\d:.]+Z/,
        );
        expect(out.error?.message).toMatch(/k2h unlock --source-namespace default/);
      }
      expect(w.sandbox.requests.mutating()).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 120_000);

  test('two phases started together: one is refused before any change', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      // Two pipelines, each with its own copy of the state dir.
      const second = mkdtempSync(join(tmpdir(), 'k2h-state-'));
      cpSync(w.stateDir, second, { recursive: true });
      w.sandbox.requests.clear();
      const [a, b] = await Promise.all([
        w.run('prepare-storage'),
        w.run('prepare-storage', { 'state-dir': second }),
      ]);
      const outcomes = [a, b].map((o) => o.error?.message ?? o.result?.error ?? 'ok');
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
      expect(outcomes.find((o) => o !== 'ok')).toMatch(
        /held by prepare-storage@|changed after this run started/,
      );
      // The loser changed nothing: every change of the installation happened once.
      const writes = w.sandbox.requests
        .mutating()
        .filter((e) => e.resource !== 'leases')
        .map((e) => `${e.method} ${e.path}`);
      const changes = writes.filter((x) => !x.includes('/configmaps'));
      expect(changes.length).toBeGreaterThan(0);
      expect(new Set(changes).size).toBe(changes.length);
    } finally {
      await w.stop();
    }
  }, 120_000);

  test('dry-run takes no lock but reports a held one', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      heldBy(w, 'migrate-secrets@runner-1:1:beef');
      w.sandbox.requests.clear();
      const out = await w.run('prepare-storage', { 'dry-run': 'true' });
      expect(out.result?.ok).toBe(true);
      expect(out.log.lines.join('\n')).toMatch(
        /dry-run: Lease default\/k2h-migration-lock is held by migrate-secrets@runner-1:1:beef until .* A real run would stop here/,
      );
      expect(w.sandbox.requests.mutating()).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 120_000);

  test("k2h unlock removes a dead run's lease on purpose; dry-run and an unexpired lease change nothing", async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      heldBy(w, 'prepare-storage@dead-runner:1:0001');
      w.sandbox.requests.clear();
      const refused = await unlock(w, []);
      expect(String(refused.code)).toMatch(
        /has not expired[\s\S]*--holder 'prepare-storage@dead-runner:1:0001'/,
      );
      const dry = await unlock(w, ['--dry-run', '--holder', 'prepare-storage@dead-runner:1:0001']);
      expect(dry).toMatchObject({ code: 0 });
      expect(dry.out).toMatch(
        /dry-run: would remove the migration lock: Lease default\/k2h-migration-lock held by prepare-storage@dead-runner/,
      );
      expect(w.sandbox.requests.mutating()).toEqual([]);
      expect((await unlock(w, ['--holder', 'prepare-storage@dead-runner:1:0001'])).code).toBe(0);
      expect(lease(w).spec.holderIdentity).toBeUndefined();
      expect((await w.run('prepare-storage')).result?.error).toBeUndefined();

      // An expired lease needs no --holder.
      heldBy(w, 'prepare-storage@dead-runner:2:0002', 120_000);
      const expired = await unlock(w, []);
      expect(expired.code).toBe(0);
      expect(expired.out).toMatch(/removed the migration lock/);
      expect((await unlock(w, [])).out).toMatch(/no migration lock held in namespace default/);
    } finally {
      await w.stop();
    }
  }, 120_000);

  test('an expired lease of a dead run is taken over by the next run', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      heldBy(w, 'prepare-storage@dead-runner:1:0001', 120_000);
      expect((await w.run('prepare-storage')).result?.error).toBeUndefined();
      expect(lease(w).spec.leaseTransitions).toBe(1);
    } finally {
      await w.stop();
    }
  }, 120_000);
});
