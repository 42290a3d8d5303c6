/**
 * Benchmark (never a test): the whole k2h process against the runbook's own kubectl commands for
 * the same work, on the same kind of sandbox (AWS seed), at 0, 5 and 25 ms API latency.
 *
 *   npx tsx bench/phases.ts [--runs N] [--latency 0,5,25] [--cli dist/cli/index.js] [--json FILE]
 *                           [--connect-latency MS]
 *
 * Each run starts fresh sandboxes (in this process) and alternates which side goes first. k2h runs
 * as a child process: the built bundle when --cli (or K2H_BENCH_CLI) names it, else
 * `node --import tsx src/cli.ts` (slower start; the table says which). kubectl is the real binary
 * (.cache/bin/v32/kubectl) with a fresh HOME per run (no discovery cache, as on a new CI runner).
 *
 * Per phase: wall time (median), API requests, round-trip depth (waves of requests: a request that
 * arrives more than 0.6 x latency after the previous one starts a new wave; a message into a
 * port-forward, such as a MongoDB command, counts as a request here, as the sandbox answers it one
 * latency later; measured in the runs at the highest latency), the floor = depth x latency +
 * process start (k2h --version), ratios.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import yaml from 'js-yaml';
import { Sandbox } from '../src/sandbox/index';
import { cognigySeed } from '../src/rehearsal/seeds';
import { startSeededMongo } from '../src/rehearsal/seeded-mongo';
import { stripServerFields } from '../src/kube/manifest';

const ROOT = resolve(import.meta.dirname ?? process.cwd(), '..');
const KUBECTL = join(ROOT, '.cache', 'bin', 'v32', 'kubectl');
const HELM = join(ROOT, '.cache', 'bin', 'v32', 'helm');
const CHART = join(ROOT, 'src', 'rehearsal', 'chart', 'cognigy-ai');
const VALUES = join(CHART, 'ci', 'aws-values.yaml');
const PHASES = ['preflight', 'migrate-secrets', 'prepare-storage'] as const;
type Phase = (typeof PHASES)[number];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const RUNS = Number(arg('runs') ?? 5);
const LATENCIES = (arg('latency') ?? '0,5,25').split(',').map(Number);
const CLI = arg('cli') ?? process.env.K2H_BENCH_CLI;
const JSON_FILE = arg('json');
// Each new connection's first answer this much later too (TCP: one round trip, TLS 1.3: two); off by default.
const CONNECT_MS = Number(arg('connect-latency') ?? 0);
// e.g. K2H_BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the k2h processes.
const NODE_ARGS = process.env.K2H_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
const k2hCommand = (args: string[]): [string, string[]] =>
  CLI
    ? [process.execPath, [...NODE_ARGS, resolve(CLI), ...args]]
    : [process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli.ts'), ...args]];

interface Sample {
  ms: number;
  requests: number;
  depth: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Peak resident memory of any k2h process (kB), reported by RSS_HOOK as it exits. */
let peakRssKb = 0;
const RSS_HOOK =
  "--import=data:text/javascript,process.on('exit',()=>process.stderr.write('\\nk2h-maxrss-kb='+process.resourceUsage().maxRSS+'\\n'))";

function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  input?: string,
): Promise<{ ms: number; out: string }> {
  const t = process.hrtime.bigint();
  return new Promise((res, rej) => {
    const p = execFile(cmd, args, { env, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      if (err)
        rej(new Error(`${cmd} ${args.slice(0, 3).join(' ')} failed: ${stderr || stdout || err.message}`));
      else {
        const rss = /k2h-maxrss-kb=(\d+)/.exec(stderr);
        if (rss) peakRssKb = Math.max(peakRssKb, Number(rss[1]));
        res({ ms: Number(process.hrtime.bigint() - t) / 1e6, out: stdout });
      }
    });
    if (input !== undefined) p.stdin!.end(input);
  });
}

/** A fresh sandbox with the AWS seed; arrival times of its requests, for the depth. */
async function world(latencyMs: number) {
  const sandbox = await Sandbox.start({ latencyMs });
  sandbox.faults.connectLatencyMs = CONNECT_MS;
  const objects = cognigySeed({ variant: 'aws' });
  sandbox.load(objects);
  // The installation's MongoDB (preflight checks it), small: the bench is about the API calls.
  const mongo = await startSeededMongo(sandbox, objects as never, { scale: 0.05 });
  const dir = mkdtempSync(join(tmpdir(), 'k2h-bench-'));
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, sandbox.kubeconfig(), { mode: 0o600 });
  const arrivals: number[] = [];
  const log = sandbox.requests as unknown as { add(e: unknown): void };
  const add = log.add.bind(log);
  log.add = (e) => {
    arrivals.push(performance.now());
    waves.push(performance.now());
    add(e);
  };
  // What goes into a port-forward (MongoDB's commands) is a round trip too: in the depth, not in
  // the request count.
  const waves: number[] = [];
  sandbox.onTunnelData(() => waves.push(performance.now()));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: join(dir, 'home'),
    KUBECONFIG: kubeconfig,
    NO_COLOR: '1',
    HELM_CACHE_HOME: join(dir, 'helm', 'cache'),
    HELM_CONFIG_HOME: join(dir, 'helm', 'config'),
    HELM_DATA_HOME: join(dir, 'helm', 'data'),
  };
  mkdirSync(env.HOME!, { recursive: true });
  /** Requests and depth of what `fn` caused. */
  const measure = async (fn: () => Promise<void>): Promise<Sample> => {
    const from = arrivals.length;
    const fromWave = waves.length;
    const t = process.hrtime.bigint();
    await fn();
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const times = waves.slice(fromWave);
    let depth = times.length ? 1 : 0;
    for (let n = 1; n < times.length; n++)
      if (times[n] - times[n - 1] > Math.max(0.6 * latencyMs, 3)) depth++;
    return { ms, requests: arrivals.length - from, depth };
  };
  return {
    sandbox,
    dir,
    kubeconfig,
    env,
    measure,
    stop: async () => {
      await mongo?.stop();
      await sandbox.stop();
    },
  };
}
type World = Awaited<ReturnType<typeof world>>;

/** k2h: each phase as its own process, as a pipeline runs it. */
async function k2hRun(w: World): Promise<
  Record<Phase, Sample> & {
    secrets: object[];
    adoptions: Array<{ kind: string; name: string }>;
    pvcs: Array<{ name: string; pv: string }>;
  }
> {
  const state = join(w.dir, 'state');
  const common = ['--kubeconfig', w.kubeconfig, '--state-dir', state];
  const flags: Record<Phase, string[]> = {
    preflight: [
      '--chart-version',
      '4.41.2',
      '--chart',
      CHART,
      '--values',
      VALUES,
      '--helm',
      HELM,
      '--acknowledge-no-snapshots',
    ],
    'migrate-secrets': [],
    'prepare-storage': [],
  };
  const out = {} as Record<Phase, Sample>;
  for (const p of PHASES) {
    const [cmd, args] = k2hCommand([p, ...common, ...flags[p]]);
    out[p] = await w.measure(async () => void (await run(cmd, args, { ...w.env, NODE_OPTIONS: RSS_HOOK })));
  }
  const record = JSON.parse(readFileSync(join(state, 'migration-record.json'), 'utf8'));
  // The migrated secrets as manifests, for `kubectl apply -f` of the very same objects.
  const secrets = w.sandbox.list('v1', 'Secret', 'cognigy-ai').map((s) => stripServerFields(s as never));
  return { ...out, secrets, adoptions: record.adoptions, pvcs: record.pvcs };
}

/** Wall time of each `helm template` of the chart (the runbook side's, which reads no cluster). */
const renders: number[] = [];

/** The runbook's commands for the same work, one kubectl (or helm) process each. */
async function kubectlRun(
  w: World,
  plan: Awaited<ReturnType<typeof k2hRun>>,
): Promise<Record<Phase, Sample>> {
  const k = (...args: string[]) => run(KUBECTL, args, w.env);
  const own = ['meta.helm.sh/release-name=cognigy-ai', 'meta.helm.sh/release-namespace=cognigy-ai'];
  const kindArg: Record<string, string> = {
    StorageClass: 'storageclass',
    ClusterRoleBinding: 'clusterrolebindings',
    ClusterRole: 'clusterrole',
    IngressClass: 'ingressclass',
  };
  const secretsDir = join(w.dir, 'migration-secrets');
  mkdirSync(secretsDir, { recursive: true });
  for (const s of plan.secrets as Array<{ metadata: { name: string } }>)
    writeFileSync(join(secretsDir, `${s.metadata.name}.yaml`), yaml.dump(s));
  const backups = join(w.dir, 'backups');
  mkdirSync(backups, { recursive: true });
  return {
    // What preflight checks, by hand: versions, the chart's images, the installation, storage, secrets.
    preflight: await w.measure(async () => {
      await run(HELM, ['version'], w.env);
      const render = await run(
        HELM,
        [
          'template',
          'cognigy-ai',
          CHART,
          '--values',
          VALUES,
          '--namespace',
          'cognigy-ai',
          '--kube-version',
          '1.23.17',
          // What k2h passes from discovery; the chart's Traefik IngressClass asks for it.
          '--api-versions',
          'networking.k8s.io/v1/IngressClass',
        ],
        w.env,
      );
      renders.push(render.ms);
      await k('version', '-o', 'json');
      await k('get', 'deployments', '-n', 'default', '-o', 'json');
      await k('get', 'statefulset', '-n', 'mongodb', 'mongodb', '-o', 'json');
      await k('get', 'secrets', '-n', 'default', '-o', 'json');
      await k('get', 'pvc', '-n', 'default', '-o', 'json');
      await k('get', 'pv', '-o', 'json');
      await k('get', 'storageclass', '-o', 'json');
      await k('get', 'ingressclass', '-o', 'json');
      await k('get', 'namespace', 'cognigy-ai', '--ignore-not-found');
    }),
    // Runbook: kubectl create ns cognigy-ai; kubectl apply -f migration-secrets
    'migrate-secrets': await w.measure(async () => {
      await k('create', 'ns', 'cognigy-ai');
      await k('apply', '-f', secretsDir);
    }),
    // Runbook: get pv, patch each to Retain, get pv, annotate + label each adopted object,
    // get each PVC -o yaml twice (the kustomize backup, then the copy to edit into the Helm one).
    'prepare-storage': await w.measure(async () => {
      await k('get', 'pv');
      for (const p of plan.pvcs)
        await k('patch', 'pv', p.pv, '-p', '{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}');
      await k('get', 'pv');
      for (const a of plan.adoptions) {
        await k('annotate', kindArg[a.kind] ?? a.kind.toLowerCase(), a.name, ...own);
        await k(
          'label',
          kindArg[a.kind] ?? a.kind.toLowerCase(),
          a.name,
          'app.kubernetes.io/managed-by=Helm',
        );
      }
      for (const suffix of ['-pvc-kustomize.yaml', '-pvc.yaml'])
        for (const p of plan.pvcs) {
          const { out } = await k('get', 'pvc', '-n=default', p.name, '-o', 'yaml');
          writeFileSync(join(backups, `${p.name}${suffix}`), out);
        }
    }),
  };
}

async function startTime(cmd: string, args: string[]): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < 7; i++) xs.push((await run(cmd, args, { PATH: process.env.PATH, NO_COLOR: '1' })).ms);
  return median(xs);
}

async function main() {
  const machine = execFileSync('uname', ['-a']).toString().trim();
  const nodeStart = await startTime(process.execPath, ['-e', '0']);
  const [vc, va] = k2hCommand(['--version']);
  const k2hStart = await startTime(vc, va);
  const [hc, ha] = k2hCommand(['--help']);
  const helpStart = await startTime(hc, ha);
  const kubectlStart = await startTime(KUBECTL, ['version', '--client']);
  const cli = CLI ? `built bundle ${CLI}` : 'node --import tsx src/cli.ts (unbundled)';
  console.log(`k2h: ${cli}; kubectl 1.32 (${KUBECTL}); ${RUNS} runs per latency, alternating; medians`);
  if (CONNECT_MS) console.log(`a new connection's first answer ${CONNECT_MS} ms later (--connect-latency)`);
  console.log(`${machine}; ${cpus().length} cpus; ${new Date().toISOString()}`);
  console.log(
    `process start: node -e 0 ${nodeStart.toFixed(0)} ms, k2h --version ${k2hStart.toFixed(0)} ms, k2h --help ${helpStart.toFixed(0)} ms, kubectl version --client ${kubectlStart.toFixed(0)} ms`,
  );
  // The objects both sides work on (same seed, so the same for every run): from a warm-up k2h run.
  const w0 = await world(0);
  const plan = await k2hRun(w0).finally(() => w0.stop());
  const rows: Array<Record<string, unknown>> = [];
  const depthAt = new Map<Phase, { k2h: number; kubectl: number }>();
  for (const latency of [...LATENCIES].sort((a, b) => b - a)) {
    const k2h: Record<Phase, Sample[]> = { preflight: [], 'migrate-secrets': [], 'prepare-storage': [] };
    const kc: Record<Phase, Sample[]> = { preflight: [], 'migrate-secrets': [], 'prepare-storage': [] };
    renders.length = 0;
    for (let i = 0; i < RUNS; i++) {
      const a = await world(latency);
      const b = await world(latency);
      try {
        // Alternate which side goes first.
        const order = i % 2 === 0 ? (['k2h', 'kubectl'] as const) : (['kubectl', 'k2h'] as const);
        for (const side of order) {
          if (side === 'k2h') {
            const r = await k2hRun(a);
            for (const p of PHASES) k2h[p].push(r[p]);
          } else {
            const r = await kubectlRun(b, plan);
            for (const p of PHASES) kc[p].push(r[p]);
          }
        }
      } finally {
        await a.stop();
        await b.stop();
      }
    }
    for (const p of PHASES) {
      if (!depthAt.has(p))
        depthAt.set(p, {
          k2h: median(k2h[p].map((s) => s.depth)),
          kubectl: median(kc[p].map((s) => s.depth)),
        });
      const d = depthAt.get(p)!;
      const k2hMs = median(k2h[p].map((s) => s.ms));
      const kcMs = median(kc[p].map((s) => s.ms));
      const floor = d.k2h * latency + k2hStart;
      // preflight must render the chart (one `helm template` process, however fast the cluster):
      // the floor with that render on the path, measured by the runbook side's own render.
      const renderMs = p === 'preflight' ? median(renders) : 0;
      rows.push({
        latencyMs: latency,
        phase: p,
        k2hMs: Math.round(k2hMs),
        kubectlMs: Math.round(kcMs),
        speedup: +(kcMs / k2hMs).toFixed(2),
        k2hRequests: median(k2h[p].map((s) => s.requests)),
        kubectlRequests: median(kc[p].map((s) => s.requests)),
        k2hDepth: d.k2h,
        kubectlDepth: d.kubectl,
        floorMs: Math.round(floor),
        overFloor: +(k2hMs / floor).toFixed(2),
        ...(renderMs
          ? {
              renderMs: Math.round(renderMs),
              floorWithRenderMs: Math.round(floor + renderMs),
              overFloorWithRender: +(k2hMs / (floor + renderMs)).toFixed(2),
            }
          : {}),
        k2hRunsMs: k2h[p].map((s) => Math.round(s.ms)),
        kubectlRunsMs: kc[p].map((s) => Math.round(s.ms)),
      });
    }
  }
  rows.sort(
    (a, b) =>
      (a.latencyMs as number) - (b.latencyMs as number) ||
      PHASES.indexOf(a.phase as Phase) - PHASES.indexOf(b.phase as Phase),
  );
  console.log('');
  console.log(
    '| latency | phase | k2h | kubectl (runbook) | kubectl / k2h | requests k2h / kubectl | depth k2h / kubectl | floor | k2h / floor |',
  );
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.latencyMs} ms | ${r.phase} | ${r.k2hMs} ms | ${r.kubectlMs} ms | ${r.speedup}x | ${r.k2hRequests} / ${r.kubectlRequests} | ${r.k2hDepth} / ${r.kubectlDepth} | ${r.floorMs} ms | ${r.overFloor}x |`,
    );
  for (const r of rows)
    if (r.renderMs)
      console.log(
        `${r.latencyMs} ms, ${r.phase}: helm template alone ${r.renderMs} ms; floor with the render ${r.floorWithRenderMs} ms; k2h / that floor ${r.overFloorWithRender}x`,
      );
  if (JSON_FILE)
    writeFileSync(
      JSON_FILE,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine,
          cpus: cpus().length,
          cli,
          runs: RUNS,
          start: { nodeStart, k2hStart, helpStart, kubectlStart },
          peakRssMb: Math.round(peakRssKb / 1024),
          rows,
        },
        null,
        2,
      ) + '\n',
    );
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
