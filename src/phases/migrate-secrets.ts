/**
 * migrate-secrets: the installation's secrets into the target namespace, adopted by the Helm
 * release (what Cognigy's secret-migration.py + `kubectl apply` do, without its quirks).
 * Offline mode (`out-dir`) writes the manifests for review and touches no cluster.
 */
import { join, resolve } from 'node:path';
import { profileFor } from '../cognigy/profile';
import {
  describeSecret,
  diffSecretData,
  formatSecretDescription,
  type KubeSecret,
  migrateSecrets as migrate,
  writeSecretsDir,
} from '../cognigy/secret-migration';
import type { Kube, KubeObject } from '../kube/client';
import { KubeApiError } from '../kube/errors';
import { Observation } from '../kube/observation';
import type { MigrationRecord } from '../record/schema';
import { ConfigurationError } from '../core/errors';
import { settle, unsettle } from '../core/settle';
import type { Step } from '../steps/step';
import { hasMetadata } from '../helm/ownership';
import { adoptionFact, CREATED_BY, CREATED_BY_LABEL } from '../kube/adopt';
import { recordAdoption } from '../record/adoptions';
import { provenCreated, recordCreated, withMigrationAnnotation } from '../record/created';
import { loadRecord, peekLocalRecord } from './load-record';
import { runPhaseSteps } from './run-steps';
import { readSecretSource } from './secret-source';
import type { PhaseContext, PhaseDefinition, PhaseResult } from './types';
import { migrateSecretsSpec } from './specs';

function withoutCreatedBy(s: KubeSecret): KubeSecret {
  const labels = { ...(s.metadata.labels ?? {}) };
  delete labels[CREATED_BY_LABEL];
  return { ...s, metadata: { ...s.metadata, labels } };
}

/** The annotations and labels the migration gives a secret. */
const metadataOf = (s: KubeSecret) => ({
  annotations: s.metadata.annotations ?? {},
  labels: s.metadata.labels ?? {},
});

const SECRET = ['v1', 'Secret'] as const;

async function runMigrateSecrets(ctx: PhaseContext): Promise<PhaseResult> {
  if (ctx.inputs['out-dir']) return offline(ctx);
  const kube = await ctx.kube();
  const target = String(ctx.inputs['target-namespace']);
  // One observation, all at once: the record, the target namespace and its secrets. The source
  // secrets are read by name (least privilege: `get` on the profile's secrets, never a LIST of
  // every secret in the installation's namespace). loadRecord checks the recorded namespaces.
  const observed = Promise.all([
    loadRecord(ctx),
    Observation.of(kube, [{ apiVersion: 'v1', kind: 'Secret', namespace: target }]),
    // GET, not LIST: reading one namespace needs no cluster-wide list permission.
    kube.get('v1', 'Namespace', target),
  ]);
  observed.catch(() => undefined);
  // The source secrets are read in the same round trip, with what the state dir's record says
  // (version, source namespace); used only if the loaded record says the same.
  const peek = peekLocalRecord(String(ctx.inputs['state-dir']));
  const early = peek && {
    key: sourceKey(ctx, peek),
    secrets: settle(computeSecrets(ctx, kube, ...sourceArgs(ctx, peek))),
  };
  const [{ record, store }, obs, namespace] = await observed;
  obs.add({ apiVersion: 'v1', kind: 'Namespace' }, namespace ? [namespace] : []);
  // Created by a run that died before it saved (the migration id is on it): recorded now.
  if (namespace && provenCreated(record, namespace)) recordCreated(record, namespace);
  const version = (ctx.inputs['chart-version'] as string | undefined) ?? record.product.version;
  if (version !== record.product.version)
    throw new ConfigurationError(
      `chart-version ${version} differs from the recorded ${record.product.version}; re-run preflight`,
    );
  const secrets =
    early && early.key === sourceKey(ctx, record)
      ? await unsettle(early.secrets)
      : await computeSecrets(ctx, kube, ...sourceArgs(ctx, record));

  // Conflicts are found before anything is written: a secret already in the target namespace
  // with other data is never overwritten.
  const conflicts: string[] = [];
  // Secrets already there with the same data that k2h did not create: adopted, not claimed as ours.
  const preexisting = new Map<string, KubeSecret>();
  for (const s of secrets) {
    const existing = obs.get(...SECRET, s.metadata.name, target) as unknown as KubeSecret | undefined;
    if (!existing) continue;
    const problem = conflictOf(existing, s);
    if (problem) conflicts.push(`${target}/${s.metadata.name}: ${problem}`);
    // Ours only when proven (record uid, or this migration's annotation): a label can be copied.
    else if (!provenCreated(record, existing as unknown as KubeObject))
      preexisting.set(s.metadata.name, existing);
    // Created by a run that died before it saved: recorded now, with its uid.
    else recordCreated(record, existing as unknown as KubeObject);
  }
  if (conflicts.length)
    throw new ConfigurationError(
      `secrets already in ${target} hold other data; k2h never overwrites them. Compare and delete or fix them, then re-run:\n  - ${conflicts.join('\n  - ')}`,
    );

  const names = secrets.map((s) => s.metadata.name).filter((n) => !preexisting.has(n));
  const result = await runPhaseSteps(
    ctx,
    'migrate-secrets',
    [
      { name: `namespace ${target}`, steps: [namespaceStep(kube, target, record)] },
      {
        name: `secrets into ${target}`,
        steps: secrets.map((s) =>
          preexisting.has(s.metadata.name)
            ? adoptSecretStep(kube, withoutCreatedBy(s), preexisting.get(s.metadata.name)!, target, record)
            : secretStep(kube, s, target, record, names),
        ),
      },
    ],
    {
      record,
      store,
      observation: obs,
      outputs: { 'migrated-secrets': secrets.map((s) => s.metadata.name).join(',') },
      last: true,
    },
  );
  // Said as it is: a plan is what would happen, a failed run migrated nothing for certain.
  const route = `from ${record.sourceNamespace} to ${target}`;
  result.report = [
    ctx.dryRun
      ? `would migrate ${secrets.length} secrets ${route}`
      : result.ok
        ? `${secrets.length} secrets migrated ${route}`
        : `migration of ${secrets.length} secrets ${route} stopped at the failed step; re-run to continue`,
  ];
  return result;
}

/** What the source secrets depend on in a record: product version, source namespace, apps. */
function sourceArgs(
  ctx: PhaseContext,
  r: Pick<MigrationRecord, 'product' | 'sourceNamespace' | 'cognigyApps'>,
): [string, string, boolean] {
  return [
    (ctx.inputs['chart-version'] as string | undefined) ?? r.product.version,
    r.sourceNamespace,
    r.cognigyApps || ctx.inputs['cognigy-apps'] === true,
  ];
}
const sourceKey = (ctx: PhaseContext, r: Parameters<typeof sourceArgs>[1]) =>
  JSON.stringify(sourceArgs(ctx, r));

/** Why an existing target secret cannot be taken as the migrated one; undefined when it can. */
function conflictOf(existing: KubeSecret, wanted: KubeSecret): string | undefined {
  const d = diffSecretData(existing, wanted);
  if (!d.equal) return `keys ${d.differingKeys.join(', ')} differ`;
  if ((existing.type ?? 'Opaque') !== (wanted.type ?? 'Opaque'))
    return `type ${existing.type} differs from ${wanted.type}`;
  return undefined;
}

/** Reads the sources and computes the manifests; every problem at once, nothing applied. */
async function computeSecrets(
  ctx: PhaseContext,
  kube: Kube | undefined,
  version: string,
  source: string,
  cognigyApps: boolean,
  listed?: KubeObject[],
): Promise<KubeSecret[]> {
  const profile = profileFor(version);
  const dir = ctx.inputs['secrets-dir'] as string | undefined;
  const officialParity = ctx.inputs['official-script-parity'] === true;
  const src = await readSecretSource(
    { kube, dir, namespace: source, profile, cognigyApps, listed, officialParity },
    ctx.logger,
  );
  const res = migrate({
    secrets: src.secrets,
    version,
    release: String(ctx.inputs.release),
    namespace: String(ctx.inputs['target-namespace']),
    cognigyApps,
    officialParity,
  });
  if (res.beyondScript.length)
    ctx.logger.info(
      `also migrated, although the official script ${profile.secrets.officialScript.tags} leaves them (the chart would create new random ones and clients holding the old keys would break): ${res.beyondScript.join(', ')}; official-script-parity=true leaves them out`,
    );
  const problems = [
    ...src.problems,
    ...res.missing.map(
      (m) =>
        `missing secret ${m.name}${dir ? ` (expected file ${m.file} in ${dir})` : ` in namespace ${source}`}`,
    ),
    ...res.invalid.map((x) => `${x.name}: ${x.problem}`),
  ];
  if (problems.length)
    throw new ConfigurationError(
      `cannot migrate the secrets; nothing was changed:\n  - ${problems.join('\n  - ')}`,
    );
  return res.secrets.map((s) => ({
    ...s,
    metadata: { ...s.metadata, labels: { ...(s.metadata.labels ?? {}), ...CREATED_BY } },
  }));
}

function namespaceStep(kube: Kube, target: string, record: MigrationRecord): Step<Observation> {
  return {
    id: `namespace/${target}`,
    title: `namespace ${target}`,
    isDone: (obs) => !!obs.get('v1', 'Namespace', target),
    describe: () => [`create namespace ${target}`],
    apply: async (obs) => {
      try {
        // Proven created (uid in the record, migration id on it): rollback may delete it last.
        const created = await kube.create(
          withMigrationAnnotation<KubeObject>(
            { apiVersion: 'v1', kind: 'Namespace', metadata: { name: target, labels: { ...CREATED_BY } } },
            record,
          ),
        );
        recordCreated(record, created);
        obs.put(created);
        return [`created namespace ${target}`];
      } catch (err) {
        // Created since the observation (by a parallel run or a person): it is there, as wanted.
        if (!(err instanceof KubeApiError && err.code === 409)) throw err;
        obs.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: target } });
        return [`namespace ${target} already exists`];
      }
    },
  };
}

/** Merges Helm's metadata into an existing secret; the response goes into the observation. */
async function mergeMetadata(
  kube: Kube,
  obs: Observation,
  name: string,
  target: string,
  meta: ReturnType<typeof metadataOf>,
): Promise<void> {
  obs.put(
    await kube.patch(...SECRET, name, target, {
      metadata: { annotations: meta.annotations, labels: meta.labels },
    }),
  );
}

/**
 * A secret already in the target namespace with the same data, not created by k2h: Helm's
 * metadata is merged in and its previous metadata recorded (rollback undoes the adoption), but it
 * is never listed as k2h's, so nothing later deletes it.
 */
function adoptSecretStep(
  kube: Kube,
  s: KubeSecret,
  existing: KubeSecret,
  target: string,
  record: MigrationRecord,
): Step<Observation> {
  const name = s.metadata.name;
  const meta = metadataOf(s);
  return {
    id: `secret/${name}`,
    title: `secret ${target}/${name} (already there: adopt)`,
    isDone: (obs) => hasMetadata(obs.get(...SECRET, name, target), meta),
    describe: () => [
      `add Helm ownership metadata to the existing ${formatSecretDescription(describeSecret(s))}`,
    ],
    writeAhead: () => recordAdoption(record, adoptionFact(existing, meta, target)),
    apply: async (obs) => {
      await mergeMetadata(kube, obs, name, target, meta);
      return [`added Helm ownership metadata to existing secret ${target}/${name}`];
    },
  };
}

function secretStep(
  kube: Kube,
  s: KubeSecret,
  target: string,
  record: MigrationRecord,
  allNames: string[],
): Step<Observation> {
  const name = s.metadata.name;
  const meta = metadataOf(s);
  const matches = (o?: KubeSecret) => !!o && diffSecretData(o, s).equal && hasMetadata(o, meta);
  const observed = (obs: Observation) =>
    obs.get(...SECRET, name, target) as unknown as KubeSecret | undefined;
  return {
    id: `secret/${name}`,
    title: `secret ${target}/${name}`,
    isDone: (obs) => matches(observed(obs)),
    describe: () => [`create or adopt ${formatSecretDescription(describeSecret(s))}`],
    // Rollback and clean-up need the names of every secret k2h may have created: record them all
    // (the engine mirrors them once) before the first one is written.
    writeAhead: () => {
      const missing = allNames.filter((n) => !record.migratedSecrets.includes(n));
      record.migratedSecrets.push(...missing);
      return missing.length > 0;
    },
    apply: async (obs) => {
      let existing = observed(obs);
      if (!existing) {
        try {
          const created = await kube.create(withMigrationAnnotation(s, record) as unknown as KubeObject);
          obs.put(created);
          // Recorded only now that the create succeeded, with the uid it got.
          recordCreated(record, created);
          return [`created secret ${target}/${name} (keys: ${Object.keys(s.data ?? {}).join(', ')})`];
        } catch (err) {
          if (!(err instanceof KubeApiError && err.code === 409)) throw err;
          // Written since the observation: take it only if it holds the same data.
          existing = (await kube.get(...SECRET, name, target)) as unknown as KubeSecret | undefined;
          const problem = existing ? conflictOf(existing, s) : 'vanished again';
          if (problem)
            throw new ConfigurationError(
              `secret ${target}/${name} appeared while k2h ran and ${problem}; k2h never overwrites it — compare, fix and re-run`,
            );
          // Someone else's with the same data: adopted as pre-existing, never recorded as created.
          if (!provenCreated(record, existing as unknown as KubeObject)) {
            recordAdoption(record, adoptionFact(existing!, meta, target));
            await mergeMetadata(kube, obs, name, target, meta);
            return [`secret ${target}/${name} appeared meanwhile with the same data: adopted (not k2h's)`];
          }
        }
      } else recordCreated(record, existing as unknown as KubeObject);
      // Same data, metadata missing: merge ours in, keep theirs.
      await mergeMetadata(kube, obs, name, target, meta);
      return [`added Helm ownership metadata to existing secret ${target}/${name}`];
    },
  };
}

/** `k2h migrate-secrets --from-dir DIR --out-dir OUT`: files in, files out, no cluster. */
async function offline(ctx: PhaseContext): Promise<PhaseResult> {
  const dir = ctx.inputs['secrets-dir'] as string | undefined;
  if (!dir)
    throw new ConfigurationError(
      'offline mode (out-dir) reads the backups from --from-dir / secrets-dir; set it',
    );
  const version =
    (ctx.inputs['chart-version'] as string | undefined) ??
    (await recordedVersion(String(ctx.inputs['state-dir'])));
  if (!version)
    throw new ConfigurationError(
      'offline mode needs the product version (the secret lists differ between <= 4.42, 4.43-4.80 and >= 4.81): pass --chart-version, or a --state-dir holding a preflight record',
    );
  const secrets = await computeSecrets(
    ctx,
    undefined,
    version,
    String(ctx.inputs['source-namespace']),
    ctx.inputs['cognigy-apps'] === true,
  );
  const out = resolve(String(ctx.inputs['out-dir']));
  const lines = secrets.map(
    (s) => `${join(out, `${s.metadata.name}.yaml`)}: ${formatSecretDescription(describeSecret(s))}`,
  );
  if (ctx.dryRun) for (const l of lines) ctx.logger.info(`would write ${l}`);
  else {
    await writeSecretsDir(out, secrets);
    for (const l of lines) ctx.logger.info(`wrote ${l}`);
  }
  return {
    phase: 'migrate-secrets',
    ok: true,
    dryRun: ctx.dryRun,
    steps: [
      {
        id: 'offline/write',
        title: `write ${secrets.length} secret manifests to ${out} (mode 0600)`,
        status: ctx.dryRun ? 'planned' : 'applied',
        durationMs: 0,
        changes: lines,
      },
    ],
    outputs: { 'migrated-secrets': secrets.map((s) => s.metadata.name).join(',') },
    report: [
      `Offline: ${secrets.length} secret manifests ${ctx.dryRun ? 'would be written' : 'written'} to ${out}; apply them with kubectl apply -f ${out}`,
    ],
  };
}

/** The product version preflight recorded in the state dir, if there is a record (no cluster). */
async function recordedVersion(stateDir: string): Promise<string | undefined> {
  // Loaded here only: the record store (and its validator) is not needed for --help.
  const { RecordStore } = await import('../record/store');
  return (await new RecordStore(stateDir).tryLoad())?.product.version;
}

export const migrateSecrets: PhaseDefinition = { ...migrateSecretsSpec, run: runMigrateSecrets };
