/**
 * Thin wrapper around the helm CLI. Builds exact argv (tests assert them), detects Helm 3 vs 4,
 * and hands credentials over stdin only. Knows nothing of Cognigy.
 */
import { ConfigurationError } from '../core/errors';

/** Runs a program; resolves with its exit code and output, never rejects on a non-zero exit. */
export type Runner = (
  file: string,
  args: string[],
  opts?: { input?: string; env?: NodeJS.ProcessEnv },
) => Promise<{ code: number; stdout: string; stderr: string }>;

/**
 * Default runner on @actions/exec, silent so nothing (not even argv) is echoed. Loaded when helm
 * first runs: a phase that runs no helm, and every refused input, never loads child_process.
 */
export const execRunner: Runner = async (file, args, opts) => {
  const { getExecOutput } = await import('@actions/exec');
  try {
    const res = await getExecOutput(file, args, {
      silent: true,
      ignoreReturnCode: true,
      input: opts?.input !== undefined ? Buffer.from(opts.input) : undefined,
      env: opts?.env as Record<string, string> | undefined,
    });
    return { code: res.exitCode, stdout: res.stdout, stderr: res.stderr };
  } catch (err) {
    // Spawning failed (binary missing): report it like a shell would.
    return { code: 127, stdout: '', stderr: (err as Error).message };
  }
};

export interface HelmVersion {
  major: number;
  minor: number;
  patch: number;
  raw: string;
}

export interface TemplateOptions {
  namespace: string;
  version?: string;
  values?: string[];
  set?: Record<string, string>;
  /** Helm's `--kube-version`, so rendering does not need a cluster. */
  kubeVersion?: string;
  /** Helm's `--api-versions` (one flag each): `group/version` and `group/version/Kind` from discovery. */
  apiVersions?: string[];
}

export interface UpgradeOptions extends TemplateOptions {
  wait?: boolean;
  timeout?: string;
  createNamespace?: boolean;
  /** Roll back on failure: `--atomic` on Helm 3, `--rollback-on-failure` on Helm 4. Never on a first install. */
  rollbackOnFailure?: boolean;
  kubeconfig?: string;
  context?: string;
  /**
   * Helm 4 only (server-side apply): take over fields another manager set. Adopted objects whose
   * fields the chart changes (Traefik's ClusterRoleBinding subjects move to the new namespace)
   * conflict without it. Helm 3 patches with a three-way merge and needs nothing.
   */
  forceConflicts?: boolean;
}

/** Failure of a helm command, with its stderr (helm never prints credentials there). */
export class HelmError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number,
    readonly stderr: string,
  ) {
    super(`helm ${args[0]} failed (exit ${code}): ${stderr.trim().split('\n').slice(-5).join('\n')}`);
    this.name = 'HelmError';
  }
}

export class Helm {
  private cachedVersion?: HelmVersion;

  constructor(
    readonly binary = 'helm',
    private readonly run: Runner = execRunner,
    private readonly env?: NodeJS.ProcessEnv,
  ) {}

  /** The same helm with extra environment variables (e.g. a throw-away HELM_REGISTRY_CONFIG). */
  withEnv(extra: Record<string, string>): Helm {
    return new Helm(this.binary, this.run, { ...(this.env ?? process.env), ...extra });
  }

  private async exec(args: string[], input?: string): Promise<string> {
    const res = await this.run(this.binary, args, { input, env: this.env });
    if (res.code === 127 && /ENOENT|not found|Unable to locate/i.test(res.stderr))
      throw new ConfigurationError(
        `helm binary '${this.binary}' not found. Install helm >= 3.8 or set the helm input.`,
      );
    if (res.code !== 0) throw new HelmError(args, res.code, res.stderr);
    return res.stdout;
  }

  /** `helm version --template {{.Version}}` parsed. */
  async version(): Promise<HelmVersion> {
    if (this.cachedVersion) return this.cachedVersion;
    const raw = (await this.exec(['version', '--template', '{{.Version}}'])).trim();
    const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(raw);
    if (!m) throw new ConfigurationError(`cannot parse helm version '${raw}'`);
    this.cachedVersion = { major: +m[1], minor: +m[2], patch: +m[3], raw };
    return this.cachedVersion;
  }

  /** `helm registry login HOST --username U --password-stdin`; the password goes over stdin. */
  async registryLogin(host: string, username: string, password: string): Promise<void> {
    await this.exec(['registry', 'login', host, '--username', username, '--password-stdin'], password);
  }

  /** Argv of `helm template`. */
  templateArgs(release: string, chart: string, o: TemplateOptions): string[] {
    const args = ['template', release, chart, '--namespace', o.namespace];
    if (o.version) args.push('--version', o.version);
    if (o.kubeVersion) args.push('--kube-version', o.kubeVersion);
    for (const a of o.apiVersions ?? []) args.push('--api-versions', a);
    for (const v of o.values ?? []) args.push('--values', v);
    for (const [k, v] of Object.entries(o.set ?? {})) args.push('--set', `${k}=${v}`);
    return args;
  }

  /** Renders a chart without a cluster; returns the multi-document YAML. */
  async template(release: string, chart: string, o: TemplateOptions): Promise<string> {
    return this.exec(this.templateArgs(release, chart, o));
  }

  /** Argv of `helm upgrade --install`, with the Helm 4 spelling where it differs. */
  async upgradeInstallArgs(release: string, chart: string, o: UpgradeOptions): Promise<string[]> {
    const v = await this.version();
    const args = ['upgrade', '--install', release, chart, '--namespace', o.namespace];
    if (o.createNamespace) args.push('--create-namespace');
    if (o.version) args.push('--version', o.version);
    for (const f of o.values ?? []) args.push('--values', f);
    for (const [k, val] of Object.entries(o.set ?? {})) args.push('--set', `${k}=${val}`);
    if (o.wait) args.push('--wait');
    if (o.timeout) args.push('--timeout', o.timeout);
    if (o.rollbackOnFailure) args.push(v.major >= 4 ? '--rollback-on-failure' : '--atomic');
    if (o.forceConflicts && v.major >= 4) args.push('--force-conflicts');
    if (o.kubeconfig) args.push('--kubeconfig', o.kubeconfig);
    if (o.context) args.push('--kube-context', o.context);
    return args;
  }

  async upgradeInstall(release: string, chart: string, o: UpgradeOptions): Promise<string> {
    return this.exec(await this.upgradeInstallArgs(release, chart, o));
  }
}
