/** Rollback's pure pieces: the kustomize claim from its backup, undoing an adoption, restoring a spec. */
import yaml from 'js-yaml';
import {
  isUnadopted,
  kustomizeClaim,
  specRestorePatch,
  unadoptPatch,
} from '../../../src/phases/rollback/restore';

const backup = yaml.dump({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: {
    name: 'functions',
    namespace: 'default',
    uid: 'u-1',
    resourceVersion: '42',
    creationTimestamp: '2024-01-01T00:00:00Z',
    annotations: { 'pv.kubernetes.io/bind-completed': 'yes', team: 'cognigy' },
  },
  spec: {
    accessModes: ['ReadWriteMany'],
    storageClassName: 'functions',
    resources: { requests: { storage: '100Gi' } },
  },
  status: { phase: 'Bound' },
});

describe('kustomizeClaim', () => {
  test('drops server fields and binding annotations, keeps the rest, names the PV', () => {
    const c = kustomizeClaim(backup, 'pv-9', 'default');
    expect(c.metadata).toEqual({ name: 'functions', namespace: 'default', annotations: { team: 'cognigy' } });
    expect(c.spec.volumeName).toBe('pv-9');
    expect(c.spec.storageClassName).toBe('functions');
    expect(c.status).toBeUndefined();
  });
});

describe('adoption undo', () => {
  const fact = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    name: 'traefik',
    previousAnnotations: {},
    previousLabels: { 'app.kubernetes.io/managed-by': 'kustomize' },
  };
  test('removes the keys the adoption added and restores the ones it replaced', () => {
    expect(unadoptPatch(fact)).toEqual({
      metadata: {
        annotations: { 'meta.helm.sh/release-name': null, 'meta.helm.sh/release-namespace': null },
        labels: { 'app.kubernetes.io/managed-by': 'kustomize' },
      },
    });
  });
  test('isUnadopted tells an adopted object from a given-back one', () => {
    const adopted = {
      apiVersion: fact.apiVersion,
      kind: fact.kind,
      metadata: {
        name: 'traefik',
        annotations: {
          'meta.helm.sh/release-name': 'cognigy-ai',
          'meta.helm.sh/release-namespace': 'cognigy-ai',
        },
        labels: { 'app.kubernetes.io/managed-by': 'Helm' },
      },
    };
    expect(isUnadopted(fact, adopted)).toBe(false);
    const back = {
      ...adopted,
      metadata: { name: 'traefik', labels: { 'app.kubernetes.io/managed-by': 'kustomize' } },
    };
    expect(isUnadopted(fact, back)).toBe(true);
    expect(isUnadopted(fact, undefined)).toBe(true);
  });
});

describe('specRestorePatch', () => {
  const kept = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: 'traefik' },
    roleRef: { kind: 'ClusterRole', name: 'traefik', apiGroup: 'rbac.authorization.k8s.io' },
    subjects: [{ kind: 'ServiceAccount', name: 'traefik', namespace: 'default' }],
  };
  test('puts back the subjects helm moved, never roleRef', () => {
    const live = {
      ...kept,
      subjects: [{ kind: 'ServiceAccount', name: 'traefik', namespace: 'cognigy-ai' }],
    };
    expect(specRestorePatch(kept, live)).toEqual({ subjects: kept.subjects });
  });
  test('nothing when equal', () => {
    expect(specRestorePatch(kept, JSON.parse(JSON.stringify(kept)))).toBeUndefined();
  });
});
