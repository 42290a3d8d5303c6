/**
 * helm-install against the sandbox with the real helm 3.17 and 4.1: the release installs over
 * what the earlier phases adopted and rebound, is verified, and a re-run changes nothing. Bad
 * inputs are refused before helm runs, with zero mutating requests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchingSecretsValues } from '../../support/chart-values';
import { readyWorld, record } from '../downtime/helpers';
import { CHART, HELM3, HELM4, PREFLIGHT_OK, world, type World } from '../phases/harness';

const values = (variant: string) => join(CHART, 'ci', `${variant}-values.yaml`);

/** A world where everything up to downtime has run (with the sandbox MongoDB behind the seed). */
async function migrated(variant: 'aws' | 'azure' | 'generic'): Promise<World> {
  const w = await readyWorld({ variant });
  const out = await w.run('downtime', { 'approved-by-platform': 'true' });
  if (!out.result?.ok) {
    await w.stop();
    throw new Error(`downtime failed: ${out.error?.message ?? out.result?.error}\n${out.log.text()}`);
  }
  return w;
}

const install = (w: World, variant: string, helm: string, extra: Record<string, string> = {}) =>
  w.run('helm-install', {
    chart: CHART,
    'chart-version': '4.41.2',
    values: `${values(variant)},${matchingSecretsValues(w.sandbox, w.stateDir)}`,
    helm,
    'helm-timeout': '60s',
    ...extra,
  });

describe('helm-install', () => {
  for (const [variant, helm] of [
    ['aws', HELM3],
    ['azure', HELM4],
  ] as const) {
    test(`${variant} with ${helm === HELM4 ? 'Helm 4' : 'Helm 3'}: installs, verifies, re-run is a no-op`, async () => {
      const w = await migrated(variant);
      try {
        const out = await install(w, variant, helm);
        expect(out.error).toBeUndefined();
        expect(out.result?.ok).toBe(true);
        const release = w.sandbox
          .list('v1', 'Secret', 'cognigy-ai')
          .filter((s) => s.metadata.labels?.owner === 'helm' && s.metadata.labels?.name === 'cognigy-ai');
        expect(release.map((s) => s.metadata.labels.status)).toContain('deployed');
        // The claims stayed on the PVs the kustomize installation used.
        for (const pvc of ['flow-modules', 'functions', 'redis-persistent']) {
          const claim = w.sandbox.get('v1', 'PersistentVolumeClaim', pvc, 'cognigy-ai');
          expect(claim?.status?.phase).toBe('Bound');
        }
        expect(out.result?.outputs['traefik-address']).toMatch(/\S/);
        expect(['yes', 'no', 'unknown']).toContain(out.result?.outputs['dns-change']);
        if (helm === HELM4) expect(out.log.text()).toContain('--force-conflicts');
        expect(w.sandbox.lostVolumes).toEqual([]);
        // Offline from the downtime's first scale-down until every workload of the release was Ready.
        const rec = record(w);
        const at = (t: string) => Date.parse(t);
        expect(at(rec.helmInstall.readyAt)).toBeGreaterThanOrEqual(at(rec.phases['helm-install'].startedAt));
        const offline = ((at(rec.helmInstall.readyAt) - at(rec.downtime.scaleDownAt)) / 1000).toFixed(1);
        expect(out.result?.outputs['outage-seconds']).toBe(offline);
        expect(out.result?.report.join('\n')).toContain('Cognigy.AI was offline for');

        w.sandbox.requests.clear();
        const again = await install(w, variant, helm);
        expect(again.result?.ok).toBe(true);
        expect(w.mutations()).toEqual([]);
        // A re-run reports the same outage: the installation came back when it first was Ready.
        expect(again.result?.outputs['outage-seconds']).toBe(offline);
      } finally {
        await w.stop();
      }
    });
  }

  test('bad inputs are refused before helm runs, with zero mutating requests', async () => {
    const w = await migrated('aws');
    try {
      const bad = join(w.stateDir, 'bad.yaml');
      const contradicting = join(w.stateDir, 'contradicting.yaml');
      writeFileSync(bad, 'cloud:\n  provider: aws\n  region: [unclosed\n');
      writeFileSync(contradicting, 'efs:\n  flowModules:\n    id: fs-0000000000000000a\n');
      const cases: Array<[Record<string, string>, RegExp]> = [
        [{ 'chart-version': '4.42.0' }, /chart-version is 4\.42\.0 but preflight checked .* 4\.41\.2/],
        [{ values: bad }, /not valid YAML at line \d+, column \d+/],
        [
          { values: `${values('aws')},${contradicting}` },
          /efs\.flowModules\.id is 'fs-0000000000000000a' in the values/,
        ],
        [{ values: join(w.stateDir, 'missing.yaml') }, /does not exist/],
        [{ 'registry-username': 'u' }, /go together/],
        [{ 'helm-timeout': 'soon' }, /duration like 10m/],
        [{ helm: join(w.stateDir, 'no-helm-here') }, /helm binary '.*no-helm-here' not found/],
        // Nothing answers there: the login fails before anything changes (the password never shows).
        [
          {
            chart: 'oci://127.0.0.1:9/helm/cognigy.ai',
            'registry-username': 'k2h',
            'registry-password': 'registry-secret-4711',
          },
          /helm registry login to 127\.0\.0\.1:9 was refused/,
        ],
        // The chart's values-rendered secrets would replace the migrated data (ci values alone).
        [
          { values: values('aws') },
          /values would replace migrated secret data \(Secret cognigy-\S+: values replace [\w.,-]+/,
        ],
      ];
      for (const [inputs, message] of cases) {
        w.sandbox.requests.clear();
        const out = await install(w, 'aws', HELM3, inputs);
        const text = out.error?.message ?? out.result?.error ?? '';
        expect(text).toMatch(message);
        expect(text + out.log.text()).not.toContain('registry-secret-4711');
        expect(w.mutations()).toEqual([]);
      }
    } finally {
      await w.stop();
    }
  });

  test('a revision a dead helm left pending-install is cleared under the lock and the install completes', async () => {
    const w = await migrated('generic');
    try {
      // What a helm killed mid-install leaves behind: its release record, pending-install.
      w.sandbox.load([
        {
          apiVersion: 'v1',
          kind: 'Secret',
          type: 'helm.sh/release.v1',
          metadata: {
            name: 'sh.helm.release.v1.cognigy-ai.v1',
            namespace: 'cognigy-ai',
            labels: { owner: 'helm', name: 'cognigy-ai', status: 'pending-install', version: '1' },
          },
          data: { release: Buffer.from('not-a-release').toString('base64') },
        },
      ]);
      const out = await install(w, 'generic', HELM3);
      if (!out.result?.ok)
        throw new Error(`${out.error?.message ?? out.result?.error}\n${out.log.text().slice(-2000)}`);
      expect(out.log.text()).toMatch(/revision 1 of cognigy-ai was left pending-install/);
      const statuses = w.sandbox
        .list('v1', 'Secret', 'cognigy-ai')
        .filter((x) => x.metadata.labels?.owner === 'helm')
        .map((x) => x.metadata.labels.status);
      expect(statuses).toEqual(['deployed']);
    } finally {
      await w.stop();
    }
  });

  test('before downtime it refuses and changes nothing', async () => {
    const w = await world({ variant: 'azure' });
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      expect((await w.run('migrate-secrets')).result?.ok).toBe(true);
      w.sandbox.requests.clear();
      const out = await install(w, 'azure', HELM3);
      expect(out.error?.message ?? out.result?.error).toMatch(/downtime phase has not succeeded/);
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  });

  test('a release that never becomes Ready fails with the workload named and the way back', async () => {
    const w = await migrated('azure');
    try {
      w.sandbox.holdPodsUnready('cognigy-ai', 'service-ai-');
      const out = await install(w, 'azure', HELM3, { 'helm-timeout': '3s' });
      const text = out.error?.message ?? out.result?.error ?? '';
      expect(out.result?.ok).not.toBe(true);
      expect(text).toMatch(/service-ai/);
      expect(text).toMatch(/k2h rollback/);
      // The claims are untouched by the failure.
      expect(w.sandbox.get('v1', 'PersistentVolumeClaim', 'functions', 'cognigy-ai')?.status?.phase).toBe(
        'Bound',
      );
    } finally {
      await w.stop();
    }
  });
});
