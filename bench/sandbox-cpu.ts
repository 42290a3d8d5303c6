/**
 * Micro-benchmark (a script, never a timed test): the sandbox's own CPU per request, with the
 * generic Cognigy seed loaded (44 Deployments, 56 pods, ...).
 *   npx tsx bench/sandbox-cpu.ts [--rounds N] [--reads N] [--json FILE] [--cpu-prof DIR] [--profile-down DIR]
 *
 * The sandbox runs in a child process, so the figures are its CPU alone (process.cpuUsage around
 * each measurement), not the client's. Measured:
 * - the downtime stage's burst: 43 concurrent merge PATCHes `{"spec":{"replicas":0}}` on the
 *   Cognigy Deployments (fieldManager=k2h) over real HTTP, with a pod watch open as k2h keeps one,
 *   on a fresh copy of the seeded state each round; then the 43 PATCHes back to the seeded
 *   replicas (scale-up: new pods);
 * - sequential LIST of deployments and of pods in `default`, as JSON and as kubectl's Table;
 * - sequential GET of one Deployment.
 * Medians over the rounds; per-request figures are the round's CPU divided by its requests.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const opt = (name: string): string | undefined =>
  argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined;

type Msg =
  | { op: 'reset' }
  | { op: 'begin'; profile?: string }
  | { op: 'end' }
  | { op: 'replicas' }
  | { op: 'exit' };

/** --profile-down DIR: a V8 CPU profile of each scale-down burst alone (the inspector, in the child). */
const profiler = {
  session: undefined as import('node:inspector').Session | undefined,
  file: '',
  async start(file: string): Promise<void> {
    const { Session } = await import('node:inspector');
    const session = (this.session = new Session());
    session.connect();
    const post = (method: string, params?: object) =>
      new Promise<void>((ok) => session.post(method, params ?? {}, () => ok()));
    this.file = file;
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 100 });
    await post('Profiler.start');
  },
  async stop(): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    const profile = await new Promise<unknown>((ok) =>
      session.post('Profiler.stop', (_err, r) => ok((r as { profile: unknown }).profile)),
    );
    session.disconnect();
    writeFileSync(this.file, JSON.stringify(profile));
  },
};

/** The child: one sandbox with the seed; answers the parent's messages. */
async function child(): Promise<void> {
  const { Sandbox } = await import('../src/sandbox/index');
  const { cognigySeed } = await import('../src/rehearsal/seeds/index');
  const seeded = await Sandbox.start();
  seeded.load(cognigySeed({ variant: 'generic' }));
  const snapshot = seeded.snapshot();
  const replicas = Object.fromEntries(
    seeded
      .list('apps/v1', 'Deployment', 'default')
      .map((d: any) => [d.metadata.name, d.spec.replicas as number]),
  );
  await seeded.stop();
  let sandbox: Awaited<ReturnType<typeof Sandbox.start>> | undefined;
  let mark = process.cpuUsage();
  process.on('message', (m: Msg) => {
    void (async () => {
      switch (m.op) {
        case 'reset':
          await sandbox?.stop();
          sandbox = await Sandbox.start();
          sandbox.load(snapshot);
          globalThis.gc?.();
          process.send!({ url: sandbox.url });
          break;
        case 'replicas':
          process.send!({ replicas });
          break;
        case 'begin':
          // Each measurement pays for its own garbage, not for the previous one's.
          globalThis.gc?.();
          if (m.profile) await profiler.start(m.profile);
          mark = process.cpuUsage();
          process.send!({ ok: true });
          break;
        case 'end': {
          const d = process.cpuUsage(mark);
          await profiler.stop();
          process.send!({ cpuMs: (d.user + d.system) / 1000 });
          break;
        }
        case 'exit':
          await sandbox?.stop();
          process.exit(0);
      }
    })();
  });
  // The parent gone (finished or failed), nothing is left running.
  process.on('disconnect', () => process.exit(0));
  process.send!({ ready: true });
}

function ask<T>(proc: ChildProcess, m: Msg): Promise<T> {
  return new Promise((resolve) => {
    proc.once('message', (r) => resolve(r as T));
    proc.send(m);
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
const TABLE =
  'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

function send(url: string, method = 'GET', body?: string, accept = 'application/json'): Promise<string> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept };
    if (body) headers['content-type'] = 'application/merge-patch+json';
    const req = request(url, { agent, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if ((res.statusCode ?? 0) >= 300) reject(new Error(`${method} ${url}: ${res.statusCode} ${text}`));
        else resolve(text);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A pod watch from `rv`, as k2h keeps one while the pods go; resolves to its closer. */
function watchPods(base: string, rv: string): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/api/v1/namespaces/default/pods?watch=true&resourceVersion=${rv}&allowWatchBookmarks=true`,
      {},
      (res) => {
        res.resume();
        resolve(() => req.destroy());
      },
    );
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
    req.end();
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function parent(): Promise<void> {
  const rounds = Number(opt('rounds') ?? 15);
  if (opt('profile-down')) mkdirSync(opt('profile-down')!, { recursive: true });
  const reads = Number(opt('reads') ?? 200);
  const proc = fork(fileURLToPath(import.meta.url), ['--child'], {
    execArgv: [
      ...process.execArgv,
      '--expose-gc',
      // A V8 CPU profile of the sandbox process, for finding where its time goes.
      ...(opt('cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${opt('cpu-prof')}`] : []),
    ],
    stdio: 'inherit',
  });
  await new Promise((r) => proc.once('message', r));
  const { replicas } = await ask<{ replicas: Record<string, number> }>(proc, { op: 'replicas' });
  // The Cognigy deployments: everything the seed runs but the neighbour it adds to `default`.
  const names = Object.keys(replicas).filter((n) => n !== 'billing-exporter');
  const measure = async (fn: () => Promise<unknown>, profile?: string): Promise<number> => {
    await ask(proc, { op: 'begin', profile });
    await fn();
    return (await ask<{ cpuMs: number }>(proc, { op: 'end' })).cpuMs;
  };
  const down: number[] = [];
  const up: number[] = [];
  const readUs: Record<string, number[]> = {};
  const readCases: Array<[string, string, string?]> = [
    // The floor: node's HTTP server and the sandbox's request handling around a tiny answer.
    ['GET /version', '/version'],
    ['GET deployment', '/apis/apps/v1/namespaces/default/deployments/service-api'],
    ['LIST deployments', '/apis/apps/v1/namespaces/default/deployments'],
    ['LIST pods', '/api/v1/namespaces/default/pods'],
    ['LIST deployments (Table)', '/apis/apps/v1/namespaces/default/deployments', TABLE],
    ['LIST pods (Table)', '/api/v1/namespaces/default/pods', TABLE],
  ];
  for (let r = 0; r < rounds + 1; r++) {
    const { url } = await ask<{ url: string }>(proc, { op: 'reset' });
    const dep = (n: string): string =>
      `${url}/apis/apps/v1/namespaces/default/deployments/${n}?fieldManager=k2h`;
    // Warm the connections (the burst opens 43 sockets; their setup is not the sandbox's CPU per request).
    await Promise.all(names.map(() => send(`${url}/version`)));
    const rv = JSON.parse(await send(`${url}/api/v1/namespaces/default/pods?limit=500`)).metadata
      .resourceVersion as string;
    const close = await watchPods(url, rv);
    const d = await measure(
      () => Promise.all(names.map((n) => send(dep(n), 'PATCH', JSON.stringify({ spec: { replicas: 0 } })))),
      opt('profile-down') && r > 0 ? join(opt('profile-down')!, `down-${r}.cpuprofile`) : undefined,
    );
    close();
    const u = await measure(() =>
      Promise.all(
        names.map((n) => send(dep(n), 'PATCH', JSON.stringify({ spec: { replicas: replicas[n] } }))),
      ),
    );
    for (const [label, path, accept] of readCases) {
      const ms = await measure(async () => {
        for (let i = 0; i < reads; i++) await send(url + path, 'GET', undefined, accept);
      });
      if (r > 0) (readUs[label] ??= []).push((ms * 1000) / reads);
    }
    // Round 0 warms the JIT.
    if (r > 0) {
      down.push(d);
      up.push(u);
    }
  }
  const exited = new Promise((r) => proc.once('exit', r));
  proc.send({ op: 'exit' } satisfies Msg);
  await exited;
  agent.destroy();
  const n = names.length;
  const result = {
    rounds,
    readsPerRound: reads,
    scaleDown: { patches: n, totalMs: median(down), perRequestUs: (median(down) * 1000) / n },
    scaleUp: { patches: n, totalMs: median(up), perRequestUs: (median(up) * 1000) / n },
    reads: Object.fromEntries(Object.entries(readUs).map(([k, v]) => [k, { perRequestUs: median(v) }])),
  };
  console.log(`sandbox CPU, generic seed, median of ${rounds} rounds`);
  console.log(
    `  ${n} concurrent scale-to-0 PATCHes   ${result.scaleDown.totalMs.toFixed(1)} ms total  ${result.scaleDown.perRequestUs.toFixed(0)} µs/request`,
  );
  console.log(
    `  ${n} concurrent scale-up PATCHes     ${result.scaleUp.totalMs.toFixed(1)} ms total  ${result.scaleUp.perRequestUs.toFixed(0)} µs/request`,
  );
  for (const [k, v] of Object.entries(result.reads))
    console.log(`  ${k.padEnd(34)} ${v.perRequestUs.toFixed(0)} µs/request`);
  const file = opt('json');
  if (file) writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
}

if (argv.includes('--child')) void child();
else
  void parent().catch((e) => {
    console.error(e);
    process.exit(1);
  });
