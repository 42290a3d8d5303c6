/**
 * The whole migration, there and back and there again, against the sandbox with the real helm:
 * forward (downtime, helm-install) -> rollback -> forward again -> clean-up, for each provider
 * seed. After rollback the kustomize installation runs on its original PVs at its recorded
 * replicas, no volume is Released or unbound, and no adopted object carries Helm ownership.
 * Clean-up deletes the installation's inventory and nothing else.
 */
import { join } from 'node:path';
import { matchingSecretsValues } from '../support/chart-values';
import { CHART, HELM3, HELM4, type World } from '../integration/phases/harness';
import { installationReplicas, readyWorld, record, type ReadyWorld } from '../integration/downtime/helpers';

const GATED = { 'approved-by-platform': 'true' };
// Five phases twice over, with helm: minutes on a loaded machine.
jest.setTimeout(300_000);

async function ok(w: World, phase: Parameters<World['run']>[0], inputs: Record<string, string> = {}) {
  const out = await w.run(phase, inputs);
  if (!out.result?.ok)
    throw new Error(
      `${phase} failed: ${out.error?.message ?? out.result?.error}\n${out.log.text().slice(-3000)}`,
    );
  return out;
}

const install = (w: World, variant: string, helm: string) =>
  ok(w, 'helm-install', {
    chart: CHART,
    'chart-version': '4.41.2',
    values: `${join(CHART, 'ci', `${variant}-values.yaml`)},${matchingSecretsValues(w.sandbox, w.stateDir)}`,
    helm,
    'helm-timeout': '60s',
  });

/** PVs of the installation and where they are bound. */
function volumes(w: ReadyWorld) {
  return record(w).pvcs.map((p: { name: string; pv: string }) => {
    const pv = w.sandbox.get('v1', 'PersistentVolume', p.pv);
    return {
      pv: p.pv,
      phase: pv?.status?.phase,
      claim: `${pv?.spec?.claimRef?.namespace}/${pv?.spec?.claimRef?.name}`,
    };
  });
}

describe('forward -> rollback -> forward -> clean-up', () => {
  for (const [variant, helm] of [
    ['generic', HELM3],
    ['aws', HELM3],
    ['azure', HELM4],
  ] as const) {
    test(`${variant} with ${helm === HELM4 ? 'Helm 4' : 'Helm 3'}`, async () => {
      const w = await readyWorld({ variant });
      try {
        const replicasBefore = installationReplicas(w);
        const pvs = record(w).pvcs.map((p: { pv: string }) => p.pv);
        // forward
        await ok(w, 'downtime', GATED);
        await install(w, variant, helm);

        // rollback
        await ok(w, 'rollback', GATED);
        expect(installationReplicas(w)).toEqual(replicasBefore);
        for (const v of volumes(w)) {
          expect(v.phase).toBe('Bound');
          expect(v.claim.startsWith('default/')).toBe(true);
        }
        for (const name of pvs) expect(w.sandbox.get('v1', 'PersistentVolume', name)).toBeDefined();
        for (const a of record(w).adoptions) {
          const o = w.sandbox.get(a.apiVersion, a.kind, a.name, a.namespace);
          if (!o) continue;
          expect(o.metadata.annotations?.['meta.helm.sh/release-name']).toBe(
            a.previousAnnotations['meta.helm.sh/release-name'],
          );
          expect(o.metadata.labels?.['app.kubernetes.io/managed-by']).toBe(
            a.previousLabels['app.kubernetes.io/managed-by'],
          );
        }
        expect(w.sandbox.get('v1', 'Namespace', 'cognigy-ai')).toBeUndefined();
        expect(w.sandbox.lostVolumes).toEqual([]);
        // a re-run of a finished rollback changes nothing
        w.sandbox.requests.clear();
        await ok(w, 'rollback', GATED);
        expect(w.mutations()).toEqual([]);

        // forward again
        await ok(w, 'migrate-secrets');
        await ok(w, 'prepare-storage');
        await ok(w, 'downtime', GATED);
        await install(w, variant, helm);

        // clean-up
        const unrelated = [
          ['apps/v1', 'Deployment', 'billing-exporter'],
          ['v1', 'Service', 'service-desk-bridge'],
          ['v1', 'Service', 'kubernetes'],
          ['networking.k8s.io/v1', 'Ingress', 'status-page'],
        ] as const;
        const before = unrelated.map(([a, k, n]) => w.sandbox.get(a, k, n, 'default')?.metadata.uid);
        await ok(w, 'cleanup', GATED);
        expect(unrelated.map(([a, k, n]) => w.sandbox.get(a, k, n, 'default')?.metadata.uid)).toEqual(before);
        for (const name of Object.keys(replicasBefore))
          expect(w.sandbox.get('apps/v1', 'Deployment', name, 'default')).toBeUndefined();
        const dbs = w.mongo.databaseNames();
        expect(dbs).not.toContain('service-analytics-collector-provider');
        expect(dbs).toContain('service-analytics-collector');
        for (const v of volumes(w)) expect(v.claim.startsWith('cognigy-ai/')).toBe(true);
        expect(w.sandbox.lostVolumes).toEqual([]);
      } finally {
        await w.stop();
      }
    });
  }
});
