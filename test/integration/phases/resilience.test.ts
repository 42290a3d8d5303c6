import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PREFLIGHT_OK, world } from './harness';

describe('resilience', () => {
  test('the state dir is lost between jobs: the record and backups come back from the cluster copy', async () => {
    const w = await world({ variant: 'azure' });
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      expect((await w.run('migrate-secrets')).result?.ok).toBe(true);
      expect((await w.run('prepare-storage')).result?.ok).toBe(true);
      const fresh = mkdtempSync(join(tmpdir(), 'k2h-lost-'));
      w.sandbox.requests.clear();
      const again = await w.run('prepare-storage', { 'state-dir': fresh });
      expect(again.result?.ok).toBe(true);
      expect(again.result?.steps.every((s) => s.status === 'done')).toBe(true);
      expect(readdirSync(join(fresh, 'pvc-backups')).sort()).toEqual([
        // The adopted objects as they were, for rollback (Azure: Traefik's and the two classes).
        'adopted.ClusterRole.traefik.yaml',
        'adopted.ClusterRoleBinding.traefik.yaml',
        'adopted.IngressClass.traefik.yaml',
        'adopted.StorageClass.flow-modules.yaml',
        'adopted.StorageClass.functions.yaml',
        'flow-modules-pvc-kustomize.yaml',
        'flow-modules-pvc.yaml',
        'functions-pvc-kustomize.yaml',
        'functions-pvc.yaml',
        'redis-persistent-pvc-kustomize.yaml',
        'redis-persistent-pvc.yaml',
      ]);
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  });

  test('API faults (503, 429 with Retry-After, 500) on a fifth of requests are retried and survived', async () => {
    const w = await world({ variant: 'aws' });
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      w.sandbox.faults.errorRate({ rate: 0.1, status: 503 });
      w.sandbox.faults.errorRate({ rate: 0.05, status: 429, retryAfterSeconds: 0 });
      w.sandbox.faults.errorRate({ rate: 0.05, status: 500 });
      for (const phase of ['migrate-secrets', 'prepare-storage'] as const) {
        const r = await w.run(phase, {}, { retries: 6 });
        expect(r.error?.message).toBeUndefined();
        expect(r.result?.error).toBeUndefined();
      }
      const failed = w.sandbox.requests.entries.filter((e) => e.status >= 429);
      expect(failed.length).toBeGreaterThan(5);
      w.sandbox.faults.clear();
      expect(w.sandbox.list('v1', 'Secret', 'cognigy-ai').length).toBeGreaterThan(20);
      expect(w.sandbox.lostVolumes).toEqual([]);
    } finally {
      await w.stop();
    }
  });
});
