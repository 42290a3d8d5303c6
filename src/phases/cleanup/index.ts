/**
 * cleanup: once the Helm release runs, remove what is left of the kustomize installation — and
 * only that. Behind its own approval.
 *
 * Conditions, checked together before anything is deleted: the release deployed and every one of
 * its workloads Ready; the installation's inventory recorded before downtime (clean-up deletes
 * nothing else: an unrelated Deployment, Service or PVC in the namespace stays, and so does the
 * `kubernetes` Service); each old database to drop has a verified copy in the record.
 * Each object is deleted by uid (a newer object of the same name is left alone); the old
 * single-replica `mongodb` claim only with --delete-legacy-mongodb-pvc.
 */
import { profileFor } from '../../cognigy/profile';
import { ConfigurationError } from '../../core/errors';
import { HELM_META } from '../../helm/ownership';
import { latestRevision, releaseSelector } from '../../helm/release';
import type { KubeObject } from '../../kube/client';
import { Observation } from '../../kube/observation';
import { notReadyReason } from '../../kube/readiness';
import { copyVerified } from '../../mongo/facts';
import type { InventoryItem } from '../../record/schema';
import type { Step } from '../../steps/step';
import { PLAN_DIGEST_OUTPUT } from '../gate/plan';
import { planDigest } from '../gate/requests';
import { loadRecord } from '../load-record';
import { requireApproval } from '../require-approval';
import { runPhaseSteps } from '../run-steps';
import type { PhaseContext, PhaseDefinition, PhaseResult } from '../types';
import { cleanupSpec } from '../specs';

const KIND_API: Record<string, string> = {
  Deployment: 'apps/v1',
  Service: 'v1',
  Ingress: 'networking.k8s.io/v1',
  PersistentVolumeClaim: 'v1',
};

async function runCleanup(ctx: PhaseContext): Promise<PhaseResult> {
  const { record, store } = await loadRecord(ctx);
  const kube = await ctx.kube();
  const profile = profileFor(record.product.version);
  const src = record.sourceNamespace;
  const tgt = record.targetNamespace;
  const dropDatabases = ctx.inputs['drop-old-databases'] !== false;
  const legacyPvc = ctx.inputs['delete-legacy-mongodb-pvc'] === true;

  const problems: string[] = [];
  const inventory = (record.inventory ?? []).filter(
    (i) =>
      // The profile's protected names (the `kubernetes` Service and its endpoints): never deleted.
      !profile.workloads.protectedServices.includes(i.name) &&
      (legacyPvc || !(i.kind === 'PersistentVolumeClaim' && i.name === profile.mongodb.legacyPvc)),
  );
  if (!record.inventory)
    problems.push(
      'the record holds no inventory of the installation (it is taken by the downtime phase before the first scale-down): clean-up deletes nothing it did not record',
    );

  const obs = await Observation.of(kube, [
    ...Object.entries(KIND_API).map(([kind, apiVersion]) => ({ apiVersion, kind, namespace: src })),
    { apiVersion: 'v1', kind: 'Secret', namespace: tgt, labelSelector: releaseSelector(record.release) },
    { apiVersion: 'apps/v1', kind: 'Deployment', namespace: tgt },
    { apiVersion: 'apps/v1', kind: 'StatefulSet', namespace: tgt },
  ]);

  // ---- the release must be running ------------------------------------------------------------
  const rev = latestRevision(obs.list('v1', 'Secret', tgt), record.release);
  if (rev?.status !== 'deployed')
    problems.push(
      `release ${record.release} in ${tgt} is ${rev?.status ?? 'not installed'}: clean-up runs only after a successful helm-install`,
    );
  const unready = ['Deployment', 'StatefulSet'].flatMap((kind) =>
    obs
      .list('apps/v1', kind, tgt)
      .filter((o) => o.metadata.annotations?.[HELM_META.releaseName] === record.release)
      .flatMap((o) => {
        const why = notReadyReason(o);
        return why ? [`${kind} ${o.metadata.name} (${why})`] : [];
      }),
  );
  if (unready.length)
    problems.push(
      `the release is not healthy: ${unready.slice(0, 5).join(', ')}${unready.length > 5 ? `, and ${unready.length - 5} more` : ''}; the kustomize installation stays until it is`,
    );

  // ---- the objects to delete: the inventory, by uid ------------------------------------------
  const live = (i: InventoryItem): KubeObject | undefined => obs.get(i.apiVersion, i.kind, i.name, src);
  const sameObject = (i: InventoryItem) => {
    const o = live(i);
    return !!o && (!i.uid || o.metadata.uid === i.uid);
  };
  const renamed = inventory.filter((i) => live(i) && !sameObject(i));
  for (const i of renamed)
    ctx.logger.warn(
      `${i.kind} ${src}/${i.name} is not the object recorded before downtime (another uid): left alone`,
    );
  const deleteSteps = inventory.map(
    (i): Step<Observation> => ({
      id: `delete/${i.kind}/${i.name}`,
      title: `${i.kind} ${src}/${i.name} deleted`,
      isDone: () => !sameObject(i),
      describe: () => [
        `delete ${i.kind} ${src}/${i.name} (uid ${i.uid.slice(0, 8)}, recorded before downtime)`,
      ],
      apply: async (x) => {
        await kube.delete(i.apiVersion, i.kind, i.name, src, false, i.uid || undefined);
        x.remove(i.apiVersion, i.kind, i.name, src);
        return [`deleted ${i.kind} ${src}/${i.name}`];
      },
    }),
  );

  // ---- the old databases ------------------------------------------------------------------------
  const sources = dropDatabases ? profile.secrets.renames.map((r) => r.fromDatabase) : [];
  for (const db of sources)
    if (!copyVerified(record.mongo, db))
      problems.push(
        `database ${db} has no verified copy in the record: it is not dropped (run downtime's MongoDB copy first)`,
      );
  // The MongoDB driver loads only when databases are to be dropped (cold start of every other command).
  const mongo = sources.length
    ? (await import('../mongo-connection')).mongoConnector(ctx, kube, profile)
    : undefined;
  const existing = new Set<string>();
  if (mongo && !problems.length) {
    await mongo.with(async (c) => {
      const { databases } = await c.client.db('admin').admin().listDatabases({ nameOnly: true });
      for (const d of databases) existing.add(d.name);
    });
  }
  const dropSteps = sources.map(
    (db): Step<Observation> => ({
      id: `drop-database/${db}`,
      title: `MongoDB database ${db} dropped (its copy is verified)`,
      isDone: () => !existing.has(db),
      describe: () => [
        `drop MongoDB database ${db} (copy verified ${record.mongo?.databases.find((d) => d.source === db)?.verifiedAt ?? ''})`,
      ],
      apply: async () => {
        // The driver writes past the Kubernetes client: the run lock first.
        await ctx.lock?.();
        await mongo!.with((c) => c.client.db(db).dropDatabase());
        existing.delete(db);
        return [`dropped database ${db}`];
      },
    }),
  );

  const planLines = [
    `Clean-up of the kustomize installation in ${src} (release ${record.release} in ${tgt} is running):`,
    ...inventory.map((i) => `- delete ${i.kind} ${i.name}`),
    ...sources.map((db) => `- drop MongoDB database ${db}`),
  ];
  const digest = planDigest(planLines.join('\n'));
  const outputs: Record<string, string> = { [PLAN_DIGEST_OUTPUT]: digest };
  const stages = [
    { name: `delete ${deleteSteps.length} objects of the kustomize installation`, steps: deleteSteps },
    { name: 'drop the old analytics databases', steps: dropSteps },
  ].filter((s) => s.steps.length);
  const pending = (await Promise.all(stages.flatMap((s) => s.steps).map((s) => s.isDone(obs)))).some(
    (d) => !d,
  );
  if (pending || problems.length) {
    if (!ctx.dryRun && !problems.length) {
      const p = await requireApproval(ctx, kube, record, 'cleanup', digest);
      if (p) problems.push(p);
    }
    if (problems.length)
      throw new ConfigurationError(
        `clean-up cannot start; nothing was deleted:\n  - ${problems.join('\n  - ')}`,
      );
  }
  if (ctx.dryRun) ctx.logger.info(planLines.join('\n'));
  const result = await runPhaseSteps(ctx, 'cleanup', stages, {
    record,
    store,
    observation: obs,
    outputs,
    report: planLines,
  });
  if (result.ok && !ctx.dryRun && pending) {
    record.cleanup = {
      deleted: inventory.map((i) => `${i.kind}/${i.name}`),
      droppedDatabases: sources,
    };
    await store.save(record);
  }
  return result;
}

export const cleanup: PhaseDefinition = { ...cleanupSpec, run: runCleanup };
