/** What clean-up may delete: the installation's objects only, never a neighbour or `kubernetes`. */
import { installationInventory } from '../../../src/cognigy/inventory';
import { profileFor } from '../../../src/cognigy/profile';

const obj = (apiVersion: string, kind: string, name: string, extra: Record<string, unknown> = {}) => ({
  apiVersion,
  kind,
  metadata: { name, namespace: 'default', uid: `uid-${kind}-${name}` },
  ...extra,
});
const deployment = (name: string, app = name) =>
  obj('apps/v1', 'Deployment', name, { spec: { template: { metadata: { labels: { app } } } } });
const service = (name: string, selector?: Record<string, string>) =>
  obj('v1', 'Service', name, { spec: { selector } });
const ingress = (name: string, ...backends: string[]) =>
  obj('networking.k8s.io/v1', 'Ingress', name, {
    spec: { rules: [{ http: { paths: backends.map((b) => ({ backend: { service: { name: b } } })) } }] },
  });

describe('installationInventory', () => {
  const profile = profileFor('4.41.2');
  const inv = installationInventory(
    profile,
    {
      deployments: [deployment('service-ai'), deployment('traefik'), deployment('billing-exporter')],
      services: [
        service('service-ai', { app: 'service-ai' }),
        service('traefik', { app: 'traefik' }),
        service('service-desk-bridge', { app: 'service-desk-bridge' }),
        service('kubernetes'),
        service('billing-exporter', { app: 'billing-exporter' }),
      ],
      ingresses: [
        ingress('service-ai', 'service-ai'),
        ingress('status-page', 'service-desk-bridge'),
        ingress('mixed', 'service-ai', 'service-desk-bridge'),
      ],
      pvcs: [
        obj('v1', 'PersistentVolumeClaim', 'functions'),
        obj('v1', 'PersistentVolumeClaim', 'mongodb'),
        obj('v1', 'PersistentVolumeClaim', 'billing-data'),
      ],
    },
    ['functions', 'flow-modules', 'redis-persistent'],
  );
  const names = inv.map((i) => `${i.kind}/${i.name}`);
  test('takes the installation, with uids', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'Deployment/service-ai',
        'Deployment/traefik',
        'Service/service-ai',
        'Service/traefik',
        'Ingress/service-ai',
        'PersistentVolumeClaim/functions',
        'PersistentVolumeClaim/mongodb',
      ]),
    );
    expect(inv.every((i) => i.uid.startsWith('uid-'))).toBe(true);
  });
  test('leaves neighbours alone, even one named service-*', () => {
    for (const n of [
      'Deployment/billing-exporter',
      'Service/service-desk-bridge',
      'Service/kubernetes',
      'Service/billing-exporter',
      'Ingress/status-page',
      'Ingress/mixed',
      'PersistentVolumeClaim/billing-data',
    ])
      expect(names).not.toContain(n);
  });
});
