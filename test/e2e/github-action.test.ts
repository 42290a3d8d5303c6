/**
 * The GitHub Action front door end to end: the action's entry (src/main.ts, run by tsx as the
 * bundle would be) against the sandbox, with the environment a runner gives it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Sandbox } from '../../src/sandbox';
import type { MongoSandbox } from '../../src/sandbox/mongo';
import { startSeededMongo } from '../../src/rehearsal/seeded-mongo';
import { cognigySeed } from '../../src/rehearsal/seeds';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function action(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'k2h-gha-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const res = await run(TSX, [join(ROOT, 'src', 'main.ts')], {
    cwd: dir,
    env: { PATH: process.env.PATH!, HOME: dir, ...files, ...env },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );
  return {
    ...res,
    dir,
    outputs: readFileSync(files.GITHUB_OUTPUT, 'utf8'),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
  };
}

describe('GitHub Action front door', () => {
  let sandbox: Sandbox;
  let mongo: MongoSandbox | undefined;
  beforeAll(async () => {
    sandbox = await Sandbox.start();
    const seed = cognigySeed({ variant: 'aws' });
    sandbox.load(seed);
    // The installation's MongoDB, behind the seed's mongodb pods (preflight checks it).
    mongo = await startSeededMongo(sandbox, seed);
  });
  afterAll(async () => {
    await mongo?.stop();
    await sandbox.stop();
  });

  test('unknown phase fails listing the valid ones', async () => {
    const r = await action({ INPUT_PHASE: 'bogus' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "::error::unknown phase 'bogus'; valid phases: preflight, migrate-secrets, prepare-storage, gate, downtime, helm-install, rollback, cleanup",
    );
  });

  test('a bad input names the action input (with: provider), not a CLI flag', async () => {
    const r = await action({ INPUT_PHASE: 'prepare-storage', INPUT_PROVIDER: 'gcp' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "::error::input `provider` must be one of auto, aws, azure, generic; got 'gcp'",
    );
    expect(r.stdout).not.toContain('--provider');
  });

  test('preflight then migrate-secrets: groups per step, outputs, summary table, every value masked, none printed', async () => {
    const common = {
      INPUT_KUBECONFIG: sandbox.kubeconfig(),
      'INPUT_STATE-DIR': 'state',
      'INPUT_SOURCE-NAMESPACE': 'default',
      'INPUT_TARGET-NAMESPACE': 'cognigy-ai',
      INPUT_RELEASE: 'cognigy-ai',
    };
    const pre = await action({
      ...common,
      INPUT_PHASE: 'preflight',
      'INPUT_CHART-VERSION': '4.41.2',
      INPUT_CHART: join(ROOT, 'src', 'rehearsal', 'chart', 'cognigy-ai'),
      INPUT_VALUES: join(ROOT, 'src', 'rehearsal', 'chart', 'cognigy-ai', 'ci', 'aws-values.yaml'),
      INPUT_HELM: join(ROOT, '.cache', 'bin', 'v32', 'helm'),
      'INPUT_ACKNOWLEDGE-NO-SNAPSHOTS': 'true',
    });
    expect(pre.stdout).not.toContain('::error::');
    expect(pre.code).toBe(0);
    expect(pre.outputs).toMatch(/provider<<.*\naws\n/);
    expect(pre.summary).toContain('k2h preflight: succeeded');
    expect(pre.summary).toContain('| check | result | detail |');
    // Tables are for the job summary; the log has one line per check.
    expect(pre.stdout.split('\n').filter((l) => l.startsWith('|'))).toEqual([]);
    const root = Buffer.from(
      sandbox.get('v1', 'Secret', 'mongodb', 'mongodb').data['mongodb-root-password'],
      'base64',
    ).toString();
    expect(pre.stdout).toContain(`::add-mask::${root}\n`);
    expect(pre.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(root);

    const mig = await action({
      ...common,
      INPUT_PHASE: 'migrate-secrets',
      'INPUT_STATE-DIR': join(pre.dir, 'state'),
    });
    expect(mig.stdout).not.toContain('::error::');
    expect(mig.code).toBe(0);
    // One group per stage, one line per step as it settles inside it.
    expect(mig.stdout).toMatch(
      /::group::secrets into cognigy-ai\n[\s\S]*secret cognigy-ai\/cognigy-jwt: created[\s\S]*::endgroup::/,
    );
    expect(mig.stdout).toContain('::endgroup::');
    expect(mig.summary).toMatch(
      /\| step \| status \| duration \| detail \|[\s\S]*\| secret cognigy-ai\/cognigy-jwt \| applied \| \d+\.\d\ds \|/,
    );
    expect(mig.outputs).toMatch(/migrated-secrets<<[\s\S]*cognigy-jwt/);
    // Every value read is registered with the runner's masker, and none is printed.
    const masked = new Set([...mig.stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1]));
    const printed = mig.stdout.replace(/^::add-mask::.*$/gm, '');
    let checked = 0;
    for (const s of sandbox.list('v1', 'Secret', 'default')) {
      if (!s.metadata.name.startsWith('cognigy-')) continue;
      for (const v of Object.values<string>(s.data ?? {})) {
        const text = Buffer.from(v, 'base64').toString('utf8');
        if (text.length < 6) continue;
        expect(printed).not.toContain(text);
        expect(mig.summary).not.toContain(text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    const jwt = Buffer.from(
      sandbox.get('v1', 'Secret', 'cognigy-jwt', 'default').data.secret,
      'base64',
    ).toString();
    expect(masked.has(jwt)).toBe(true);
    expect(existsSync(join(pre.dir, 'state', 'migration-record.json'))).toBe(true);
  });

  test('a phase failure becomes setFailed with the message', async () => {
    // No record in the state dir, nor mirrored in this source namespace.
    const r = await action({
      INPUT_PHASE: 'prepare-storage',
      'INPUT_STATE-DIR': 'empty',
      'INPUT_SOURCE-NAMESPACE': 'kube-system',
      INPUT_KUBECONFIG: sandbox.kubeconfig(),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::no migration record in .*run preflight first/);
  });
});
