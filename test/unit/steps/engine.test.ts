import { CancelledError, runStages, runSteps, StepVerificationError } from '../../../src/steps/engine';
import type { Stage, Step } from '../../../src/steps/step';
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
    expect(log.text()).toContain('set b: would set b to 2');
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

  test('the steps of a stage run concurrently, never more than the limit at once', async () => {
    let inFlight = 0;
    let most = 0;
    const done = new Set<string>();
    const slow = (id: string): Step => ({
      id,
      title: id,
      isDone: () => done.has(id),
      describe: () => [id],
      apply: async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        done.add(id);
        return [id];
      },
    });
    const steps = Array.from({ length: 10 }, (_, n) => slow(`s${n}`));
    const { reports, error } = await runStages([{ name: 'all', steps, concurrency: 3 }], {
      dryRun: false,
      logger: new MemoryLogger(),
    });
    expect(error).toBeUndefined();
    expect(most).toBe(3);
    expect(reports.map((r) => r.id)).toEqual(steps.map((s) => s.id));
    expect(reports.every((r) => r.status === 'applied')).toBe(true);
  });

  test('the write-ahead facts of every stage of a plan are made durable in ONE commit before any apply', async () => {
    const order: string[] = [];
    const facts: string[] = [];
    const done = new Set<string>();
    const step = (id: string): Step => ({
      id,
      title: id,
      isDone: () => done.has(id),
      describe: () => [id],
      writeAhead: () => {
        facts.push(id);
        return true;
      },
      apply: async () => {
        order.push(`apply ${id}`);
        done.add(id);
        return [];
      },
    });
    const stages: Stage[] = [
      { name: 'one', steps: [step('a'), step('b')] },
      { name: 'two', steps: [step('c')] },
    ];
    done.add('b');
    await runStages(stages, {
      dryRun: false,
      logger: new MemoryLogger(),
      beforeFirstApply: () => void order.push('mark running'),
      journal: {
        commit: async () => void order.push(`commit [${facts.join(',')}]`),
        progress: async () => void order.push('progress'),
      },
    });
    expect(order).toEqual(['mark running', 'commit [a,c]', 'apply a', 'progress', 'apply c', 'progress']);
  });

  test('a stage with observe() is planned from the new observation, its facts committed before it', async () => {
    const order: string[] = [];
    const s = (id: string, stage: string): Step<{ n: number }> => ({
      id,
      title: id,
      isDone: (o) => o.n > 1 && id === 'skip-after-reobserve',
      describe: () => [id],
      writeAhead: () => {
        order.push(`fact ${id}`);
        return true;
      },
      apply: async (o) => {
        order.push(`apply ${id} in ${stage} seeing n=${o.n}`);
        o.n = o.n + 0;
        return [];
      },
    });
    const doneAfterApply = new Set<string>();
    const wrap = (x: Step<{ n: number }>): Step<{ n: number }> => ({
      ...x,
      isDone: (o) => doneAfterApply.has(x.id) || x.isDone(o),
      apply: async (o, r) => {
        const c = await x.apply(o, r);
        doneAfterApply.add(x.id);
        return c;
      },
    });
    const { reports } = await runStages(
      [
        { name: 'first', steps: [wrap(s('x', 'first'))] },
        {
          name: 'after wait',
          observe: async () => {
            order.push('observe');
            return { n: 2 };
          },
          steps: [wrap(s('y', 'after wait')), wrap(s('skip-after-reobserve', 'after wait'))],
        },
      ],
      {
        dryRun: false,
        logger: new MemoryLogger(),
        observation: { n: 1 },
        journal: { commit: async () => void order.push('commit') },
      },
    );
    expect(order).toEqual([
      'fact x',
      'commit',
      'apply x in first seeing n=1',
      'observe',
      'fact y',
      'commit',
      'apply y in after wait seeing n=2',
    ]);
    expect(reports.map((r) => r.status)).toEqual(['applied', 'applied', 'done']);
  });

  test('dry-run makes no journal write and calls no writeAhead', async () => {
    const calls: string[] = [];
    const s: Step = {
      id: 's',
      title: 's',
      isDone: () => false,
      describe: () => ['change'],
      writeAhead: () => void calls.push('writeAhead'),
      apply: async () => {
        calls.push('apply');
        return [];
      },
    };
    const { reports } = await runStages([{ name: 'x', steps: [s] }], {
      dryRun: true,
      logger: new MemoryLogger(),
      beforeFirstApply: () => void calls.push('before'),
      journal: {
        commit: async () => void calls.push('commit'),
        progress: async () => void calls.push('progress'),
      },
    });
    expect(calls).toEqual([]);
    expect(reports[0]).toMatchObject({ status: 'planned', changes: ['change'] });
  });

  test('a failure lets the steps in flight finish and starts nothing more', async () => {
    const started: string[] = [];
    const done = new Set<string>();
    const step = (id: string, fail = false): Step => ({
      id,
      title: id,
      isDone: () => done.has(id),
      describe: () => [id],
      apply: async () => {
        started.push(id);
        await new Promise((r) => setTimeout(r, fail ? 1 : 10));
        if (fail) throw new Error(`${id} broke`);
        done.add(id);
        return [];
      },
    });
    const { reports, error } = await runStages(
      [
        { name: 'one', steps: [step('a', true), step('b'), step('c'), step('d')], concurrency: 2 },
        { name: 'two', steps: [step('e')] },
      ],
      { dryRun: false, logger: new MemoryLogger() },
    );
    expect(error?.message).toBe('a broke');
    expect(started).toEqual(['a', 'b']);
    expect(reports.map((r) => [r.id, r.status])).toEqual([
      ['a', 'failed'],
      ['b', 'applied'],
      ['c', 'not-run'],
      ['d', 'not-run'],
      ['e', 'not-run'],
    ]);
  });

  test('an abort stops the run between steps: no step starts after it, the error says cancelled', async () => {
    const ac = new AbortController();
    const done = new Set<string>();
    const step = (id: string): Step => ({
      id,
      title: id,
      isDone: () => done.has(id),
      describe: () => [id],
      apply: async () => {
        if (id === 'b') ac.abort('SIGINT');
        done.add(id);
        return [];
      },
    });
    const { reports, error } = await runStages(
      [
        { name: 'one', steps: [step('a'), step('b'), step('c')], concurrency: 1 },
        { name: 'two', steps: [step('d')] },
      ],
      { dryRun: false, logger: new MemoryLogger(), signal: ac.signal },
    );
    expect(error).toBeInstanceOf(CancelledError);
    expect(error?.message).toMatch(/cancelled \(SIGINT\)/);
    expect(reports.map((r) => r.status)).toEqual(['applied', 'applied', 'not-run', 'not-run']);
    expect([...done]).toEqual(['a', 'b']);
  });

  test('one line per settled step, inside one group per stage; dry-run lines say would', async () => {
    const log = new MemoryLogger();
    const w = world();
    w.state.set('a', '1');
    await runStages([{ name: 'stage one', steps: [w.step('a', '1'), w.step('b', '2')] }], {
      dryRun: true,
      logger: log,
    });
    expect(log.lines).toEqual([
      'group stage one',
      'info = set a: already done',
      'info ○ set b: would set b to 2',
    ]);
  });

  describe('a stage alongside the stages after it', () => {
    /** A step that applies once `release` resolves (or at once), recording when it started and ended. */
    function timeline() {
      const events: string[] = [];
      const done = new Set<string>();
      const step = (id: string, o: { wait?: Promise<void>; fail?: boolean } = {}): Step => ({
        id,
        title: id,
        isDone: () => done.has(id),
        describe: () => [`do ${id}`],
        apply: async () => {
          events.push(`start ${id}`);
          await o.wait;
          await new Promise((r) => setImmediate(r));
          if (o.fail) {
            events.push(`fail ${id}`);
            throw new Error(`${id} broke`);
          }
          done.add(id);
          events.push(`end ${id}`);
          return [`did ${id}`];
        },
      });
      return { events, done, step };
    }

    test('the later stages run while it is in flight; the run ends when it settled; reports keep the stage order', async () => {
      const t = timeline();
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      // The side step is released only by the last main stage: a run that waited for it first would hang.
      const last: Step = { ...t.step('c'), apply: async () => (release(), t.done.add('c'), ['did c']) };
      const log = new MemoryLogger();
      const { reports, error } = await runStages(
        [
          { name: 'side', steps: [t.step('s', { wait: held })], alongside: true },
          { name: 'one', steps: [t.step('a')] },
          { name: 'two', steps: [t.step('b'), last] },
        ],
        { dryRun: false, logger: log },
      );
      expect(error).toBeUndefined();
      expect(reports.map((r) => [r.id, r.status])).toEqual([
        ['s', 'applied'],
        ['a', 'applied'],
        ['b', 'applied'],
        ['c', 'applied'],
      ]);
      expect(t.events.indexOf('start a')).toBeLessThan(t.events.indexOf('end s'));
      expect(t.events[t.events.length - 1]).toBe('end s');
      // Its lines come in one piece, in its own group, after the groups that ran meanwhile.
      expect(log.lines).toEqual([
        'group one',
        expect.stringMatching(/^info ✓ a: did a \(\d+ ms\)$/),
        'group two',
        // (c settles first: it does not wait a turn)
        expect.stringMatching(/^info ✓ c: did c/),
        expect.stringMatching(/^info ✓ b: did b/),
        'group side',
        expect.stringMatching(/^info ✓ s: did s/),
      ]);
    });

    test('its write-ahead facts are in the one commit before any apply', async () => {
      const t = timeline();
      const order: string[] = [];
      const withFacts = (s: Step): Step => ({ ...s, writeAhead: () => (order.push(`fact ${s.id}`), true) });
      await runStages(
        [
          { name: 'side', steps: [withFacts(t.step('s'))], alongside: true },
          { name: 'one', steps: [withFacts(t.step('a'))] },
        ],
        {
          dryRun: false,
          logger: new MemoryLogger(),
          journal: { commit: async () => void order.push('commit') },
        },
      );
      expect(order).toEqual(['fact s', 'fact a', 'commit']);
      expect(t.events.filter((e) => e.startsWith('start'))).toHaveLength(2);
    });

    test('its failure starts nothing more in the stages after it, and is the run error', async () => {
      const t = timeline();
      let failed!: () => void;
      const sideFailed = new Promise<void>((r) => (failed = r));
      const side: Step = {
        ...t.step('s'),
        apply: async () => {
          await new Promise((r) => setImmediate(r));
          failed();
          throw new Error('s broke');
        },
      };
      const { reports, error } = await runStages(
        [
          { name: 'side', steps: [side], alongside: true },
          // 'a' is in flight when the side step fails: it finishes; 'b' never starts.
          { name: 'one', steps: [t.step('a', { wait: sideFailed }), t.step('b')], concurrency: 1 },
          { name: 'two', steps: [t.step('c')] },
        ],
        { dryRun: false, logger: new MemoryLogger() },
      );
      expect(error?.message).toBe('s broke');
      expect(reports.map((r) => [r.id, r.status])).toEqual([
        ['s', 'failed'],
        ['a', 'applied'],
        ['b', 'not-run'],
        ['c', 'not-run'],
      ]);
      expect(t.events).not.toContain('start b');
      expect(t.events).not.toContain('start c');
    });

    test('a later stage with its own observe() waits for it', async () => {
      const t = timeline();
      const { reports } = await runStages(
        [
          { name: 'side', steps: [t.step('s')], alongside: true },
          { name: 'fresh', steps: [t.step('a')], observe: async (o) => (t.events.push('observe'), o) },
        ],
        { dryRun: false, logger: new MemoryLogger() },
      );
      expect(t.events.indexOf('observe')).toBeGreaterThan(t.events.indexOf('end s'));
      expect(reports.map((r) => r.status)).toEqual(['applied', 'applied']);
    });

    test('dry-run plans it like any stage and applies nothing', async () => {
      const t = timeline();
      const { reports } = await runStages(
        [
          { name: 'side', steps: [t.step('s')], alongside: true },
          { name: 'one', steps: [t.step('a')] },
        ],
        { dryRun: true, logger: new MemoryLogger() },
      );
      expect(reports.map((r) => [r.id, r.status, r.changes])).toEqual([
        ['s', 'planned', ['do s']],
        ['a', 'planned', ['do a']],
      ]);
      expect(t.events).toEqual([]);
    });
  });
});
