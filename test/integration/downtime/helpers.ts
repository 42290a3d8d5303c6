/** Shared by the downtime tests: a migrated-up-to-downtime world and what the stage must end in. */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preflightOk, world, type World } from '../phases/harness';
import { isInstallationDeployment, profileFor } from '../../../src/cognigy/profile';
import type { CognigySeedOptions } from '../../../src/rehearsal/seeds';
import type { SandboxOptions } from '../../../src/sandbox';
import { MongoSandbox } from '../../../src/sandbox/mongo';
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { clearLease, readLease } from '../../../src/kube/lease';
import { LOCK_NAME } from '../../../src/phases/run-lock';
import { MemoryLogger } from '../../support/memory-logger';
import { seedPassword } from '../../../src/rehearsal/seeds';

export const VARIANTS = ['generic', 'aws', 'azure'] as const;

/** preflight's inputs; K2H_TEST_CHART: another copy of the rehearsal chart (while the tree's is being edited). */
function preflightInputs(variant: 'generic' | 'aws' | 'azure'): Record<string, string> {
  const chart = process.env.K2H_TEST_CHART;
  return {
    ...preflightOk(variant),
    ...(chart ? { chart, values: join(chart, 'ci', `${variant}-values.yaml`) } : {}),
  };
}

/** The installation's MongoDB: the two analytics databases the downtime copies. */
export async function startMongo(): Promise<MongoSandbox> {
  const docs = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ _id: i, tag, at: i * 7 }));
  return MongoSandbox.start({
    rootUser: 'root',
    rootPassword: seedPassword('mongodb-root'),
    databases: {
      'service-analytics-collector-provider': { collections: { analytics: { documents: docs(40, 'a') } } },
      'service-analytics-conversation-collector-provider': {
        collections: { conversations: { documents: docs(25, 'c') } },
      },
    },
  });
}

/** A world (with a MongoDB) where preflight, migrate-secrets and prepare-storage have succeeded. */
export interface ReadyWorld extends World {
  mongo: MongoSandbox;
  /** Inputs every downtime/gate run of the test passes (the MongoDB URI). */
  inputs: Record<string, string>;
}

export async function readyWorld(
  seed: CognigySeedOptions = {},
  opts: SandboxOptions = {},
  extra: object[] = [],
): Promise<ReadyWorld> {
  const base = await world(seed, opts, extra);
  const mongo = await startMongo();
  const inputs = { 'mongodb-uri': mongo.uri };
  const w: ReadyWorld = {
    ...base,
    mongo,
    inputs,
    run: (phase, i = {}, o) => base.run(phase, { ...inputs, ...i }, o),
    stop: async () => {
      await mongo.stop();
      await base.stop();
    },
  };
  for (const [phase, inputs] of [
    ['preflight', preflightInputs(seed.variant ?? 'generic')],
    ['migrate-secrets', {}],
    ['prepare-storage', {}],
  ] as const) {
    const r = await w.run(phase, inputs);
    if (!r.result?.ok) {
      await w.stop();
      throw new Error(`${phase} failed: ${r.error?.message ?? r.result?.error}`);
    }
  }
  w.sandbox.requests.clear();
  return w;
}

export const record = (w: World) =>
  JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));

/** The installation's deployments in `default` and their replicas, as the sandbox has them. */
export function installationReplicas(w: World): Record<string, number> {
  const profile = profileFor('4.41.2');
  const out: Record<string, number> = {};
  for (const d of w.sandbox.list('apps/v1', 'Deployment', 'default'))
    if (isInstallationDeployment(profile, d.metadata.name)) out[d.metadata.name] = d.spec.replicas;
  return out;
}

/** What the downtime stage is responsible for, read back from the sandbox. */
export function endState(w: World) {
  const pvcs = ['flow-modules', 'functions', 'redis-persistent'];
  return {
    deployments: w.sandbox
      .list('apps/v1', 'Deployment', 'default')
      .map((d) => [d.metadata.name, d.spec.replicas])
      .sort(),
    oldClaims: pvcs.filter((n) => w.sandbox.get('v1', 'PersistentVolumeClaim', n, 'default')),
    newClaims: pvcs.map((n) => {
      const c = w.sandbox.get('v1', 'PersistentVolumeClaim', n, 'cognigy-ai');
      return c && [n, c.status?.phase, c.spec.volumeName, c.status?.capacity?.storage, c.status?.accessModes];
    }),
    pvs: w.sandbox
      .list('v1', 'PersistentVolume')
      .map((p) => [
        p.metadata.name,
        p.status?.phase,
        p.spec.persistentVolumeReclaimPolicy,
        p.spec.claimRef?.namespace,
        p.spec.claimRef?.name,
      ])
      .sort(),
    lost: [...w.sandbox.lostVolumes],
  };
}

/** A ready world captured once: the sandbox's objects and the state dir, to start again from. */
export interface Checkpoint {
  objects: object[];
  stateDir: string;
  variant: (typeof VARIANTS)[number];
}

export function checkpoint(w: World, variant: Checkpoint['variant']): Checkpoint {
  return { objects: w.sandbox.snapshot(), stateDir: w.stateDir, variant };
}

/** A fresh sandbox, state dir and MongoDB in the state of the checkpoint. */
export async function fromCheckpoint(
  c: Checkpoint,
  opts: SandboxOptions = {},
  edit: (objects: any[]) => any[] = (o) => o,
): Promise<ReadyWorld> {
  const base = await world({ variant: c.variant }, opts, [], () =>
    edit(JSON.parse(JSON.stringify(c.objects))),
  );
  cpSync(c.stateDir, base.stateDir, { recursive: true });
  const mongo = await startMongo();
  const inputs = { 'mongodb-uri': mongo.uri };
  base.sandbox.requests.clear();
  return {
    ...base,
    mongo,
    inputs,
    run: (phase, i = {}, o) => base.run(phase, { ...inputs, ...i }, o),
    stop: async () => {
      await mongo.stop();
      await base.stop();
    },
  };
}

/** What `k2h unlock` does after a killed run: clear the migration lock it left held. */
export async function unlockDeadRun(w: World): Promise<void> {
  const kube = new Kube(loadKubeConfig({ kubeconfig: w.kubeconfig }), new MemoryLogger(), { retries: 0 });
  const lease = await readLease(kube, 'default', LOCK_NAME);
  if (lease?.holder) await clearLease(kube, lease);
}

/** The connections a phase opened as root: connectMongo says so once per connection it opens. */
export const rootConnections = (lines: string[]) =>
  lines.filter((l) => /MongoDB [\d.]+ at .*: authenticated as root/.test(l)).length;

/** Polls `check` every 20 ms for up to `ms`; its last answer. */
export async function until(check: () => boolean, ms = 5000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20)))
    if (check()) return true;
  return check();
}
