/**
 * A values file as a careful user writes it for the stand-in chart: the secrets the chart renders
 * from values carry what the migrated secrets hold (so helm-install finds no override), read from
 * the sandbox's kustomize installation. Test data only: the seed's values are synthetic.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Sandbox } from '../../src/sandbox';

export function matchingSecretsValues(sandbox: Sandbox, dir: string, namespace = 'default'): string {
  const read = (name: string, key: string) => {
    const v = sandbox.get('v1', 'Secret', name, namespace)?.data?.[key];
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
  };
  const file = join(dir, 'secrets-values.yaml');
  writeFileSync(file, yaml.dump(values), { mode: 0o600 });
  return file;
}
