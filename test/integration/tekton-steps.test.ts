/**
 * Runs each Task's step the way Tekton would: params (given, else the default) substituted into
 * the declared env vars, secret keys from a Secret, `$(workspaces.x.path)` and `$(results.x.path)`
 * substituted with temporary folders, the script executed through its shebang in the step's
 * working dir, with `k2h` on PATH as in the image. Against the sandbox with the seeded Cognigy
 * installation; the results files are what a Pipeline would read.
 */
import { execFile } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { taskFile } from '../../src/front-doors/tekton-catalog/files';
import type { PhaseName } from '../../src/phases/types';
import { HELM3, preflightOk, ROOT, seedSecretValues, world, type World } from './phases/harness';
import { startMongo } from './downtime/helpers';
import type { MongoSandbox } from '../../src/sandbox/mongo';

interface StepRun {
  code: number;
  output: string;
  results: Record<string, string>;
}

const TEKTON_VAR = /\$\((params|workspaces|results|context|tasks)\.[^)]*\)/;

/** A `k2h` on PATH, as the image has: the CLI from the sources (dist/ is built by the lead). */
function k2hBin(): string {
  const dir = mkdtempSync(join(tmpdir(), 'k2h-bin-'));
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  writeFileSync(join(dir, 'k2h'), `#!/bin/sh\nexec "${tsx}" "${join(ROOT, 'src', 'cli.ts')}" "$@"\n`);
  chmodSync(join(dir, 'k2h'), 0o755);
  return dir;
}

/** Runs the Task of `phase` with `params`, the state workspace `state` and optional kubeconfig dir. */
async function runTask(
  phase: PhaseName,
  o: {
    params: Record<string, string>;
    state: string;
    kubeconfigDir?: string;
    secrets?: Record<string, Record<string, string>>;
    bin: string;
  },
): Promise<StepRun> {
  const task = yaml.load(readFileSync(join(ROOT, taskFile(phase)), 'utf8')) as any;
  const step = task.spec.steps[0];
  const resultsDir = mkdtempSync(join(tmpdir(), 'k2h-results-'));
  const vars: Record<string, string> = {
    'workspaces.state.path': o.state,
    'workspaces.kubeconfig.bound': o.kubeconfigDir ? 'true' : 'false',
    'workspaces.kubeconfig.path': o.kubeconfigDir ?? '',
  };
  for (const p of task.spec.params) {
    const value = o.params[p.name] ?? p.default;
    if (value === undefined) throw new Error(`Tekton would refuse the TaskRun: param ${p.name} is required`);
    vars[`params.${p.name}`] = value;
  }
  for (const name of Object.keys(o.params))
    if (!task.spec.params.some((p: any) => p.name === name)) throw new Error(`the Task has no param ${name}`);
  for (const r of task.spec.results) vars[`results.${r.name}.path`] = join(resultsDir, r.name);
  const sub = (text: string) => {
    const out = text.replace(/\$\(([^)]+)\)/g, (m, name) => vars[name] ?? m);
    expect(out).not.toMatch(TEKTON_VAR);
    return out;
  };
  const env: Record<string, string> = {};
  for (const e of step.env) {
    if (e.value !== undefined) env[e.name] = sub(e.value);
    else if (e.valueFrom?.secretKeyRef) {
      const ref = e.valueFrom.secretKeyRef;
      const v = o.secrets?.[sub(ref.name)]?.[ref.key];
      if (v !== undefined) env[e.name] = v;
      else if (!ref.optional) throw new Error(`secret key ${ref.key} missing`);
    }
  }
  // The image's HOME (/home/k2h) stands for a fresh folder here; PATH is the image's, with k2h on it.
  env.HOME = mkdtempSync(join(tmpdir(), 'k2h-home-'));
  env.PATH = `${o.bin}:${process.env.PATH}`;
  const script = join(mkdtempSync(join(tmpdir(), 'k2h-script-')), 'script');
  writeFileSync(script, sub(step.script));
  chmodSync(script, 0o755);
  const cwd = sub(step.workingDir);
  const r = await new Promise<{ code: number; output: string }>((resolve) =>
    execFile(script, [], { cwd, env, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as any).code ?? 1) : 0, output: `${stdout}${stderr}` }),
    ),
  );
  const results: Record<string, string> = {};
  for (const f of readdirSync(resultsDir)) results[f] = readFileSync(join(resultsDir, f), 'utf8');
  return { ...r, results };
}

describe('Tekton Tasks run as Tekton runs them, against the sandbox', () => {
  let w: World;
  let bin: string;
  let kubeconfigDir: string;
  let state: string;
  let mongo: MongoSandbox;
  /** The credentials Secret the Tasks read (credentials-secret, default k2h-credentials). */
  let secrets: Record<string, Record<string, string>>;
  beforeAll(async () => {
    w = await world({ variant: 'aws' });
    mongo = await startMongo();
    secrets = { 'k2h-credentials': { 'mongodb-uri': mongo.uri } };
    bin = k2hBin();
    kubeconfigDir = mkdtempSync(join(tmpdir(), 'k2h-kubeconfig-'));
    // A Secret bound as a workspace: one file per key.
    writeFileSync(join(kubeconfigDir, 'kubeconfig'), w.kubeconfig, { mode: 0o600 });
    state = mkdtempSync(join(tmpdir(), 'k2h-ws-'));
  });
  afterAll(async () => {
    await mongo.stop();
    await w.stop();
  });

  test('preflight -> migrate-secrets -> prepare-storage on one state workspace: results files, record, no secret printed', async () => {
    const secretValues = seedSecretValues(w.sandbox);
    const pre = await runTask('preflight', {
      params: { ...preflightOk('aws'), helm: HELM3 },
      state,
      kubeconfigDir,
      secrets,
      bin,
    });
    expect(pre.output).not.toMatch(/error/i);
    expect(pre.code).toBe(0);
    expect(pre.results).toEqual({
      status: 'succeeded',
      'state-dir': join(state, 'k2h-state'),
      'product-version': '4.41.2',
      provider: 'aws',
      blockers: '0',
    });
    expect(existsSync(join(state, 'k2h-state', 'migration-record.json'))).toBe(true);

    const mig = await runTask('migrate-secrets', { params: {}, state, kubeconfigDir, secrets, bin });
    expect(mig.code).toBe(0);
    expect(mig.results.status).toBe('succeeded');
    expect(mig.results['migrated-secrets'].split(',')).toContain('cognigy-jwt');
    expect(w.sandbox.get('v1', 'Secret', 'cognigy-jwt', 'cognigy-ai')).toBeDefined();

    const prep = await runTask('prepare-storage', { params: {}, state, kubeconfigDir, secrets, bin });
    expect(prep.code).toBe(0);
    expect(prep.results.status).toBe('succeeded');
    expect(prep.results['pvc-backups']).toBe(join(state, 'k2h-state', 'pvc-backups'));
    expect(prep.results['efs-values']).toMatch(/fs-/);
    expect(readdirSync(prep.results['pvc-backups']).length).toBeGreaterThan(2);

    for (const out of [pre.output, mig.output, prep.output])
      for (const s of secretValues) expect(out).not.toContain(s);
    // The state workspace holds the record and backups, never a secret value.
    const stateText = readdirSync(join(state, 'k2h-state'), { recursive: true })
      .map(String)
      .filter((f) => /\.(json|yaml)$/.test(f))
      .map((f) => readFileSync(join(state, 'k2h-state', f), 'utf8'))
      .join('\n');
    for (const s of secretValues) expect(stateText).not.toContain(s);
  });

  test('then downtime (approved by the platform), helm-install and a rollback plan, on the same workspace', async () => {
    const down = await runTask('downtime', {
      params: { 'approved-by-platform': 'true' },
      state,
      kubeconfigDir,
      secrets,
      bin,
    });
    expect(down.output).not.toMatch(/^error/m);
    expect(down.code).toBe(0);
    expect(down.results.status).toBe('succeeded');
    expect(Number(down.results['downtime-window-seconds'])).toBeGreaterThanOrEqual(0);
    expect(down.results['plan-sha256']).toMatch(/^[0-9a-f]{64}$/);
    const { chart, values, 'chart-version': chartVersion } = preflightOk('aws');
    const helm = await runTask('helm-install', {
      // The stand-in chart's values render some Secrets the migration carried over: let them win here.
      params: {
        chart,
        values,
        'chart-version': chartVersion,
        helm: HELM3,
        'accept-values-overrides': 'true',
      },
      state,
      kubeconfigDir,
      secrets,
      bin,
    });
    expect(helm.output).not.toMatch(/^error/m);
    expect(helm.code).toBe(0);
    expect(helm.results.status).toBe('succeeded');
    expect(Object.keys(helm.results).sort()).toEqual([
      'dns-change',
      'outage-seconds',
      'state-dir',
      'status',
      'traefik-address',
    ]);
    // Offline from the downtime Task's first scale-down to the release Ready: at least its window.
    expect(Number(helm.results['outage-seconds'])).toBeGreaterThanOrEqual(
      Number(down.results['downtime-window-seconds']),
    );
    w.sandbox.requests.clear();
    const plan = await runTask('rollback', {
      params: { 'dry-run': 'true' },
      state,
      kubeconfigDir,
      secrets,
      bin,
    });
    expect(plan.code).toBe(0);
    expect(plan.results.status).toBe('planned');
    expect(w.mutations()).toEqual([]);
  });

  test('a failing phase fails the step, still writes every declared result, and changes nothing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'k2h-ws-empty-'));
    w.sandbox.requests.clear();
    const r = await runTask('prepare-storage', {
      params: { 'source-namespace': 'kube-system' },
      state: empty,
      kubeconfigDir,
      bin,
    });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/no migration record .*run preflight first/);
    expect(r.results.status).toBe('failed');
    expect(Object.keys(r.results).sort()).toEqual(['efs-values', 'pvc-backups', 'state-dir', 'status']);
    expect(w.mutations()).toEqual([]);
  });

  test('without the kubeconfig workspace the step passes no kubeconfig (the service account decides)', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'k2h-ws-sa-'));
    mkdirSync(join(empty, 'k2h-state'));
    const r = await runTask('migrate-secrets', { params: { 'dry-run': 'true' }, state: empty, bin });
    // No in-cluster service account here: k2h says where it looked, and nothing ran against the sandbox.
    expect(r.code).toBe(1);
    expect(r.results.status).toBe('failed');
    expect(r.output).toMatch(/no kubeconfig: .*or run inside a cluster/);
    expect(r.output).not.toContain(w.sandbox.url);
  });
});
