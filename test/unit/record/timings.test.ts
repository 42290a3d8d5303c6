import { downtimeWindowMs, outageMs } from '../../../src/record/timings';
import type { MigrationRecord } from '../../../src/record/schema';

const rec = (r: Partial<MigrationRecord>) => r as MigrationRecord;
const T0 = '2026-12-07T10:00:00.000Z';

describe('downtime window and outage from the record', () => {
  test("the window ends with the stage's last change; records without endedAt end it at the last Bound", () => {
    const downtime = { replicas: {}, scaleDownAt: T0, lastBoundAt: '2026-12-07T10:00:01.500Z' };
    expect(downtimeWindowMs(rec({ downtime: { ...downtime, endedAt: '2026-12-07T10:00:04.250Z' } }))).toBe(
      4250,
    );
    expect(downtimeWindowMs(rec({ downtime }))).toBe(1500);
    expect(downtimeWindowMs(rec({ downtime: { replicas: {}, scaleDownAt: T0 } }))).toBeUndefined();
    expect(downtimeWindowMs(rec({}))).toBeUndefined();
  });

  test('the outage runs from the first scale-down to the release Ready; nothing when one is missing or they do not fit', () => {
    const helmInstall = { chart: 'c', chartVersion: '1', digest: 'd', startedAt: T0 };
    const downtime = { replicas: {}, scaleDownAt: T0 };
    expect(
      outageMs(rec({ downtime, helmInstall: { ...helmInstall, readyAt: '2026-12-07T10:02:00.000Z' } })),
    ).toBe(120_000);
    expect(outageMs(rec({ downtime, helmInstall }))).toBeUndefined();
    expect(outageMs(rec({ helmInstall: { ...helmInstall, readyAt: T0 } }))).toBeUndefined();
    // Ready before this scale-down: an earlier attempt's, not this outage.
    expect(
      outageMs(rec({ downtime, helmInstall: { ...helmInstall, readyAt: '2026-12-07T09:59:00.000Z' } })),
    ).toBeUndefined();
  });
});
