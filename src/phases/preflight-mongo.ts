/**
 * preflight's MongoDB check: reachable, authenticated (which root user), server version, the
 * source databases of the renames with their collections and sizes, a free-space hint for the
 * copies, whether the target databases exist already, and whether the root credentials the
 * chart's db-init hook gets from the values authenticate. Reads only.
 */
import type { CognigyProfile } from '../cognigy/profile';
import { errorMessage } from '../core/errors';
import type { RenderedChart } from '../helm/render';
import type { Kube } from '../kube/client';
import type { MongoConnection } from '../mongo/connect';
import type { DatabaseSummary } from '../mongo/inspect';
import { mb } from '../mongo/progress';
import { mongoConnector } from './mongo-connection';
import { hookMongoCredentials, type HookMongoCredentials } from './preflight-chart';
import type { PhaseContext } from './types';

export interface MongoFinding {
  level: 'ok' | 'warn' | 'blocker';
  detail: string;
}

/** Room the copies need beyond their own size (indexes rebuilt, journal, the oplog). */
const HEADROOM = 1.5;

/**
 * What the db-init hook check needs: the rendered chart (undefined: not rendered) and its
 * namespace. The chart may still be rendering: MongoDB is reached and its databases read meanwhile.
 */
export interface HookCheck {
  chart: RenderedChart | undefined | Promise<RenderedChart | undefined>;
  target: string;
}

/**
 * The findings of the MongoDB check (never throws: a failure is a blocker finding). With `hook`,
 * also the root credentials the chart's db-init hook gets, authenticated over the same route.
 */
export async function checkMongoDatabases(
  ctx: PhaseContext,
  kube: Kube,
  profile: CognigyProfile,
  hook?: HookCheck,
): Promise<MongoFinding[]> {
  const out: MongoFinding[] = [];
  const mongo = mongoConnector(ctx, kube, profile);
  // The hook's credentials, once the chart is rendered: masked as they are read, before anything
  // could print them. A Secret that cannot be read is this check's blocker, not the end of it.
  let unreadable: string | undefined;
  const hookRead = hook
    ? Promise.resolve(hook.chart).then(async (chart) => ({
        chart,
        creds:
          chart &&
          (await hookMongoCredentials(chart, {
            secret: (name) => kube.get('v1', 'Secret', name, hook.target),
            target: hook.target,
            mask: (v) => ctx.logger.mask(v),
          }).catch((err: unknown) => {
            unreadable = `could not read the MongoDB credentials of the chart's db-init hook: ${ctx.logger.redact(errorMessage(err))}`;
            return undefined;
          })),
      }))
    : undefined;
  hookRead?.catch(() => undefined);
  try {
    await mongo.with(async (conn) => {
      // Loaded here: the driver is not needed until a phase talks to MongoDB (connecting loaded
      // it, once the reads that find MongoDB were sent).
      const { summarizeDatabase } = await import('../mongo/inspect');
      const s = conn.server;
      const outOk = conn.canOutToOtherDatabase;
      out.push({
        level: s.major < 4 || (s.major === 4 && s.minor < 2) ? 'warn' : 'ok',
        detail:
          `MongoDB ${s.version} reachable, authenticated as ${conn.username}` +
          `${s.setName ? `, replica set ${s.setName}` : ''}${s.isPrimary ? ' (primary)' : ''}; ` +
          `copy ${outOk ? 'server-side ($out)' : 'streamed through k2h (no $out into another database before 4.4)'}`,
      });
      let need = 0;
      let free: number | undefined;
      // Every database of the renames at once.
      const summaries = await Promise.all(
        profile.secrets.renames.map((r) =>
          Promise.all([
            summarizeDatabase(conn.client, r.fromDatabase),
            summarizeDatabase(conn.client, r.toDatabase),
          ]),
        ),
      );
      for (const [src, dst] of summaries) {
        need += src.diskBytes;
        free = src.freeBytes ?? free;
        out.push(describeSource(src));
        out.push(
          dst.exists
            ? {
                level: 'warn',
                detail: `target database ${dst.name} exists already (${dst.collections} collection(s), ${dst.documents.toLocaleString('en-US')} documents): the downtime copy resumes it if it is a copy of ${src.name}, and stops on anything else (--force-db-overwrite drops it)`,
              }
            : { level: 'ok', detail: `target database ${dst.name} does not exist yet` },
        );
      }
      if (free === undefined)
        out.push({
          level: 'warn',
          detail: `free disk space unknown: the copies need about ${mb(need * HEADROOM)} MB`,
        });
      else
        out.push({
          level: free < need * HEADROOM ? 'blocker' : 'ok',
          detail: `${mb(free)} MB free on MongoDB's file system; the copies need about ${mb(need * HEADROOM)} MB`,
        });
      const { chart, creds: hookCreds } = (await hookRead) ?? {};
      if (hook && !chart)
        out.push({
          level: 'warn',
          detail:
            'the chart was not rendered: the MongoDB root credentials its db-init hook gets from the values were NOT checked',
        });
      else if (hook && hookCreds && !hookCreds.length)
        out.push({ level: 'ok', detail: 'the chart renders no hook that authenticates to MongoDB' });
      for (const c of hookCreds || []) out.push(await checkHookCredentials(ctx, conn, c));
    });
  } catch (err) {
    out.push({ level: 'blocker', detail: `MongoDB: ${ctx.logger.redact(errorMessage(err))}` });
  }
  await hookRead?.catch(() => undefined);
  if (unreadable) out.push({ level: 'blocker', detail: unreadable });
  return out;
}

/** Error codes of wrong credentials: AuthenticationFailed, UserNotFound. */
const AUTH_FAILED = new Set([18, 11]);
/** Built-in roles that may create users in any database (what the db-init hook does). */
const USER_ADMIN_ROLES = new Set(['root', 'userAdminAnyDatabase', '__system']);

/**
 * Authenticates with the hook's credentials as a second client of the same address (the route
 * preflight reached MongoDB by, a port-forward included) and reads connectionStatus. Reads only.
 */
async function checkHookCredentials(
  ctx: PhaseContext,
  conn: MongoConnection,
  c: HookMongoCredentials,
): Promise<MongoFinding> {
  const hookFails = `the pre-install hook ${c.job} could not create the services' MongoDB users and helm-install would time out`;
  if (c.missing || c.username === undefined || c.password === undefined)
    return {
      level: 'warn',
      detail: `the values give the db-init hook (Job ${c.job}) no MongoDB root credentials: ${c.missing ?? 'none found'}${c.from ? ` (${c.from})` : ''}; ${hookFails}. Set mongodb.auth.rootUser and mongodb.auth.rootPassword (or mongodb.auth.existingSecret) to MongoDB's root credentials`,
    };
  const { MongoServerError } = await import('mongodb');
  const client = conn.clientAs({ username: c.username, password: c.password, source: 'admin' });
  try {
    await client.connect();
    const status = await client.db('admin').command({ connectionStatus: 1 });
    const roles: Array<{ role: string; db: string }> = status.authInfo?.authenticatedUserRoles ?? [];
    const admin = roles.some((r) => r.db === 'admin' && USER_ADMIN_ROLES.has(r.role));
    if (!admin)
      return {
        level: 'warn',
        detail: `the db-init hook's MongoDB credentials (user ${c.username}, from ${c.from}) authenticate, but the user has ${roles.length ? `role(s) ${roles.map((r) => `${r.role}@${r.db}`).join(', ')}` : 'no role'} and neither root nor userAdminAnyDatabase on admin: unless a custom role allows createUser in every database, ${hookFails}`,
      };
    return {
      level: 'ok',
      detail: `the db-init hook's MongoDB root credentials (user ${c.username}, from ${c.from}) authenticate (role ${roles
        .filter((r) => r.db === 'admin' && USER_ADMIN_ROLES.has(r.role))
        .map((r) => r.role)
        .join(', ')})`,
    };
  } catch (err) {
    if (err instanceof MongoServerError && AUTH_FAILED.has(Number(err.code)))
      return {
        level: 'blocker',
        detail: `MongoDB refused the db-init hook's root credentials: authentication failed for user ${c.username} (from ${c.from}), so ${hookFails}. Set them to the credentials MongoDB's root user has (those k2h authenticated with: user ${conn.username})`,
      };
    return {
      level: 'blocker',
      detail: `could not check the db-init hook's MongoDB credentials (user ${c.username}, from ${c.from}): ${ctx.logger.redact(errorMessage(err))}`,
    };
  } finally {
    await client.close().catch(() => undefined);
  }
}

function describeSource(s: DatabaseSummary): MongoFinding {
  if (!s.exists)
    return {
      level: 'warn',
      detail: `source database ${s.name} does not exist: nothing to copy (is this installation's analytics in another MongoDB?)`,
    };
  return {
    level: 'ok',
    detail: `source database ${s.name}: ${s.collections} collection(s)${s.views ? ` and ${s.views} view(s)` : ''}, ${s.documents.toLocaleString('en-US')} documents, ${mb(s.dataBytes)} MB data, ${mb(s.diskBytes)} MB on disk`,
  };
}
