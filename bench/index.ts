/**
 * The whole benchmark (never a test), `npm run bench [-- --json FILE] [--runs N] [--docs N]`:
 *
 * - the downtime stage (bench/downtime.ts) and each pre-downtime phase (bench/phases.ts): the whole
 *   k2h process against the runbook's own commands replayed with the real kubectl against the same
 *   sandbox, alternating in the same run, at 0, 5 and 25 ms injected API latency, medians;
 * - the MongoDB copy against a naive one (bench/mongo-copy.ts);
 * - peak memory of a k2h phase process, the action bundle's size, and the cold start of the
 *   action's entry and of `k2h --help` against a bare `node -e 0`.
 *
 * Each part prints its own table; --json FILE writes everything as one document:
 * { downtime: [{latencyMs, k2hSeconds, runbookSeconds, ratio, floorSeconds}], phases: [...],
 *   mongoCopy: {...}, peakRssMb, bundleBytes, coldStartMs, bareNodeMs, machine, date }.
 * The figures measure the committed bundle (dist/): run `npm run build` first after changing src/.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, hostname, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname ?? process.cwd(), '..');
const argv = process.argv.slice(2);
const opt = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const JSON_FILE = opt('json');
const RUNS = opt('runs') ?? '5';
const DOCS = opt('docs') ?? '50000';
const work = mkdtempSync(join(tmpdir(), 'k2h-bench-'));

/** Runs a part of the benchmark with its output shown; its --json lands in `file`. */
function part(script: string, args: string[]): Promise<void> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', script), ...args], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('exit', (code) => (code === 0 ? res() : rej(new Error(`bench/${script} exited with ${code}`))));
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Median wall times (ms) of several commands, run in turn (`rounds` rounds, a first warm-up round
 * not counted): interleaved, so a drift of the machine's speed during the measurement (seen here
 * as bare node starts between 25 and 85 ms within minutes) falls on every command alike.
 */
function startsMs(commands: { args: string[]; env?: NodeJS.ProcessEnv }[], rounds = 21): number[] {
  const times = commands.map((): number[] => []);
  for (let k = 0; k <= rounds; k++)
    commands.forEach((c, i) => {
      const t = process.hrtime.bigint();
      spawnSync(process.execPath, c.args, {
        cwd: ROOT,
        env: { PATH: process.env.PATH, ...c.env },
        stdio: 'ignore',
      });
      if (k) times[i].push(Number(process.hrtime.bigint() - t) / 1e6);
    });
  return times.map((t) => Math.round(median(t) * 10) / 10);
}

function dirBytes(dir: string): number {
  let n = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    n += statSync(p).isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return n;
}

async function main() {
  const started = new Date();
  const load = loadavg().map((x) => x.toFixed(2));
  // Cold start first, on a machine not yet busy with the sandboxes.
  // The action's entry up to its first decision: reads the inputs, refuses a bad one, exits.
  const [bareNodeMs, coldStartMs, helpMs] = startsMs([
    { args: ['-e', '0'] },
    { args: [join(ROOT, 'dist', 'actions', 'preflight.js')], env: { 'INPUT_DRY-RUN': 'maybe' } },
    { args: [join(ROOT, 'dist', 'cli', 'index.js'), '--help'] },
  ]);
  console.log(
    `cold start (median of 21, interleaved): node -e 0 ${bareNodeMs} ms; action entry ${coldStartMs} ms (${(coldStartMs / bareNodeMs).toFixed(2)}x); k2h --help ${helpMs} ms (${(helpMs / bareNodeMs).toFixed(2)}x)`,
  );

  const files = {
    phases: join(work, 'phases.json'),
    downtime: join(work, 'downtime.json'),
    mongo: join(work, 'mongo.json'),
  };
  await part('phases.ts', [
    '--runs',
    RUNS,
    '--cli',
    join(ROOT, 'dist', 'cli', 'index.js'),
    '--json',
    files.phases,
  ]);
  await part('downtime.ts', [RUNS, '--json', files.downtime]);
  await part('mongo-copy.ts', [DOCS, String(Math.ceil(Number(DOCS) / 10)), '--json', files.mongo]);

  const phases = JSON.parse(readFileSync(files.phases, 'utf8'));
  const downtimeRaw = JSON.parse(readFileSync(files.downtime, 'utf8'));
  const downtime = (Array.isArray(downtimeRaw) ? downtimeRaw : downtimeRaw.rows) as Array<
    Record<string, unknown>
  >;
  const mongoCopy = JSON.parse(readFileSync(files.mongo, 'utf8'));
  const result = {
    date: started.toISOString(),
    machine: {
      host: hostname(),
      uname: execFileSync('uname', ['-srm']).toString().trim(),
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '?',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverageAtStart: load,
    },
    runs: Number(RUNS),
    downtime: downtime.map((r) => ({
      latencyMs: r.latencyMs,
      k2hSeconds: r.k2hSeconds,
      runbookSeconds: r.runbookSeconds,
      ratio: r.ratio,
      floorSeconds: r.floorSeconds,
      ...r,
    })),
    phases: phases.rows,
    mongoCopy,
    peakRssMb: Math.max(phases.peakRssMb ?? 0, (downtimeRaw.peakRssMb as number | undefined) ?? 0),
    bundleBytes: dirBytes(join(ROOT, 'dist', 'main')),
    cliBundleBytes: dirBytes(join(ROOT, 'dist', 'cli')),
    coldStartMs,
    helpMs,
    bareNodeMs,
  };
  console.log(
    `\npeak RSS of a k2h process ${result.peakRssMb} MB; action bundle ${(result.bundleBytes / 1e6).toFixed(2)} MB (CLI ${(result.cliBundleBytes / 1e6).toFixed(2)} MB)`,
  );
  if (JSON_FILE) {
    writeFileSync(JSON_FILE, JSON.stringify(result, null, 2) + '\n');
    console.log(`written: ${JSON_FILE}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
