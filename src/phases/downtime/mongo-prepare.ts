/**
 * The MongoDB part of the downtime stage (loaded when the downtime prepares it, so the phase
 * registry does not load the driver): the two analytics databases copied to the names the
 * Helm chart expects (with their indexes, verified), and each one's user created with the password
 * inside its migrated connection-string secret. The copy runs once the pods are gone (nothing
 * writes to the databases then), concurrently with the PV rebinding; the users, which nothing uses
 * before the Helm release, with the scale-down. The old databases stay until clean-up.
 */
import { checkServiceConnectionString, parseMongoUrl } from '../../cognigy/connection-string';
import { ConfigurationError, errorMessage } from '../../core/errors';
import type { Observation } from '../../kube/observation';
import type { MongoConnection } from '../../mongo/connect';
import { copyDatabase, CopyVerificationError, type DatabaseCopyResult } from '../../mongo/copy-database';
import { copyFact, copyVerified, recordedHashes, type MongoFacts } from '../../mongo/facts';
import { describeDatabasePlan, planDatabaseCopy, type DatabasePlan } from '../../mongo/plan';
import { mb } from '../../mongo/progress';
import { SharedConnection } from '../../mongo/shared-connection';
import {
  describeUserPlan,
  ensureUser,
  findUser,
  planUser,
  type UserPlan,
  type UserSpec,
} from '../../mongo/users';
import type { MigrationRecord } from '../../record/schema';
import type { Step } from '../../steps/step';
import { mongoConnector } from '../mongo-connection';
import { renameSecrets } from './mongo-secrets';
import type { DowntimeContext, PreparedPart } from './part';

/**
 * The users to have: for each rename, the user named like the new database, with the password
 * inside the migrated connection-string secret in the target namespace (masked as read).
 */
async function userSpecs(
  d: DowntimeContext,
  read: Promise<Array<any | undefined>>,
): Promise<{ users: Array<UserSpec & { secret: string }>; problems: string[] }> {
  const { profile, ctx } = d;
  const ns = d.record.targetNamespace;
  const key = profile.mongodb.connectionStringKey;
  const users: Array<UserSpec & { secret: string }> = [];
  const problems: string[] = [];
  const secrets = await read;
  for (const [i, r] of profile.secrets.renames.entries()) {
    const secret = secrets[i];
    for (const v of Object.values<string>(secret?.data ?? {}))
      ctx.logger.mask(Buffer.from(v, 'base64').toString('utf8'));
    const encoded = secret?.data?.[key];
    if (!encoded) {
      problems.push(
        `Secret ${ns}/${r.to} with key ${key} not found: run migrate-secrets first (it holds the password of MongoDB user ${r.toDatabase})`,
      );
      continue;
    }
    const url = Buffer.from(encoded, 'base64').toString('utf8');
    const wrong = checkServiceConnectionString(url, { user: r.toDatabase, database: r.toDatabase });
    const parts = parseMongoUrl(url.trim()).parts;
    if (wrong.length || !parts) {
      problems.push(
        `Secret ${ns}/${r.to} key ${key}: the connection string ${wrong.join(', ') || 'does not parse'}`,
      );
      continue;
    }
    ctx.logger.mask(parts.password);
    users.push({
      username: r.toDatabase,
      database: r.toDatabase,
      password: parts.password,
      role: profile.mongodb.userRole,
      secret: `${ns}/${r.to}`,
    });
  }
  return { users, problems };
}

/** A conflict as a ConfigurationError that says what to do. */
function conflictError(plan: DatabasePlan): ConfigurationError {
  return new ConfigurationError(
    `database ${plan.target} already holds data that does not match ${plan.source}: ${plan.conflicts.join('; ')}. ` +
      `Nothing was changed. Look at ${plan.target}: if it is disposable (e.g. k2h's own copy from a run that was rolled back), ` +
      'set --force-db-overwrite to drop it and copy again; otherwise move that data away first.',
  );
}

/** Puts a copy result into the record's mongo section (in memory; the engine's journal saves it). */
function remember(record: MigrationRecord, result: DatabaseCopyResult): void {
  const facts: MongoFacts = (record.mongo ??= { databases: [], users: [] });
  facts.databases = [...facts.databases.filter((x) => x.source !== result.source), copyFact(result)];
}

/** Puts a proven user into the record (kept as it is when already there, unless `fresh`). */
function rememberUser(record: MigrationRecord, u: UserSpec, fresh = false): void {
  const facts: MongoFacts = (record.mongo ??= { databases: [], users: [] });
  const known = facts.users.some((x) => x.username === u.username && x.database === u.database);
  if (known && !fresh) return;
  facts.users = [
    ...facts.users.filter((x) => x.username !== u.username || x.database !== u.database),
    { username: u.username, database: u.database, role: u.role, provenAt: new Date().toISOString() },
  ];
}

/** The record's fact for a copy found verified without copying anything in this run. */
function verifiedAlready(p: DatabasePlan): DatabaseCopyResult {
  return {
    source: p.source,
    target: p.target,
    verified: true,
    verifiedAt: new Date().toISOString(),
    method: 'none',
    copied: [],
    skipped: p.collections.map((c) => c.info.name),
    documents: 0,
    bytes: 0,
    durationMs: 0,
    collections: p.verification,
  };
}

/** Prepares the part: reads MongoDB and the secrets, finds conflicts, builds the steps. Writes nothing. */
export async function prepareMongo(
  d: DowntimeContext,
  shared?: SharedConnection,
  o: {
    hold?: boolean;
    /** The renames' secrets, read by another thread (renameSecrets()); default: read here. */
    secrets?: Promise<Array<any | undefined>>;
  } = {},
): Promise<PreparedPart> {
  const { ctx, record, profile } = d;
  const force = ctx.inputs['force-db-overwrite'] === true;
  const mongo = shared ?? mongoConnector(ctx, d.kube, profile);
  // `hold`: one connection (one login) for the whole phase — the plan, every step's check and
  // apply. It is opened now, while the secrets are read, and released by close() at the end of
  // the phase. Without it each use connects (and closes) on its own.
  const holding: Promise<unknown> = o.hold
    ? mongo.acquire().then(
        () => undefined,
        (err: unknown) => err ?? new Error('MongoDB connection failed'),
      )
    : Promise.resolve(undefined);
  let released = false;
  const close = async () => {
    if (released || !o.hold) return;
    released = true;
    if ((await holding) === undefined) await mongo.release();
  };
  // The databases are planned as soon as the connection is up, while the secrets (the users'
  // passwords) may still be on their way; the users once both are there.
  const planning = holding.then((failed) => {
    if (failed !== undefined) throw failed;
    return mongo.with((conn) =>
      Promise.all(
        profile.secrets.renames.map((r) =>
          planDatabaseCopy(conn.client, r.fromDatabase, r.toDatabase, {
            force,
            ownCopies: recordedHashes(record.mongo, r.fromDatabase, r.toDatabase),
          }),
        ),
      ),
    );
  });
  planning.catch(() => undefined);
  // Whether each user exists, and with which roles, needs no password: asked meanwhile too.
  const lookups = holding.then((failed) => {
    if (failed !== undefined) throw failed;
    return mongo.with((conn) =>
      Promise.all(
        profile.secrets.renames.map(
          async (r) => [r.toDatabase, await findUser(conn, r.toDatabase, r.toDatabase)] as const,
        ),
      ),
    );
  });
  lookups.catch(() => undefined);
  let specs: Awaited<ReturnType<typeof userSpecs>>;
  try {
    specs = await userSpecs(d, o.secrets ?? renameSecrets(d));
  } catch (err) {
    await Promise.all([planning.catch(() => undefined), lookups.catch(() => undefined)]);
    await close();
    throw err;
  }
  const { users, problems } = specs;
  let dbPlans: DatabasePlan[] = [];
  let userPlans: UserPlan[] = [];
  try {
    dbPlans = await planning;
    const found = new Map(await lookups);
    userPlans = await mongo.with((conn) =>
      Promise.all(
        users.map((u) =>
          planUser(
            conn,
            u,
            force,
            u.username === u.database && found.has(u.username)
              ? Promise.resolve(found.get(u.username))
              : undefined,
          ),
        ),
      ),
    );
  } catch (err) {
    problems.push(`MongoDB: ${ctx.logger.redact(errorMessage(err))}`);
    return { problems, plan: [], planKey: [], steps: [], close };
  }
  for (const p of dbPlans) if (p.conflicts.length && !p.dropTarget) problems.push(conflictError(p).message);
  for (const u of userPlans)
    if (u.state === 'conflict')
      problems.push(
        `${describeUserPlan(u)}: fix the user by hand (db.updateUser) or set --force-db-overwrite`,
      );

  // Until the downtime says the pods are gone (readFresh()) or a step applies, isDone() answers
  // from the reads just made (the same queries on the same connection): the checks before the
  // first change ask every step, and need not ask MongoDB again. From then on it reads fresh.
  let fresh = false;
  const copyDone = (p: DatabasePlan, source: string) => {
    const done =
      !p.sourceExists || (!p.conflicts.length && p.collections.every((c) => c.state === 'verified'));
    // A copy finished by a run that died before its record was saved: record what is proven now.
    if (done && p.sourceExists && !copyVerified(record.mongo, source)) remember(record, verifiedAlready(p));
    return done;
  };
  const userDone = (p: UserPlan, u: UserSpec) => {
    if (p.state === 'ok') rememberUser(record, u);
    return p.state === 'ok';
  };
  const results = new Map<string, DatabaseCopyResult>();
  // What an apply() of this run proved as its last act (the copy's verification of every
  // collection, the user's login): the verifying isDone() takes that answer instead of asking
  // MongoDB the same again inside the window (a second dbHash of every collection, a second login).
  const proven = new Set<string>();
  const copySteps: Step<Observation>[] = profile.secrets.renames.map((r) => {
    const id = `mongo/copy/${r.fromDatabase}`;
    const planNow = (conn: MongoConnection) =>
      planDatabaseCopy(conn.client, r.fromDatabase, r.toDatabase, {
        force,
        ownCopies: recordedHashes(record.mongo, r.fromDatabase, r.toDatabase),
      });
    return {
      id,
      title: `copy MongoDB database ${r.fromDatabase} -> ${r.toDatabase}`,
      // Decided from MongoDB as it is now (after the scale-down), by reads only.
      isDone: () =>
        proven.has(id) ||
        (fresh
          ? mongo.with(async (conn) => copyDone(await planNow(conn), r.fromDatabase))
          : copyDone(dbPlans.find((p) => p.source === r.fromDatabase)!, r.fromDatabase)),
      describe: () => describeDatabasePlan(dbPlans.find((p) => p.source === r.fromDatabase)!),
      apply: () =>
        mongo.with(async (conn) => {
          fresh = true;
          const plan = await planNow(conn);
          if (plan.conflicts.length && !plan.dropTarget) throw conflictError(plan);
          try {
            const result = await copyDatabase(conn.client, plan, {
              serverCanOut: conn.canOutToOtherDatabase,
              logger: ctx.logger,
            });
            results.set(r.fromDatabase, result);
            remember(record, result);
            // copyDatabase returns only when every collection verified (else it throws).
            if (result.verified) proven.add(id);
            return [
              ...(plan.dropTarget ? [`dropped database ${plan.target} (--force-db-overwrite)`] : []),
              `copied ${result.copied.length} collection(s) of ${r.fromDatabase} into ${r.toDatabase} ` +
                `(${result.documents.toLocaleString('en-US')} documents, ${mb(result.bytes)} MB, ${result.method}); ` +
                `${result.skipped.length} verified already`,
              `verified ${result.collections.length} collection(s): counts, indexes, ${result.collections.some((c) => c.content === 'sample') ? 'sampled documents' : 'dbHash'}`,
            ];
          } catch (err) {
            if (err instanceof CopyVerificationError) {
              results.set(r.fromDatabase, err.result);
              remember(record, err.result);
            }
            throw err;
          }
        }),
    };
  });
  const userSteps: Step<Observation>[] = users.map((u) => {
    const planned = userPlans.find((p) => p.username === u.username)!;
    const id = `mongo/user/${u.username}`;
    return {
      id,
      title: `MongoDB user ${u.username} (${u.role} on ${u.database}, password from Secret ${u.secret})`,
      isDone: () =>
        proven.has(id) ||
        (fresh
          ? mongo.with(async (conn) => userDone(await planUser(conn, u, force), u))
          : userDone(planned, u)),
      describe: () => [describeUserPlan(planned)],
      apply: () =>
        mongo.with(async (conn) => {
          fresh = true;
          // ensureUser returns only once the user authenticated with its password and listed its database.
          const changes = await ensureUser(conn, u, await planUser(conn, u, force));
          rememberUser(record, u, true);
          proven.add(id);
          return changes;
        }),
    };
  });
  return {
    problems,
    plan: [...dbPlans.flatMap((p) => describeDatabasePlan(p)), ...userPlans.map(describeUserPlan)],
    // What the approval covers: the same before, during and after the copy (no states, no figures).
    planKey: [
      ...profile.secrets.renames.map(
        (r) =>
          `copy MongoDB database ${r.fromDatabase} -> ${r.toDatabase} with its indexes, verify it, keep ${r.fromDatabase}`,
      ),
      ...(force
        ? ['--force-db-overwrite: a target database holding other data is dropped before the copy']
        : []),
      ...users.map(
        (u) => `MongoDB user ${u.username}: ${u.role} on ${u.database}, password from Secret ${u.secret}`,
      ),
    ],
    steps: [...copySteps, ...userSteps],
    // A user of the new database is used by nothing before the Helm release: it is set up with the
    // scale-down. The copy waits until nothing writes to the databases (the pods gone).
    early: userSteps.map((s) => s.id),
    pending:
      dbPlans.some(
        (p) =>
          p.sourceExists && (p.conflicts.length > 0 || p.collections.some((c) => c.state !== 'verified')),
      ) || userPlans.some((u) => u.state !== 'ok'),
    readFresh: () => {
      fresh = true;
    },
    close,
    summary: () =>
      dbPlans.map((p) => {
        const res = results.get(p.source);
        const fact = record.mongo?.databases.find((x) => x.source === p.source);
        if (!res && !fact) return `MongoDB ${p.source} -> ${p.target}: not copied in this run`;
        const f = res ? copyFact(res) : fact!;
        return (
          `MongoDB ${f.source} -> ${f.target}: ${f.verified ? 'verified' : 'NOT verified'} ` +
          `(${f.collections.length} collection(s), ${f.documents.toLocaleString('en-US')} documents / ${mb(f.bytes)} MB copied ` +
          `in ${(f.durationMs / 1000).toFixed(1)} s, ${f.method})`
        );
      }),
  };
}
