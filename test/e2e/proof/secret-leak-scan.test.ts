/**
 * Secret leaks: the whole pipeline through its front doors (preflight via the GitHub Action,
 * migrate-secrets via Tekton, prepare-storage and the gate via the CLI, downtime via the CLI,
 * helm-install in process with the raw, unmasked log), with the seeded secrets plus canary values
 * chosen to be easy to find (URL-special characters included), and failing runs whose inputs
 * carry secrets. Every place a value could surface is scanned for every secret value raw, base64
 * and URL-encoded: stdout/stderr, the job summary and outputs, Tekton results, the state dir
 * (record, backups), every object in the cluster that is not a Secret (the record mirror,
 * approval requests, leases, events), and every error message.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHART, HELM3, PREFLIGHT_OK, seedSecretValues } from '../../integration/phases/harness';
import { cli, flags, github, tekton, type DoorOutcome } from '../../support/proof/doors';
import { proofWorld, type ProofWorld } from '../../support/proof/pipeline';
import { approvalCrd } from '../../../src/phases/gate/manifests';

/** Values nobody could mistake for anything else; the second and third need URL encoding. */
const CANARIES = {
  'cognigy-jwt': 'Canary-Jwt-Secret-9f27c1b4e0',
  'cognigy-smtp': 'C@nary:smtp/pass%w0rd?&=#1',
  'cognigy-odata': 'canary odata key+/= 7734',
};
const WRONG_MONGO_PASSWORD = 'Canary-Wrong-Mongo-Pw-5521';

function withCanaries(objects: any[]): any[] {
  return objects.map((o) => {
    const value = CANARIES[o.metadata?.name as keyof typeof CANARIES];
    if (o.kind !== 'Secret' || o.metadata.namespace !== 'default' || !value) return o;
    const keys = Object.keys(o.data ?? {});
    return { ...o, data: Object.fromEntries(keys.map((k) => [k, Buffer.from(value).toString('base64')])) };
  });
}

function filesUnder(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push([p, readFileSync(p, 'utf8')]);
  }
  return out;
}

/** The GitHub runner prints `::add-mask::<value>` by design: that line tells it what to hide. */
const doorText = (name: string, o: DoorOutcome): Array<[string, string]> => [
  [`${name} stdout`, o.stdout.replace(/^::add-mask::.*$/gm, '')],
  [`${name} stderr`, o.stderr],
  ...Object.entries(o.artifacts).map(([k, v]) => [`${name} ${k}`, v] as [string, string]),
];

test('secret-leak-scan: no secret value anywhere k2h writes', async () => {
  const w: ProofWorld = await proofWorld('generic', { edit: withCanaries, extra: [approvalCrd] });
  const texts: Array<[string, string]> = [];
  let values: string[] = [];
  try {
    const uri = `${w.mongo.uri}&serverSelectionTimeoutMS=3000`;
    const base = { kubeconfig: w.kubeconfig, 'state-dir': w.stateDir };
    const env = { HOME: w.stateDir };
    const ok = (name: string, o: DoorOutcome) => {
      texts.push(...doorText(name, o));
      if (o.code !== 0) throw new Error(`${name} failed (${o.code}):\n${o.stdout.slice(-2000)}\n${o.stderr}`);
    };
    ok(
      'preflight (GitHub)',
      await github({ phase: 'preflight', ...base, ...PREFLIGHT_OK, helm: HELM3, 'mongodb-uri': uri }),
    );
    ok('migrate-secrets (Tekton)', await tekton('migrate-secrets', base, env));
    ok('prepare-storage (CLI)', await cli(['prepare-storage', ...flags(base)], env));
    // The gate files an approval request and, unanswered, times out: the request and the error are scanned.
    const gate = await cli(['gate', ...flags({ ...base, 'mongodb-uri': uri, timeout: '2s' }, 'gate')], env);
    texts.push(...doorText('gate (CLI, timed out)', gate));
    expect(gate.code).not.toBe(0);
    // A wrong MongoDB password in the input: the refusal must not repeat it.
    const wrong = uri.replace(/root:[^@]*@/, `root:${WRONG_MONGO_PASSWORD}@`);
    const refused = await cli(
      ['downtime', ...flags({ ...base, 'mongodb-uri': wrong, 'approved-by-platform': 'true' }, 'downtime')],
      env,
    );
    texts.push(...doorText('downtime (CLI, wrong password)', refused));
    expect(refused.code).not.toBe(0);
    const refusedGh = await github({
      phase: 'downtime',
      ...base,
      'mongodb-uri': wrong,
      'approved-by-platform': 'true',
    });
    texts.push(...doorText('downtime (GitHub, wrong password)', refusedGh));
    ok(
      'downtime (CLI)',
      await cli(
        ['downtime', ...flags({ ...base, 'mongodb-uri': uri, 'approved-by-platform': 'true' }, 'downtime')],
        env,
      ),
    );
    const install = await w.run('helm-install', {
      chart: CHART,
      'chart-version': '4.41.2',
      values: join(CHART, 'ci', 'generic-values.yaml'),
      helm: HELM3,
      'helm-timeout': '60s',
    });
    texts.push(
      ['helm-install log (raw, unmasked)', install.log.text()],
      [
        'helm-install error',
        `${install.error?.message ?? ''} ${install.error?.stack ?? ''} ${install.result?.error ?? ''}`,
      ],
    );
    texts.push(
      ['helm-install outputs', JSON.stringify(install.result?.outputs ?? {})],
      ['helm-install report', (install.result?.report ?? []).join('\n')],
    );
    if (!install.result?.ok)
      throw new Error(`helm-install failed: ${install.error?.message ?? install.result?.error}`);

    for (const [file, text] of filesUnder(w.stateDir))
      texts.push([`state ${file.slice(w.stateDir.length + 1)}`, text]);
    for (const o of w.sandbox.snapshot() as any[])
      if (o.kind !== 'Secret')
        texts.push([
          `cluster ${o.kind} ${o.metadata?.namespace ?? ''}/${o.metadata?.name}`,
          JSON.stringify(o),
        ]);
    if (!texts.some(([n]) => n.includes('ApprovalRequest')))
      throw new Error(`the gate filed no approval request:\n${gate.stdout}\n${gate.stderr}`);
    expect(texts.some(([n]) => n.includes('ConfigMap default/k2h-migration-record'))).toBe(true);
  } finally {
    values = [...seedSecretValues(w.sandbox), ...Object.values(CANARIES), WRONG_MONGO_PASSWORD];
    await w.stop();
  }
  const forms = new Map<string, string>();
  for (const v of values) {
    forms.set(v, `${v.slice(0, 3)}… raw`);
    forms.set(Buffer.from(v).toString('base64'), `${v.slice(0, 3)}… base64`);
    if (encodeURIComponent(v) !== v) forms.set(encodeURIComponent(v), `${v.slice(0, 3)}… url-encoded`);
  }
  const hits: string[] = [];
  for (const [where, text] of texts)
    for (const [form, what] of forms) if (text.includes(form)) hits.push(`${what} in ${where}`);
  console.log(
    `secret-leak-scan: values=${values.length} hits=${hits.length} (${forms.size} forms in ${texts.length} texts)`,
  );
  expect(hits).toEqual([]);
}, 600_000);
