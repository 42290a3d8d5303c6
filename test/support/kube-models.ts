/**
 * Validation of the Kubernetes manifests k2h writes, with kubernetes-models (the OpenAPI schemas
 * of the Kubernetes API, compiled): the problems the API server's schema would report.
 */
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Secret } from 'kubernetes-models/v1/Secret';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';

const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'v1/Secret': Secret,
  'v1/ConfigMap': ConfigMap,
};

/** The schema problems of one manifest; [] when valid. An unknown kind is a problem too. */
export function manifestProblems(manifest: any): string[] {
  const key = `${manifest?.apiVersion}/${manifest?.kind}`;
  const Model = MODELS[key];
  if (!Model) return [`no model for ${key}: add it to test/support/kube-models.ts`];
  try {
    new Model(manifest).validate();
    return [];
  } catch (err) {
    return [String((err as Error).message)];
  }
}
