import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { manifestProblems } from '../../support/kube-models';
import { PREFLIGHT_OK, world } from './harness';

const HELM_OWNED = {
  'meta.helm.sh/release-name': 'cognigy-ai',
  'meta.helm.sh/release-namespace': 'cognigy-ai',
};

describe('prepare-storage against the sandbox', () => {
  for (const variant of ['generic', 'aws', 'azure'] as const) {
    test(`${variant}: Retain, backups, Helm PVC manifests, adoption; re-run is a no-op`, async () => {
      const w = await world({ variant });
      try {
        expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
        const record0 = JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));
        w.sandbox.requests.clear();
        const dry = await w.run('prepare-storage', { 'dry-run': 'true' });
        expect(dry.result?.ok).toBe(true);
        expect(w.mutations()).toEqual([]);

        const { result } = await w.run('prepare-storage');
        expect(result?.error).toBeUndefined();
        for (const p of record0.pvcs) {
          const pv = w.sandbox.get('v1', 'PersistentVolume', p.pv);
          expect(pv.spec.persistentVolumeReclaimPolicy).toBe('Retain');
          expect(pv.status.phase).toBe('Bound');
          const dir = join(w.stateDir, 'pvc-backups');
          const original = yaml.load(readFileSync(join(dir, `${p.name}-pvc-kustomize.yaml`), 'utf8')) as any;
          expect(original.metadata.namespace).toBe('default');
          expect(original.metadata.uid).toBe(
            w.sandbox.get('v1', 'PersistentVolumeClaim', p.name, 'default').metadata.uid,
          );
          const helm = yaml.load(readFileSync(join(dir, `${p.name}-pvc.yaml`), 'utf8')) as any;
          expect(helm.metadata.namespace).toBe('cognigy-ai');
          expect(helm.metadata.annotations).toMatchObject(HELM_OWNED);
          expect(helm.metadata.labels['app.kubernetes.io/managed-by']).toBe('Helm');
          expect(helm.spec.volumeName).toBe(p.pv);
          expect(helm.metadata.uid).toBeUndefined();
          expect(helm.metadata.resourceVersion).toBeUndefined();
          expect(helm.status).toBeUndefined();
          expect(manifestProblems(helm)).toEqual([]);
        }
        expect(w.sandbox.lostVolumes).toEqual([]);
        const record = JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));
        expect(record.pvcs.map((p: any) => p.originalReclaimPolicy)).toEqual(
          record0.pvcs.map((p: any) => p.originalReclaimPolicy),
        );
        const adopted = record.adoptions.map((a: any) => `${a.kind}/${a.name}`).sort();
        const expected = {
          aws: [
            'ClusterRole/traefik',
            'ClusterRoleBinding/efs-provisioner-flow-modules',
            'ClusterRoleBinding/efs-provisioner-functions',
            'ClusterRoleBinding/traefik',
            'IngressClass/traefik',
            'StorageClass/aws-efs-flow-modules',
            'StorageClass/aws-efs-functions',
            'StorageClass/redis-persistent',
          ],
          azure: [
            'ClusterRole/traefik',
            'ClusterRoleBinding/traefik',
            'IngressClass/traefik',
            'StorageClass/flow-modules',
            'StorageClass/functions',
          ],
          generic: ['ClusterRole/traefik', 'ClusterRoleBinding/traefik', 'IngressClass/traefik'],
        }[variant];
        expect(adopted).toEqual(expected);
        for (const a of record.adoptions) {
          const obj = w.sandbox.get(a.apiVersion, a.kind, a.name);
          expect(obj.metadata.annotations).toMatchObject(HELM_OWNED);
          expect(obj.metadata.labels['app.kubernetes.io/managed-by']).toBe('Helm');
          expect(a.previousAnnotations['meta.helm.sh/release-name']).toBeUndefined();
        }
        if (variant === 'aws') {
          expect(result?.outputs['efs-values']).toMatch(
            /efs:\n\s+flowModules:\n\s+id: fs-[0-9a-f]+\n\s+functions:\n\s+id: fs-[0-9a-f]+/,
          );
          expect(readdirSync(w.stateDir)).toContain('efs-values.yaml');
        }
        // Mirror carries the backups for a rollback without artifacts.
        const mirror = w.sandbox.get('v1', 'ConfigMap', 'k2h-migration-record', 'default');
        // The PVC backups and the Helm claims, and a copy of each adopted object as it was.
        expect(Object.keys(mirror.data).filter((k) => k.startsWith('pvc-backup.')).length).toBe(
          6 + record.adoptions.length,
        );

        w.sandbox.requests.clear();
        const again = await w.run('prepare-storage');
        expect(again.result?.steps.every((s) => s.status === 'done')).toBe(true);
        expect(w.mutations()).toEqual([]);
      } finally {
        await w.stop();
      }
    });
  }

  test('an object already owned by another release is not taken over', async () => {
    const w = await world();
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      await fetch(`${w.sandbox.url}/apis/networking.k8s.io/v1/ingressclasses/traefik`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({
          metadata: {
            annotations: { 'meta.helm.sh/release-name': 'edge', 'meta.helm.sh/release-namespace': 'edge' },
          },
        }),
      });
      w.sandbox.requests.clear();
      const { error } = await w.run('prepare-storage');
      expect(error?.message).toContain('IngressClass traefik already belongs to Helm release edge in edge');
      expect(w.mutations()).toEqual([]);
      expect(
        w.sandbox.get('networking.k8s.io/v1', 'IngressClass', 'traefik').metadata.annotations[
          'meta.helm.sh/release-name'
        ],
      ).toBe('edge');
    } finally {
      await w.stop();
    }
  });

  test('missing permission to patch PVs: fails on the first step, record says so, re-run after the fix completes', async () => {
    // AWS: dynamically provisioned PVs with reclaim policy Delete, so Retain must be patched.
    const w = await world({ variant: 'aws' });
    try {
      expect((await w.run('preflight', PREFLIGHT_OK)).result?.ok).toBe(true);
      w.sandbox.setDeniedPermissions([{ verb: 'patch', resource: 'persistentvolumes' }]);
      w.sandbox.requests.clear();
      const denied = await w.run('prepare-storage');
      expect(denied.result?.ok).toBe(false);
      expect(denied.result?.error).toMatch(/403 Forbidden/);
      expect(w.mutations().filter((m) => m.path.includes('persistentvolumes'))).toEqual([]);
      const record = JSON.parse(readFileSync(join(w.stateDir, 'migration-record.json'), 'utf8'));
      expect(record.phases['prepare-storage'].status).toBe('failed');
      // A failed run hands out no EFS values to paste.
      expect(denied.result?.report.join('\n')).not.toMatch(/values for the Cognigy.AI chart|fs-[0-9a-f]+/);
      expect(readdirSync(w.stateDir)).not.toContain('efs-values.yaml');
      w.sandbox.setDeniedPermissions([]);
      const fixed = (await w.run('prepare-storage')).result;
      expect(fixed?.ok).toBe(true);
      expect(fixed?.report.join('\n')).toMatch(/Add to your values for the Cognigy.AI chart:\n```yaml\nefs:/);
    } finally {
      await w.stop();
    }
  });
});
