import { PassThrough } from 'node:stream';
import { ConsoleLogger, formatStepLine, Masker, useColour } from '../../../src/core/logger';

const capture = (isTTY: boolean) => {
  const s = new PassThrough() as PassThrough & { isTTY?: boolean };
  s.isTTY = isTTY;
  let text = '';
  s.on('data', (d) => (text += d.toString()));
  return { s, text: () => text };
};

describe('step lines', () => {
  test('one line per settled step: mark, title, what changed, duration; dry-run says would', () => {
    expect(
      formatStepLine({ title: 'secret a', status: 'applied', durationMs: 12.4, changes: ['created a', 'x'] }),
    ).toBe('✓ secret a: created a; x (12 ms)');
    expect(formatStepLine({ title: 'pv p', status: 'planned', durationMs: 0, changes: ['patch p'] })).toBe(
      '○ pv p: would patch p',
    );
    expect(formatStepLine({ title: 'pv p', status: 'done', durationMs: 0, changes: [] })).toBe(
      '= pv p: already done',
    );
    expect(
      formatStepLine({ title: 'pv p', status: 'failed', durationMs: 1500, changes: [], error: 'forbidden' }),
    ).toBe('✗ pv p: forbidden (1.5 s)');
  });

  test('colour only on a TTY, never with NO_COLOR', () => {
    expect(useColour(capture(true).s, {})).toBe(true);
    expect(useColour(capture(false).s, {})).toBe(false);
    expect(useColour(capture(true).s, { NO_COLOR: '1' })).toBe(false);
  });

  test('ConsoleLogger: masked step lines, coloured on a TTY; a group heading only when something is written in it', async () => {
    const out = capture(true);
    const err = capture(true);
    const log = new ConsoleLogger(out.s, err.s, new Masker(), false, {});
    log.mask('hunter2-secret');
    await log.group('empty stage', async () => undefined);
    await log.group('stage', async () => {
      log.step({ title: 'secret s', status: 'applied', durationMs: 3, changes: ['value hunter2-secret'] });
    });
    expect(out.text()).not.toContain('empty stage');
    expect(out.text()).not.toContain('hunter2-secret');
    expect(out.text()).toBe('▸ stage\n  \x1b[32m✓ secret s: value *** (3 ms)\x1b[0m\n');
    const plain = capture(false);
    const l2 = new ConsoleLogger(plain.s, plain.s, new Masker(), false, {});
    l2.step({ title: 'x', status: 'failed', durationMs: 1, changes: [], error: 'boom' });
    expect(plain.text()).toBe('✗ x: boom (1 ms)\n');
  });
});
