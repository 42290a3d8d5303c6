/**
 * Reads the installation's secrets from where the user keeps them: the live source namespace or
 * the runbook's backup folder. Every value read is masked at once.
 */
import { type CognigyProfile, secretsToMigrate } from '../cognigy/profile';
import {
  type KubeSecret,
  type MissingSecret,
  readSecretsDir,
  secretValues,
} from '../cognigy/secret-migration';
import type { Kube, KubeObject } from '../kube/client';
import type { Logger } from '../core/logger';

export interface SecretSource {
  secrets: Map<string, KubeSecret>;
  missing: MissingSecret[];
  /** Unusable files or objects; never values. */
  problems: string[];
  from: string;
}

export async function readSecretSource(
  o: {
    kube?: Kube;
    dir?: string;
    namespace: string;
    profile: CognigyProfile;
    cognigyApps: boolean;
    /** The namespace's secrets, when the caller listed them already (one LIST per phase). */
    listed?: KubeObject[];
    /** Only the official script's lists (see MigrateSecretsInput.officialParity). */
    officialParity?: boolean;
  },
  logger: Logger,
): Promise<SecretSource> {
  const specs = secretsToMigrate(o.profile, o.cognigyApps, o.officialParity ?? false);
  let source: SecretSource;
  if (o.dir) {
    const r = await readSecretsDir(o.dir, specs);
    source = {
      secrets: r.secrets,
      missing: r.missing,
      problems: r.errors.map((e) => `${e.file}: ${e.problem}`),
      from: `directory ${o.dir}`,
    };
  } else {
    if (!o.kube && !o.listed) throw new Error('readSecretSource needs a cluster or a directory');
    const secrets = new Map<string, KubeSecret>();
    const missing: MissingSecret[] = [];
    // Least privilege: each of the profile's secrets by name (`get` on named secrets), in
    // parallel; never a LIST of every secret in the namespace.
    const byName = o.listed
      ? new Map(o.listed.map((s) => [s.metadata.name, s]))
      : new Map(
          (await Promise.all(specs.map((spec) => o.kube!.get('v1', 'Secret', spec.name, o.namespace)))).map(
            (s, n) => [specs[n].name, s] as const,
          ),
        );
    for (const spec of specs) {
      const s = byName.get(spec.name);
      if (s) secrets.set(spec.name, s as unknown as KubeSecret);
      else missing.push({ name: spec.name, file: spec.file });
    }
    source = { secrets, missing, problems: [], from: `namespace ${o.namespace}` };
  }
  for (const s of source.secrets.values()) for (const v of secretValues(s)) logger.mask(v);
  return source;
}
