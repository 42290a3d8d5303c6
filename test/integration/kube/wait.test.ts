/** waitUntil against the sandbox, with the real client's watch. */
import { Kube, loadKubeConfig } from '../../../src/kube/client';
import { WaitCancelledError, WaitTimeoutError, waitUntil } from '../../../src/kube/wait';
import { Sandbox } from '../../../src/sandbox/index';
import { MemoryLogger } from '../../support/memory-logger';

const cm = (name: string) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'w', labels: { wait: 'yes' } },
  data: {},
});
const gone = (total: number) => (objs: unknown[]) => `${total - objs.length} of ${total} config maps gone`;

describe('waitUntil', () => {
  let sandbox: Sandbox;
  let kube: Kube;
  beforeEach(async () => {
    sandbox = await Sandbox.start();
    sandbox.load([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'w' } },
      cm('a'),
      cm('b'),
      cm('c'),
      { ...cm('other'), metadata: { name: 'other', namespace: 'w' } },
    ]);
    kube = new Kube(loadKubeConfig({ kubeconfig: sandbox.kubeconfig() }), new MemoryLogger(), { retries: 0 });
  });
  afterEach(() => sandbox.stop());

  const del = (name: string) =>
    fetch(`${sandbox.url}/api/v1/namespaces/w/configmaps/${name}`, { method: 'DELETE' });

  test("the watch takes an idle connection of the client's requests: no new connection (TCP and TLS) of its own", async () => {
    // A few requests at once leave idle keep-alive connections behind, as the scale-down does.
    await Promise.all(['a', 'b', 'c'].map((n) => kube.get('v1', 'ConfigMap', n, 'w')));
    const opened = sandbox.requests.entries.filter((e) => e.newConnection).length;
    expect(opened).toBeGreaterThan(0);
    sandbox.requests.clear();
    const done = waitUntil(kube, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'w',
      labelSelector: 'wait=yes',
      description: 'the config maps to go',
      until: (objs) => objs.length === 0,
      timeoutMs: 10_000,
    });
    await new Promise((r) => setTimeout(r, 100));
    for (const n of ['a', 'b', 'c']) await del(n);
    await done;
    const watches = sandbox.requests.entries.filter((e) => e.query.includes('watch=true'));
    expect(watches.length).toBeGreaterThan(0);
    // The LIST and the watch went over connections the earlier requests had opened.
    const mine = sandbox.requests.entries.filter((e) => e.method === 'GET');
    expect(mine.filter((e) => e.newConnection)).toEqual([]);
  });

  test('follows a watch from the LIST: progress as objects go, resolves when the condition holds, no polling', async () => {
    sandbox.requests.clear();
    const progress: string[] = [];
    const done = waitUntil(kube, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'w',
      labelSelector: 'wait=yes',
      description: 'the config maps to go',
      until: (objs) => objs.length === 0,
      progress: gone(3),
      onProgress: (t) => progress.push(t),
      timeoutMs: 10_000,
    });
    await new Promise((r) => setTimeout(r, 100));
    for (const n of ['a', 'b', 'c']) {
      await del(n);
      await new Promise((r) => setTimeout(r, 30));
    }
    expect(await done).toEqual([]);
    expect(progress).toEqual([
      '0 of 3 config maps gone',
      '1 of 3 config maps gone',
      '2 of 3 config maps gone',
      '3 of 3 config maps gone',
    ]);
    expect(sandbox.requests.filter({ verb: 'list' })).toHaveLength(1);
    expect(sandbox.requests.filter({ verb: 'watch' }).length).toBeGreaterThanOrEqual(1);
    // The unlabelled one was never part of the wait.
    expect(sandbox.get('v1', 'ConfigMap', 'other', 'w')).toBeDefined();
  });

  test('a resourceVersion older than the history (410 Gone) re-lists', async () => {
    sandbox.requests.clear();
    const objs = await waitUntil(kube, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'w',
      labelSelector: 'wait=yes',
      description: 'three config maps',
      until: (o) => o.length === 3,
      from: { items: [], resourceVersion: '1' },
      timeoutMs: 10_000,
    });
    expect(objs.map((o) => o.metadata.name).sort()).toEqual(['a', 'b', 'c']);
    expect(sandbox.requests.filter({ verb: 'list' })).toHaveLength(1);
  });

  test('the deadline ends the wait with where it stood', async () => {
    await expect(
      waitUntil(kube, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        namespace: 'w',
        labelSelector: 'wait=yes',
        description: 'the config maps to go',
        until: (o) => o.length === 0,
        progress: gone(3),
        timeoutMs: 300,
      }),
    ).rejects.toThrow(new WaitTimeoutError('the config maps to go', 300, '0 of 3 config maps gone'));
  });

  test('an abort ends the wait', async () => {
    const ac = new AbortController();
    const p = waitUntil(kube, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'w',
      description: 'nothing',
      until: () => false,
      timeoutMs: 10_000,
      signal: ac.signal,
    });
    setTimeout(() => ac.abort(), 100);
    await expect(p).rejects.toBeInstanceOf(WaitCancelledError);
  });
});
