/**
 * The shipped bundle (dist/cli) swaps some of client-node's dependencies for lighter stand-ins
 * (scripts/bundle.ts). A cluster behind a SOCKS proxy (`proxy-url: socks5://…` in the kubeconfig)
 * must still be reached through that proxy: the proxy sees the connection.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli', 'index.js');

let proxy: Server;
let hits = 0;
beforeAll(async () => {
  // Accepts and closes: enough to prove k2h went through the proxy.
  proxy = createServer((s) => {
    hits++;
    s.destroy();
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
});
afterAll(() => new Promise<void>((r) => proxy.close(() => r())));

test('the bundled CLI talks to a cluster through its kubeconfig socks5 proxy-url', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'k2h-socks-'));
  const port = (proxy.address() as { port: number }).port;
  writeFileSync(
    join(dir, 'kubeconfig'),
    [
      'apiVersion: v1',
      'kind: Config',
      `clusters: [{name: c, cluster: {server: "https://10.255.0.1:6443", insecure-skip-tls-verify: true, proxy-url: "socks5://127.0.0.1:${port}"}}]`,
      'users: [{name: u, user: {token: not-a-real-token}}]',
      'contexts: [{name: x, context: {cluster: c, user: u}}]',
      'current-context: x',
    ].join('\n'),
  );
  const out = await new Promise<{ code: number | null; text: string }>((resolve) => {
    const p = execFile(
      process.execPath,
      [CLI, 'migrate-secrets', '--kubeconfig', join(dir, 'kubeconfig'), '--state-dir', join(dir, 'state')],
      { env: { PATH: process.env.PATH, HOME: dir, NO_COLOR: '1' }, timeout: 60_000 },
      (_err, stdout, stderr) => resolve({ code: p.exitCode, text: stdout + stderr }),
    );
  });
  expect(hits).toBeGreaterThan(0);
  expect(out.code).not.toBe(0);
  expect(out.text).not.toMatch(/is not a constructor|Cannot find module|not bundled/);
  expect(out.text).not.toContain('not-a-real-token');
}, 90_000);
