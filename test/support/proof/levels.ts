/**
 * Migrations stopped at a given phase, captured once (the sandbox's objects + the state dir) so
 * each bad-input case starts from its own copy: nothing one case does reaches another.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHART, HELM3, PREFLIGHT_OK } from '../../integration/phases/harness';
import type { PhaseName } from '../../../src/phases/types';
import { copyStateDir, failure, GATED, proofWorld, type ProofWorld } from './pipeline';

export type Level = 'fresh' | 'preflighted' | 'ready' | 'downtimed';

export interface Captured {
  objects: object[];
  stateDir: string;
}

/** The inputs with which each phase succeeds on the generic seed (bad cases change them). */
export function workingInputs(
  phase: string,
  w: { kubeconfig: string; stateDir: string; mongoUri: string },
): Record<string, string> {
  const common = {
    kubeconfig: w.kubeconfig,
    'state-dir': w.stateDir,
    helm: HELM3,
    'mongodb-uri': w.mongoUri,
  };
  const chart = { chart: CHART, 'chart-version': '4.41.2', values: join(CHART, 'ci', 'generic-values.yaml') };
  const own: Record<string, Record<string, string>> = {
    preflight: { ...PREFLIGHT_OK },
    downtime: GATED,
    'helm-install': { ...chart, 'helm-timeout': '60s' },
    rollback: GATED,
    cleanup: GATED,
  };
  return { ...common, ...(own[phase] ?? {}) };
}

const LADDER: Array<[Level, PhaseName | undefined]> = [
  ['fresh', undefined],
  ['preflighted', 'preflight'],
  ['ready', 'migrate-secrets'],
  ['downtimed', 'downtime'],
];

/** Runs the pipeline once, capturing the state at each level. */
export async function captureLevels(): Promise<Record<Level, Captured>> {
  const w = await proofWorld('generic');
  const out = {} as Record<Level, Captured>;
  try {
    const uri = w.mongo.uri;
    const run = async (phase: PhaseName) => {
      const r = await w.run(
        phase,
        workingInputs(phase, { kubeconfig: w.kubeconfig, stateDir: w.stateDir, mongoUri: uri }),
      );
      if (!r.result?.ok) throw new Error(failure(phase, r));
    };
    for (const [level, phase] of LADDER) {
      if (phase === 'migrate-secrets') {
        await run('migrate-secrets');
        await run('prepare-storage');
      } else if (phase) await run(phase);
      out[level] = { objects: w.sandbox.snapshot(), stateDir: copyStateDir(w.stateDir) };
    }
    return out;
  } finally {
    await w.stop();
  }
}

/** A world in a captured state, with the case's changes to objects, permissions and MongoDB. */
export async function worldAt(
  c: Captured,
  o: { objects?: (x: any[]) => any[]; denied?: any[]; mongo?: Record<string, any> } = {},
): Promise<ProofWorld & { dir: string }> {
  const edit = o.objects ?? ((x: any[]) => x);
  const w = await proofWorld('generic', {
    edit: () => edit(JSON.parse(JSON.stringify(c.objects))),
    sandbox: o.denied ? { deniedPermissions: o.denied } : {},
  });
  cpSync(c.stateDir, w.stateDir, { recursive: true });
  if (o.mongo) w.mongo.load(o.mongo as any);
  return Object.assign(w, { dir: mkdtempSync(join(tmpdir(), 'k2h-case-')) });
}
