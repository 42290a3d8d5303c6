/**
 * Benchmark (not a test): median latency of requests against a sandbox with no injected latency
 * and a realistic number of objects loaded (300 ConfigMaps, 20 Deployments with 40 pods).
 *   npx tsx bench/sandbox-latency.ts [N]
 */
import { request, Agent } from 'node:http';
import { Sandbox } from '../src/sandbox/index';

const N = Number(process.argv[2] ?? 2000);

function send(agent: Agent, url: string, method = 'GET', body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const headers = body ? { 'content-type': 'application/merge-patch+json' } : undefined;
    const req = request(url, { agent, method, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(Number(process.hrtime.bigint() - start) / 1e6));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function measure(
  label: string,
  sandbox: Sandbox,
  path: string,
  patch?: (i: number) => object,
): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const once = (i: number): Promise<number> =>
    patch
      ? send(agent, sandbox.url + path, 'PATCH', JSON.stringify(patch(i)))
      : send(agent, sandbox.url + path);
  for (let i = 0; i < 50; i++) await once(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < N; i++) times.push(await once(i));
  agent.destroy();
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} n=${N} median=${percentile(times, 0.5).toFixed(3)}ms p90=${percentile(times, 0.9).toFixed(3)}ms p99=${percentile(times, 0.99).toFixed(3)}ms`,
  );
}

async function main(): Promise<void> {
  const sandbox = await Sandbox.start();
  const objects: object[] = [];
  for (let i = 0; i < 300; i++) {
    objects.push({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `cm-${i}`, namespace: 'bench', labels: { i: String(i % 10) } },
      data: { v: 'x'.repeat(200) },
    });
  }
  for (let i = 0; i < 20; i++) {
    objects.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: `d-${i}`, namespace: 'bench' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { d: String(i) } },
        template: {
          metadata: { labels: { d: String(i) } },
          spec: { containers: [{ name: 'c', image: 'i:1' }] },
        },
      },
    });
  }
  sandbox.load(objects);
  await measure('GET one ConfigMap', sandbox, '/api/v1/namespaces/bench/configmaps/cm-7');
  await measure('GET one Deployment', sandbox, '/apis/apps/v1/namespaces/bench/deployments/d-3');
  await measure(
    'LIST ConfigMaps by label (30 of 300)',
    sandbox,
    '/api/v1/namespaces/bench/configmaps?labelSelector=i%3D3',
  );
  // Every write runs the controllers over the whole store: this is the cost of that.
  await measure(
    'PATCH a ConfigMap label (merge patch)',
    sandbox,
    '/api/v1/namespaces/bench/configmaps/cm-7',
    (i) => ({
      metadata: { labels: { n: String(i) } },
    }),
  );
  await sandbox.stop();
}

void main();
