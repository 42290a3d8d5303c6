import { Harness, type Toolset } from './harness';

describe.each<Toolset>(['v32', 'v35'])('kubectl %s basics', (tools) => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(async () => {
    await h.stop();
  });

  test('create ns (protobuf), get, delete ns', async () => {
    const created = await h.kubectl(tools, ['create', 'ns', 'alpha']);
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('namespace/alpha created');
    expect(h.sandbox.get('v1', 'Namespace', 'alpha')?.status.phase).toBe('Active');
    const again = await h.kubectl(tools, ['create', 'ns', 'alpha']);
    expect(again.stderr).toContain('namespaces "alpha" already exists');
    const got = await h.kubectl(tools, ['get', 'ns', 'alpha', '-o', 'json']);
    expect(JSON.parse(got.stdout).metadata.name).toBe('alpha');
    const table = await h.kubectl(tools, ['get', 'ns']);
    expect(table.stdout).toContain('alpha');
    const deleted = await h.kubectl(tools, ['delete', 'ns', 'alpha']);
    expect(deleted.stderr).toBe('');
    expect(h.sandbox.get('v1', 'Namespace', 'alpha')).toBeUndefined();
  });

  test('create secret generic (protobuf)', async () => {
    const r = await h.kubectl(tools, [
      'create',
      'secret',
      'generic',
      's1',
      '--from-literal=user=admin',
      '--from-literal=pass=x y',
    ]);
    expect(r.stderr).toBe('');
    const s = h.sandbox.get('v1', 'Secret', 's1', 'default');
    expect(Buffer.from(s.data.user, 'base64').toString()).toBe('admin');
    expect(Buffer.from(s.data.pass, 'base64').toString()).toBe('x y');
    expect(s.type).toBe('Opaque');
  });
});
