/**
 * A values file as a careful user writes it for the rehearsal chart: the secrets the chart
 * renders from values carry what the migrated secrets hold, so helm-install finds no override,
 * and the db-init hook gets MongoDB's root credentials.
 * Read from the sandbox's (synthetic) installation; written with mode 0600 into a folder of the
 * caller's that is not the state dir (the state dir never holds secret values).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Sandbox } from '../sandbox';

export function matchingSecretsValues(sandbox: Sandbox, dir: string, namespace = 'default'): string {
  const read = (name: string, key: string, ns = namespace) => {
    const v = sandbox.get('v1', 'Secret', name, ns)?.data?.[key];
    return v === undefined ? '' : Buffer.from(v, 'base64').toString('utf8');
  };
  const values = {
    amazonCredentials: {
      clientId: read('cognigy-amazon-credentials', 'amazon-client-id'),
      clientSecret: read('cognigy-amazon-credentials', 'amazon-client-secret'),
    },
    cognigyLiveAgent: {
      platformToken: read('cognigy-live-agent-credentials', 'cognigy-live-agent-platform-token'),
    },
    managementUiCredentials: read('cognigy-management-ui-creds', 'management-ui-creds.json'),
    smtpPassword: read('cognigy-smtp', 'system-smtp-password'),
    // The db-init hook creates the services' MongoDB users with MongoDB's root credentials.
    mongodb: {
      auth: { rootUser: 'root', rootPassword: read('mongodb', 'mongodb-root-password', 'mongodb') },
    },
  };
  const file = join(dir, 'secrets-values.yaml');
  writeFileSync(file, yaml.dump(values), { mode: 0o600 });
  return file;
}
