/**
 * Redaction at the source: an error carrying a secret value, thrown or returned by a phase, is
 * masked before any front door prints or stores it (CLI, GitHub Action, Tekton).
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ConfigurationError } from '../../../src/core/errors';
import { KubeApiError } from '../../../src/kube/errors';
import { PHASES } from '../../../src/phases';
import type { PhaseContext, PhaseResult } from '../../../src/phases/types';
import { runCli } from '../../../src/front-doors/cli';
import { run as runAction } from '../../../src/front-doors/github';
import { runTekton } from '../../../src/front-doors/tekton';

const SECRET = 'Sup3r-S3cret-Value-42';
const B64 = Buffer.from(SECRET).toString('base64');
const phase = PHASES['prepare-storage'];

/** What a phase may do with a secret it read: mask it, then fail in one of three ways. */
const failures: Record<string, (ctx: PhaseContext) => Promise<PhaseResult>> = {
  'thrown Kubernetes error quoting a request body': async (ctx) => {
    ctx.logger.mask(SECRET);
    throw new KubeApiError(422, 'Invalid', `Secret "x" is invalid: data[password]: Invalid value: "${B64}"`);
  },
  'thrown configuration error': async (ctx) => {
    ctx.logger.mask(SECRET);
    throw new ConfigurationError(`the password ${SECRET} does not parse`);
  },
  'returned failed result and step': async (ctx) => {
    ctx.logger.mask(SECRET);
    return {
      phase: 'prepare-storage',
      ok: false,
      dryRun: false,
      steps: [
        {
          id: 's',
          title: `step with ${SECRET}`,
          status: 'failed',
          durationMs: 1,
          changes: [],
          error: `step failed: ${SECRET}`,
        },
      ],
      outputs: {},
      report: [`report line ${B64}`],
      error: `phase failed: ${SECRET}`,
    };
  },
};

function sink() {
  let text = '';
  const stream = new Writable({ write: (c, _e, cb) => ((text += String(c)), cb()) });
  return { stream, text: () => text };
}

const leaks = (text: string) =>
  text
    .split('\n')
    // The runner's own masking command carries the value by design.
    .filter((l) => !l.startsWith('::add-mask::'))
    .filter((l) => l.includes(SECRET) || l.includes(B64));

let spy: jest.SpyInstance;
afterEach(() => spy?.mockRestore());

describe.each(Object.entries(failures))('%s', (_name, fail) => {
  beforeEach(() => {
    spy = jest.spyOn(phase, 'run').mockImplementation(fail);
  });

  test('CLI: stdout and stderr masked', async () => {
    const out = sink();
    const err = sink();
    const state = mkdtempSync(join(tmpdir(), 'k2h-state-'));
    const code = await runCli(['prepare-storage', '--state-dir', state], {
      stdout: out.stream,
      stderr: err.stream,
      env: {},
    });
    expect(code).toBe(1);
    expect(spy).toHaveBeenCalled();
    expect(out.text() + err.text()).toMatch(/\*\*\*/);
    expect(leaks(out.text() + err.text())).toEqual([]);
  });

  test('Tekton: log and result files masked', async () => {
    const out = sink();
    const results = mkdtempSync(join(tmpdir(), 'k2h-results-'));
    const state = mkdtempSync(join(tmpdir(), 'k2h-state-'));
    const code = await runTekton(['prepare-storage'], {
      stdout: out.stream,
      stderr: out.stream,
      env: { K2H_RESULTS_DIR: results, PARAM_STATE_DIR: state },
    });
    expect(code).toBe(1);
    const files = readdirSync(results)
      .map((f) => readFileSync(join(results, f), 'utf8'))
      .join('\n');
    expect(out.text()).toMatch(/\*\*\*/);
    expect(leaks(out.text() + files)).toEqual([]);
  });

  test('GitHub Action: annotations, setFailed and summary masked', async () => {
    const out = sink();
    const summary = join(mkdtempSync(join(tmpdir(), 'k2h-summary-')), 'summary.md');
    writeFileSync(summary, '');
    const saved = { ...process.env };
    const write = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((c: any) => (out.stream.write(c), true));
    try {
      process.env.INPUT_PHASE = 'prepare-storage';
      process.env['INPUT_STATE-DIR'] = mkdtempSync(join(tmpdir(), 'k2h-state-'));
      process.env.GITHUB_STEP_SUMMARY = summary;
      delete process.env.GITHUB_OUTPUT;
      await runAction();
    } finally {
      write.mockRestore();
      process.env = saved;
      process.exitCode = 0;
    }
    const text = out.text() + readFileSync(summary, 'utf8');
    expect(text).toMatch(/::error::/);
    expect(text).toMatch(/\*\*\*/);
    expect(leaks(text)).toEqual([]);
  });
});
