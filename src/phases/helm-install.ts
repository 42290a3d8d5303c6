import { notYetAvailable } from './planned';
import { CHART, CHART_VERSION, HELM, REGISTRY_PASSWORD, REGISTRY_USERNAME, VALUES } from './shared-inputs';
import type { PhaseDefinition } from './types';

/** helm upgrade --install of the Cognigy.AI chart and verification. */
export const helmInstall: PhaseDefinition = {
  name: 'helm-install',
  description: 'Install the Cognigy.AI Helm release, verify deployments Ready and PVCs on the recorded PVs.',
  mutating: true,
  inputs: [
    CHART,
    CHART_VERSION,
    VALUES,
    HELM,
    REGISTRY_USERNAME,
    REGISTRY_PASSWORD,
    { name: 'helm-timeout', description: 'helm --timeout for the install.', default: '15m' },
  ],
  outputs: [{ name: 'traefik-address', description: 'External IP or hostname of the Traefik service.' }],
  run: notYetAvailable('helm-install'),
};
