import { notYetAvailable } from './planned';
import { CHART_VERSION, COGNIGY_APPS, SECRETS_DIR } from './shared-inputs';
import type { PhaseDefinition } from './types';

/** Copies the installation's secrets into the target namespace, adopted by the Helm release. */
export const migrateSecrets: PhaseDefinition = {
  name: 'migrate-secrets',
  description:
    'Migrate the Cognigy.AI secrets into the target namespace with Helm ownership (or, offline, write them to --out-dir).',
  mutating: true,
  inputs: [
    SECRETS_DIR,
    COGNIGY_APPS,
    {
      name: 'out-dir',
      description: 'Offline mode: write the migrated secret manifests here (mode 0600) and touch no cluster.',
    },
    { ...CHART_VERSION, description: 'Product version whose secret lists apply. Empty: the version in the record.' },
  ],
  aliases: { namespace: 'target-namespace' },
  outputs: [{ name: 'migrated-secrets', description: 'Comma-separated names of the migrated secrets.' }],
  run: notYetAvailable('migrate-secrets'),
};
