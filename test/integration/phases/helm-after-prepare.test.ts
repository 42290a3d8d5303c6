/**
 * The point of migrate-secrets and prepare-storage: the real helm can then install the chart
 * over the adopted objects. Without them it refuses ("invalid ownership metadata").
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Helm, HelmError } from '../../../src/helm/helm';
import { CHART, HELM3, HELM4, preflightOk, world } from './harness';

function helmFor(bin: string, home: string) {
  return new Helm(bin, undefined, {
    PATH: process.env.PATH,
    HOME: home,
    HELM_CACHE_HOME: join(home, 'cache'),
    HELM_CONFIG_HOME: join(home, 'config'),
    HELM_DATA_HOME: join(home, 'data'),
  });
}

describe('helm installs the chart after the k2h phases', () => {
  for (const [variant, bin] of [
    ['aws', HELM3],
    ['azure', HELM4],
    ['generic', HELM3],
  ] as const) {
    test(`${variant} with ${bin.includes('v35') ? 'Helm 4' : 'Helm 3'}`, async () => {
      const w = await world({ variant });
      try {
        const kubeconfig = join(w.stateDir, 'kubeconfig');
        writeFileSync(kubeconfig, w.kubeconfig, { mode: 0o600 });
        const helm = helmFor(bin, w.stateDir);
        // Generic storage has no provisioner: the release's PVCs stay Pending until the downtime
        // phase binds them to the recorded PVs, so helm cannot --wait there yet.
        const install = (createNamespace: boolean) =>
          helm.upgradeInstall('cognigy-ai', CHART, {
            namespace: 'cognigy-ai',
            createNamespace,
            values: [join(CHART, 'ci', `${variant}-values.yaml`)],
            wait: variant !== 'generic',
            timeout: '40s',
            kubeconfig,
            forceConflicts: true,
          });
        // Before the phases: helm refuses to take over the kustomize installation's objects.
        const refused = await install(true).catch((e) => e);
        expect(refused).toBeInstanceOf(HelmError);
        expect(refused.stderr).toContain('invalid ownership metadata');

        expect((await w.run('preflight', preflightOk(variant))).result?.ok).toBe(true);
        expect((await w.run('migrate-secrets')).result?.ok).toBe(true);
        expect((await w.run('prepare-storage')).result?.ok).toBe(true);
        // As the runbook does it: the namespace exists by now (migrate-secrets created it).
        await install(false);
        const jwt = w.sandbox.get('v1', 'Secret', 'cognigy-jwt', 'cognigy-ai');
        expect(jwt.data).toEqual(w.sandbox.get('v1', 'Secret', 'cognigy-jwt', 'default').data);
        expect(w.sandbox.lostVolumes).toEqual([]);
      } finally {
        await w.stop();
      }
    });
  }
});
