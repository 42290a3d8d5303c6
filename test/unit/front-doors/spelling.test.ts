import { respell, spellInput } from '../../../src/front-doors/spelling';
import { nameProblem } from '../../../src/core/names';
import { closingLine } from '../../../src/front-doors/terminal';

describe('one spelling of an input per front door', () => {
  const names = ['chart-version', 'acknowledge-no-snapshots', 'context'];
  const text = 'pass --chart-version, or set --acknowledge-no-snapshots; helm --atomic stays';
  test('the CLI keeps its flags', () => expect(respell(text, 'cli', names)).toBe(text));
  test('GitHub names action inputs; flags of other tools stay', () => {
    expect(respell(text, 'github', names)).toBe(
      'pass input `chart-version`, or set input `acknowledge-no-snapshots`; helm --atomic stays',
    );
  });
  test('Tekton names params', () => {
    expect(respell('--context is required', 'tekton', names)).toBe('param `context` is required');
    expect(spellInput('tekton', 'context')).toBe('param `context`');
  });
  test('a longer name is not cut at a shorter one', () => {
    expect(respell('--context-x and --context', 'github', names)).toBe('--context-x and input `context`');
  });
});

describe('Kubernetes and Helm names', () => {
  test.each(['cognigy-ai', 'a', 'x1', 'a'.repeat(63)])('namespace %s is valid', (n) =>
    expect(nameProblem('namespace', n)).toBeUndefined(),
  );
  test.each(['Cognigy_AI!', 'cognigy.ai', '-a', 'a-', '', 'a'.repeat(64)])('namespace %p is not', (n) =>
    expect(nameProblem('namespace', n)).toMatch(/DNS-1123/),
  );
  test('release names: dots allowed, at most 53 characters', () => {
    expect(nameProblem('release', 'cognigy.ai')).toBeUndefined();
    expect(nameProblem('release', 'a'.repeat(53))).toBeUndefined();
    expect(nameProblem('release', 'a'.repeat(54))).toMatch(/53/);
    expect(nameProblem('release', 'Cognigy')).toMatch(/release name/);
  });
});

describe('closing line of a phase', () => {
  test('counts what the steps did; a warning is never counted as passed', () => {
    expect(
      closingLine('preflight', 'succeeded', 1234, [
        { status: 'done', changes: [] },
        { status: 'done', changes: ['warning: image check disabled'] },
        { status: 'applied', changes: ['x'] },
      ]),
    ).toBe('preflight: succeeded in 1.23s (1 applied, 1 already done or passed, 1 warning)');
  });
  test('a dry run says it changed nothing', () => {
    expect(closingLine('migrate-secrets', 'planned', 10, [{ status: 'planned' }])).toBe(
      'migrate-secrets: planned (dry-run, nothing changed) in 0.01s (1 would change)',
    );
  });
});
