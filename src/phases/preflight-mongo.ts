/**
 * preflight's MongoDB check: reachable, authenticated (which root user), server version, the
 * source databases of the renames with their collections and sizes, a free-space hint for the
 * copies, and whether the target databases exist already. Reads only.
 */
import type { CognigyProfile } from '../cognigy/profile';
import { errorMessage } from '../core/errors';
import type { Kube } from '../kube/client';
import type { DatabaseSummary } from '../mongo/inspect';
import { mb } from '../mongo/progress';
import { mongoConnector } from './mongo-connection';
import type { PhaseContext } from './types';

export interface MongoFinding {
  level: 'ok' | 'warn' | 'blocker';
  detail: string;
}

/** Room the copies need beyond their own size (indexes rebuilt, journal, the oplog). */
const HEADROOM = 1.5;

/** The findings of the MongoDB check (never throws: a failure is a blocker finding). */
export async function checkMongoDatabases(
  ctx: PhaseContext,
  kube: Kube,
  profile: CognigyProfile,
): Promise<MongoFinding[]> {
  const out: MongoFinding[] = [];
  const mongo = mongoConnector(ctx, kube, profile);
  try {
    // Loaded here: the driver is not needed until a phase talks to MongoDB.
    const { summarizeDatabase } = await import('../mongo/inspect');
    await mongo.with(async (conn) => {
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
      for (const r of profile.secrets.renames) {
        const [src, dst] = await Promise.all([
          summarizeDatabase(conn.client, r.fromDatabase),
          summarizeDatabase(conn.client, r.toDatabase),
        ]);
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
    });
  } catch (err) {
    out.push({ level: 'blocker', detail: `MongoDB: ${ctx.logger.redact(errorMessage(err))}` });
  }
  return out;
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
