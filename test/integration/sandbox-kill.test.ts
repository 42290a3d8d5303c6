import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

/** True while something answers HTTP at url. */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/version`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

// `npx k2h sandbox ... &` then `kill <pid>`: the pid is npm's wrapper. The server must not keep
// serving as an orphan. SIGKILL cannot be passed on by the wrapper: the server must notice itself.
describe.each(['SIGTERM', 'SIGKILL'] as const)('kill %s of the npx wrapper', (signal) => {
  test('stops the sandbox server', async () => {
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'k2h-kill-')), 'kubeconfig');
    const child = spawn('npx', ['--no-install', 'tsx', 'src/cli.ts', 'sandbox', '--kubeconfig', kubeconfig], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let url: string | undefined;
    for (let i = 0; i < 300 && !url; i++) {
      url = /sandbox serving at (http:\/\/[\d.:]+)/.exec(out)?.[1];
      if (!url) await new Promise((r) => setTimeout(r, 100));
    }
    expect(url).toBeDefined();
    expect(await answers(url!)).toBe(true);
    process.kill(child.pid!, signal);
    let up = true;
    for (let i = 0; i < 50 && up; i++) {
      await new Promise((r) => setTimeout(r, 200));
      up = await answers(url!);
    }
    expect(up).toBe(false);
  }, 90_000);
});
