/**
 * Least privilege when reading: the installation's secrets are read by name (`get` on the
 * profile's secrets), never listed; the permission check asks for exactly that.
 */
import { profileFor, secretsToMigrate } from '../../../src/cognigy/profile';
import { neededPermissions } from '../../../src/phases/permissions';
import { PREFLIGHT_OK, world } from './support';

test('the permission check asks get on each named source secret, and no list', () => {
  const names = secretsToMigrate(profileFor('4.41.2'), false).map((s) => s.name);
  const perms = neededPermissions('default', 'cognigy-ai', 'mongodb', names);
  const sourceSecrets = perms.filter((p) => p.resource === 'secrets' && p.namespace === 'default');
  expect(sourceSecrets.map((p) => `${p.verb} ${p.name}`).sort()).toEqual(names.map((n) => `get ${n}`).sort());
  expect(perms.some((p) => p.resource === 'leases' && p.verb === 'create' && p.namespace === 'default')).toBe(
    true,
  );
  expect(perms.find((p) => p.resource === 'namespaces' && p.name === 'kube-system')?.verb).toBe('get');
});

test('preflight and migrate-secrets work without list on secrets in the source namespace, reading them by name', async () => {
  const w = await world(
    {},
    { deniedPermissions: [{ verb: 'list', resource: 'secrets', namespace: 'default' }] },
  );
  try {
    const pre = await w.run('preflight', PREFLIGHT_OK);
    expect(pre.result?.error).toBeUndefined();
    w.sandbox.requests.clear();
    expect((await w.run('migrate-secrets')).result?.error).toBeUndefined();
    const reads = w.sandbox.requests.filter({ resource: 'secrets', namespace: 'default' });
    expect(reads.length).toBeGreaterThan(10);
    expect(reads.every((e) => e.verb === 'get' && !!e.name)).toBe(true);
  } finally {
    await w.stop();
  }
}, 120_000);
