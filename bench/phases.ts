/**
 * Benchmark (not a test): wall time and API requests of preflight, migrate-secrets and
 * prepare-storage against the sandbox (AWS seed), at 0, 5 and 25 ms injected API latency.
 *   npx tsx bench/phases.ts [runs]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Helm } from '../src/helm/helm';
import { PHASES } from '../src/phases';
import type { PhaseName } from '../src/phases/types';
import { executePhase } from '../src/front-doors/execute';
import { MemoryLogger } from '../test/support/memory-logger';
import { Sandbox } from '../src/sandbox/index';
import { cognigySeed } from '../src/rehearsal/seeds';

const RUNS = Number(process.argv[2] ?? 3);
const ROOT = join(process.cwd());
const PHASE_LIST: PhaseName[] = ['preflight', 'migrate-secrets', 'prepare-storage'];

async function once(
  latencyMs: number,
): Promise<Record<string, { ms: number; requests: number; writes: number }>> {
  const sandbox = await Sandbox.start({ latencyMs });
  sandbox.load(cognigySeed({ variant: 'aws' }));
  const stateDir = mkdtempSync(join(tmpdir(), 'k2h-bench-'));
  const inputs: Record<string, string> = {
    kubeconfig: sandbox.kubeconfig(),
    'state-dir': stateDir,
    'chart-version': '4.41.2',
    chart: join(ROOT, 'src', 'rehearsal', 'chart', 'cognigy-ai'),
    'acknowledge-no-snapshots': 'true',
  };
  const helm = join(ROOT, '.cache', 'bin', 'v32', 'helm');
  const out: Record<string, { ms: number; requests: number; writes: number }> = {};
  try {
    for (const p of PHASE_LIST) {
      const before = sandbox.requests.entries.length;
      const writes = sandbox.requests.mutating().length;
      const t = process.hrtime.bigint();
      const r = await executePhase(PHASES[p], (k) => inputs[k], {
        logger: new MemoryLogger(),
        helm: new Helm(helm),
      });
      if (!r.ok) throw new Error(`${p} failed: ${r.error}`);
      out[p] = {
        ms: Number(process.hrtime.bigint() - t) / 1e6,
        requests: sandbox.requests.entries.length - before,
        writes: sandbox.requests.mutating().length - writes,
      };
    }
  } finally {
    await sandbox.stop();
  }
  return out;
}

async function main() {
  console.log(`phases against the sandbox (aws seed), median of ${RUNS} runs`);
  for (const latency of [0, 5, 25]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(latency));
    for (const p of PHASE_LIST) {
      const ms = runs.map((r) => r[p].ms).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
      console.log(
        `latency ${String(latency).padStart(2)}ms  ${p.padEnd(16)} median ${ms.toFixed(0).padStart(6)}ms  requests ${runs[0][p].requests}  writes ${runs[0][p].writes}`,
      );
    }
  }
}

void main();
