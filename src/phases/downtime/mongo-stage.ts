/**
 * The MongoDB part of the downtime stage: the two analytics databases copied to the names the
 * Helm chart expects, verified, and their users set up (see mongo-prepare.ts). The driver and the
 * copy are loaded only by the downtime (`k2h --help` and the other phases do not pay for them),
 * from the phase's start on: their compile runs while the first Kubernetes reads are under way.
 * When the state dir's record names the version, the connection is opened from the start too
 * (connect and login are reads), and taken over by prepare() if the loaded record says the same.
 */
import { profileFor } from '../../cognigy/profile';
import { SharedConnection } from '../../mongo/shared-connection';
import { mongoConnector, mongoOpener } from '../mongo-connection';
import { mongoWorkerFile, RemoteStart } from './mongo-remote';
import type { DowntimePart, Started } from './part';

let loading: Promise<typeof import('./mongo-prepare')> | undefined;
/** The part's code with the driver, and discovery (which connects); imported once. */
const load = () =>
  (loading ??= Promise.all([import('./mongo-prepare'), import('../../mongo/discover')]).then(([m]) => m));

/** A connection opened before the record was loaded, for the version the state dir named. */
interface EarlyConnection extends Started {
  version: string;
  conn: SharedConnection;
  /** Settles once the first attempt did: undefined when it is open (and held), else its error. */
  opened: Promise<unknown>;
  taken: boolean;
}

/** Opens the root connection for `version` now and holds it until prepare() or abandon(). */
function openEarly(o: Parameters<NonNullable<DowntimePart['preload']>>[0]): EarlyConnection | undefined {
  if (!o) return undefined;
  let profile: ReturnType<typeof profileFor>;
  try {
    profile = profileFor(o.version);
  } catch {
    return undefined; // prepare() reports the version from the loaded record
  }
  const open = mongoOpener(o.ctx, o.kube, profile);
  // A failed first attempt is the answer for the phase (no second wait on an unreachable server).
  let failed: unknown;
  const conn = new SharedConnection(() => (failed !== undefined ? Promise.reject(failed) : open()));
  const opened = conn.acquire().then(
    () => undefined,
    (err: unknown) => (failed = err ?? new Error('MongoDB connection failed')),
  );
  const early: EarlyConnection = {
    version: o.version,
    conn,
    opened,
    taken: false,
    abandon: async () => {
      if (early.taken) return;
      early.taken = true;
      if ((await opened) === undefined) await conn.release();
    },
  };
  return early;
}

/** The MongoDB part of the downtime stage (imported by the downtime phase). */
export const mongoPart: DowntimePart = {
  name: 'copy the analytics databases',
  preload: (o) => {
    // In the bundle the part runs in a worker thread of its own (mongo-remote.ts).
    const file = mongoWorkerFile();
    if (file) return new RemoteStart(file, o);
    // A failed import is prepare()'s error, reported there.
    void load().catch(() => undefined);
    return openEarly(o);
  },
  // The connection is held for the phase (one login); the phase closes the part at its end.
  prepare: async (d) => {
    if (d.started instanceof RemoteStart) return d.started.prepare(d);
    const early = d.started as EarlyConnection | undefined;
    try {
      const m = await load();
      if (!early || early.taken || early.version !== d.record.product.version)
        return await m.prepareMongo(d, mongoConnector(d.ctx, d.kube, d.profile), { hold: true });
      // prepareMongo holds the early connection from its first line on; the early hold then ends.
      return await m.prepareMongo(d, early.conn, { hold: true });
    } finally {
      await early?.abandon();
    }
  },
};
