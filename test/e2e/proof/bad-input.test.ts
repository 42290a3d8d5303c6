/**
 * The bad-input corpus (bad-input.cases.ts): every case ends in a clear error naming the
 * problem, through the front door it names, with zero mutating requests to Kubernetes and zero
 * writes to MongoDB. The README's troubleshooting section must be the one generated from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputsOf, isPhaseName, PHASES } from '../../../src/phases';
import { cli, flags, github, tekton } from '../../support/proof/doors';
import { captureLevels, workingInputs, worldAt, type Captured, type Level } from '../../support/proof/levels';
import { BAD_INPUTS, type BadInput } from './bad-input.cases';
import {
  troubleshootingSection,
  TROUBLESHOOTING_START,
  TROUBLESHOOTING_END,
} from '../../support/proof/troubleshooting';

let levels: Record<Level, Captured>;
beforeAll(async () => {
  levels = await captureLevels();
}, 180_000);

async function attempt(c: BadInput) {
  const w = await worldAt(levels[c.level], { objects: c.objects, denied: c.denied, mongo: c.mongo });
  try {
    const ctx = {
      dir: w.dir,
      stateDir: w.stateDir,
      kubeconfig: w.kubeconfig,
      mongoUri: w.mongo.uri,
      sourceSecrets: w.sandbox.list('v1', 'Secret', 'default'),
    };
    c.state?.(ctx);
    const merged: Record<string, string | undefined> = {
      ...workingInputs(c.phase, ctx),
      ...(c.inputs?.(ctx) ?? {}),
    };
    const declared = isPhaseName(c.phase)
      ? new Set(inputsOf(PHASES[c.phase]).map((i) => i.name))
      : new Set<string>();
    const inputs = Object.fromEntries(
      Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined && declared.has(e[0])),
    );
    w.sandbox.requests.clear();
    const writes = w.mongoWrites();
    let text: string;
    let failed: boolean;
    let code: number | undefined;
    const env = { HOME: w.dir };
    if (c.door === 'phase') {
      const r = await w.run(c.phase as any, inputs);
      failed = !r.result?.ok;
      text = [r.error?.message, r.result?.error, r.log.text()].filter(Boolean).join('\n');
    } else {
      const out =
        c.door === 'cli'
          ? await cli([c.phase, ...flags(inputs, c.phase), ...(c.argv ?? [])], env)
          : c.door === 'tekton'
            ? await tekton(c.phase, inputs, env)
            : await github({ phase: c.phase, ...inputs }, env);
      code = out.code;
      failed = out.code !== 0;
      text = `${out.stdout}\n${out.stderr}`;
    }
    return { failed, code, text, mutations: w.mutations(), mongoWrites: w.mongoWrites() - writes };
  } finally {
    await w.stop();
  }
}

describe('bad-input corpus', () => {
  test('has at least 40 cases with unique ids', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BAD_INPUTS.map((c) => c.id)).size).toBe(BAD_INPUTS.length);
  });

  const known = BAD_INPUTS.filter((c) => c.knownBug);
  const plain = BAD_INPUTS.filter((c) => !c.knownBug);
  const check = async (c: BadInput) => {
    const r = await attempt(c);
    const summary = {
      id: c.id,
      failed: r.failed,
      named: c.expect.test(r.text),
      mutations: r.mutations,
      mongoWrites: r.mongoWrites,
    };
    if (!summary.named || !summary.failed) summary.named = r.text.slice(-1500) as any;
    expect(summary).toEqual({ id: c.id, failed: true, named: true, mutations: [], mongoWrites: 0 });
    if (c.door !== 'phase') expect({ id: c.id, code: r.code }).toEqual({ id: c.id, code: c.code ?? 1 });
  };
  test.each(plain.map((c) => [c.id, c] as const))('%s', (_id, c) => check(c), 120_000);
  if (known.length)
    test.failing.each(known.map((c) => [c.id, c.knownBug!, c] as const))(
      '%s (known bug: %s)',
      (_id, _bug, c) => check(c),
      120_000,
    );

  test('the README troubleshooting section is generated from the corpus', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const start = readme.indexOf(TROUBLESHOOTING_START);
    const end = readme.indexOf(TROUBLESHOOTING_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    // prettier pads the table's cells and puts blank lines around the markers: compare without that.
    const plain = (t: string) =>
      t
        .replace(/ +\|/g, ' |')
        .replace(/\| +/g, '| ')
        .replace(/-{3,}/g, '---')
        .replace(/\n{2,}/g, '\n');
    expect(plain(readme.slice(start, end + TROUBLESHOOTING_END.length))).toContain(
      plain(troubleshootingSection(BAD_INPUTS)),
    );
  });
});
