/**
 * What a migration must end in, read back from the servers (never from k2h's own bookkeeping):
 * volumes, secrets with their data, workloads, claims, Helm ownership, the databases (counts and
 * dbHash), the record (local and mirror) with timings and per-run identities taken out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MongoClient } from 'mongodb';
import type { ProofWorld } from './pipeline';
import { localRecord, mirrorRecord } from './pipeline';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Keys that differ between two equal runs: clocks, durations, per-run ids, counters of saves. */
const VOLATILE =
  /(At|Ms|Seconds|seconds)$|^(generation|uid|resourceVersion|creationTimestamp|server|holder|digestAt)$/;

const CONCURRENT = new Set(['steps', 'users', 'databases', 'collections', 'createdObjects', 'adoptions']);

/** A record with timings, run identities and step outcomes that only say "which run did it" taken out. */
export function normalizeRecord(rec: any): any {
  const walk = (v: any, key = ''): any => {
    if (Array.isArray(v)) {
      const items = v.map((x) => walk(x, '[]'));
      // Concurrent steps finish in any order: the order of these lists is timing, not content.
      return CONCURRENT.has(key)
        ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
        : items;
    }
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v))
        if (!VOLATILE.test(k) && !(k === 'id' && key === '')) out[k] = walk(x, k);
      return out;
    }
    if (typeof v === 'string') {
      // A step done by the crashed run is "done" in the re-run's report and "applied" in one run.
      if (key === 'status' && (v === 'applied' || v === 'done')) return 'ok';
      return v.replace(UUID, '<uid>');
    }
    return v;
  };
  return walk(rec);
}

/** The record without its per-phase step lists (compared on their own: `stepsOf`). */
function withoutSteps(rec: any): any {
  const out = { ...rec, phases: { ...rec.phases } };
  for (const [name, p] of Object.entries<any>(out.phases ?? {}))
    out.phases[name] = { ...p, steps: undefined };
  return out;
}

/** Per phase, the steps its record lists (id: outcome). */
export function stepsOf(rec: any): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries<any>(rec.phases ?? {}).map(([name, p]) => [
      name,
      (p.steps ?? []).map((s: any) => `${s.id}: ${s.status}`),
    ]),
  );
}

/** Every file of the state dir (text, uids blanked), the record normalized. */
export function stateFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

async function databases(w: ProofWorld) {
  const client = new MongoClient(w.mongo.uri, { serverSelectionTimeoutMS: 5000 });
  try {
    await client.connect();
    const out: Record<string, unknown> = {};
    for (const name of w.mongo.databaseNames().sort()) {
      const db = client.db(name);
      const counts: Record<string, number> = {};
      for (const c of (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort())
        counts[c] = await db.collection(c).countDocuments();
      const hash = await db.command({ dbHash: 1 });
      const users = await db.command({ usersInfo: 1 });
      out[name] = {
        counts,
        dbHash: hash.collections,
        users: users.users.map((u: any) => [u.user, u.roles.map((r: any) => `${r.role}@${r.db}`)]).sort(),
      };
    }
    return out;
  } finally {
    await client.close();
  }
}

/** The end state of a migration, comparable between an uninterrupted and a crashed + resumed run. */
export async function endState(w: ProofWorld) {
  const s = w.sandbox;
  const secrets = (ns: string) =>
    s
      .list('v1', 'Secret', ns)
      // Helm's release records carry timestamps: their name, status and version are what count.
      .map((x) =>
        x.type === 'helm.sh/release.v1'
          ? [x.metadata.name, x.metadata.labels?.status, x.metadata.labels?.version]
          : [x.metadata.name, x.type, x.data, x.metadata.annotations?.['meta.helm.sh/release-name'] ?? null],
      )
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const helmOwned = (apiVersion: string, kind: string) =>
    s
      .list(apiVersion, kind)
      .map((o) => [o.metadata.name, o.metadata.annotations?.['meta.helm.sh/release-name'] ?? null])
      .sort();
  const local = localRecord(w);
  const mirror = mirrorRecord(w);
  return {
    pvs: s
      .list('v1', 'PersistentVolume')
      .map((p) => [
        p.metadata.name,
        p.status?.phase,
        p.spec.persistentVolumeReclaimPolicy,
        p.spec.storageClassName,
        `${p.spec.claimRef?.namespace}/${p.spec.claimRef?.name}`,
      ])
      .sort(),
    lostVolumes: [...s.lostVolumes],
    claims: ['default', 'cognigy-ai'].flatMap((ns) =>
      s
        .list('v1', 'PersistentVolumeClaim', ns)
        .map((c) => [ns, c.metadata.name, c.status?.phase, c.spec.volumeName])
        .sort(),
    ),
    secrets: { default: secrets('default'), 'cognigy-ai': secrets('cognigy-ai') },
    deployments: ['default', 'cognigy-ai'].flatMap((ns) =>
      s
        .list('apps/v1', 'Deployment', ns)
        .map((d) => [ns, d.metadata.name, d.spec.replicas])
        .sort(),
    ),
    namespaces: s
      .list('v1', 'Namespace')
      .map((n) => n.metadata.name)
      .sort(),
    clusterObjects: {
      storageClasses: helmOwned('storage.k8s.io/v1', 'StorageClass'),
      clusterRoles: helmOwned('rbac.authorization.k8s.io/v1', 'ClusterRole'),
      clusterRoleBindings: helmOwned('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'),
      ingressClasses: helmOwned('networking.k8s.io/v1', 'IngressClass'),
    },
    lockHolder:
      s.get('coordination.k8s.io/v1', 'Lease', 'k2h-migration-lock', 'default')?.spec?.holderIdentity ?? null,
    databases: await databases(w),
    record: withoutSteps(normalizeRecord(local)),
    recordSteps: stepsOf(normalizeRecord(local)),
    mirrorEqualsLocal: JSON.stringify(normalizeRecord(mirror)) === JSON.stringify(normalizeRecord(local)),
    backups: Object.fromEntries(
      Object.entries(stateFiles(w.stateDir))
        .filter(([f]) => f !== 'migration-record.json')
        .map(([f, t]) => [
          f,
          t.replace(UUID, '<uid>').replace(/^\s*(resourceVersion|creationTimestamp|time): .*$/gm, ''),
        ]),
    ),
  };
}
