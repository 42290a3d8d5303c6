/**
 * The downtime opens its MongoDB connection while the record is still being read (the state dir's
 * record names the version): that one connection serves the whole phase, and a phase stopped before it
 * prepares its MongoDB part (here: a record of another cluster) lets that connection go and
 * writes nothing, in Kubernetes or in MongoDB. Inside the window, what a step's apply() proved
 * last (the copy's verification, the new user's login) is the answer of its verifying isDone():
 * MongoDB is not asked the same again while Cognigy.AI is down.
 */
import { checkpoint, fromCheckpoint, readyWorld, rootConnections, until, type Checkpoint } from './helpers';

describe('downtime: the MongoDB connection opened early', () => {
  let cp: Checkpoint;
  beforeAll(async () => {
    const w = await readyWorld({ variant: 'generic' });
    cp = checkpoint(w, 'generic');
    await w.stop();
  }, 60_000);

  test('one root connection for the whole phase, closed at its end', async () => {
    const w = await fromCheckpoint(cp);
    try {
      const r = await w.run('downtime', { 'approved-by-platform': 'true' });
      expect(r.result?.error).toBeUndefined();
      expect(r.result?.ok).toBe(true);
      // The early connection is the one the phase used (a second connector would open and say so again).
      expect(rootConnections(r.log.lines)).toBe(1);
      expect(await until(() => w.mongo.connections === 0)).toBe(true);
    } finally {
      await w.stop();
    }
  }, 60_000);

  test('inside the window each database is verified once and each user logs in once', async () => {
    const w = await fromCheckpoint(cp);
    try {
      const before = w.mongo.commands.length;
      const r = await w.run('downtime', { 'approved-by-platform': 'true' });
      expect(r.result?.ok).toBe(true);
      const window = w.mongo.commands.slice(before);
      const count = (command: string, db: string) =>
        window.filter((c) => c.command === command && c.db === db && c.ok).length;
      for (const db of ['service-analytics-collector', 'service-analytics-conversation']) {
        // The copy's own verification (dbHash of both databases) is the proof the step is done: no
        // second dbHash of every collection by a re-plan while Cognigy.AI is down.
        expect(count('dbHash', db)).toBe(1);
        // ensureUser's login as the new user is its proof: no second login to verify the step (the
        // driver starts SCRAM inside its handshake; each login ends with one saslContinue).
        expect(count('saslContinue', db)).toBe(1);
        expect(window.some((c) => c.command === 'createUser' && c.db === db && c.ok)).toBe(true);
      }
    } finally {
      await w.stop();
    }
  }, 60_000);

  test('a record of another cluster: refused, the early connection let go, nothing written', async () => {
    const w = await fromCheckpoint(cp, {}, (objs) =>
      objs.map((o) =>
        o.kind === 'Namespace' && o.metadata.name === 'kube-system'
          ? { ...o, metadata: { ...o.metadata, uid: '00000000-0000-4000-8000-000000000000' } }
          : o,
      ),
    );
    try {
      const r = await w.run('downtime', { 'approved-by-platform': 'true' });
      expect(r.error?.message ?? r.result?.error).toMatch(/cluster/i);
      expect(w.mutations()).toEqual([]);
      expect(w.mongo.writes).toEqual([]);
      // It was opened (the state dir named the version) and then closed, not left behind.
      expect(rootConnections(r.log.lines)).toBeLessThanOrEqual(1);
      expect(await until(() => w.mongo.connections === 0)).toBe(true);
    } finally {
      await w.stop();
    }
  }, 60_000);
});
