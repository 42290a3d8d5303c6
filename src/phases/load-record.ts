/** Loading the record of this migration and checking the inputs name the same one. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../core/errors';
import { RECORD_FILE, type MigrationRecord } from '../record/schema';
import type { RecordStore } from '../record/store';
import type { PhaseContext } from './types';

/** Loads the record and checks the inputs name the same migration. */
export async function loadRecord(
  ctx: PhaseContext,
): Promise<{ record: MigrationRecord; store: RecordStore }> {
  const store = await ctx.store();
  const record = await store.load();
  const mismatches: string[] = [];
  const check = (input: string, recorded: string) => {
    if (String(ctx.inputs[input]) !== recorded)
      mismatches.push(`${input} is '${String(ctx.inputs[input])}' but preflight recorded '${recorded}'`);
  };
  check('source-namespace', record.sourceNamespace);
  check('target-namespace', record.targetNamespace);
  check('release', record.release);
  if (mismatches.length)
    throw new ConfigurationError(
      `the inputs do not match the migration record in ${store.dir}:\n  - ${mismatches.join('\n  - ')}\nRe-run preflight with the new inputs, or pass the recorded ones.`,
    );
  // A run that died between writing the state dir and the mirror left the cluster's copy behind:
  // bring it up to date now, so rollback without the artifact knows what the state dir knows.
  const behind = store.mirrorBehind;
  if (behind !== undefined && !ctx.dryRun) {
    await store.syncMirror(record);
    ctx.logger.info(
      `the in-cluster record copy was behind the state dir (generation ${behind} < ${record.generation}): brought up to date`,
    );
  }
  return { record, store };
}

/**
 * What the state dir's record says (version, namespaces, apps), read as plain JSON without loading
 * the record code: only a hint for reading early, used when the loaded and checked record says
 * the same. Undefined when there is none or it does not parse.
 */
export function peekLocalRecord(
  stateDir: string,
): Pick<MigrationRecord, 'product' | 'sourceNamespace' | 'cognigyApps'> | undefined {
  try {
    const r = JSON.parse(readFileSync(join(stateDir, RECORD_FILE), 'utf8')) as MigrationRecord;
    return typeof r?.product?.version === 'string' && typeof r.sourceNamespace === 'string' ? r : undefined;
  } catch {
    return undefined;
  }
}
