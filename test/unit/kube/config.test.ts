import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { ClusterUnreachableError, ConfigurationError } from '../../../src/core/errors';
import { MemoryLogger } from '../../support/memory-logger';

const kubeconfig = (server: string) => `apiVersion: v1
kind: Config
clusters:
- name: c
  cluster: { server: '${server}', insecure-skip-tls-verify: true }
users:
- name: u
  user: { token: abc }
contexts:
- name: one
  context: { cluster: c, user: u }
- name: two
  context: { cluster: c, user: u }
current-context: one
`;

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('kubeconfig loading', () => {
  test('content or path; context selection', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2h-kc-'));
    const file = join(dir, 'config');
    writeFileSync(file, kubeconfig('https://127.0.0.1:1'));
    expect(loadKubeConfig({ kubeconfig: kubeconfig('https://127.0.0.1:1') }).getCurrentContext()).toBe('one');
    expect(loadKubeConfig({ kubeconfig: file, context: 'two' }).getCurrentContext()).toBe('two');
    expect(loadKubeConfig({ env: { KUBECONFIG: file } }).getCurrentContext()).toBe('one');
  });

  test('inside a cluster: the service account (no kubeconfig anywhere)', () => {
    // client-node reads the service host from process.env itself, as it will in a pod.
    const saved = { ...process.env };
    Object.assign(process.env, { KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' });
    try {
      const kc = loadKubeConfig({ env: { HOME: '/nonexistent-home', KUBERNETES_SERVICE_HOST: '10.96.0.1' } });
      // Only configuration is built here; no request is sent.
      expect(kc.getCurrentCluster()?.server).toBe('https://10.96.0.1:443');
      expect(kc.getCurrentUser()?.authProvider?.config?.tokenFile).toContain('serviceaccount/token');
    } finally {
      process.env = saved;
    }
  });

  test('unknown context lists the known ones', () => {
    expect(() => loadKubeConfig({ kubeconfig: kubeconfig('https://x'), context: 'prod' })).toThrow(
      "context 'prod' is not in the --kubeconfig content; it has: one, two.",
    );
  });

  test('invalid kubeconfig content or missing file', () => {
    expect(() => loadKubeConfig({ kubeconfig: 'apiVersion: v1\nclusters: [oops' })).toThrow(
      ConfigurationError,
    );
    expect(() => loadKubeConfig({ kubeconfig: '/nope/kubeconfig' })).toThrow(
      "kubeconfig file '/nope/kubeconfig' does not exist",
    );
    expect(() => loadKubeConfig({ env: { HOME: '/nonexistent-home' } })).toThrow(/no kubeconfig/);
  });

  test('a file that is no kubeconfig says so and names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2h-kc-'));
    const file = join(dir, 'garbage');
    writeFileSync(file, 'hello world\n');
    expect(() => loadKubeConfig({ kubeconfig: file })).toThrow(
      `the kubeconfig file ${file} is not a valid kubeconfig: it defines no clusters and no contexts`,
    );
    expect(() => loadKubeConfig({ env: { KUBECONFIG: file } })).toThrow(
      `the kubeconfig file ${file} (from $KUBECONFIG) is not a valid kubeconfig`,
    );
  });

  test('a broken kubeconfig never echoes its content (tokens)', () => {
    const broken = kubeconfig('https://x').replace('token: abc', 'token: SUPERSECRETTOKEN123') + 'oops: [\n';
    let message = '';
    try {
      loadKubeConfig({ kubeconfig: broken });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(
      /the --kubeconfig content is not a valid kubeconfig: YAML syntax error at line \d+, column \d+/,
    );
    expect(message).not.toContain('SUPERSECRETTOKEN123');
    const b64 = Buffer.from(broken).toString('base64');
    expect(() => loadKubeConfig({ kubeconfig: b64 })).toThrow(/looks base64-encoded: decode it first/);
    try {
      loadKubeConfig({ kubeconfig: b64 });
    } catch (e) {
      expect((e as Error).message).not.toContain(b64.slice(0, 20));
    }
  });

  test('KUBECONFIG with several files is merged as kubectl does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2h-kc-'));
    writeFileSync(join(dir, 'a'), kubeconfig('https://127.0.0.1:1'));
    writeFileSync(
      join(dir, 'b'),
      kubeconfig('https://127.0.0.1:2')
        .replace(/name: one/g, 'name: three')
        .replace(/name: two/g, 'name: four')
        .replace('current-context: one', 'current-context: three'),
    );
    const merged = loadKubeConfig({ env: { KUBECONFIG: `${join(dir, 'a')}:${join(dir, 'b')}` } });
    expect(merged.getCurrentContext()).toBe('one');
    expect(merged.contexts.map((c) => c.name)).toEqual(['one', 'two', 'three', 'four']);
    const kc = loadKubeConfig({
      env: { KUBECONFIG: `${join(dir, 'a')}:${join(dir, 'missing')}:${join(dir, 'b')}` },
      context: 'four',
    });
    expect(kc.getCurrentContext()).toBe('four');
  });

  test('rejected credentials: a clear message naming server and context', async () => {
    const server = createHttpServer((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          message: 'Unauthorized',
          reason: 'Unauthorized',
          code: 401,
        }),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const err = await Kube.connect(
        { kubeconfig: kubeconfig(`http://127.0.0.1:${port}`) },
        new MemoryLogger(),
        { retries: 0 },
      ).catch((e) => e);
      expect(err).toBeInstanceOf(ConfigurationError);
      expect(err.message).toContain(
        `http://127.0.0.1:${port} (context one) rejected the credentials (401 Unauthorized)`,
      );
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  test('an unreachable cluster is a clear error naming the server', async () => {
    const port = await closedPort();
    const err = await Kube.connect(
      { kubeconfig: kubeconfig(`http://127.0.0.1:${port}`) },
      new MemoryLogger(),
      {
        retries: 0,
      },
    ).catch((e) => e);
    expect(err).toBeInstanceOf(ClusterUnreachableError);
    expect(err.message).toContain(
      `cannot reach the Kubernetes API server at http://127.0.0.1:${port} (ECONNREFUSED)`,
    );
  });
});
