/**
 * Runs k2h phases against the sandbox with the seeded Cognigy installation, through the same
 * executePhase the front doors use, with the real @kubernetes/client-node and the real helm.
 */
import { startSeededMongo } from '../../../src/rehearsal/seeded-mongo';
import type { MongoSandbox } from '../../../src/sandbox/mongo';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Helm } from '../../../src/helm/helm';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { PHASES } from '../../../src/phases';
import type { PhaseName, PhaseResult } from '../../../src/phases/types';
import { executePhase } from '../../../src/front-doors/execute';
import { MemoryLogger } from '../../support/memory-logger';
import { Sandbox, type SandboxOptions } from '../../../src/sandbox';
import { cognigySeed, type CognigySeedOptions } from '../../../src/rehearsal/seeds';

export const ROOT = join(__dirname, '..', '..', '..');
export const CHART = join(ROOT, 'src', 'rehearsal', 'chart', 'cognigy-ai');
export const CHART_4_42 = join(ROOT, 'test', 'fixtures', 'charts', 'cognigy-ai-4.42.0');
export const HELM3 = join(ROOT, '.cache', 'bin', 'v32', 'helm');
export const HELM4 = join(ROOT, '.cache', 'bin', 'v35', 'helm');

export interface World {
  sandbox: Sandbox;
  kubeconfig: string;
  stateDir: string;
  /** Runs a phase; returns the result or the thrown error, and what was logged. */
  run(phase: PhaseName, inputs?: Record<string, string>, o?: { retries?: number }): Promise<Outcome>;
  /** Successful writes since the last clear, without the access reviews (they persist nothing). */
  mutations(): Array<{ method: string; path: string }>;
  /** The seed's in-memory MongoDB (absent with `{ mongo: false }` or a seed without one). */
  mongo?: MongoSandbox;
  stop(): Promise<void>;
}

export interface Outcome {
  result?: PhaseResult;
  error?: Error;
  log: MemoryLogger;
}

/**
 * Inputs for a preflight that passes on the default seed. As with the real chart, rendering needs
 * values (registry credentials, the TLS Secret): the generic ones; `preflightOk(variant)` gives the
 * values of another provider (its StorageClasses and claims are what preflight records).
 */
export const PREFLIGHT_OK = {
  'chart-version': '4.41.2',
  chart: CHART,
  values: join(CHART, 'ci', 'generic-values.yaml'),
  'acknowledge-no-snapshots': 'true',
};

/** PREFLIGHT_OK with the chart values of a seed variant (ci/<variant>-values.yaml). */
export function preflightOk(variant: 'generic' | 'aws' | 'azure' = 'generic') {
  return { ...PREFLIGHT_OK, values: join(CHART, 'ci', `${variant}-values.yaml`) };
}

export async function world(
  seed: CognigySeedOptions = {},
  opts: SandboxOptions = {},
  extra: object[] = [],
  edit: (objects: any[]) => any[] = (o) => o,
  o: { mongo?: boolean } = {},
): Promise<World> {
  const sandbox = await Sandbox.start(opts);
  const objects = edit([...cognigySeed(seed), ...extra]);
  sandbox.load(objects);
  // The installation's MongoDB behind mongodb-N:27017 (preflight checks it, downtime copies it).
  const mongo = o.mongo === false ? undefined : await startSeededMongo(sandbox, objects, { scale: 0.05 });
  const kubeconfig = sandbox.kubeconfig();
  const stateDir = mkdtempSync(join(tmpdir(), 'k2h-state-'));
  return {
    sandbox,
    kubeconfig,
    stateDir,
    async run(phase, inputs = {}, o = {}) {
      const log = new MemoryLogger();
      const all: Record<string, string> = { kubeconfig, 'state-dir': stateDir, helm: HELM3, ...inputs };
      const kube = async () =>
        new Kube(loadKubeConfig({ kubeconfig: all.kubeconfig }), log, {
          retries: o.retries ?? 0,
          retryDelayMs: 20,
        });
      try {
        const result = await executePhase(PHASES[phase], (n) => all[n], {
          logger: log,
          kube,
          helm: new Helm(all.helm),
          env: { HOME: stateDir, PATH: process.env.PATH },
        });
        return { result, log };
      } catch (error) {
        return { error: error as Error, log };
      }
    },
    mutations() {
      return sandbox.requests
        .mutating()
        .filter((e) => !String(e.resource).startsWith('selfsubject'))
        .map((e) => ({ method: e.method, path: e.path }));
    },
    mongo,
    stop: async () => {
      await mongo?.stop();
      await sandbox.stop();
    },
  };
}

/** Every string value in the seed's secrets, decoded: none may appear in any output. */
export function seedSecretValues(sandbox: Sandbox, namespaces = ['default', 'mongodb']): string[] {
  const out = new Set<string>();
  for (const ns of namespaces)
    for (const s of sandbox.list('v1', 'Secret', ns))
      for (const v of Object.values<string>(s.data ?? {})) {
        const text = Buffer.from(v, 'base64').toString('utf8');
        if (text.length >= 6) out.add(text);
        for (const m of text.matchAll(/:([^:@/]{6,})@/g)) out.add(m[1]);
        for (const m of text.matchAll(/requirepass\s+(\S{6,})/g)) out.add(m[1]);
      }
  // A leak test over no values could not fail.
  if (out.size < 30)
    throw new Error(`only ${out.size} secret values in the seed: the leak tests would prove nothing`);
  return [...out];
}
