import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import * as k8s from '@kubernetes/client-node';
import { runCli } from '../../src/front-doors/cli';
import { runSandboxCommand } from '../../src/front-doors/sandbox-command';

function io(env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const seen = { out: '', err: '' };
  stdout.on('data', (d) => (seen.out += d));
  stderr.on('data', (d) => (seen.err += d));
  return { io: { stdout, stderr, env: { PATH: process.env.PATH, ...env } }, seen };
}

describe('k2h rehearse', () => {
  for (const seed of ['cognigy', 'cognigy-aws', 'cognigy-azure']) {
    test(`${seed}: every phase succeeds, the report says so, no volume lost`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'k2h-rehearse-test-'));
      const { io: cio, seen } = io();
      const code = await runCli(
        ['rehearse', '--seed', seed, '--report', join(dir, 'r.json'), '--state-dir', join(dir, 'state')],
        cio,
      );
      expect(seen.err).not.toMatch(/error/i);
      expect(code).toBe(0);
      const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
      expect(report.ok).toBe(true);
      expect(report.phases.map((p: any) => [p.name, p.status])).toEqual([
        ['preflight', 'succeeded'],
        ['migrate-secrets', 'succeeded'],
        ['prepare-storage', 'succeeded'],
        ['downtime', 'succeeded'],
        ['helm-install', 'succeeded'],
      ]);
      expect(report.phases[1].steps.length).toBeGreaterThan(20);
      expect(report.lostVolumes).toEqual([]);
      expect(seen.out).toContain('rehearsal succeeded');
      // The helm binary is cached by npm test, so the version check ran.
      expect(report.notes).toEqual([]);
    });
  }

  test('--with-rollback: back and forward again; the second attempt reports its own window and outage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2h-rehearse-rollback-'));
    const { io: cio, seen } = io();
    const keep = join(dir, 'state');
    const code = await runCli(
      ['rehearse', '--with-rollback', '--report', join(dir, 'r.json'), '--keep-state', keep],
      cio,
    );
    expect(seen.err).not.toMatch(/error/i);
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.phases.map((p: any) => `${p.name} ${p.status}`)).toEqual(
      [
        'preflight',
        'migrate-secrets',
        'prepare-storage',
        'downtime',
        'helm-install',
        'rollback',
        'migrate-secrets',
        'prepare-storage',
        'downtime',
        'helm-install',
      ].map((n) => `${n} succeeded`),
    );
    expect(report.lostVolumes).toEqual([]);
    // Measured from the second scale-down, not the first attempt's (which a rollback clears).
    const rec = JSON.parse(readFileSync(join(keep, 'migration-record.json'), 'utf8'));
    const at = (t: string) => Date.parse(t);
    expect(at(rec.downtime.scaleDownAt)).toBeGreaterThanOrEqual(at(rec.phases.downtime.startedAt));
    expect(at(rec.helmInstall.readyAt)).toBeGreaterThanOrEqual(at(rec.phases['helm-install'].startedAt));
    const [down, install] = report.phases.slice(-2);
    expect(report.downtimeSeconds).toBeLessThanOrEqual(down.durationMs / 1000 + 0.05);
    expect(report.outageSeconds).toBeGreaterThanOrEqual(report.downtimeSeconds);
    expect(report.outageSeconds).toBeLessThanOrEqual((down.durationMs + install.durationMs) / 1000 + 0.1);
    expect(report.outageSeconds).toBe(
      Number(((at(rec.helmInstall.readyAt) - at(rec.downtime.scaleDownAt)) / 1000).toFixed(1)),
    );
    expect(seen.out).toMatch(/Cognigy\.AI was offline for \S+/);
  });

  test('the terminal shows each fact once: no line of 20+ characters twice, no tables', async () => {
    const { io: cio, seen } = io();
    expect(await runCli(['rehearse'], cio)).toBe(0);
    const lines = `${seen.out}\n${seen.err}`.split('\n').map((l) => l.trim());
    const seenOnce = new Set<string>();
    const twice = lines.filter((l) => l.length >= 20 && (seenOnce.has(l) || !seenOnce.add(l)));
    expect(twice).toEqual([]);
    expect(lines.filter((l) => l.startsWith('|'))).toEqual([]);
    // Every phase closes with one line; each check or step is one line with its mark.
    for (const p of ['preflight', 'migrate-secrets', 'prepare-storage'])
      expect(lines.filter((l) => l.startsWith(`${p}: succeeded in `))).toHaveLength(1);
    expect(lines.filter((l) => /^✓ secret cognigy-ai\/cognigy-jwt: /.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^✓ kubernetes: server v1\.23/.test(l))).toHaveLength(1);
    // No colour where the output is not a terminal.
    expect(seen.out).not.toContain('\x1b[');
  });

  test('the temporary state folder is removed; --keep-state DIR keeps the record', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'k2h-rehearse-tmp-'));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      expect(await runCli(['rehearse'], io().io)).toBe(0);
      expect(readdirSync(tmp).filter((f) => f.startsWith('k2h-rehearse-'))).toEqual([]);
      const keep = join(tmp, 'kept');
      const { io: cio, seen } = io();
      expect(await runCli(['rehearse', '--keep-state', keep], cio)).toBe(0);
      expect(existsSync(join(keep, 'migration-record.json'))).toBe(true);
      expect(seen.out).toContain(`state in ${keep}`);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  });

  test('a capture file seed that is not a Cognigy installation fails in preflight with a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2h-rehearse-test-'));
    const { io: cio } = io();
    const capture = join(__dirname, '..', 'fixtures', 'captures', 'minimal-list.yaml');
    const code = await runCli(
      ['rehearse', '--seed', capture, '--report', join(dir, 'r.json'), '--state-dir', join(dir, 's')],
      cio,
    );
    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.ok).toBe(false);
    expect(report.phases.map((p: any) => p.name)).toEqual(['preflight']);
  });

  test('an unknown seed is a usage error', async () => {
    const { io: cio, seen } = io();
    expect(await runCli(['rehearse', '--seed', 'nope'], cio)).toBe(2);
    expect(seen.err).toContain('--seed must be one of cognigy, cognigy-aws, cognigy-azure');
  });
});

describe('k2h sandbox', () => {
  test('serves the seed and writes a kubeconfig the real client uses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2h-sandbox-cmd-'));
    const file = join(dir, 'kubeconfig');
    const { io: cio, seen } = io();
    let stop!: () => void;
    const until = new Promise<void>((r) => (stop = r));
    const running = runSandboxCommand(['--kubeconfig', file, '--seed', 'cognigy-azure'], cio, until);
    for (let i = 0; i < 100 && !seen.out.includes('kubeconfig:'); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(seen.out).toContain(`kubeconfig: ${file}`);
    const kc = new k8s.KubeConfig();
    kc.loadFromFile(file);
    const pvcs = await kc
      .makeApiClient(k8s.CoreV1Api)
      .listNamespacedPersistentVolumeClaim({ namespace: 'default' });
    expect(pvcs.items.map((p) => p.metadata?.name)).toEqual(
      expect.arrayContaining(['flow-modules', 'functions', 'redis-persistent']),
    );
    stop();
    expect(await running).toBe(0);
    expect(seen.out).toContain('sandbox stopped');
  });

  test('bad flags are usage errors', async () => {
    const { io: cio } = io();
    expect(await runCli(['sandbox', '--port', 'x'], cio)).toBe(2);
    expect(await runCli(['sandbox', '--bogus'], cio)).toBe(2);
  });
});
