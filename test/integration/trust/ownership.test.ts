/**
 * Ownership proven, not assumed: a created secret is recorded with its uid only after its create
 * succeeded; a secret that appeared between planning and apply is re-checked (same data: adopted
 * as pre-existing, never k2h's; other data: conflict); a copied created-by label proves nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kube, loadKubeConfig, type KubeObject } from '../../../src/kube/client';
import { executePhase } from '../../../src/front-doors/execute';
import { PHASES } from '../../../src/phases';
import { MIGRATION_ANNOTATION } from '../../../src/record/created';
import { MemoryLogger } from '../../support/memory-logger';
import { PREFLIGHT_OK, world, type World } from './support';

const record = (w: World) => JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));

/** migrate-secrets with a client that lets `meanwhile` run just before the create of `name`. */
async function migrateRacing(w: World, name: string, meanwhile: () => void) {
  const log = new MemoryLogger();
  class Racing extends Kube {
    private fired = false;
    override async create<T extends KubeObject = KubeObject>(obj: KubeObject, dryRun = false): Promise<T> {
      if (!this.fired && obj.kind === 'Secret' && obj.metadata.name === name) {
        this.fired = true;
        meanwhile();
      }
      return super.create<T>(obj, dryRun);
    }
  }
  const inputs: Record<string, string> = { kubeconfig: w.kubeconfig, 'state-dir': w.stateDir };
  try {
    const result = await executePhase(PHASES['migrate-secrets'], (n) => inputs[n], {
      logger: log,
      kube: async () => new Racing(loadKubeConfig({ kubeconfig: w.kubeconfig }), log, { retries: 0 }),
      env: { HOME: w.stateDir, PATH: process.env.PATH },
    });
    return { result, log };
  } catch (error) {
    return { error: error as Error, log };
  }
}

/** The source secret as someone would copy it into the target by hand (labels and all). */
function copyOf(w: World, name: string, edit: (data: Record<string, string>) => void = () => undefined) {
  const s = w.sandbox.get('v1', 'Secret', name, 'default');
  const data = { ...s.data };
  edit(data);
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: s.type,
    metadata: { name, namespace: 'cognigy-ai', labels: { 'app.kubernetes.io/created-by': 'k2h' } },
    data,
  };
}

describe('ownership proven', () => {
  test('every created secret is recorded with its live uid and carries the migration id', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.error).toBeUndefined();
      expect((await w.run('migrate-secrets')).result?.error).toBeUndefined();
      const rec = record(w);
      const created = rec.createdObjects.filter((c: any) => c.kind === 'Secret');
      expect(created.length).toBe(rec.migratedSecrets.length);
      for (const c of created) {
        const live = w.sandbox.get('v1', 'Secret', c.name, 'cognigy-ai');
        expect(live.metadata.uid).toBe(c.uid);
        expect(live.metadata.annotations[MIGRATION_ANNOTATION]).toBe(rec.id);
      }
    } finally {
      await w.stop();
    }
  }, 120_000);

  test('a secret that appeared meanwhile with the same data is adopted, never recorded as created', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.error).toBeUndefined();
      const victim = 'cognigy-rabbitmq';
      const name = w.sandbox.get('v1', 'Secret', victim, 'default')
        ? victim
        : w.sandbox.list('v1', 'Secret', 'default')[0].metadata.name;
      const out = await migrateRacing(w, name, () => w.sandbox.load([copyOf(w, name)]));
      expect(out.error).toBeUndefined();
      expect(out.result?.error).toBeUndefined();
      const rec = record(w);
      expect(rec.createdObjects.some((c: any) => c.name === name)).toBe(false);
      expect(rec.adoptions.some((a: any) => a.kind === 'Secret' && a.name === name)).toBe(true);
      expect(
        w.sandbox.get('v1', 'Secret', name, 'cognigy-ai').metadata.annotations?.[MIGRATION_ANNOTATION],
      ).toBeUndefined();
    } finally {
      await w.stop();
    }
  }, 120_000);

  test('a secret that appeared meanwhile with other data is a conflict, left as it is', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.error).toBeUndefined();
      const name = w.sandbox
        .list('v1', 'Secret', 'default')
        .find((s) => s.metadata.name.startsWith('cognigy-'))!.metadata.name;
      const theirs = copyOf(w, name, (d) => {
        for (const k of Object.keys(d)) d[k] = Buffer.from('someone-else').toString('base64');
      });
      const out = await migrateRacing(w, name, () => w.sandbox.load([theirs]));
      expect(out.error?.message ?? out.result?.error).toMatch(
        new RegExp(`secret cognigy-ai/${name} appeared while k2h ran and keys .* differ`),
      );
      expect(w.sandbox.get('v1', 'Secret', name, 'cognigy-ai').data).toEqual(theirs.data);
      expect((record(w).createdObjects ?? []).some((c: any) => c.name === name)).toBe(false);
    } finally {
      await w.stop();
    }
  }, 120_000);

  test('a copied created-by label proves nothing: the secret is adopted as pre-existing', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.error).toBeUndefined();
      const name = w.sandbox
        .list('v1', 'Secret', 'default')
        .find((s) => s.metadata.name.startsWith('cognigy-'))!.metadata.name;
      w.sandbox.load([copyOf(w, name)]);
      expect((await w.run('migrate-secrets')).result?.error).toBeUndefined();
      const rec = record(w);
      expect(rec.createdObjects.some((c: any) => c.name === name)).toBe(false);
      expect(rec.adoptions.some((a: any) => a.kind === 'Secret' && a.name === name)).toBe(true);
    } finally {
      await w.stop();
    }
  }, 120_000);
});
