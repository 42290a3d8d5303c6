/**
 * Facts preflight took on trust are checks: --chart-version is exact and is the local chart's
 * version; a given --provider the cluster contradicts is a blocker naming the evidence. Every
 * refusal changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chartVersionProblems, localChartVersion } from '../../../src/phases/chart-version-check';
import { CHART, HELM3 } from '../phases/harness';
import { PREFLIGHT_OK, world } from './support';
const blockers = (error: string | undefined) => (error ?? '').split('\n').filter((l) => l.startsWith('  - '));

describe('the chart version', () => {
  test('must be exact X.Y.Z', () => {
    expect(chartVersionProblems(CHART, '4.41')).toEqual([
      expect.stringMatching(/'4\.41' is not an exact version X\.Y\.Z/),
    ]);
    expect(chartVersionProblems('oci://registry.example/cognigy.ai', '4.41.2')).toEqual([]);
  });

  test("is read from a local chart's Chart.yaml, directory or packaged", () => {
    expect(localChartVersion(CHART)).toBe('4.41.2');
    const dir = mkdtempSync(join(tmpdir(), 'k2h-chart-'));
    execFileSync(HELM3, ['package', CHART, '-d', dir], { env: { ...process.env, HOME: dir } });
    expect(localChartVersion(join(dir, 'cognigy-ai-4.41.2.tgz'))).toBe('4.41.2');
    expect(chartVersionProblems(join(dir, 'cognigy-ai-4.41.2.tgz'), '99.0.0')).toEqual([
      expect.stringMatching(/is version 4\.41\.2 \(its Chart\.yaml\), not --chart-version 99\.0\.0/),
    ]);
  });

  test('preflight blocks a local chart of another version, and a version that is not X.Y.Z, changing nothing', async () => {
    const w = await world();
    try {
      // A copy of the chart saying 4.41.2 against --chart-version 4.42.0 (a version k2h knows).
      const chart = join(mkdtempSync(join(tmpdir(), 'k2h-chart-')), 'cognigy-ai');
      cpSync(CHART, chart, { recursive: true });
      const out = await w.run('preflight', { ...PREFLIGHT_OK, chart, 'chart-version': '4.42.0' });
      expect(blockers(out.result?.error)).toContainEqual(
        expect.stringMatching(
          /chart version: the local chart .* is version 4\.41\.2 \(its Chart\.yaml\), not --chart-version 4\.42\.0/,
        ),
      );
      const loose = await w.run('preflight', { ...PREFLIGHT_OK, 'chart-version': '4.41' });
      expect(loose.error?.message ?? loose.result?.error).toMatch(/4\.41/);
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 120_000);
});

describe('the provider', () => {
  test('a given provider the cluster contradicts is a blocker naming the evidence', async () => {
    const w = await world({ variant: 'aws' });
    try {
      const out = await w.run('preflight', { ...PREFLIGHT_OK, provider: 'azure' });
      expect(blockers(out.result?.error)).toContainEqual(
        expect.stringMatching(
          /provider: --provider azure contradicts the cluster, which is aws: PV \S+ is an EFS mount \(fs-[0-9a-f]+\.efs\./,
        ),
      );
      const generic = await w.run('preflight', { ...PREFLIGHT_OK, provider: 'generic' });
      expect(blockers(generic.result?.error)).toContainEqual(
        expect.stringMatching(/--provider generic contradicts the cluster, which is aws/),
      );
      expect(w.mutations()).toEqual([]);
    } finally {
      await w.stop();
    }
  }, 120_000);
});
