/**
 * Storage of a Cognigy.AI kustomize installation per cloud variant: the PVCs in `default`, the
 * PersistentVolumes behind them (as the variant's provisioner would have created them), the
 * StorageClasses and, on AWS, the EFS provisioners and their ClusterRoleBindings.
 *
 * Dynamically provisioned PVs are named `pvc-<claim uid>` and have reclaim policy Delete; that
 * is why the migration must switch them to Retain before deleting the PVCs.
 *
 * The generic variant is what Cognigy/kubernetes 4.41.2 applies on premises
 * (core/template.dist/dependencies): static `local` PVs under /var/opt/cognigy pinned to one node,
 * each with its own class name equal to the claim's (flow-modules, functions, mongodb,
 * redis-persistent) and no StorageClass object at all; the claims name no volume and bind by class,
 * flow-modules and functions asking 1Gi of a 10Gi volume.
 */
import { EFS_PROVISIONER_IMAGE } from './cognigy-images';
import { b64, hexOf, secretOf, uuidOf } from './deterministic';
import { CREATED, withLastApplied } from './objects';
import type { KubeObject } from '../../sandbox/seeds/types';

/** The cloud flavour of a seeded installation. */
export type SeedVariant = 'generic' | 'aws' | 'azure';

/** A PVC of the installation (namespace `default`). */
interface ClaimSpec {
  name: string;
  accessMode: 'ReadWriteMany' | 'ReadWriteOnce';
  size: string;
  storageClass: string;
  /** Capacity of a static PV when it is larger than the claim's request (generic). */
  volumeSize?: string;
}

/** What a variant contributes to the seed. */
export interface StorageObjects {
  storageClasses: KubeObject[];
  persistentVolumes: KubeObject[];
  clusterRoleBindings: KubeObject[];
  claims: KubeObject[];
  deployments: KubeObject[];
  secrets: KubeObject[];
}

export const AWS_REGION = 'eu-central-1';
export const AWS_ZONE = 'eu-central-1a';
export const AZURE_SUBSCRIPTION = uuidOf('azure-subscription');
export const AZURE_RESOURCE_GROUP = 'MC_cognigy-prod_cognigy-aks_westeurope';
const AZURE_STORAGE_ACCOUNT = `f${hexOf('azure-storage-account', 23)}`;
/** Node that holds the local volumes of the generic variant. */
export const GENERIC_NODE = 'cognigy-worker-1';

/** The EFS file systems behind flow-modules and functions in the AWS variant. */
export const AWS_EFS_IDS = {
  flowModules: `fs-0${hexOf('efs/flow-modules', 16)}`,
  functions: `fs-0${hexOf('efs/functions', 16)}`,
} as const;

/** Deterministic uid of a seeded PVC (dynamic PVs are named after it). */
export function claimUid(variant: SeedVariant, namespace: string, name: string): string {
  return uuidOf(`pvc/${variant}/${namespace}/${name}`);
}

/** The PVCs of the Cognigy installation per variant, with their StorageClass. */
function cognigyClaims(variant: SeedVariant, legacyMongoOnly: boolean): ClaimSpec[] {
  const rwx = (name: string, size: string, sc: string): ClaimSpec => ({
    name,
    accessMode: 'ReadWriteMany',
    size,
    storageClass: sc,
  });
  const rwo = (name: string, size: string, sc: string): ClaimSpec => ({
    name,
    accessMode: 'ReadWriteOnce',
    size,
    storageClass: sc,
  });
  const mongoSize = legacyMongoOnly ? '50Gi' : '20Gi';
  switch (variant) {
    case 'aws':
      return [
        rwx('flow-modules', '1Mi', 'aws-efs-flow-modules'),
        rwx('functions', '1Mi', 'aws-efs-functions'),
        rwo('redis-persistent', '10Gi', 'redis-persistent'),
        rwo('mongodb', mongoSize, 'gp2'),
      ];
    case 'azure':
      return [
        rwx('flow-modules', '100Gi', 'flow-modules'),
        rwx('functions', '100Gi', 'functions'),
        rwo('redis-persistent', '10Gi', 'managed-premium'),
        rwo('mongodb', mongoSize, 'managed-premium'),
      ];
    case 'generic':
      // core/manifests/volume-claims and volumes of Cognigy/kubernetes 4.41.2.
      return [
        { ...rwx('flow-modules', '1Gi', 'flow-modules'), volumeSize: '10Gi' },
        { ...rwx('functions', '1Gi', 'functions'), volumeSize: '10Gi' },
        rwo('redis-persistent', '10Gi', 'redis-persistent'),
        rwo('mongodb', '50Gi', 'mongodb'),
      ];
  }
}

function storageClass(
  name: string,
  provisioner: string,
  extra: Record<string, unknown> = {},
  annotations: Record<string, string> = {},
): KubeObject {
  const manifest: KubeObject = {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name, ...(Object.keys(annotations).length ? { annotations } : {}) },
    provisioner,
    ...extra,
  };
  const sc = withLastApplied(manifest);
  sc.metadata.creationTimestamp = CREATED.storage;
  // Server defaults a capture shows.
  sc.reclaimPolicy ??= 'Delete';
  sc.volumeBindingMode ??= 'Immediate';
  return sc;
}

/** Provider-specific part of a dynamically provisioned or static PV. */
interface VolumeSource {
  name: string;
  provisioner?: string;
  /** A static PV the claim does not name: the PV controller bound them by class and size. */
  boundByController?: boolean;
  reclaimPolicy: 'Delete' | 'Retain';
  source: Record<string, unknown>;
  extra?: Record<string, unknown>;
  labels?: Record<string, string>;
}

function claimAndVolume(
  variant: SeedVariant,
  namespace: string,
  spec: ClaimSpec,
  vol: VolumeSource,
): [KubeObject, KubeObject] {
  const uid = claimUid(variant, namespace, spec.name);
  const claimAnnotations: Record<string, string> = {};
  if (spec.storageClass.startsWith('aws-efs-')) {
    // The kustomize EFS manifests still set the beta annotation besides storageClassName.
    claimAnnotations['volume.beta.kubernetes.io/storage-class'] = spec.storageClass;
  }
  const manifest: KubeObject = {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: spec.name,
      namespace,
      ...(Object.keys(claimAnnotations).length ? { annotations: claimAnnotations } : {}),
    },
    spec: {
      accessModes: [spec.accessMode],
      storageClassName: spec.storageClass,
      resources: { requests: { storage: spec.size } },
      ...(vol.provisioner || vol.boundByController ? {} : { volumeName: vol.name }),
    },
  };
  const fromKustomize = namespace === 'default';
  const claim = fromKustomize ? withLastApplied(manifest) : structuredClone(manifest);
  claim.metadata.uid = uid;
  claim.metadata.creationTimestamp = namespace === 'default' ? CREATED.storage : CREATED.mongodb;
  claim.metadata.finalizers = ['kubernetes.io/pvc-protection'];
  const ann = (claim.metadata.annotations ??= {});
  ann['pv.kubernetes.io/bind-completed'] = 'yes';
  if (vol.provisioner || vol.boundByController) ann['pv.kubernetes.io/bound-by-controller'] = 'yes';
  if (vol.provisioner) {
    ann['volume.beta.kubernetes.io/storage-provisioner'] = vol.provisioner;
    ann['volume.kubernetes.io/storage-provisioner'] = vol.provisioner;
  }
  const claimSpec = claim.spec as Record<string, unknown>;
  claimSpec.volumeName = vol.name;
  claimSpec.volumeMode = 'Filesystem';
  // A bound claim's status shows the volume's capacity, not its request.
  const capacity = spec.volumeSize ?? spec.size;
  claim.status = { phase: 'Bound', accessModes: [spec.accessMode], capacity: { storage: capacity } };

  const volume: KubeObject = {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: {
      name: vol.name,
      uid: uuidOf(`pv/${variant}/${vol.name}`),
      creationTimestamp: claim.metadata.creationTimestamp,
      ...(vol.provisioner
        ? { annotations: { 'pv.kubernetes.io/provisioned-by': vol.provisioner } }
        : vol.boundByController
          ? { annotations: { 'pv.kubernetes.io/bound-by-controller': 'yes' } }
          : {}),
      ...(vol.labels ? { labels: vol.labels } : {}),
      finalizers: ['kubernetes.io/pv-protection'],
    },
    spec: {
      accessModes: [spec.accessMode],
      capacity: { storage: capacity },
      claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace, name: spec.name, uid },
      persistentVolumeReclaimPolicy: vol.reclaimPolicy,
      storageClassName: spec.storageClass,
      volumeMode: 'Filesystem',
      ...vol.source,
      ...(vol.extra ?? {}),
    },
    status: { phase: 'Bound' },
  };
  return [claim, volume];
}

function awsVolume(variant: SeedVariant, namespace: string, spec: ClaimSpec): VolumeSource {
  const name = `pvc-${claimUid(variant, namespace, spec.name)}`;
  if (spec.storageClass.startsWith('aws-efs-')) {
    const id = spec.name === 'flow-modules' ? AWS_EFS_IDS.flowModules : AWS_EFS_IDS.functions;
    return {
      name,
      provisioner: `efs-provisioner-${spec.name}`,
      reclaimPolicy: 'Delete',
      source: {
        nfs: {
          server: `${id}.efs.${AWS_REGION}.amazonaws.com`,
          path: `/persistentvolumes/${spec.name}-${name}`,
        },
      },
    };
  }
  return {
    name,
    provisioner: 'kubernetes.io/aws-ebs',
    reclaimPolicy: 'Delete',
    labels: { 'topology.kubernetes.io/region': AWS_REGION, 'topology.kubernetes.io/zone': AWS_ZONE },
    source: {
      awsElasticBlockStore: {
        volumeID: `aws://${AWS_ZONE}/vol-0${hexOf(`ebs/${name}`, 16)}`,
        fsType: 'ext4',
      },
      nodeAffinity: {
        required: {
          nodeSelectorTerms: [
            {
              matchExpressions: [
                { key: 'topology.kubernetes.io/zone', operator: 'In', values: [AWS_ZONE] },
                { key: 'topology.kubernetes.io/region', operator: 'In', values: [AWS_REGION] },
              ],
            },
          ],
        },
      },
    },
  };
}

function azureVolume(
  variant: SeedVariant,
  namespace: string,
  spec: ClaimSpec,
  fileMountOptions: string[],
): VolumeSource {
  const name = `pvc-${claimUid(variant, namespace, spec.name)}`;
  if (spec.accessMode === 'ReadWriteMany') {
    return {
      name,
      provisioner: 'kubernetes.io/azure-file',
      reclaimPolicy: 'Delete',
      source: {
        azureFile: {
          secretName: `azure-storage-account-${AZURE_STORAGE_ACCOUNT}-secret`,
          secretNamespace: namespace,
          shareName: `kubernetes-dynamic-${name}`,
        },
        mountOptions: fileMountOptions,
      },
    };
  }
  const disk = `kubernetes-dynamic-${name}`;
  return {
    name,
    provisioner: 'kubernetes.io/azure-disk',
    reclaimPolicy: 'Delete',
    labels: { 'topology.kubernetes.io/region': 'westeurope', 'topology.kubernetes.io/zone': 'westeurope-1' },
    source: {
      azureDisk: {
        diskName: disk,
        diskURI: `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/${AZURE_RESOURCE_GROUP}/providers/Microsoft.Compute/disks/${disk}`,
        kind: 'Managed',
        cachingMode: 'ReadOnly',
        fsType: '',
        readOnly: false,
      },
    },
  };
}

/**
 * A static local PV of the generic variant, as core/manifests/volumes (Retain, `local` on one node,
 * RWX ones too). The kustomize PVs in `default` are bound by the controller; the MongoDB release's
 * (`mongodb-` prefix) are pre-bound to their StatefulSet's claims.
 */
function genericVolume(spec: ClaimSpec, namePrefix = ''): VolumeSource {
  const name = `${namePrefix}${spec.name}`;
  return {
    name,
    reclaimPolicy: 'Retain',
    boundByController: !namePrefix,
    source: {
      local: { path: namePrefix ? `/mnt/disks/${name}` : `/var/opt/cognigy/${spec.name}` },
      nodeAffinity: {
        required: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [GENERIC_NODE] }] },
          ],
        },
      },
    },
  };
}

const AZURE_FILE_MOUNT_OPTIONS = [
  'dir_mode=0777',
  'file_mode=0777',
  'uid=1000',
  'gid=1000',
  'mfsymlinks',
  'cache=strict',
];

function efsProvisioner(pvc: 'flow-modules' | 'functions'): KubeObject[] {
  const name = `efs-provisioner-${pvc}`;
  const id = pvc === 'flow-modules' ? AWS_EFS_IDS.flowModules : AWS_EFS_IDS.functions;
  const deployment = withLastApplied({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      selector: { matchLabels: { app: name } },
      replicas: 1,
      strategy: { type: 'Recreate' },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name,
              image: EFS_PROVISIONER_IMAGE,
              resources: { limits: { memory: '200Mi', cpu: '100m' } },
              env: [
                { name: 'FILE_SYSTEM_ID', value: id },
                { name: 'AWS_REGION', value: AWS_REGION },
                { name: 'PROVISIONER_NAME', value: name },
              ],
              volumeMounts: [{ name: 'pv-volume', mountPath: '/persistentvolumes' }],
            },
          ],
          volumes: [
            { name: 'pv-volume', nfs: { server: `${id}.efs.${AWS_REGION}.amazonaws.com`, path: '/' } },
          ],
        },
      },
    },
  });
  deployment.metadata.creationTimestamp = CREATED.storage;
  const binding = withLastApplied({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name },
    subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'default' }],
    roleRef: { kind: 'ClusterRole', name: 'cluster-admin', apiGroup: 'rbac.authorization.k8s.io' },
  });
  binding.metadata.creationTimestamp = CREATED.storage;
  return [deployment, binding];
}

/** Storage objects of the Cognigy installation and of the `mongodb` release (unless legacy). */
export function cognigyStorage(
  variant: SeedVariant,
  opts: { legacyMongoOnly: boolean; mongodbReplicas: number },
): StorageObjects {
  const out: StorageObjects = {
    storageClasses: [],
    persistentVolumes: [],
    clusterRoleBindings: [],
    claims: [],
    deployments: [],
    secrets: [],
  };
  const add = (namespace: string, spec: ClaimSpec, vol: VolumeSource) => {
    const [claim, volume] = claimAndVolume(variant, namespace, spec, vol);
    out.claims.push(claim);
    out.persistentVolumes.push(volume);
  };
  const claims = cognigyClaims(variant, opts.legacyMongoOnly);
  // The bitnami StatefulSet's volumeClaimTemplate `datadir`, one claim per member.
  const mongoClaims: ClaimSpec[] = opts.legacyMongoOnly
    ? []
    : Array.from({ length: opts.mongodbReplicas }, (_, i) => ({
        name: `datadir-mongodb-${i}`,
        accessMode: 'ReadWriteOnce' as const,
        size: '50Gi',
        storageClass: claims.find((c) => c.name === 'mongodb')!.storageClass,
      }));

  switch (variant) {
    case 'aws': {
      out.storageClasses.push(
        storageClass('aws-efs-flow-modules', 'efs-provisioner-flow-modules'),
        storageClass('aws-efs-functions', 'efs-provisioner-functions'),
        storageClass('redis-persistent', 'kubernetes.io/aws-ebs', {
          parameters: { type: 'gp2', fsType: 'ext4', encrypted: 'true' },
        }),
        storageClass(
          'gp2',
          'kubernetes.io/aws-ebs',
          { parameters: { type: 'gp2', fsType: 'ext4' }, volumeBindingMode: 'WaitForFirstConsumer' },
          { 'storageclass.kubernetes.io/is-default-class': 'true' },
        ),
      );
      for (const spec of claims) add('default', spec, awsVolume(variant, 'default', spec));
      for (const spec of mongoClaims) add('mongodb', spec, awsVolume(variant, 'mongodb', spec));
      for (const pvc of ['flow-modules', 'functions'] as const) {
        const [deployment, binding] = efsProvisioner(pvc);
        out.deployments.push(deployment);
        out.clusterRoleBindings.push(binding);
      }
      break;
    }
    case 'azure': {
      const file = {
        allowVolumeExpansion: true,
        mountOptions: AZURE_FILE_MOUNT_OPTIONS,
        parameters: { skuName: 'Premium_LRS' },
      };
      out.storageClasses.push(
        storageClass('flow-modules', 'kubernetes.io/azure-file', file),
        storageClass('functions', 'kubernetes.io/azure-file', file),
        // AKS built-in class (addon-managed, so no last-applied in reality; harmless here).
        storageClass('managed-premium', 'kubernetes.io/azure-disk', {
          allowVolumeExpansion: true,
          parameters: { cachingmode: 'ReadOnly', kind: 'Managed', storageaccounttype: 'Premium_LRS' },
        }),
      );
      for (const spec of claims)
        add('default', spec, azureVolume(variant, 'default', spec, AZURE_FILE_MOUNT_OPTIONS));
      for (const spec of mongoClaims)
        add('mongodb', spec, azureVolume(variant, 'mongodb', spec, AZURE_FILE_MOUNT_OPTIONS));
      // The in-tree azure-file provisioner stores the storage account key next to the claims.
      const accountSecret: KubeObject = {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: {
          name: `azure-storage-account-${AZURE_STORAGE_ACCOUNT}-secret`,
          namespace: 'default',
          creationTimestamp: CREATED.storage,
        },
        type: 'Opaque',
        data: {
          azurestorageaccountname: b64(AZURE_STORAGE_ACCOUNT),
          azurestorageaccountkey: b64(`${secretOf('azure-storage-key', 86)}==`),
        },
      };
      out.secrets.push(accountSecret);
      break;
    }
    case 'generic': {
      // No StorageClass: the class names only pair each claim with its static PV.
      for (const spec of claims) add('default', spec, genericVolume(spec));
      for (const spec of mongoClaims) add('mongodb', spec, genericVolume(spec, 'mongodb-'));
      break;
    }
  }
  return out;
}
