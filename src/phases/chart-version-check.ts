/**
 * Facts preflight used to take on trust: the chart version is exact (X.Y.Z, the secret and
 * storage lists differ between minor versions), and a local chart is the version it is said to
 * be (its Chart.yaml, in a directory or a packaged .tgz).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import yaml from 'js-yaml';

const EXACT = /^\d+\.\d+\.\d+$/;

/** Chart.yaml of a packaged chart: the first `<dir>/Chart.yaml` entry of the tar. */
function chartYamlOfPackage(file: string): string | undefined {
  const tar = gunzipSync(readFileSync(file));
  for (let off = 0; off + 512 <= tar.length; ) {
    const name = tar
      .subarray(off, off + 100)
      .toString('utf8')
      .replace(/\0.*$/s, '');
    if (!name) return undefined;
    const size = parseInt(
      tar
        .subarray(off + 124, off + 136)
        .toString('utf8')
        .replace(/\0.*$/s, '')
        .trim() || '0',
      8,
    );
    if (/^[^/]+\/Chart\.yaml$/.test(name)) return tar.subarray(off + 512, off + 512 + size).toString('utf8');
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}

/** The version a local chart (directory or .tgz) declares; undefined for a remote chart. */
export function localChartVersion(chart: string): string | undefined {
  if (!chart || chart.startsWith('oci://') || !existsSync(chart)) return undefined;
  const text = statSync(chart).isDirectory()
    ? readFileSync(join(chart, 'Chart.yaml'), 'utf8')
    : chartYamlOfPackage(chart);
  if (text === undefined) throw new Error(`${chart} holds no Chart.yaml`);
  const doc = yaml.load(text) as { version?: unknown } | undefined;
  return doc?.version === undefined ? undefined : String(doc.version);
}

/** Problems with `--chart-version` against the chart given: none when they agree. */
export function chartVersionProblems(chart: string, version: string): string[] {
  if (!EXACT.test(version))
    return [
      `--chart-version '${version}' is not an exact version X.Y.Z (e.g. 4.41.2): k2h's lists of secrets and volumes depend on it`,
    ];
  let declared: string | undefined;
  try {
    declared = localChartVersion(chart);
  } catch (err) {
    return [`cannot read the version of the local chart ${chart}: ${(err as Error).message}`];
  }
  if (declared !== undefined && declared !== version)
    return [
      `the local chart ${chart} is version ${declared} (its Chart.yaml), not --chart-version ${version}: pass the chart of that version, or --chart-version ${declared} if the installation runs it`,
    ];
  return [];
}
