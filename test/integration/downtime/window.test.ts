/**
 * The downtime window a run reports ends with the stage's last change, not with the last volume
 * Bound: with MongoDB farther away than the API server, the databases' copies end last, and the
 * services stay down until they are verified.
 */
import { checkpoint, fromCheckpoint, readyWorld, record, type Checkpoint } from './helpers';

describe('downtime: the window', () => {
  let cp: Checkpoint;
  beforeAll(async () => {
    const w = await readyWorld({ variant: 'generic' });
    cp = checkpoint(w, 'generic');
    await w.stop();
  }, 60_000);

  test('a copy that ends after the last Bound ends the window; the output and the summary say so', async () => {
    const w = await fromCheckpoint(cp);
    try {
      // Kubernetes at once, MongoDB 30 ms away: the copy needs many more answers than the rebinding.
      w.mongo.latencyMs = 30;
      const r = await w.run('downtime', { 'approved-by-platform': 'true' });
      expect(r.result?.error).toBeUndefined();
      const rec = record(w);
      const at = (t: string) => Date.parse(t);
      const copied = rec.mongo.databases.map((d: { verifiedAt: string }) => at(d.verifiedAt));
      expect(copied.length).toBeGreaterThan(0);
      expect(Math.max(...copied)).toBeGreaterThan(at(rec.downtime.lastBoundAt));
      expect(at(rec.downtime.endedAt)).toBeGreaterThanOrEqual(Math.max(...copied));
      const seconds = ((at(rec.downtime.endedAt) - at(rec.downtime.scaleDownAt)) / 1000).toFixed(1);
      expect(r.result!.outputs['downtime-window-seconds']).toBe(seconds);
      expect(r.result!.report.join('\n')).toContain(
        "downtime window (first scale-down to the stage's last change)",
      );

      // A re-run finds everything done and reports the same window.
      w.sandbox.requests.clear();
      const again = await w.run('downtime', { 'approved-by-platform': 'true' });
      expect(w.mutations()).toEqual([]);
      expect(again.result!.outputs['downtime-window-seconds']).toBe(seconds);
    } finally {
      w.mongo.latencyMs = 0;
      await w.stop();
    }
  }, 60_000);
});
