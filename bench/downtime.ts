/**
 * Benchmark (not a test): the Kubernetes part of the downtime stage for the seeded installation,
 * the whole k2h process (`k2h downtime` of the built dist/cli bundle, or --cli FILE) against the runbook's own commands
 * replayed with the real kubectl (its `kubectl scale` loop over the deployments, then the PVC
 * moves) against the same sandbox state, alternating, at 0, 5 and 25 ms API latency; medians.
 *
 *   npx tsx bench/downtime.ts [runs] [--cli FILE] [--json FILE] [--latency 0,5,25] [--side both|k2h|runbook]
 *                             [--trace] [--checkpoint FILE] [--connect-latency MS]
 *
 * --json FILE: the rows as JSON, [{latencyMs, k2hSeconds, runbookSeconds, ratio, floorSeconds, ...}]
 * (for `npm run bench -- --json`). --trace: each k2h run's requests on a timeline (arrival and
 * answer, ms after the process was spawned; * marks a request on a new connection), to see where the time goes. --checkpoint FILE: keep
 * the prepared state (after preflight, migrate-secrets, prepare-storage) in FILE and reuse it.
 *
 * Floor: the k2h run's dependent round trips (the longest chain of requests each sent after the
 * previous answered, from the sandbox's request log) times the latency, plus a k2h process start.
 * The MongoDB part runs against an empty in-memory MongoDB (nothing to copy; the two users are
 * ensured), so the figures are the Kubernetes part's.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Helm } from '../src/helm/helm';
import { executePhase } from '../src/front-doors/execute';
import { PHASES } from '../src/phases';
import { cognigySeed, seedPassword } from '../src/rehearsal/seeds';
import { Sandbox, type RequestEntry } from '../src/sandbox';
import { startMongoServer, type MongoServer } from './mongo-server';
import { MemoryLogger } from '../test/support/memory-logger';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const RUNS = Number(argv.find((a, i) => /^\d+$/.test(a) && !argv[i - 1]?.startsWith('--')) ?? 3);
const JSON_FILE = flag('json');
const LATENCIES = (flag('latency') ?? '0,5,25').split(',').map(Number);
const SIDE = flag('side') ?? 'both';
const TRACE = argv.includes('--trace');
const CHECKPOINT = flag('checkpoint');
// Each new connection's first answer this much later too (TCP: one round trip, TLS 1.3: two); off by default.
const CONNECT_MS = Number(flag('connect-latency') ?? 0);
const ROOT = process.cwd();
const KUBECTL = join(ROOT, '.cache', 'bin', 'v32', 'kubectl');
const HELM = join(ROOT, '.cache', 'bin', 'v32', 'helm');
const PVCS = ['flow-modules', 'functions', 'redis-persistent'];

interface Checkpoint {
  objects: object[];
  stateDir: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The installation after preflight, migrate-secrets and prepare-storage, captured once. */
async function prepare(): Promise<Checkpoint> {
  const sandbox = await Sandbox.start();
  sandbox.load(cognigySeed({ variant: 'generic' }));
  const mongo = await startMongo(true);
  const stateDir = mkdtempSync(join(tmpdir(), 'k2h-bench-downtime-'));
  const inputs: Record<string, string> = {
    kubeconfig: sandbox.kubeconfig(),
    'state-dir': stateDir,
    'chart-version': '4.41.2',
    chart: process.env.K2H_BENCH_CHART ?? join(ROOT, 'src', 'rehearsal', 'chart', 'cognigy-ai'),
    values: join(
      process.env.K2H_BENCH_CHART ?? join(ROOT, 'src', 'rehearsal', 'chart', 'cognigy-ai'),
      'ci',
      'generic-values.yaml',
    ),
    'acknowledge-no-snapshots': 'true',
    'mongodb-uri': mongo.uri,
  };
  try {
    for (const p of ['preflight', 'migrate-secrets', 'prepare-storage'] as const) {
      const r = await executePhase(PHASES[p], (k) => inputs[k], {
        logger: new MemoryLogger(),
        helm: new Helm(HELM),
      });
      if (!r.ok) throw new Error(`${p} failed: ${r.error}`);
    }
    return { objects: sandbox.snapshot(), stateDir };
  } finally {
    await mongo.stop();
    await sandbox.stop();
  }
}

function startMongo(withData: boolean): Promise<MongoServer> {
  return startMongoServer({
    rootUser: 'root',
    rootPassword: seedPassword('mongodb-root'),
    databases: withData
      ? {
          'service-analytics-collector-provider': { collections: { a: { documents: [{ _id: 1 }] } } },
          'service-analytics-conversation-collector-provider': {
            collections: { c: { documents: [{ _id: 1 }] } },
          },
        }
      : {},
  });
}

/** A sandbox in the checkpoint's state, with `latencyMs` on every answer, and its own state dir. */
async function fresh(c: Checkpoint, latencyMs: number) {
  const sandbox = await Sandbox.start();
  sandbox.load(c.objects);
  sandbox.faults.latencyMs = latencyMs;
  sandbox.faults.connectLatencyMs = CONNECT_MS;
  sandbox.requests.clear();
  const dir = mkdtempSync(join(tmpdir(), 'k2h-bench-run-'));
  cpSync(c.stateDir, join(dir, 'state'), { recursive: true });
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, sandbox.kubeconfig(), { mode: 0o600 });
  return { sandbox, dir, kubeconfig, stateDir: join(dir, 'state') };
}

/** Runs a command to its end; resolves with its duration in ms. `onSpawn` gets the wall-clock start. */
function timed(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onSpawn?: (wallMs: number) => void,
): Promise<number> {
  const t = process.hrtime.bigint();
  onSpawn?.(Date.now());
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const stamp = (d: Buffer) =>
      (out += process.env.K2H_BENCH_VERBOSE
        ? String(d).replace(
            /^(?=.)/gm,
            `${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0).padStart(6)} ms | `,
          )
        : String(d));
    child.stdout.on('data', stamp);
    child.stderr.on('data', stamp);
    child.on('error', reject);
    child.on('close', (code) => {
      if (process.env.K2H_BENCH_VERBOSE && cmd === process.execPath) console.log(out);
      return code === 0
        ? resolve(Number(process.hrtime.bigint() - t) / 1e6)
        : reject(new Error(`${cmd} ${args.slice(0, 2).join(' ')} exited ${code}:\n${out.slice(-3000)}`));
    });
  });
}

/** The runbook's commands, as written there (the scale loop, then the PVC moves). */
function runbookScript(backups: string): string {
  // The PV names are read before the claims go (the runbook's <pv-name> comes from its earlier step).
  return (
    [
      'set -e',
      ...PVCS.map(
        (n) =>
          `PV_${n.replace(/-/g, '_')}=$(kubectl get pvc -n=default ${n} -o jsonpath='{.spec.volumeName}')`,
      ),
      `for i in $(kubectl get deployment --namespace default --template '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}')`,
      'do',
      '    kubectl --namespace default scale --replicas=0 deployment $i',
      'done',
      ...PVCS.map((n) => `kubectl delete pvc -n=default ${n}`),
      'kubectl get pvc',
      'kubectl get pvc -n=cognigy-ai',
      'kubectl get pv',
      ...PVCS.map((n) => `kubectl patch pv "$PV_${n.replace(/-/g, '_')}" -p '{"spec":{"claimRef": null}}'`),
      'kubectl get pv',
      ...['redis-persistent', 'flow-modules', 'functions'].map(
        (n) => `kubectl apply -f ${backups}/${n}-pvc.yaml`,
      ),
      'kubectl get pv',
      'kubectl get pvc -n=cognigy-ai',
    ].join('\n') + '\n'
  );
}

/** Every volume bound to the release's claim: the run did the job. */
function verify(sandbox: Sandbox, what: string): void {
  for (const n of PVCS) {
    const c = sandbox.get('v1', 'PersistentVolumeClaim', n, 'cognigy-ai');
    if (c?.status?.phase !== 'Bound')
      throw new Error(`${what}: ${n} is ${c?.status?.phase ?? 'missing'} in cognigy-ai`);
  }
  if (sandbox.lostVolumes.length) throw new Error(`${what}: lost ${sandbox.lostVolumes.join(', ')}`);
}

/** The requests of one run on a timeline: ms after the spawn they arrived and were answered. */
function trace(entries: RequestEntry[], spawnedAt: number): string {
  return entries
    .filter((e) => e.at !== undefined)
    .map((e) => {
      const at = e.at! - spawnedAt;
      const took = e.doneAt !== undefined ? `${String(e.doneAt - e.at!).padStart(4)} ms` : ' (stream)';
      return `${String(at).padStart(6)} ms ${took}${e.newConnection ? '*' : ' '}${e.method.padEnd(6)} ${e.status} ${e.path}${e.query ? `?${decodeURIComponent(e.query)}` : ''}`;
    })
    .join('\n');
}

/** One row of the table (and of --json). */
export interface DowntimeBenchRow {
  latencyMs: number;
  k2hSeconds: number;
  runbookSeconds: number;
  /** runbook / k2h. */
  ratio: number;
  /** Dependent round trips × latency + process start. */
  floorSeconds: number;
  dependentRoundTrips: number;
  processStartSeconds: number;
  k2hOverFloor: number;
}

/** Longest chain of requests each sent after the one before it was answered. */
function dependentRoundTrips(entries: RequestEntry[], latencyMs: number): number {
  const reqs = entries
    .filter((e) => e.at !== undefined)
    .map((e) => ({ at: e.at!, done: e.doneAt ?? e.at! + latencyMs }))
    .sort((a, b) => a.at - b.at);
  const depth: number[] = [];
  let best = 0;
  for (let i = 0; i < reqs.length; i++) {
    let d = 1;
    for (let j = 0; j < i; j++) if (reqs[j].done <= reqs[i].at && depth[j] + 1 > d) d = depth[j] + 1;
    depth.push(d);
    best = Math.max(best, d);
  }
  return best;
}

async function main() {
  console.log(
    `downtime (Kubernetes part): k2h vs the runbook's kubectl commands; ${cpus().length} cores; median of ${RUNS}` +
      (CONNECT_MS ? `; a new connection's first answer ${CONNECT_MS} ms later` : ''),
  );
  // The shipped bundle (what `npx k2h` runs); --cli names another (e.g. a scratch build).
  const bundle = resolve(flag('cli') ?? join(ROOT, 'dist', 'cli', 'index.js'));
  if (!existsSync(bundle)) throw new Error(`no k2h bundle at ${bundle}: run npm run build`);
  const cp =
    CHECKPOINT && existsSync(CHECKPOINT)
      ? (JSON.parse(readFileSync(CHECKPOINT, 'utf8')) as Checkpoint)
      : await prepare();
  if (CHECKPOINT && !existsSync(CHECKPOINT)) writeFileSync(CHECKPOINT, JSON.stringify(cp));
  const home = mkdtempSync(join(tmpdir(), 'k2h-bench-home-'));
  const env = (kubeconfig: string): NodeJS.ProcessEnv => ({
    PATH: `${join(ROOT, '.cache', 'bin', 'v32')}:${process.env.PATH}`,
    HOME: home,
    KUBECONFIG: kubeconfig,
    NO_COLOR: '1',
  });
  const starts: number[] = [];
  for (let i = 0; i < 3; i++)
    starts.push(await timed(process.execPath, [bundle, '--version'], env('/dev/null')));
  const start = median(starts);
  const sides = SIDE === 'both' ? ['k2h', 'runbook'] : [SIDE];
  const rows: DowntimeBenchRow[] = [];
  const lines: string[] = [];
  for (const latency of LATENCIES) {
    const k2h: number[] = [];
    const runbook: number[] = [];
    const depths: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      for (const side of r % 2 ? [...sides].reverse() : sides) {
        const f = await fresh(cp, latency);
        const mongo = await startMongo(false);
        try {
          if (side === 'k2h') {
            let spawnedAt = 0;
            const ms = await timed(
              process.execPath,
              [
                // e.g. K2H_BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile k2h.
                ...(process.env.K2H_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
                bundle,
                'downtime',
                '--kubeconfig',
                f.kubeconfig,
                '--state-dir',
                f.stateDir,
                '--approved-by-platform',
                '--mongodb-uri',
                mongo.uri,
              ],
              env(f.kubeconfig),
              (t) => (spawnedAt = t),
            );
            verify(f.sandbox, 'k2h');
            k2h.push(ms);
            depths.push(dependentRoundTrips(f.sandbox.requests.entries, latency));
            if (TRACE)
              console.log(
                `k2h at ${latency} ms: ${ms.toFixed(0)} ms, ${depths[depths.length - 1]} dependent round trips, ${f.sandbox.requests.entries.filter((e) => e.newConnection).length} connections opened\n${trace(f.sandbox.requests.entries, spawnedAt)}`,
              );
          } else {
            // A warm discovery cache, as on the operator's machine.
            await timed(KUBECTL, ['api-resources'], env(f.kubeconfig));
            const script = join(f.dir, 'runbook.sh');
            writeFileSync(script, runbookScript(join(f.stateDir, 'pvc-backups')));
            runbook.push(await timed('bash', [script], env(f.kubeconfig)));
            verify(f.sandbox, 'runbook');
          }
        } finally {
          await mongo.stop();
          await f.sandbox.stop();
        }
      }
    }
    const depth = depths.length ? median(depths) : 0;
    const floor = depth * latency + start;
    const m = { k2h: k2h.length ? median(k2h) : NaN, runbook: runbook.length ? median(runbook) : NaN };
    const row: DowntimeBenchRow = {
      latencyMs: latency,
      k2hSeconds: round(m.k2h / 1000),
      runbookSeconds: round(m.runbook / 1000),
      ratio: round(m.runbook / m.k2h, 2),
      floorSeconds: round(floor / 1000),
      dependentRoundTrips: depth,
      processStartSeconds: round(start / 1000),
      k2hOverFloor: round(m.k2h / floor, 2),
    };
    rows.push(row);
    lines.push(
      `| ${latency} ms | ${(m.runbook / 1000).toFixed(2)} s | ${(m.k2h / 1000).toFixed(2)} s | ${(m.runbook / m.k2h).toFixed(1)}x | ${depth} | ${(floor / 1000).toFixed(2)} s | ${(m.k2h / floor).toFixed(2)}x |`,
    );
    console.log(lines[lines.length - 1]);
  }
  console.log(
    [
      '',
      `k2h process start (node bundle --version): ${(start / 1000).toFixed(2)} s`,
      '| latency | runbook (kubectl) | k2h | speed-up | k2h dependent round trips | floor | k2h / floor |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...lines,
    ].join('\n'),
  );
  if (JSON_FILE) writeFileSync(JSON_FILE, JSON.stringify(rows, null, 2) + '\n');
}

const round = (x: number, digits = 3): number =>
  Number.isFinite(x) ? Number(x.toFixed(digits)) : (null as unknown as number);

void main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
