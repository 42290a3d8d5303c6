import { runSteps, StepVerificationError } from '../../../src/steps/engine';
import type { Step } from '../../../src/steps/step';
import { MemoryLogger } from '../../support/memory-logger';

/**
 * A tiny "cluster": a map of keys to values. Steps set a key; done = key has the value.
 * The engine is judged by what ends up in the map and which steps it applied.
 */
function world() {
  const state = new Map<string, string>();
  const applied: string[] = [];
  let crashAfter = Infinity;
  const step = (key: string, value: string): Step => ({
    id: `set/${key}`,
    title: `set ${key}`,
    isDone: async () => state.get(key) === value,
    describe: async () => [`set ${key} to ${value}`],
    apply: async () => {
      if (applied.length >= crashAfter) throw new Error('runner died');
      state.set(key, value);
      applied.push(key);
      return [`${key} = ${value}`];
    },
  });
  return {
    state,
    applied,
    step,
    crashAfter: (n: number) => (crashAfter = n),
  };
}

describe('step engine', () => {
  test('dry-run reports the plan and applies nothing', async () => {
    const w = world();
    w.state.set('a', '1');
    const log = new MemoryLogger();
    const { reports, error } = await runSteps([w.step('a', '1'), w.step('b', '2')], {
      dryRun: true,
      logger: log,
    });
    expect(error).toBeUndefined();
    expect(reports.map((r) => [r.id, r.status])).toEqual([
      ['set/a', 'done'],
      ['set/b', 'planned'],
    ]);
    expect(reports[1].changes).toEqual(['set b to 2']);
    expect(w.applied).toEqual([]);
    expect(w.state.has('b')).toBe(false);
    expect(log.text()).toContain('would: set b to 2');
  });

  test('applies the steps not done and verifies each', async () => {
    const w = world();
    w.state.set('a', '1');
    const { reports } = await runSteps([w.step('a', '1'), w.step('b', '2'), w.step('c', '3')], {
      dryRun: false,
      logger: new MemoryLogger(),
    });
    expect(reports.map((r) => r.status)).toEqual(['done', 'applied', 'applied']);
    expect(w.applied).toEqual(['b', 'c']);
  });

  test('a re-run after a finished run is a no-op', async () => {
    const w = world();
    const steps = [w.step('a', '1'), w.step('b', '2')];
    await runSteps(steps, { dryRun: false, logger: new MemoryLogger() });
    w.applied.length = 0;
    const { reports } = await runSteps(steps, { dryRun: false, logger: new MemoryLogger() });
    expect(reports.map((r) => r.status)).toEqual(['done', 'done']);
    expect(w.applied).toEqual([]);
  });

  test('a crash stops the run; the re-run resumes without repeating finished steps', async () => {
    const w = world();
    const steps = [w.step('a', '1'), w.step('b', '2'), w.step('c', '3')];
    w.crashAfter(1);
    const first = await runSteps(steps, { dryRun: false, logger: new MemoryLogger() });
    expect(first.error?.message).toBe('runner died');
    expect(first.reports.map((r) => r.status)).toEqual(['applied', 'failed', 'not-run']);
    w.crashAfter(Infinity);
    const second = await runSteps(steps, { dryRun: false, logger: new MemoryLogger() });
    expect(second.error).toBeUndefined();
    expect(second.reports.map((r) => r.status)).toEqual(['done', 'applied', 'applied']);
    expect(w.applied).toEqual(['a', 'b', 'c']);
    expect([...w.state.entries()]).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);
  });

  test('a step whose apply does not show in the cluster fails the phase', async () => {
    const liar: Step = {
      id: 'liar',
      title: 'liar',
      isDone: async () => false,
      describe: async () => ['nothing'],
      apply: async () => ['claims success'],
    };
    const w = world();
    const { reports, error } = await runSteps([liar, w.step('x', '1')], {
      dryRun: false,
      logger: new MemoryLogger(),
    });
    expect(error).toBeInstanceOf(StepVerificationError);
    expect(reports.map((r) => r.status)).toEqual(['failed', 'not-run']);
    expect(w.state.has('x')).toBe(false);
  });

  test('write-ahead runs before apply and never in dry-run', async () => {
    const order: string[] = [];
    let done = false;
    const s: Step = {
      id: 's',
      title: 's',
      isDone: async () => done,
      describe: async () => ['x'],
      writeAhead: async () => void order.push('writeAhead'),
      apply: async () => {
        order.push('apply');
        done = true;
        return [];
      },
    };
    await runSteps([s], { dryRun: true, logger: new MemoryLogger() });
    expect(order).toEqual([]);
    await runSteps([s], { dryRun: false, logger: new MemoryLogger() });
    expect(order).toEqual(['writeAhead', 'apply']);
  });

  test('durations come from the clock', async () => {
    const w = world();
    let t = 1000;
    const { reports } = await runSteps([w.step('a', '1')], {
      dryRun: false,
      logger: new MemoryLogger(),
      now: () => (t += 250),
    });
    expect(reports[0].durationMs).toBe(250);
  });
});
