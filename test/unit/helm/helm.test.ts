import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Helm, HelmError, type Runner } from '../../../src/helm/helm';
import { ConfigurationError } from '../../../src/core/errors';

function scripted(version: string) {
  const calls: Array<{ file: string; args: string[]; input?: string }> = [];
  const run: Runner = async (file, args, opts) => {
    calls.push({ file, args, input: opts?.input });
    if (args[0] === 'version') return { code: 0, stdout: version, stderr: '' };
    if (args[0] === 'fail') return { code: 1, stdout: '', stderr: 'Error: boom' };
    return { code: 0, stdout: 'ok', stderr: '' };
  };
  return { calls, run };
}

describe('helm wrapper', () => {
  test('template argv', () => {
    const h = new Helm('helm', scripted('v3.17.2').run);
    expect(
      h.templateArgs('cognigy-ai', 'oci://cognigy.azurecr.io/helm/cognigy.ai', {
        namespace: 'cognigy-ai',
        version: '4.41.2',
        values: ['values_prod.yaml'],
        kubeVersion: '1.23.0',
      }),
    ).toEqual([
      'template',
      'cognigy-ai',
      'oci://cognigy.azurecr.io/helm/cognigy.ai',
      '--namespace',
      'cognigy-ai',
      '--version',
      '4.41.2',
      '--kube-version',
      '1.23.0',
      '--values',
      'values_prod.yaml',
    ]);
  });

  test('upgrade --install argv: Helm 3 spells rollback --atomic, Helm 4 --rollback-on-failure', async () => {
    const o = {
      namespace: 'cognigy-ai',
      version: '4.41.2',
      values: ['v.yaml'],
      wait: true,
      timeout: '15m',
      rollbackOnFailure: true,
    };
    const h3 = new Helm('helm', scripted('v3.17.2').run);
    expect(await h3.upgradeInstallArgs('cognigy-ai', 'chart', o)).toEqual([
      'upgrade',
      '--install',
      'cognigy-ai',
      'chart',
      '--namespace',
      'cognigy-ai',
      '--version',
      '4.41.2',
      '--values',
      'v.yaml',
      '--wait',
      '--timeout',
      '15m',
      '--atomic',
    ]);
    const h4 = new Helm('helm', scripted('v4.1.4').run);
    expect((await h4.upgradeInstallArgs('cognigy-ai', 'chart', o)).slice(-1)).toEqual([
      '--rollback-on-failure',
    ]);
  });

  test('registry password goes over stdin, never argv', async () => {
    const s = scripted('v3.17.2');
    await new Helm('helm', s.run).registryLogin('cognigy.azurecr.io', 'robot', 'pa55-word-xyz');
    expect(s.calls[0].args).toEqual([
      'registry',
      'login',
      'cognigy.azurecr.io',
      '--username',
      'robot',
      '--password-stdin',
    ]);
    expect(s.calls[0].input).toBe('pa55-word-xyz');
    expect(s.calls[0].args.join(' ')).not.toContain('pa55');
  });

  test('version parsing and failures', async () => {
    expect((await new Helm('helm', scripted('v4.1.4+g05fa379').run).version()).major).toBe(4);
    await expect(new Helm('helm', scripted('garbage').run).version()).rejects.toThrow(ConfigurationError);
    const h = new Helm('helm', scripted('v3.17.2').run);
    await expect((h as any).exec(['fail'])).rejects.toThrow(HelmError);
  });

  test('a missing binary is a clear configuration error', async () => {
    await expect(new Helm('/nonexistent/helm').version()).rejects.toThrow(
      /helm binary '\/nonexistent\/helm' not found/,
    );
  });

  const bin = join(__dirname, '..', '..', '..', '.cache', 'bin');
  const real = existsSync(join(bin, 'v32', 'helm')) && existsSync(join(bin, 'v35', 'helm'));
  (real ? test : test.skip)('detects the real Helm 3 and Helm 4 binaries', async () => {
    expect((await new Helm(join(bin, 'v32', 'helm')).version()).major).toBe(3);
    expect((await new Helm(join(bin, 'v35', 'helm')).version()).major).toBe(4);
  });
});
