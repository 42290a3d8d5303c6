/**
 * Runs the real kubectl and helm binaries against a sandbox, each run with its own HOME (kubectl's
 * discovery cache), KUBECONFIG and helm directories.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Sandbox, type SandboxOptions } from '../../../src/sandbox/index';

/** `v32` = kubectl 1.32 + helm 3.17; `v35` = kubectl 1.35 + helm 4.1. */
export type Toolset = 'v32' | 'v35';

/** Exit code and output of one run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

const BIN = resolve(__dirname, '../../../.cache/bin');

/** A sandbox plus an environment for the binaries. */
export class Harness {
  readonly dir: string;
  readonly kubeconfigPath: string;

  private constructor(readonly sandbox: Sandbox) {
    this.dir = mkdtempSync(join(tmpdir(), 'k2h-sandbox-'));
    this.kubeconfigPath = join(this.dir, 'kubeconfig');
    writeFileSync(this.kubeconfigPath, sandbox.kubeconfig(), { mode: 0o600 });
  }

  /** Starts a sandbox and prepares the temp environment. */
  static async start(opts: SandboxOptions = {}): Promise<Harness> {
    return new Harness(await Sandbox.start(opts));
  }

  /** Environment for the binaries: nothing from the user's own HOME leaks in. */
  env(tools: Toolset): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      HOME: join(this.dir, `home-${tools}`),
      KUBECONFIG: this.kubeconfigPath,
      HELM_CACHE_HOME: join(this.dir, `helm-${tools}`, 'cache'),
      HELM_CONFIG_HOME: join(this.dir, `helm-${tools}`, 'config'),
      HELM_DATA_HOME: join(this.dir, `helm-${tools}`, 'data'),
    };
  }

  /** Writes a file into the temp dir; returns its path. */
  file(name: string, text: string): string {
    const p = join(this.dir, name);
    writeFileSync(p, text);
    return p;
  }

  /** Runs kubectl. */
  kubectl(tools: Toolset, args: string[], input?: string): Promise<RunResult> {
    return this.run(join(BIN, tools, 'kubectl'), args, tools, input);
  }

  /** Runs helm. */
  helm(tools: Toolset, args: string[]): Promise<RunResult> {
    return this.run(join(BIN, tools, 'helm'), args, tools);
  }

  /** Runs a shell script (for runbook loops) with kubectl of `tools` first on PATH. */
  sh(tools: Toolset, script: string): Promise<RunResult> {
    const env = { ...this.env(tools), PATH: `${join(BIN, tools)}:${process.env.PATH}` };
    return this.exec('/bin/sh', ['-c', script], env);
  }

  /** Stops the sandbox and removes the temp dir. */
  async stop(): Promise<void> {
    await this.sandbox.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(bin: string, args: string[], tools: Toolset, input?: string): Promise<RunResult> {
    return this.exec(bin, args, this.env(tools), input);
  }

  private exec(bin: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<RunResult> {
    return new Promise((resolvePromise) => {
      const child = execFile(
        bin,
        args,
        { env, timeout: 60000, maxBuffer: 16 * 1024 * 1024 },
        (err, stdout, stderr) => {
          const code = err ? (typeof (err as any).code === 'number' ? (err as any).code : 1) : 0;
          resolvePromise({ code, stdout: String(stdout), stderr: String(stderr) });
        },
      );
      if (input !== undefined) child.stdin?.end(input);
    });
  }
}
