/**
 * `k2h sandbox --approver-kubeconfig FILE`: a second kubeconfig for an approver who holds the
 * approver role, while the first stays the pipeline's service account (which may not decide).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { runSandboxCommand } from '../../../src/front-doors/sandbox-command';

const KUBECTL = resolve(__dirname, '../../../.cache/bin/v32/kubectl');
const run = promisify(execFile);

test('writes the approver kubeconfig; each kubeconfig is its own identity', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'k2h-sandbox-cmd-'));
  const pipeline = join(dir, 'pipeline.kubeconfig');
  const approver = join(dir, 'approver.kubeconfig');
  let stop!: () => void;
  const until = new Promise<void>((r) => (stop = r));
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c) => (out += c));
  const served = runSandboxCommand(
    ['--kubeconfig', pipeline, '--approver-kubeconfig', approver],
    { stdout, stderr: new PassThrough(), env: {} },
    until,
  );
  try {
    for (let i = 0; i < 200 && !out.includes('approver kubeconfig'); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(out).toContain(`approver kubeconfig (approver@example.com): ${approver}`);
    const env = { PATH: process.env.PATH, HOME: dir };
    const who = async (kc: string) =>
      JSON.parse((await run(KUBECTL, ['--kubeconfig', kc, 'auth', 'whoami', '-o', 'json'], { env })).stdout)
        .status.userInfo.username;
    expect(await who(pipeline)).toBe('system:serviceaccount:sandbox:k2h');
    expect(await who(approver)).toBe('approver@example.com');
    const can = async (kc: string) =>
      (
        await run(
          KUBECTL,
          [
            '--kubeconfig',
            kc,
            'auth',
            'can-i',
            'patch',
            'approvalrequests.k2h.cognigy.ai',
            '--subresource=status',
            '-n',
            'default',
          ],
          { env },
        ).catch((e) => e)
      ).stdout.trim();
    expect(await can(approver)).toBe('yes');
    expect(await can(pipeline)).toBe('no');
  } finally {
    stop();
    await served;
  }
}, 60_000);
