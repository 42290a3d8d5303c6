/**
 * The keys Cognigy's secret-migration.py leaves behind at 4.41.x: the chart creates
 * cognigy-insights-collector-api-key and cognigy-service-endpoint-api-access-token with new random
 * values when they are absent, so k2h migrates them (keep policy) when they exist; the
 * official-script-parity flag gives the script's exact lists.
 */
import * as path from 'node:path';
import { profileFor, secretsToMigrate } from '../../../src/cognigy/profile';
import { migrateSecrets, readSecretsDir } from '../../../src/cognigy/secret-migration';

const BACKUP = path.resolve(__dirname, '../../fixtures/secrets/backup-4.42');
const BEYOND = ['cognigy-insights-collector-api-key', 'cognigy-service-endpoint-api-access-token'];

async function run(version: string, officialParity: boolean, drop: string[] = []) {
  const read = await readSecretsDir(BACKUP, secretsToMigrate(profileFor(version), false, officialParity));
  for (const d of drop) read.secrets.delete(d);
  return migrateSecrets({
    secrets: read.secrets,
    version,
    release: 'cognigy-ai',
    namespace: 'cognigy-ai',
    officialParity,
  });
}

describe('secrets the official script leaves behind', () => {
  test('4.41.2: both are migrated with the keep policy and Helm ownership, and named as beyond the script', async () => {
    const res = await run('4.41.2', false);
    expect(res.missing).toEqual([]);
    expect(res.invalid).toEqual([]);
    expect(res.beyondScript.sort()).toEqual(BEYOND);
    for (const name of BEYOND) {
      const s = res.secrets.find((x) => x.metadata.name === name)!;
      expect(s.metadata.annotations).toMatchObject({
        'helm.sh/resource-policy': 'keep',
        'meta.helm.sh/release-name': 'cognigy-ai',
        'meta.helm.sh/release-namespace': 'cognigy-ai',
      });
      expect(s.metadata.labels).toMatchObject({ 'app.kubernetes.io/managed-by': 'Helm' });
      expect(Object.keys(s.data ?? {}).length).toBeGreaterThan(0);
    }
  });

  test('absent ones are not missing: the chart creates them', async () => {
    const res = await run('4.41.2', false, BEYOND);
    expect(res.missing).toEqual([]);
    expect(res.beyondScript).toEqual([]);
    expect(res.secrets.map((s) => s.metadata.name)).not.toEqual(expect.arrayContaining([BEYOND[0]]));
  });

  test('official-script parity leaves both out at 4.41.2', async () => {
    const res = await run('4.41.2', true);
    const names = res.secrets.map((s) => s.metadata.name);
    for (const n of BEYOND) expect(names).not.toContain(n);
    expect(res.beyondScript).toEqual([]);
  });

  test('from 4.43 the script migrates the collector key itself; only the endpoint token is beyond it', async () => {
    const spec = secretsToMigrate(profileFor('4.43.0'));
    expect(spec.filter((s) => s.beyondScript).map((s) => s.name)).toEqual([BEYOND[1]]);
    expect(spec.find((s) => s.name === BEYOND[0])?.beyondScript).toBeUndefined();
  });
});
