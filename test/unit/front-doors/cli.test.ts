import { PassThrough } from 'node:stream';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/front-doors/cli';
import { PHASE_NAMES } from '../../../src/phases';

export async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runCli(args, {
    stdout,
    stderr,
    env: { PATH: process.env.PATH, HOME: tmpdir(), ...env },
  });
  return { code, out, err };
}

describe('k2h CLI', () => {
  test('--help lists all eight phases in order', async () => {
    const { code, out } = await cli(['--help']);
    expect(code).toBe(0);
    const listed = PHASE_NAMES.map((p) => out.indexOf(`  ${p} `));
    expect(listed.every((i) => i > 0)).toBe(true);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed);
    expect(PHASE_NAMES).toHaveLength(8);
  });

  test('no command is a usage error', async () => {
    expect((await cli([])).code).toBe(2);
  });

  test('<phase> --help shows its flags in kebab-case with defaults', async () => {
    const { code, out } = await cli(['migrate-secrets', '--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/--source-namespace <value>[\s\S]*default: default/);
    expect(out).toContain('--dry-run');
    expect(out).toMatch(/--secrets-dir <value>[\s\S]*alias: --from-dir/);
    expect(out).toContain('alias: --namespace');
  });

  test('unknown phase: exit 2 naming the valid phases', async () => {
    const { code, err } = await cli(['migrate']);
    expect(code).toBe(2);
    expect(err).toContain(`valid phases: ${PHASE_NAMES.join(', ')}`);
  });

  test('unknown flag: exit 2 pointing at --help', async () => {
    const { code, err } = await cli(['preflight', '--chart-versoin', '4.41.2']);
    expect(code).toBe(2);
    expect(err).toMatch(/Unknown option '--chart-versoin'[\s\S]*k2h preflight --help/);
  });

  test('no cluster to talk to: exit 1 with a sentence naming the flags', async () => {
    const state = mkdtempSync(join(tmpdir(), 'k2h-cli-'));
    const { code, err } = await cli(['downtime', '--state-dir', state], {
      HOME: mkdtempSync(join(tmpdir(), 'k2h-home-')),
    });
    expect(code).toBe(1);
    expect(err).toContain('no kubeconfig: pass --kubeconfig, set $KUBECONFIG or ~/.kube/config');
  });

  test('bad input values: a usage error (exit 2) listing each by its flag', async () => {
    const { code, err } = await cli(['prepare-storage', '--provider', 'gcp', '--traefik', 'maybe']);
    expect(code).toBe(2);
    expect(err).toContain("--provider must be one of auto, aws, azure, generic; got 'gcp'");
    expect(err).toContain("--traefik must be one of auto, true, false; got 'maybe'");
  });

  test('a missing required input is a usage error naming the flag', async () => {
    const { code, err } = await cli(['preflight']);
    expect(code).toBe(2);
    expect(err).toContain('--chart-version is required');
  });

  test('namespace and release names are checked (DNS-1123) before anything connects', async () => {
    // No kubeconfig anywhere: had it tried to connect, the error would be about the cluster.
    const { code, err } = await cli(
      ['migrate-secrets', '--target-namespace', 'Cognigy_AI!', '--release', 'x'.repeat(54)],
      { KUBECONFIG: '/nonexistent/kubeconfig' },
    );
    expect(code).toBe(2);
    expect(err).toContain('--target-namespace must be a Kubernetes namespace name');
    expect(err).toContain("got 'Cognigy_AI!'");
    expect(err).toContain('--release must be a Helm release name');
    expect(err).not.toMatch(/kubeconfig|cluster/i);
  });

  test('--state-dir naming a file: a sentence to act on, exit 2, before anything connects', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2h-cli-'));
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const { code, err } = await cli(['preflight', '--chart-version', '4.41.2', '--state-dir', file], {
      KUBECONFIG: '/nonexistent/kubeconfig',
    });
    expect(code).toBe(2);
    expect(err).toContain(`--state-dir ${file} is a file, not a directory: name a directory`);
    expect(err).not.toMatch(/EEXIST|kubeconfig/);
    const below = await cli(['preflight', '--chart-version', '4.41.2', '--state-dir', join(file, 'x')]);
    expect(below.code).toBe(2);
    expect(below.err).toContain(`cannot be created: ${file} is a file, not a directory`);
  });

  test('the tekton adapter names params, not flags, and exits 2 on a usage error', async () => {
    const results = mkdtempSync(join(tmpdir(), 'k2h-results-'));
    const { code, err } = await cli(['tekton', 'prepare-storage'], {
      K2H_RESULTS_DIR: results,
      PARAM_PROVIDER: 'gcp',
    });
    expect(code).toBe(2);
    expect(err).toContain("param `provider` must be one of auto, aws, azure, generic; got 'gcp'");
    expect(err).not.toContain('--provider');
  });

  test('tekton adapter reads PARAM_* and writes results files even on failure', async () => {
    const results = mkdtempSync(join(tmpdir(), 'k2h-results-'));
    const { code } = await cli(['tekton', 'gate'], {
      K2H_RESULTS_DIR: results,
      PARAM_APPROVAL_TIMEOUT: '1h',
    });
    expect(code).toBe(1);
    expect(readFileSync(join(results, 'status'), 'utf8')).toBe('failed');
    expect(existsSync(join(results, 'approved-by'))).toBe(false);
  });

  test('tekton adapter refuses an unknown phase', async () => {
    const { code, err } = await cli(['tekton', 'bogus']);
    expect(code).toBe(2);
    expect(err).toContain('valid phases');
  });
});
